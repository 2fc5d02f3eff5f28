// Backups that restore: a backup taken while concerns, receipts and expenses with scanned receipts are being
// written holds every write acknowledged before it began; restored into an empty data directory and database
// the chains verify intact and the files are there. A damaged backup and a non-empty target are refused; the
// schedule keeps the newest N.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreAndVerify } from '../src/cli/restore-and-verify';
import { connect, type DbTarget } from '../src/db/connect';
import { migrateToLatest } from '../src/db/migrator';
import {
  expenseInputSchema,
  recordExpense,
  setBudgetLine,
} from '../src/modules/constituency/budget.commands';
import { receiptChainSource } from '../src/modules/owso';
import { addCounterTestCatalogue, testApplication } from '../src/modules/owso/counter-test-data';
import { issueReceipt } from '../src/modules/owso/receipt.commands';
import { auditChainSource } from '../src/platform/audit/audit-chain-source';
import { checkpointFile, takeCheckpoints } from '../src/platform/audit/checkpoints';
import type { CurrentUser } from '../src/platform/auth/roles';
import { type BackupSource, listBackups, makeBackup } from '../src/platform/backup/make-backup';
import { checkBackup } from '../src/platform/backup/manifest';
import type { RestoreTarget } from '../src/platform/backup/restore-backup';
import { runScheduledBackup, startBackupSchedule } from '../src/platform/backup/schedule';
import { seedDemo } from './support/app';
import { demoUser, submitSample } from './support/cases';

const PG_URL = process.env.TEST_DATABASE_URL;
const PDF = (n: number) => new TextEncoder().encode(`%PDF-1.4\n% demo receipt ${n}\n%%EOF\n`);
const tempDir = (label: string) => fs.mkdtempSync(path.join(os.tmpdir(), `sala-${label}-`));

