// A version number of what the OWSO counter reads for every receipt (services, offices, which office offers
// which service, fees, public holidays), moved on by the database itself whenever any of those rows change.
// The counter keeps that reference in memory and writes a receipt only if the version it priced the receipt
// with is still the database's (modules/owso/counter-reference.service.ts): triggers, not the commands, move it on,
// so no writer (an admin page, a reference load, another app process, a hand-made SQL fix) can be missed.
import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres } from '../schema-helpers';

const OWSO_REFERENCE_TABLES = [
  'owso_services',
  'owso_offices',
  'owso_office_services',
  'owso_fees',
  'public_holidays',
] as const;

/** SQLite has no statement triggers and no single trigger for several events: one per table and event. */
const SQLITE_TRIGGERS = OWSO_REFERENCE_TABLES.flatMap((table) =>
  (['insert', 'update', 'delete'] as const).map((event) => ({
    table,
    event,
    name: `${table}_${event}_changed`,
  })),
);

export const owsoReferenceVersion: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('owso_reference_version')
      .addColumn('version', 'integer', (col) => col.notNull())
      .execute();
    await sql`insert into owso_reference_version (version) values (1)`.execute(db);
    if (isPostgres(db)) {
      await sql`create function owso_reference_changed() returns trigger language plpgsql as $$
        begin
          update owso_reference_version set version = version + 1;
          return null;
        end $$`.execute(db);
      for (const table of OWSO_REFERENCE_TABLES) {
        await sql`create trigger ${sql.id(`${table}_changed`)}
          after insert or update or delete or truncate on ${sql.id(table)}
          for each statement execute function owso_reference_changed()`.execute(db);
      }
      return;
    }
    for (const { table, event, name } of SQLITE_TRIGGERS) {
      await sql`create trigger ${sql.id(name)} after ${sql.raw(event)} on ${sql.id(table)}
        begin update owso_reference_version set version = version + 1; end`.execute(db);
    }
  },

  async down(db: Kysely<unknown>) {
    if (isPostgres(db)) {
      for (const table of OWSO_REFERENCE_TABLES) {
        await sql`drop trigger ${sql.id(`${table}_changed`)} on ${sql.id(table)}`.execute(db);
      }
      await sql`drop function owso_reference_changed()`.execute(db);
    } else {
      for (const { name } of SQLITE_TRIGGERS) await sql`drop trigger ${sql.id(name)}`.execute(db);
    }
    await db.schema.dropTable('owso_reference_version').execute();
  },
};
