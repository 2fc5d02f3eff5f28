// Makes one backup while Sala runs and writes: a consistent database copy (SQLite's online backup API, or
// pg_dump of one snapshot), the data directory's uploaded files, the audit checkpoints file as it stood at
// that copy, and a manifest of checksums. The folder gets its name only once complete, so a backup cut short
// is never taken for one.
import fs from 'node:fs/promises';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Config } from '../../config';
import { connect, type DbTarget } from '../../db/connect';
import type { Database } from '../../db/database';
import { checkpointFile } from '../audit/checkpoints';
import { type Checkpoint, storedCheckpoints } from '../audit/checkpoints.queries';
import { exportSnapshot, quickCheck } from './backup.queries';
import {
  CHECKPOINTS_COPY,
  DATABASE_COPY,
  describeFile,
  FILES_FOLDER,
  listFiles,
  MANIFEST_FORMAT,
  MANIFEST_NAME,
  type Manifest,
} from './manifest';
import { pgConnection, pgDumpVersion, runPgTool } from './pg-tools';

export interface BackupSource {
  database: DbTarget;
  dataDir: string;
  backupDir: string;
  /** The audit checkpoints file of this database under the data directory (see checkpointFile). */
  checkpointFile: string;
  salaVersion: string;
}

export const BACKUP_PREFIX = 'sala-backup-';
const PARTIAL_PREFIX = '.partial-';
/** SQLite pages copied per step, so the process keeps serving between steps (4 KiB pages: 16 MiB). */
const PAGES_PER_STEP = 4096;
/** Writes from other connections restart SQLite's copy; after this many restarts it finishes in one step. */
const RESTARTS_BEFORE_ONE_STEP = 3;

/** The data directory's entries a backup leaves out: the live database, checkpoint files (copied as they stood at the database copy), backups and what a restore moved aside. */
function isNotUploaded(relative: string, source: BackupSource): boolean {
  const top = relative.split(path.sep)[0];
  if (top.startsWith('sala.db') || top.startsWith('audit-checkpoints') || top.startsWith('before-restore-'))
    return true;
  const backups = path.relative(source.dataDir, source.backupDir);
  return (
    backups !== '' &&
    !backups.startsWith('..') &&
    (relative === backups || relative.startsWith(backups + path.sep))
  );
}

export const backupFolderName = (startedAt: Date) =>
  `${BACKUP_PREFIX}${startedAt.toISOString().replace(/[:.]/g, '-')}`;

export async function makeBackup(
  source: BackupSource,
  options: { now?: () => Date; signal?: AbortSignal } = {},
): Promise<{ folder: string; manifest: Manifest }> {
  const startedAt = (options.now ?? (() => new Date()))();
  const name = backupFolderName(startedAt);
  const partial = path.join(source.backupDir, `${PARTIAL_PREFIX}${name}`);
  const folder = path.join(source.backupDir, name);
  // Backups hold personal data: readable by Sala's own user only.
  await fs.mkdir(partial, { recursive: true, mode: 0o700 });
  try {
    const copied = await copyDatabase(source.database, partial, options.signal);
    await copyCheckpointsAsOf(
      source.checkpointFile,
      copied.checkpoints,
      startedAt,
      path.join(partial, CHECKPOINTS_COPY),
    );

    // After the database copy: a file is written before the row naming it commits, so every file the copy
    // names is already on disk (later uploads come along too, unnamed, and do no harm).
    const uploads = await listFiles(source.dataDir, (relative) => isNotUploaded(relative, source));
    for (const relative of uploads) {
      options.signal?.throwIfAborted();
      const target = path.join(partial, FILES_FOLDER, relative);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.copyFile(path.join(source.dataDir, relative), target).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err; // discarded meanwhile (its record was not written)
      });
    }

    const listed = await listFiles(partial);
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      salaVersion: source.salaVersion,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      database: copied.database,
      files: await Promise.all(listed.map((relative) => describeFile(partial, relative))),
    };
    await fs.writeFile(path.join(partial, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
    await fs.rename(partial, folder);
    return { folder, manifest };
  } catch (err) {
    await fs.rm(partial, { recursive: true, force: true });
    throw err;
  }
}

