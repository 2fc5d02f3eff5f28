// Opens the database Sala runs on: embedded SQLite by default, PostgreSQL when DATABASE_URL is set.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database';

export type DialectName = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** PostgreSQL's connection pool, read by /metrics; absent on SQLite. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export type DbTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };

// PostgreSQL returns bigint (count(*), sums) as strings; Sala's counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every statement again on each query; SQLite's parse and plan of a statement
 * is a large share of a small query's cost (measured: 15–25% of an intake). The queries are few
 * and fixed texts, so the prepared statements are kept by their SQL (SQLite re-prepares a kept
 * statement by itself after a schema change). Kysely runs one query at a time per connection, so a
 * kept statement is never in use twice at once.
 */
function withStatementCache(sqlite: SQLite.Database) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        // Most recently used last, so the oldest is dropped first.
        cache.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

/** Connects to SQLite (WAL, synchronous=FULL, foreign keys on) or PostgreSQL. */
const SQLITE_CACHE_KIB = 64 * 1024;

export function connect(target: DbTarget): Db {
  if (target.kind === 'sqlite') {
    if (target.file !== ':memory:') fs.mkdirSync(path.dirname(target.file), { recursive: true });
    const sqlite = new SQLite(target.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // 64 MiB of pages kept in the process (SQLite's default is 2 MiB): at a million cases, the queue's
    // searches read the same index pages over and over, and each page missing here is a system call.
    sqlite.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
    const kysely = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    });
    return {
      kysely,
      dialect: 'sqlite',
      close: () => kysely.destroy(),
    };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: 10,
    // A schema per test run keeps parallel test files apart on one database.
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kysely,
    dialect: 'postgres',
    pool,
    close: () => kysely.destroy(),
  };
}
