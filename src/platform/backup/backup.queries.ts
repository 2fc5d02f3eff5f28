// What a backup and a restore ask of the database itself: a snapshot to dump from, and whether a target holds
// tables already.
import { sql } from 'kysely';
import type { DialectName } from '../../db/connect';
import type { Executor } from '../../db/database';

/** PostgreSQL: the snapshot of this (repeatable read) transaction, for pg_dump --snapshot to dump exactly it. */
export async function exportSnapshot(trx: Executor): Promise<string> {
  const { rows } = await sql<{ snapshot: string }>`select pg_export_snapshot() as snapshot`.execute(trx);
  return rows[0].snapshot;
}

/** The tables of the database (SQLite) or of the schema in use (PostgreSQL). */
export async function countTables(db: Executor, dialect: DialectName): Promise<number> {
  const query =
    dialect === 'sqlite'
      ? sql<{
          n: number;
        }>`select count(*) as n from sqlite_master where type = 'table' and name not like 'sqlite_%'`
      : sql<{
          n: number;
        }>`select count(*)::int as n from information_schema.tables where table_schema = current_schema()`;
  const { rows } = await query.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** PostgreSQL: whether the schema exists and whether anything is in it (tables, sequences, types …). */
export async function schemaState(db: Executor, schema: string): Promise<'absent' | 'empty' | 'used'> {
  const { rows } = await sql<{ objects: number | null }>`
    select (select count(*)::int from pg_class c where c.relnamespace = n.oid)
         + (select count(*)::int from pg_type t where t.typnamespace = n.oid and t.typtype <> 'b' and t.typrelid = 0)
         + (select count(*)::int from pg_proc p where p.pronamespace = n.oid) as objects
      from pg_namespace n where n.nspname = ${schema}`.execute(db);
  if (rows.length === 0) return 'absent';
  return rows[0].objects ? 'used' : 'empty';
}

/** PostgreSQL: drops a schema known to be empty, so pg_restore can create it as the dump says. */
export async function dropEmptySchema(db: Executor, schema: string): Promise<void> {
  await sql`drop schema ${sql.id(schema)} restrict`.execute(db);
}

/** SQLite: the copy's own check of its pages and indexes ("ok" when sound). */
export async function quickCheck(db: Executor): Promise<string> {
  const { rows } = await sql<{ quick_check: string }>`pragma quick_check`.execute(db);
  return rows.map((r) => r.quick_check).join('; ');
}
