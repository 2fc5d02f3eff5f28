// Organisations sign joint statements themselves, and citizens add their support. A signature now records
// the organisation's member who gave it, and when (and by whom) it was withdrawn; a signature a watchdog
// recorded on an organisation's behalf before this keeps `signed_by` null and is no longer shown as one.
// A citizen's support is counted once its one-time code is confirmed; the contact is kept only as a hash
// (to count each person once per statement), the name only when the citizen agreed to show it.
// A province runs its own league of commune OWSOs: over a period it sets, on the measures it chooses, with the
// result (and its winners) fixed when it is published.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../schema-helpers';

export const organisationsSignProvinceLeagues: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('watch_signatures')
      .addColumn('signed_by', 'integer', (c) => c.references('users.id'))
      .execute();
    await db.schema.alterTable('watch_signatures').addColumn('withdrawn_at', 'text').execute();
    await db.schema
      .alterTable('watch_signatures')
      .addColumn('withdrawn_by', 'integer', (c) => c.references('users.id'))
      .execute();

    await withIdColumn(db, db.schema.createTable('watch_supporters'))
      .addColumn('statement_id', 'integer', (c) => c.notNull().references('watch_statements.id'))
      .addColumn('contact_hash', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('name', 'text')
      .addColumn('code_hash', 'text', (c) => c.notNull())
      .addColumn('code_expires_at', 'text', (c) => c.notNull())
      .addColumn('wrong_codes', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('confirmed_at', 'text')
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('watch_supporters_contact_uq', ['statement_id', 'contact_hash'])
      .execute();
    await db.schema
      .createIndex('watch_supporters_request_idx')
      .on('watch_supporters')
      .column('request_hash')
      .execute();

    await withIdColumn(db, db.schema.createTable('owso_province_leagues'))
      .addColumn('province_code', 'text', (c) => c.notNull())
      .addColumn('period_from', 'text', (c) => c.notNull())
      .addColumn('period_to', 'text', (c) => c.notNull())
      .addColumn('measures', 'text', (c) => c.notNull())
      .addColumn('results', 'text')
      .addColumn('published_at', 'text')
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('owso_province_leagues_province_idx')
      .on('owso_province_leagues')
      .columns(['province_code', 'period_from'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('owso_province_leagues').execute();
    await db.schema.dropTable('watch_supporters').execute();
    await db.schema.alterTable('watch_signatures').dropColumn('withdrawn_by').execute();
    await db.schema.alterTable('watch_signatures').dropColumn('withdrawn_at').execute();
    await db.schema.alterTable('watch_signatures').dropColumn('signed_by').execute();
  },
};
