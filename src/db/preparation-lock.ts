// One process at a time prepares a database (migrations, reference and demo data); the others wait, then serve.
import pg from 'pg';
import type { DbTarget } from './connect';

/**
 * Processes started together on a new PostgreSQL database would each migrate and load the gazetteer, and
 * all but one stop on a duplicate key. A session-level advisory lock makes them take turns: the first
 * prepares, the next find everything in place. It is held on a connection of its own, not the pool's (a
 * pooled connection could be handed back mid-way and the lock with it), and it is keyed by the schema, so
 * Sala instances in different schemas of one database do not wait for each other. If the process dies, its
 * session ends and the lock goes with it.
 *
 * SQLite: one file serves one process, so nothing is taken there.
 */
export async function withPreparationLock<T>(
  target: DbTarget,
  prepare: () => Promise<T>,
  log: (line: string) => void = console.log,
): Promise<T> {
  if (target.kind === 'sqlite') return prepare();
  const session = new pg.Client({
    connectionString: target.url,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  await session.connect();
  try {
    const key = "hashtext('sala: prepare database'), hashtext(current_setting('search_path'))";
    const tried = await session.query<{ locked: boolean }>(`select pg_try_advisory_lock(${key}) as locked`);
    if (!tried.rows[0].locked) {
      log('Database: another process is preparing it; waiting for it to finish');
      await session.query(`select pg_advisory_lock(${key})`);
    }
    try {
      return await prepare();
    } finally {
      await session.query(`select pg_advisory_unlock(${key})`);
    }
  } finally {
    await session.end();
  }
}
