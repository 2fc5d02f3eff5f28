// Every module's uploaded files a restore looks for on disk: composed here, above the modules, as the hash chains are.
import { questionLettersOnDisk } from '../modules/assembly';
import { caseFilesOnDisk } from '../modules/casework';
import { receiptFilesOnDisk } from '../modules/constituency';
import type { StoredFiles } from '../platform/uploads/stored-files';

export const STORED_FILES: StoredFiles[] = [caseFilesOnDisk, receiptFilesOnDisk, questionLettersOnDisk];
