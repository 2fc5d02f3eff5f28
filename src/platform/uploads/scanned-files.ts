// Scanned documents people upload (receipts, a citizen's evidence): checked by their first bytes, stored
// under SALA_DATA_DIR/<folder> with random names (never the uploader's), served only as their checked type.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { dataDirOf } from '../../config';
import { fail, ok, type Result } from '../result';

export type ScannedType = 'application/pdf' | 'image/jpeg' | 'image/png' | 'audio/ogg';
export const SCANNED_EXTENSION: Record<ScannedType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'audio/ogg': 'ogg',
};
/** What a document upload (a receipt, evidence on the web form) may be; a voice note is asked for by name. */
export const DOCUMENT_TYPES: readonly ScannedType[] = ['application/pdf', 'image/jpeg', 'image/png'];

/** The type the file's first bytes prove, or null: a name or a declared type alone proves nothing. */
export function sniffScannedType(bytes: Uint8Array): ScannedType | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x4f, 0x67, 0x67, 0x53])) return 'audio/ogg'; // OggS: a Telegram voice note (Opus in OGG)
  return null;
}

export type ScanProblem = 'too-large' | 'type' | 'empty';

/** Checks an upload: not empty, not over `maxBytes`, declared type allowed and matching the bytes. */
export function checkScannedFile(
  bytes: Uint8Array,
  declaredType: string,
  maxBytes: number,
  allowed: readonly ScannedType[] = DOCUMENT_TYPES,
): Result<ScannedType, ScanProblem> {
  if (bytes.length === 0) return fail('empty');
  if (bytes.length > maxBytes) return fail('too-large');
  const declared = declaredType.split(';')[0].trim().toLowerCase();
  const sniffed = sniffScannedType(bytes);
  if (!sniffed || sniffed !== declared || !allowed.includes(sniffed)) return fail('type');
  return ok(sniffed);
}

/** Read at each call so tests (and a changed setting) get their own directory. */
function folderOf(folder: string): string {
  return path.join(dataDirOf(), folder);
}

/** Writes the file and returns its stored name. */
export async function storeScannedFile(
  folder: string,
  bytes: Uint8Array,
  type: ScannedType,
): Promise<string> {
  const dir = folderOf(folder);
  await fs.mkdir(dir, { recursive: true });
  const name = `${randomBytes(16).toString('hex')}.${SCANNED_EXTENSION[type]}`;
  await fs.writeFile(path.join(dir, name), bytes, { flag: 'wx', mode: 0o640 });
  return name;
}

/** Removes a file whose record was not written after all. */
export async function discardScannedFile(folder: string, name: string): Promise<void> {
  await fs.rm(path.join(folderOf(folder), name), { force: true });
}

/** The stored file's bytes, or null. Names come only from the database, and are checked anyway. */
export async function readScannedFile(folder: string, name: string): Promise<Uint8Array | null> {
  if (!/^[0-9a-f]{32}\.(pdf|jpg|png|ogg)$/.test(name)) return null;
  try {
    return await fs.readFile(path.join(folderOf(folder), name));
  } catch {
    return null;
  }
}