/** A source database (SQLite file, or a PostgreSQL schema) with its data directory, migrated and seeded. */
async function createSource(dialect: 'sqlite' | 'postgres') {
  const dataDir = tempDir('backup-src');
  let target: DbTarget;
  if (dialect === 'sqlite') target = { kind: 'sqlite', file: path.join(dataDir, 'sala.db') };
  else {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create schema ${schema}`);
    target = { kind: 'postgres', url: PG_URL as string, schema };
  }
  const db = connect(target);
  await migrateToLatest(db.kysely);
  await seedDemo(db);
  await addCounterTestCatalogue(db);
  return { db, target, dataDir };
}

async function adminQuery(text: string, url = PG_URL as string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/** An empty restore target: a new data directory and (PostgreSQL) a new database for the same schema. */
async function createEmptyTarget(source: DbTarget): Promise<RestoreTarget & { dispose(): Promise<void> }> {
  const dataDir = tempDir('restore');
  const backupDir = path.join(dataDir, 'backups');
  if (source.kind === 'sqlite') {
    const database: DbTarget = { kind: 'sqlite', file: path.join(dataDir, 'sala.db') };
    return {
      database,
      dataDir,
      backupDir,
      checkpointFile: checkpointFile(dataDir, database),
      dispose: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `sala_restore_${randomBytes(5).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(source.url);
  url.pathname = `/${name}`;
  const database: DbTarget = { kind: 'postgres', url: url.toString(), schema: source.schema };
  return {
    database,
    dataDir,
    backupDir,
    checkpointFile: checkpointFile(dataDir, { kind: 'postgres', url: url.toString() }),
    dispose: async () => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  const skip = dialect === 'postgres' && !PG_URL;
  describe.skipIf(skip)(
    `backups that restore [${dialect}${skip ? ' — skipped: TEST_DATABASE_URL is not set' : ''}]`,
    () => {
      let source: Awaited<ReturnType<typeof createSource>>;
      let backupSource: BackupSource;
      let backupFolder: string;
      const targets: { dispose(): Promise<void> }[] = [];
      const acknowledged = { concerns: [] as string[], receipts: [] as string[], expenses: [] as number[] };
      let before: typeof acknowledged;
      const savedDataDir = process.env.SALA_DATA_DIR;

      beforeAll(async () => {
        source = await createSource(dialect);
        // Uploaded files go under SALA_DATA_DIR (read at each write).
        process.env.SALA_DATA_DIR = source.dataDir;
        backupSource = {
          database: source.target,
          dataDir: source.dataDir,
          backupDir: path.join(source.dataDir, 'backups'),
          checkpointFile: checkpointFile(source.dataDir, source.target),
          salaVersion: 'test',
        };
      }, 120_000);

      afterAll(async () => {
        process.env.SALA_DATA_DIR = savedDataDir;
        for (const t of targets) await t.dispose();
        await source.db.close();
        fs.rmSync(source.dataDir, { recursive: true, force: true });
        if (source.target.kind === 'postgres')
          await adminQuery(`drop schema ${source.target.schema} cascade`);
      });

      async function restoreInto(target: RestoreTarget, folder = backupFolder, force = false) {
        return restoreAndVerify(folder, target, { force });
      }

      it('backs up while concerns, receipts and scanned expense receipts are written; the restore holds every write acknowledged before it began, the chains intact and the files there', async () => {
        const clerk = await demoUser(source.db, 'owso_clerk');
        const director: CurrentUser = {
          ...(await demoUser(source.db, 'co_director')),
          grants: [{ role: 'co_director', scopeType: 'office', scopeCode: 'CO-12' }],
        };
        const staff = await demoUser(source.db, 'co_staff');
        await setBudgetLine(
          source.db,
          { office: 'CO-12', year: 2026, line: 'supplies', amountRiel: 100_000_000 },
          director,
          new Date(),
        );
        const ckpt = () =>
          takeCheckpoints(
            source.db.kysely,
            [auditChainSource, receiptChainSource],
            backupSource.checkpointFile,
            new Date(),
          );

        let writing = true;
        let n = 0;
        const writers = [
          async () => {
            const { trackingCode } = await submitSample(source.db);
            acknowledged.concerns.push(trackingCode);
          },
          async () => {
            const issued = await issueReceipt(source.db, testApplication(), clerk, new Date());
            if (!issued.ok) throw new Error(`receipt refused: ${issued.error}`);
            acknowledged.receipts.push(issued.value.number);
          },
          async () => {
            const input = expenseInputSchema.parse({
              office: 'CO-12',
              line: 'supplies',
              spentOn: '2026-05-01',
              payee: 'Demo Stationery Shop',
              amountRiel: '40000',
              purpose: 'Paper (demo)',
            });
            const k = n++;
            const recorded = await recordExpense(
              source.db,
              input,
              { bytes: PDF(k), type: 'application/pdf' },
              staff,
              new Date(),
            );
            if (!recorded.ok) throw new Error(`expense refused: ${recorded.error}`);
            acknowledged.expenses.push(recorded.value.id);
          },
          ckpt,
        ];
        const loops = writers.map(async (write) => {
          while (writing) await write();
        });
        // Some writes first, then the backup in the middle of the stream.
        while (acknowledged.expenses.length < 5 || acknowledged.receipts.length < 5) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        before = structuredClone(acknowledged);
        const { folder } = await makeBackup(backupSource);
        const afterBackup = acknowledged.concerns.length + acknowledged.receipts.length;
        // Writes go on a little after it, which the backup need not hold.
        while (acknowledged.concerns.length + acknowledged.receipts.length < afterBackup + 4) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        writing = false;
        await Promise.all(loops);
        backupFolder = folder;
        expect(before.concerns.length).toBeGreaterThan(0);

        const target = await createEmptyTarget(source.target);
        targets.push(target);
        const outcome = await restoreInto(target);
        const text = outcome.lines.map((l) => l.line).join('\n');
        expect(text).toMatch(/every file matches the manifest/);
        expect(text).toMatch(/Audit chain intact: \d+ rows/);
        expect(text).toContain('Checkpoints: every chain reaches its last one.');
        expect(text).toMatch(/Files: all \d+ files the database names are present\./);
        expect(outcome.intact).toBe(true);

        const restored = connect(target.database);
        try {
          const k = restored.kysely;
          const codes = (await k.selectFrom('cases').select('tracking_code').execute()).map(
            (r) => r.tracking_code,
          );
          expect(codes).toEqual(expect.arrayContaining(before.concerns));
          const numbers = (await k.selectFrom('owso_receipts').select('number').execute()).map(
            (r) => r.number,
          );
          expect(numbers).toEqual(expect.arrayContaining(before.receipts));
          const expenses = await k
            .selectFrom('co_expenses')
            .select(['id', 'receipt_file'])
            .where('id', 'in', before.expenses)
            .execute();
          expect(expenses).toHaveLength(before.expenses.length);
          // Every expense restored has its scanned receipt, byte for byte as uploaded.
          for (const e of expenses) {
            const file = path.join(target.dataDir, 'receipts', e.receipt_file as string);
            const original = path.join(source.dataDir, 'receipts', e.receipt_file as string);
            expect(fs.readFileSync(file)).toEqual(fs.readFileSync(original));
          }
        } finally {
          await restored.close();
        }
      }, 180_000);

      it('refuses a backup with a flipped byte or a missing file, naming it, and touches nothing', async () => {
        const damaged = path.join(tempDir('damaged'), path.basename(backupFolder));
        fs.cpSync(backupFolder, damaged, { recursive: true });
        const manifest = JSON.parse(fs.readFileSync(path.join(damaged, 'manifest.json'), 'utf8'));
        const dbCopy = path.join(damaged, manifest.database.file);
        const bytes = fs.readFileSync(dbCopy);
        bytes[Math.floor(bytes.length / 2)] ^= 0x01;
        fs.writeFileSync(dbCopy, bytes);
        const target = await createEmptyTarget(source.target);
        targets.push(target);
        await expect(restoreInto(target, damaged)).rejects.toThrow(
          new RegExp(`${manifest.database.file}: its checksum differs.*`),
        );

        fs.writeFileSync(dbCopy, fs.readFileSync(path.join(backupFolder, manifest.database.file)));
        const upload = manifest.files.find((f: { path: string }) => f.path.startsWith('files/receipts/'));
        fs.rmSync(path.join(damaged, upload.path));
        await expect(restoreInto(target, damaged)).rejects.toThrow(`${upload.path}: missing`);
        await expect(restoreInto(target, damaged)).rejects.toThrow(/nothing was restored/);
        // The target is as empty as before: a later restore of a sound backup goes through.
        expect(fs.existsSync(target.dataDir) ? fs.readdirSync(target.dataDir) : []).toEqual([]);
        expect((await restoreInto(target)).intact).toBe(true);
        fs.rmSync(path.dirname(damaged), { recursive: true, force: true });
      }, 120_000);

      it('refuses a target that holds data unless --force, which replaces it', async () => {
        const target = await createEmptyTarget(source.target);
        targets.push(target);
        expect((await restoreInto(target)).intact).toBe(true);
        await expect(restoreInto(target)).rejects.toThrow(/the target is not empty/);
        const again = await restoreInto(target, backupFolder, true);
        expect(again.intact).toBe(true);
        if (dialect === 'sqlite') {
          expect(again.lines.map((l) => l.line).join('\n')).toMatch(/moved to .*before-restore-/);
        }
      }, 120_000);

      it('says which files the database names are missing when they were gone from the data directory already', async () => {
        const [lost] = fs.readdirSync(path.join(source.dataDir, 'receipts'));
        const original = path.join(source.dataDir, 'receipts', lost);
        const kept = fs.readFileSync(original);
        fs.rmSync(original);
        try {
          const { folder } = await makeBackup(backupSource);
          const target = await createEmptyTarget(source.target);
          targets.push(target);
          const outcome = await restoreInto(target, folder);
          expect(outcome.intact).toBe(false);
          expect(outcome.lines.filter((l) => !l.intact).map((l) => l.line)).toEqual([
            expect.stringMatching(
              new RegExp(`^Files the database names but MISSING \\(1 of \\d+\\): receipts/${lost}\\.$`),
            ),
          ]);
        } finally {
          fs.writeFileSync(original, kept);
        }
      }, 120_000);

      it('a stop during a scheduled backup cancels it after the grace and leaves no half-written folder', async () => {
        const scheduleSource = { ...backupSource, backupDir: tempDir('stopping') };
        const lines: string[] = [];
        const schedule = startBackupSchedule(
          scheduleSource,
          { everyHours: 24, keep: 2 },
          { graceMs: 0, log: (l) => lines.push(l) },
        );
        await expect
          .poll(() => fs.readdirSync(scheduleSource.backupDir).some((n) => n.startsWith('.partial-')), {
            interval: 2,
          })
          .toBe(true);
        await schedule.stop();
        const left = fs.readdirSync(scheduleSource.backupDir);
        expect(left.filter((n) => n.startsWith('.partial-'))).toEqual([]);
        // pg_dump is killed mid-way; SQLite's small copy may finish first, and then it is a whole backup.
        if (dialect === 'postgres') expect(left).toEqual([]);
        for (const name of left) await checkBackup(path.join(scheduleSource.backupDir, name));
        if (left.length === 0) expect(lines.join('\n')).toMatch(/Backup failed: .*abort/i);
        fs.rmSync(scheduleSource.backupDir, { recursive: true, force: true });
      }, 60_000);

      it('the schedule backs up when the newest backup is as old as the interval, and keeps the newest N', async () => {
        const scheduleSource = { ...backupSource, backupDir: tempDir('schedule') };
        const schedule = { everyHours: 24, keep: 2 };
        const day = (d: number) => () => new Date(Date.UTC(2026, 4, d, 1));
        const log = () => {};
        const made: (string | undefined)[] = [];
        for (const d of [1, 2, 3])
          made.push(await runScheduledBackup(scheduleSource, schedule, { now: day(d), log }));
        // Not yet due: no backup.
        expect(
          await runScheduledBackup(scheduleSource, schedule, {
            now: () => new Date(Date.UTC(2026, 4, 3, 20)),
            log,
          }),
        ).toBeUndefined();
        // A backup cut short two days ago (a power cut) goes; one under way (just begun) stays.
        const abandoned = path.join(scheduleSource.backupDir, '.partial-sala-backup-cut-short');
        const underWay = path.join(scheduleSource.backupDir, '.partial-sala-backup-under-way');
        fs.mkdirSync(abandoned);
        fs.mkdirSync(underWay);
        const twoDaysAgo = new Date(Date.now() - 48 * 3_600_000);
        fs.utimesSync(abandoned, twoDaysAgo, twoDaysAgo);
        made.push(await runScheduledBackup(scheduleSource, schedule, { now: day(4), log }));
        expect(fs.existsSync(abandoned)).toBe(false);
        expect(fs.existsSync(underWay)).toBe(true);
        fs.rmSync(underWay, { recursive: true });
        expect(made.every(Boolean)).toBe(true);
        expect((await listBackups(scheduleSource.backupDir)).map((f) => path.basename(f))).toEqual([
          path.basename(made[3] as string),
          path.basename(made[2] as string),
        ]);
        fs.rmSync(scheduleSource.backupDir, { recursive: true, force: true });
      }, 120_000);
    },
  );
}
