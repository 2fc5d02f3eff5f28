// A shared location kept with the case (staff allowed personal data only: a point can find a person's home),
// and one table for "each message from outside handled once": Telegram updates and citizens' SMS. A row is
// a claim while `claimed_until` is set and a record of handling once it is null; a claim left by a process
// that died runs out, so the redelivery is handled instead of being lost. Telegram's update ids move over.
import { type Kysely, type Migration, sql } from 'kysely';

export const caseLocationAndInboundOnce: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('case_locations')
      .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id'))
      .addColumn('latitude', 'double precision', (c) => c.notNull())
      .addColumn('longitude', 'double precision', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('inbound_once')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('claimed_until', 'text')
      .execute();
    await db.schema
      .createIndex('inbound_once_received_at')
      .on('inbound_once')
      .column('received_at')
      .execute();
    await sql`insert into inbound_once (key, received_at, claimed_until)
      select 'telegram:' || update_id, handled_at, null from telegram_updates`.execute(db);
    await db.schema.dropTable('telegram_updates').execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema
      .createTable('telegram_updates')
      .addColumn('update_id', 'bigint', (c) => c.primaryKey())
      .addColumn('handled_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('telegram_updates_handled_at')
      .on('telegram_updates')
      .column('handled_at')
      .execute();
    await db.schema.dropTable('inbound_once').execute();
    await db.schema.dropTable('case_locations').execute();
  },
};
