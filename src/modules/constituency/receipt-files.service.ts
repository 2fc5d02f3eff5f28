// Scanned receipts on disk: under SALA_DATA_DIR/receipts, each with a random name (never the uploader's).
import {
  discardScannedFile,
  readScannedFile,
  type ScannedType,
  storeScannedFile,
} from '../../platform/uploads/scanned-files';
import type { StoredFiles } from '../../platform/uploads/stored-files';
import { listReceiptFileNames } from './budget.queries';

const FOLDER = 'receipts';

/** Writes the file and returns its stored name. */
export const storeReceipt = (bytes: Uint8Array, type: ScannedType) => storeScannedFile(FOLDER, bytes, type);

/** Removes a file whose expense was not recorded after all. */
export const discardReceipt = (name: string) => discardScannedFile(FOLDER, name);

/** The stored file's bytes, or null. */
export const readReceipt = (name: string) => readScannedFile(FOLDER, name);

/** The receipts the expenses name, for a restore's check that each is on disk. */
export const receiptFilesOnDisk: StoredFiles = { folder: FOLDER, names: listReceiptFileNames };
