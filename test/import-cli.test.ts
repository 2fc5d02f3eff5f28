// `npm run import -- <kind> <file>` as a command on a SQLite database: every sample file of data/samples/
// imports (exit 0, the summary printed), a second import changes nothing, a refused file writes nothing and
// names its row (exit 1), and wrong use is exit 2.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect';
import { seedDemo } from './support/app';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sala-import-cli-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function importCommand(args: string[]) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], {
      env: { PATH: process.env.PATH, TZ: 'UTC', SALA_DATA_DIR: dataDir },
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

const sample = (name: string) => path.join('data', 'samples', name);

describe('npm run import [sqlite]', () => {
  beforeAll(async () => {
    const db = connect({ kind: 'sqlite', file: path.join(dataDir, 'sala.db') });
    await seedDemo(db);
    // The roster names legislature 7: a legislature is added on the secretariat's page before its roster.
    await db.kysely
      .insertInto('assembly_legislatures')
      .values({ number: 7, seats: 125, elected_on: '2023-07-23', convened_on: '2023-08-21', is_demo: 1 })
      .execute();
    await db.close();
  }, 120_000);

  it('imports each sample file, and a second time changes nothing', async () => {
    const expected: [string, string, string][] = [
      ['offices', 'offices.csv', '5 added, 0 updated, 0 unchanged.'],
      ['agencies', 'agencies.csv', '3 added, 0 updated, 0 unchanged.'],
      ['services', 'services.csv', '3 added, 0 updated, 0 unchanged.'],
      ['holidays', 'holidays.csv', '2 added, 0 updated, 0 unchanged.'],
      // 2 parties, 1 commission, 4 members, 4 seats, 2 posts.
      ['roster', 'roster.csv', '13 added, 0 updated, 0 unchanged.'],
    ];
    for (const [kind, file, summary] of expected) {
      const run = await importCommand([kind, sample(file)]);
      expect({ kind, code: run.code, output: run.output }).toEqual({
        kind,
        code: 0,
        output: expect.stringContaining(summary),
      });
      expect(run.output).toContain('បានបន្ថែម');
    }
    const again = await importCommand(['roster', sample('roster.csv')]);
    expect(again.code).toBe(0);
    expect(again.output).toContain('0 added, 0 updated, 13 unchanged.');
  }, 300_000);

  it('refuses a file with a bad row (exit 1, the row named), and wrong use (exit 2)', async () => {
    const bad = path.join(dataDir, 'bad-agencies.csv');
    fs.writeFileSync(bad, 'code,name_km,name_en\nDEMO-X,ក ខ,A B\nbad code,ក ខ,A B\n');
    const refused = await importCommand(['agencies', bad]);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('Row 3 (column `code`): This code is not in the expected form.');
    expect(refused.output).toContain('ជួរទី 3 (ជួរឈរ `code`)');
    expect((await importCommand(['members', bad])).code).toBe(2);
    expect((await importCommand(['agencies', path.join(dataDir, 'missing.csv')])).code).toBe(2);
  }, 180_000);
});
