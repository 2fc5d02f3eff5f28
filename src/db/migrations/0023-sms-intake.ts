// The national intake queue of SMS concerns: a concern sent by SMS from a number Sala has never seen on a
// case has no province, so no office. It waits here, its tracking code already given to the citizen, until
// the secretariat assigns it to a province's office (the case is then created with that same code).
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../schema-helpers';

export const smsIntake: Migration = {
  async up(db: Kysely<unknown>) {
    await withIdColumn(db, db.schema.createTable('sms_intake'))
      .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('phone', 'text', (c) => c.notNull())
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('key_hash', 'text', (c) => c.notNull())
      .addColumn('case_id', 'integer', (c) => c.references('cases.id'))
      .addColumn('assigned_at', 'text')
      .addColumn('assigned_by', 'integer', (c) => c.references('users.id'))
      .execute();
    await db.schema
      .createIndex('sms_intake_waiting')
      .on('sms_intake')
      .columns(['case_id', 'received_at'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('sms_intake').execute();
  },
};