async function copyDatabase(
  target: DbTarget,
  into: string,
  signal: AbortSignal | undefined,
): Promise<{ database: Manifest['database']; checkpoints: Checkpoint[] }> {
  if (target.kind === 'sqlite') {
    const file = path.join(into, DATABASE_COPY.sqlite);
    await copySqlite(target.file, file, signal);
    return {
      database: { kind: 'sqlite', file: DATABASE_COPY.sqlite },
      checkpoints: await checkSqliteCopy(file),
    };
  }
  const file = path.join(into, DATABASE_COPY.postgres);
  const pgDump = await pgDumpVersion();
  const db = connect(target);
  try {
    // One snapshot for pg_dump and for the checkpoints read beside it: exactly the same committed writes.
    const checkpoints = await db.kysely
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const snapshot = await exportSnapshot(trx);
        const { dbname, env } = pgConnection(target.url);
        await runPgTool(
          'pg_dump',
          [
            '--format=custom',
            `--snapshot=${snapshot}`,
            `--file=${file}`,
            ...(target.schema ? [`--schema=${target.schema}`] : []),
            `--dbname=${dbname}`,
          ],
          env,
          signal,
        );
        return storedCheckpoints(trx);
      });
    return {
      database: { kind: 'postgres', file: DATABASE_COPY.postgres, schema: target.schema ?? null, pgDump },
      checkpoints,
    };
  } finally {
    await db.close();
  }
}

/**
 * SQLite's online backup API, from a connection of its own: in steps, so a running app keeps answering. A
 * write from another connection makes SQLite start the copy again; if that keeps happening the rest is copied
 * in one step (one read transaction, which WAL lets writers work beside).
 */
async function copySqlite(file: string, copy: string, signal: AbortSignal | undefined) {
  const live = new SQLite(file, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    let restarts = 0;
    let lastRemaining = Number.POSITIVE_INFINITY;
    await live.backup(copy, {
      progress: ({ remainingPages }) => {
        signal?.throwIfAborted();
        if (remainingPages > lastRemaining) restarts++;
        lastRemaining = remainingPages;
        return restarts >= RESTARTS_BEFORE_ONE_STEP ? 0x7fffffff : PAGES_PER_STEP;
      },
    });
  } finally {
    live.close();
  }
}

/** Makes the copy one self-contained file, checks its pages, and reads the checkpoints it holds. */
async function checkSqliteCopy(file: string): Promise<Checkpoint[]> {
  const raw = new SQLite(file);
  raw.pragma('journal_mode = DELETE');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    const check = await quickCheck(db);
    if (check !== 'ok') throw new Error(`the database copy failed its check: ${check}`);
    return await storedCheckpoints(db).catch(() => []); // a database never migrated has none
  } finally {
    await db.destroy();
  }
}

/** A checkpoint's line is written this long at most before its row commits. */
const CHECKPOINT_COMMIT_MS = 60_000;

/**
 * The checkpoints file as it stood when the database was copied: the app appends a line just before its
 * row commits, so the last lines, taken as the backup began and missing from the copy, belong to after it
 * and are left out. An older line the copy lacks stays: a row deleted by hand is for verify to report.
 */
async function copyCheckpointsAsOf(file: string, inCopy: Checkpoint[], startedAt: Date, copy: string) {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const held = new Set(inCopy.map((c) => `${c.chain} ${c.rowCount} ${c.headHash}`));
  const lines = text.split('\n').filter((line) => line.trim());
  const since = startedAt.getTime() - CHECKPOINT_COMMIT_MS;
  const afterCopy = (line: string) => {
    try {
      const c = JSON.parse(line) as Checkpoint;
      return !held.has(`${c.chain} ${c.rowCount} ${c.headHash}`) && Date.parse(c.takenAt) >= since;
    } catch {
      return false;
    }
  };
  let last = lines.length - 1;
  while (last >= 0 && afterCopy(lines[last])) last--;
  await fs.writeFile(
    copy,
    lines
      .slice(0, last + 1)
      .map((l) => `${l}\n`)
      .join(''),
  );
}

/** Complete backups in the folder, newest first (their names sort by the time they began). */
export async function listBackups(backupDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(backupDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return names
    .filter((n) => n.startsWith(BACKUP_PREFIX))
    .sort()
    .reverse()
    .map((n) => path.join(backupDir, n));
}

/** A backup folder still unfinished after this long was cut short (a crash, a power cut): removed. */
const ABANDONED_AFTER_MS = 24 * 3_600_000;

/** Removes all but the newest `keep` backups, and abandoned unfinished ones; returns the folders removed. */
export async function pruneBackups(backupDir: string, keep: number, now = new Date()): Promise<string[]> {
  const old = (await listBackups(backupDir)).slice(keep);
  const names = await fs.readdir(backupDir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(PARTIAL_PREFIX))) {
    const folder = path.join(backupDir, name);
    const { mtimeMs } = await fs.stat(folder);
    if (now.getTime() - mtimeMs > ABANDONED_AFTER_MS) old.push(folder);
  }
  for (const folder of old) await fs.rm(folder, { recursive: true, force: true });
  return old;
}

/** What the settings say to back up: the configured database, the data directory, and its checkpoints file. */
export function backupSourceOf(
  config: Pick<Config, 'database' | 'dataDir' | 'backup'>,
  salaVersion: string,
): BackupSource {
  return {
    database: config.database,
    dataDir: config.dataDir,
    backupDir: config.backup.dir,
    checkpointFile: checkpointFile(config.dataDir, config.database),
    salaVersion,
  };
}
