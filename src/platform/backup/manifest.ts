// A backup's manifest: what the folder holds, each file with its size and SHA-256, so a restore can refuse a
// copy that was cut short, damaged on its disk or edited, before it touches anything.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

export const MANIFEST_NAME = 'manifest.json';
export const MANIFEST_FORMAT = 'sala-backup/1';
/** The database copy's name in the folder: SQLite's file, or pg_dump's custom-format archive. */
export const DATABASE_COPY = { sqlite: 'sala.db', postgres: 'database.pgdump' } as const;
/** The audit checkpoints file of the backed-up database, as it stood at the database copy. */
export const CHECKPOINTS_COPY = 'audit-checkpoints.jsonl';
/** The data directory's files (uploads) live under this folder of the backup. */
export const FILES_FOLDER = 'files';

export interface ManifestFile {
  /** Relative to the backup folder, with forward slashes. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  salaVersion: string;
  /** When the backup began: every write acknowledged before this is in it. */
  startedAt: string;
  finishedAt: string;
  database:
    | { kind: 'sqlite'; file: string }
    | { kind: 'postgres'; file: string; schema: string | null; pgDump: string };
  files: ManifestFile[];
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function describeFile(folder: string, relative: string): Promise<ManifestFile> {
  const full = path.join(folder, relative);
  const stat = await fs.stat(full);
  return { path: relative.split(path.sep).join('/'), bytes: stat.size, sha256: await sha256Of(full) };
}

/** Every regular file under `dir`, relative to it, sorted. */
export async function listFiles(dir: string, skip: (relative: string) => boolean = () => false) {
  const found: string[] = [];
  async function walk(relative: string) {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(path.join(dir, relative), { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const entry of entries) {
      const child = relative ? path.join(relative, entry.name) : entry.name;
      if (skip(child)) continue;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) found.push(child);
    }
  }
  await walk('');
  return found.sort();
}

export class BackupRefused extends Error {}

/**
 * Reads the manifest and checks every file it names against its size and checksum. Throws BackupRefused
 * with every problem named (a missing, cut or changed file, an unreadable manifest).
 */
export async function checkBackup(folder: string): Promise<Manifest> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await fs.readFile(path.join(folder, MANIFEST_NAME), 'utf8')) as Manifest;
  } catch (err) {
    const why =
      (err as NodeJS.ErrnoException).code === 'ENOENT'
        ? `it has no ${MANIFEST_NAME} (not a Sala backup, or one that did not finish)`
        : `its ${MANIFEST_NAME} cannot be read (${(err as Error).message})`;
    throw new BackupRefused(`${folder} is refused: ${why}.`);
  }
  if (manifest.format !== MANIFEST_FORMAT || !Array.isArray(manifest.files) || !manifest.database) {
    throw new BackupRefused(
      `${folder} is refused: its ${MANIFEST_NAME} is not a ${MANIFEST_FORMAT} manifest.`,
    );
  }
  if (!manifest.files.some((f) => f.path === manifest.database.file)) {
    throw new BackupRefused(`${folder} is refused: its manifest does not list the database copy.`);
  }
  const problems: string[] = [];
  for (const file of manifest.files) {
    const full = path.join(folder, ...file.path.split('/'));
    if (path.relative(folder, full).startsWith('..')) {
      problems.push(`${file.path}: points outside the backup`);
      continue;
    }
    let bytes: number;
    try {
      bytes = (await fs.stat(full)).size;
    } catch {
      problems.push(`${file.path}: missing`);
      continue;
    }
    if (bytes !== file.bytes) problems.push(`${file.path}: ${bytes} bytes, the manifest says ${file.bytes}`);
    else if ((await sha256Of(full)) !== file.sha256)
      problems.push(`${file.path}: its checksum differs (damaged or changed)`);
  }
  if (problems.length) {
    throw new BackupRefused(
      `${folder} is refused: ${problems.length} file(s) do not match the manifest; nothing was restored.\n  ${problems.join('\n  ')}`,
    );
  }
  return manifest;
}
