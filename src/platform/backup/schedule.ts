// The backup schedule inside the running app (SALA_BACKUP_EVERY, SALA_BACKUP_KEEP): a backup once the newest
// one is older than the interval, then all but the newest `keep` removed. A restart does not make an extra
// backup; a stop waits for the backup under way, or cancels it after the grace (leaving no half folder).
import fs from 'node:fs/promises';
import path from 'node:path';
import { messageOf, type RunControl, repeatEvery } from '../repeat';
import { type BackupSource, listBackups, makeBackup, pruneBackups } from './make-backup';
import { MANIFEST_NAME, type Manifest } from './manifest';

export interface BackupSchedule {
  everyHours: number;
  keep: number;
}

/** How often the schedule looks whether a backup is due: it never waits longer than this past the interval. */
const LOOK_EVERY_MS = 10 * 60_000;

/** The manifest of the newest complete backup in the folder, or undefined. */
export async function newestBackup(backupDir: string): Promise<Manifest | undefined> {
  for (const folder of await listBackups(backupDir)) {
    try {
      return JSON.parse(await fs.readFile(path.join(folder, MANIFEST_NAME), 'utf8')) as Manifest;
    } catch {}
  }
  return undefined;
}

/** When the newest complete backup began, or undefined. */
export async function newestBackupAt(backupDir: string): Promise<Date | undefined> {
  const manifest = await newestBackup(backupDir);
  return manifest ? new Date(manifest.startedAt) : undefined;
}

/** One look: a backup if one is due, then the old ones pruned. Returns the new folder, if any. */
export async function runScheduledBackup(
  source: BackupSource,
  schedule: BackupSchedule,
  options: {
    now?: () => Date;
    signal?: AbortSignal;
    log?: (line: string) => void;
    /** Told of each finished backup (the /metrics gauges of its time and size). */
    onBackup?: (backup: { finishedAt: Date; bytes: number }) => void;
  } = {},
): Promise<string | undefined> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? console.log;
  const newest = await newestBackupAt(source.backupDir);
  if (newest && now().getTime() - newest.getTime() < schedule.everyHours * 3_600_000) return undefined;
  const { folder, manifest } = await makeBackup(source, { now, signal: options.signal });
  const bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  log(`Backup: ${folder} (${manifest.files.length} files, ${bytes} bytes)`);
  options.onBackup?.({ finishedAt: now(), bytes });
  const removed = await pruneBackups(source.backupDir, schedule.keep);
  if (removed.length) log(`Backup: removed ${removed.length} older backup(s), keeping ${schedule.keep}`);
  return folder;
}

/** Starts the schedule; stop() waits for a backup under way for at most `graceMs`, then cancels it. */
export function startBackupSchedule(
  source: BackupSource,
  schedule: BackupSchedule,
  options: {
    lookEveryMs?: number;
    graceMs?: number;
    log?: (line: string) => void;
    onBackup?: (backup: { finishedAt: Date; bytes: number }) => void;
  } = {},
): { stop(): Promise<void> } {
  const log = options.log ?? console.log;
  const loop = repeatEvery(
    options.lookEveryMs ?? Math.min(LOOK_EVERY_MS, schedule.everyHours * 3_600_000),
    async (control: RunControl) => {
      if (control.stopping()) return;
      await runScheduledBackup(source, schedule, { signal: control.signal, log, onBackup: options.onBackup });
    },
    (err) => log(`Backup failed: ${messageOf(err)}`),
  );
  return { stop: () => loop.stop({ graceMs: options.graceMs ?? 15_000 }) };
}
