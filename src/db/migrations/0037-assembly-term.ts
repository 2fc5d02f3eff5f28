// The Assembly's term as the secretariat records it: each deposal of the government, a dissolution
// (Art. 78.2–3) and each state of emergency (Art. 86), with its dates. One row per event; an emergency's
// `ends_on` stays empty while it is in force. The rules of procedure/term.rules.ts read them.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../schema-helpers';

export const assemblyTerm: Migration = {
  async up(db: Kysely<unknown>) {
    await withIdColumn(db, db.schema.createTable('assembly_term_events'))
      .addColumn('legislature_id', 'integer', (c) => c.notNull().references('assembly_legislatures.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('starts_on', 'text', (c) => c.notNull())
      .addColumn('ends_on', 'text')
      .addColumn('note', 'text')
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('assembly_term_events_legislature_idx')
      .on('assembly_term_events')
      .columns(['legislature_id', 'starts_on'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('assembly_term_events').execute();
  },
};
