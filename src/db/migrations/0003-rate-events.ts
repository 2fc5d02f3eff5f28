// Events counted by rate limits (public submissions per address), shared by every app process.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../schema-helpers';

export const rateEvents: Migration = {
  async up(db: Kysely<unknown>) {
    await withIdColumn(db, db.schema.createTable('rate_events'))
      .addColumn('bucket', 'text', (c) => c.notNull())
      .addColumn('key_hash', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('rate_events_idx')
      .on('rate_events')
      .columns(['bucket', 'key_hash', 'at'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('rate_events').execute();
  },
};
