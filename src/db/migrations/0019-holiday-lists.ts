// Shipped public holidays: which rows came from Sala's data (and from which kind of list) rather than from
// an admin, and which version of each year's shipped list a database already has, so a start or an upgrade
// loads a year once, replaces it only when the shipped list changes, and never puts back a day an admin removed.
import type { Kysely, Migration } from 'kysely';

export const holidayLists: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('public_holidays')
      .addColumn('origin', 'text', (c) => c.notNull().defaultTo('admin'))
      .execute();
    await db.schema
      .createTable('holiday_lists')
      .addColumn('year', 'integer', (c) => c.primaryKey())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('checksum', 'text', (c) => c.notNull())
      .addColumn('loaded_at', 'text', (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('holiday_lists').execute();
    await db.schema.alterTable('public_holidays').dropColumn('origin').execute();
  },
};
