// Runs a database test on SQLite and, when TEST_DATABASE_URL is set, on PostgreSQL — each in a fresh, empty database.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { connect, type Db, type DialectName } from '../../src/db/connect';
import { migrateToLatest } from '../../src/db/migrator';

const PG_URL = process.env.TEST_DATABASE_URL;

/** A fresh database: a temporary SQLite file, or a new schema in the PostgreSQL test database. */
export async function createTestDatabase(
  dialect: DialectName,
): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sala-test-'));
    const db = connect({ kind: 'sqlite', file: path.join(dir, 'sala.db') });
    return {
      db,
      drop: async () => {
        await db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!PG_URL) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = connect({ kind: 'postgres', url: PG_URL, schema });
  return {
    db,
    drop: async () => {
      await db.close();
      const cleanup = new pg.Client({ connectionString: PG_URL });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}

export interface DatabaseFixture {
  /** The database of the current dialect; valid inside tests and hooks. */
  readonly db: Db;
  readonly dialect: DialectName;
}

/**
 * Declares the suite once per database. On PostgreSQL without TEST_DATABASE_URL the suite is
 * reported as skipped, never as passed. `setup` runs once per database after the migrations.
 */
export function describeEachDatabase(
  title: string,
  body: (fixture: DatabaseFixture) => void,
  setup?: (db: Db) => Promise<void>,
) {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const skip = dialect === 'postgres' && !PG_URL;
    const label = skip
      ? `${title} [postgres — skipped: TEST_DATABASE_URL is not set]`
      : `${title} [${dialect}]`;
    describe.skipIf(skip)(label, () => {
      let current: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
      const fixture: DatabaseFixture = {
        get db() {
          if (!current) throw new Error('the test database is not ready');
          return current.db;
        },
        dialect,
      };
      beforeAll(async () => {
        current = await createTestDatabase(dialect);
        await migrateToLatest(current.db.kysely);
        if (setup) await setup(current.db);
      });
      afterAll(async () => {
        await current?.drop();
      });
      body(fixture);
    });
  }
}
