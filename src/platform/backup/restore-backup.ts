// Restores a backup into an empty data directory and database: the manifest's checksums first (a damaged
// backup is refused before anything is touched), then the database, the files and the checkpoints file, then
// the restored files checked again. The chains are checked by the caller (src/cli/restore.ts), which knows them.
import fs from 'node:fs/promises';
import path from 'node:path';
import { connect, type DbTarget } from '../../db/connect';
import { countTables, dropEmptySchema, schemaState } from './backup.queries';
import {
  BackupRefused,
  CHECKPOINTS_COPY,
  checkBackup,
  FILES_FOLDER,
  listFiles,
  type Manifest,
  sha256Of,
} from './manifest';
import { pgConnection, runPgTool } from './pg-tools';

export interface RestoreTarget {
  database: DbTarget;
  dataDir: string;
  /** Left alone when inside the data directory (it may hold the very backup being restored). */
  backupDir: string;
  /** Where this database's audit checkpoints file goes (see checkpointFile). */
  checkpointFile: string;
}

export interface RestoreReport {
  manifest: Manifest;
  /** What was done and found, one sentence a line. */
  lines: string[];
}

const MOVED_ASIDE_PREFIX = 'before-restore-';

export async function restoreBackup(
  folder: string,
  target: RestoreTarget,
  options: { force?: boolean; now?: Date } = {},
): Promise<RestoreReport> {
  const manifest = await checkBackup(folder);
  const lines = [
    `Backup ${path.basename(folder)} (begun ${manifest.startedAt}): every file matches the manifest.`,
  ];
  const kind = target.database.kind;
  if (manifest.database.kind !== kind) {
    throw new BackupRefused(
      manifest.database.kind === 'sqlite'
        ? 'This is a backup of a SQLite database: restore it without DATABASE_URL set.'
        : 'This is a backup of a PostgreSQL database: set DATABASE_URL to the (empty) database to restore it into.',
    );
  }
  const schema = target.database.kind === 'postgres' ? (target.database.schema ?? null) : null;
  if (manifest.database.kind === 'postgres' && manifest.database.schema !== schema) {
    throw new BackupRefused(
      `This backup holds the PostgreSQL schema ${manifest.database.schema ?? '(the default)'}; it restores only into that schema.`,
    );
  }

  const inDataDir = await dataDirEntries(target);
  const databaseUsed = await databaseInUse(target.database);
  if ((inDataDir.length || databaseUsed) && !options.force) {
    const what = [
      ...(databaseUsed ? [databaseUsed] : []),
      ...(inDataDir.length
        ? [
            `the data directory ${target.dataDir} holds ${inDataDir.slice(0, 5).join(', ')}${inDataDir.length > 5 ? ' …' : ''}`,
          ]
        : []),
    ];
    throw new BackupRefused(
      `Nothing was restored: the target is not empty (${what.join('; ')}). Restore into an empty data directory and database, or stop Sala and add --force to replace what is there.`,
    );
  }
  if (inDataDir.length) {
    const aside = path.join(
      target.dataDir,
      `${MOVED_ASIDE_PREFIX}${(options.now ?? new Date()).toISOString().replace(/[:.]/g, '-')}`,
    );
    await fs.mkdir(aside, { recursive: true });
    for (const entry of inDataDir) await fs.rename(path.join(target.dataDir, entry), path.join(aside, entry));
    lines.push(`What the data directory held was moved to ${aside}.`);
  }

  await fs.mkdir(target.dataDir, { recursive: true });
  if (target.database.kind === 'sqlite') {
    const restoring = `${target.database.file}.restoring`;
    await fs.copyFile(path.join(folder, manifest.database.file), restoring);
    await fs.rename(restoring, target.database.file);
    lines.push(`Database restored into ${target.database.file}.`);
  } else {
    await restorePostgres(target.database, path.join(folder, manifest.database.file), Boolean(databaseUsed));
    lines.push(`Database restored with pg_restore${databaseUsed ? ' (replacing what was there)' : ''}.`);
  }

  if (manifest.files.some((f) => f.path === CHECKPOINTS_COPY)) {
    await fs.copyFile(path.join(folder, CHECKPOINTS_COPY), target.checkpointFile);
  }
  const uploaded = manifest.files.filter((f) => f.path.startsWith(`${FILES_FOLDER}/`));
  const damaged: string[] = [];
  for (const file of uploaded) {
    const relative = file.path.slice(FILES_FOLDER.length + 1);
    const restored = path.join(target.dataDir, ...relative.split('/'));
    await fs.mkdir(path.dirname(restored), { recursive: true });
    await fs.copyFile(path.join(folder, ...file.path.split('/')), restored);
    if ((await sha256Of(restored)) !== file.sha256) damaged.push(relative);
  }
  lines.push(
    damaged.length
      ? `Uploaded files: ${damaged.length} of ${uploaded.length} restored differ from the backup: ${damaged.join(', ')}.`
      : `Uploaded files: ${uploaded.length} restored, each matching its checksum.`,
  );
  if (damaged.length) throw new BackupRefused(lines.join('\n'));
  return { manifest, lines };
}

/** The data directory's entries a restore would replace (its backups and earlier set-asides excepted). */
async function dataDirEntries(target: RestoreTarget): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(target.dataDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const backups = path.relative(target.dataDir, target.backupDir).split(path.sep)[0];
  const kept: string[] = [];
  for (const name of names.sort()) {
    if (name === backups || name.startsWith(MOVED_ASIDE_PREFIX)) continue;
    // Empty folders (made by an earlier start) hold nothing to lose.
    const stat = await fs.stat(path.join(target.dataDir, name));
    if (stat.isDirectory() && (await listFiles(path.join(target.dataDir, name))).length === 0) continue;
    kept.push(name);
  }
  return kept;
}

/** Why the PostgreSQL database counts as in use, or '' (SQLite's file is part of the data directory). */
async function databaseInUse(target: DbTarget): Promise<string> {
  if (target.kind === 'sqlite') return '';
  const db = connect({ kind: 'postgres', url: target.url });
  try {
    if (target.schema) {
      const state = await schemaState(db.kysely, target.schema);
      return state === 'used' ? `the PostgreSQL schema ${target.schema} holds tables` : '';
    }
    const tables = await countTables(db.kysely, 'postgres');
    return tables ? `the PostgreSQL database holds ${tables} tables` : '';
  } finally {
    await db.close();
  }
}

async function restorePostgres(
  target: Extract<DbTarget, { kind: 'postgres' }>,
  dump: string,
  replace: boolean,
) {
  if (target.schema && !replace) {
    // The dump creates its schema itself: an empty one made beforehand would stop it.
    const db = connect({ kind: 'postgres', url: target.url });
    try {
      if ((await schemaState(db.kysely, target.schema)) === 'empty')
        await dropEmptySchema(db.kysely, target.schema);
    } finally {
      await db.close();
    }
  }
  const { dbname, env } = pgConnection(target.url);
  await runPgTool(
    'pg_restore',
    [
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      ...(replace ? ['--clean', '--if-exists'] : []),
      `--dbname=${dbname}`,
      dump,
    ],
    env,
  );
}
