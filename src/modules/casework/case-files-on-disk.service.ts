// Where the citizens' attachments are on disk and which the database names, for a restore's check.
import type { StoredFiles } from '../../platform/uploads/stored-files';
import { listCaseFileNames } from './citizen-key.queries';
import { CITIZEN_FILES_FOLDER } from './citizen-steps.routes';

export const caseFilesOnDisk: StoredFiles = { folder: CITIZEN_FILES_FOLDER, names: listCaseFileNames };
