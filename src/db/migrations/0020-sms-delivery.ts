// SMS delivery receipts: the SMSC's id for each part of a sent SMS and what its receipt said. Keyed by the
// SMSC id, so a receipt that arrives before the sender has recorded the part is kept, not lost.
import type { Kysely, Migration } from 'kysely';

export const smsDelivery: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('outbox_sms_parts')
      .addColumn('smsc_message_id', 'text', (c) => c.primaryKey())
      .addColumn('outbox_id', 'integer', (c) => c.references('outbox.id'))
      .addColumn('part', 'integer')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('outbox_sms_parts_outbox')
      .on('outbox_sms_parts')
      .column('outbox_id')
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('outbox_sms_parts').execute();
  },
};
