// Scanned receipts on disk: under SALA_DATA_DIR/receipts, each with a random name (never the uploader's).
import {
  discardScannedFile,
  readScannedFile,
  type ScannedType,
  storeScannedFile,
} from '../../platform/uploads/scanned-files';

const FOLDER = 'receipts';

/** Writes the file and returns its stored name. */
export const storeReceipt = (bytes: Uint8Array, type: ScannedType) => storeScannedFile(FOLDER, bytes, type);

/** Removes a file whose expense was not recorded after all. */
export const discardReceipt = (name: string) => discardScannedFile(FOLDER, name);

/** The stored file's bytes, or null. */
export const readReceipt = (name: string) => readScannedFile(FOLDER, name);
