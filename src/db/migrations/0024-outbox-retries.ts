// Staff retry a message that failed or was not delivered: the retry is a new outbox row (`retry_of` the
// old one), and the old row records when it was retried. A row is retried at most once (a conditional
// UPDATE on `retried_at is null`), so two staff pressing retry at once send one message, not two.
import type { Kysely, Migration } from 'kysely';

export const outboxRetries: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('outbox').addColumn('retried_at', 'text').execute();
    await db.schema
      .alterTable('outbox')
      .addColumn('retry_of', 'integer', (c) => c.references('outbox.id'))
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('outbox').dropColumn('retry_of').execute();
    await db.schema.alterTable('outbox').dropColumn('retried_at').execute();
  },
};
