// The backup schedule in a running Sala (SQLite): SALA_BACKUP_EVERY makes a backup at start when none is
// recent, SIGTERM stops the schedule with the other loops, a restart does not back up again too early, and
// `npm run backup` and `npm run restore` work as commands on what it made.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type SalaProcess, startSala } from './support/sala-process';

const running: SalaProcess[] = [];
const dirs: string[] = [];
afterAll(() => {
  for (const sala of running) sala.child.kill('SIGKILL');
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const temp = (label: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sala-${label}-`));
  dirs.push(dir);
  return dir;
};

/** Runs one of the package's commands (`npm run <name>`'s script) and gives its exit code and output. */
function command(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { PATH: process.env.PATH, TZ: 'UTC', ...env },
    });
    let output = '';
    child.stdout.on('data', (c) => {
      output += c;
    });
    child.stderr.on('data', (c) => {
      output += c;
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

const backupsIn = (dir: string) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.startsWith('sala-backup-')) : [];

describe('the backup schedule in a running Sala [sqlite]', () => {
  it('backs up at start, stops on SIGTERM, does not back up again on a quick restart, and the backup restores', async () => {
    const dataDir = temp('scheduled');
    const env = {
      SALA_DATA_DIR: dataDir,
      SALA_DEMO: '0',
      SALA_DEMO_PASSWORD: 'schedule-test-password',
      SALA_BACKUP_EVERY: '24',
      SALA_BACKUP_KEEP: '2',
    };
    const sala = await startSala(env, (out) => out.includes('Backup: '));
    running.push(sala);
    const backupDir = path.join(dataDir, 'backups');
    expect(backupsIn(backupDir)).toHaveLength(1);

    // A backup by hand while it runs, then the stop.
    const byHand = await command('src/cli/backup.ts', ['--prune'], env);
    expect(byHand.output).toContain('Backup written:');
    expect(byHand.code).toBe(0);
    expect(backupsIn(backupDir)).toHaveLength(2);
    sala.child.kill('SIGTERM');
    expect(await sala.exited).toBe(0);
    expect(sala.output()).toMatch(/Stopping: .*backups stopped/);

    // The newest backup is minutes old: a restart makes none.
    const again = await startSala(env);
    running.push(again);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(again.output()).not.toContain('Backup: ');
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
    expect(backupsIn(backupDir)).toHaveLength(2);

    const restoreDir = temp('restored');
    const newest = path.join(backupDir, backupsIn(backupDir).sort().at(-1) as string);
    const restored = await command('src/cli/restore.ts', [newest], { SALA_DATA_DIR: restoreDir });
    expect(restored.output).toContain('Audit chain intact');
    expect(restored.output).toContain('Restored: everything checked is intact.');
    expect(restored.code).toBe(0);
    const refused = await command('src/cli/restore.ts', [newest], { SALA_DATA_DIR: restoreDir });
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('the target is not empty');
  }, 180_000);
});
