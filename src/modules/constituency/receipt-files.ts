// Scanned receipts on disk: under SALA_DATA_DIR/receipts, each with a random name (never the uploader's).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { dataDirOf } from '../../config';
import { RECEIPT_EXTENSION, type ReceiptType } from './budget.rules';

/** Read at each call so tests (and a changed setting) get their own directory. */
export function receiptsDir(): string {
  return path.join(dataDirOf(), 'receipts');
}

/** Writes the file and returns its stored name. */
export async function storeReceipt(bytes: Uint8Array, type: ReceiptType): Promise<string> {
  const dir = receiptsDir();
  await fs.mkdir(dir, { recursive: true });
  const name = `${randomBytes(16).toString('hex')}.${RECEIPT_EXTENSION[type]}`;
  await fs.writeFile(path.join(dir, name), bytes, { flag: 'wx', mode: 0o640 });
  return name;
}

/** Removes a file whose expense was not recorded after all. */
export async function discardReceipt(name: string): Promise<void> {
  await fs.rm(path.join(receiptsDir(), name), { force: true });
}

/** The stored file's bytes, or null. Names come only from the database, and are checked anyway. */
export async function readReceipt(name: string): Promise<Uint8Array | null> {
  if (!/^[0-9a-f]{32}\.(pdf|jpg|png)$/.test(name)) return null;
  try {
    return await fs.readFile(path.join(receiptsDir(), name));
  } catch {
    return null;
  }
}
