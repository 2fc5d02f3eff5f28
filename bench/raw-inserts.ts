// The yardstick of the write benchmarks: raw durable single-row inserts of a row like the one measured,
// on the same engine and settings, one transaction per row.
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { rateOver } from './measure';

/** One side of a comparison: rows (or concerns, receipts) per second over a round of `seconds`. */
export interface RateSide {
  round(seconds: number): Promise<number>;
  close(): Promise<void>;
}

/** Sala's PostgreSQL pool size (src/db/connect.ts): the raw side gets as many connections. */
export const PG_POOL = 10;

type Row = Record<string, string | number>;

const createTable = (table: string, columns: string[], id: string) =>
  `create table ${table} (id ${id}, ${columns.map((c) => `${c} text`).join(', ')})`;

/** SQLite with WAL and synchronous=FULL (as src/db/connect.ts): each run() is its own durable commit. */
export function rawSqlite(file: string, table: string, row: (n: number) => Row): RateSide {
  const columns = Object.keys(row(0));
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(createTable(table, columns, 'integer primary key'));
  const insert = db.prepare(
    `insert into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  let n = 0;
  return {
    round: (seconds) => rateOver(seconds, 1, () => insert.run(row(n++))),
    async close() {
      db.close();
    },
  };
}

/** PostgreSQL autocommit inserts (synchronous_commit as configured) from as many connections as Sala's pool. */
export async function rawPostgres(
  url: string,
  schema: string,
  table: string,
  row: (n: number) => Row,
): Promise<RateSide> {
  const columns = Object.keys(row(0));
  const pool = new pg.Pool({ connectionString: url, max: PG_POOL, options: `-c search_path=${schema}` });
  await pool.query(createTable(table, columns, 'serial primary key'));
  const sql = `insert into ${table} (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
  let n = 0;
  return {
    round: (seconds) => rateOver(seconds, PG_POOL, () => pool.query(sql, Object.values(row(n++)))),
    close: () => pool.end(),
  };
}
