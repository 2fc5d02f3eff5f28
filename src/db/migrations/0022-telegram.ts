// Telegram: which updates were handled (each once), who polls (a lease), each chat's language and unfinished
// conversation, and which chat a case's citizen tied to it (by a one-time link token, stored hashed).
import type { Kysely, Migration } from 'kysely';

export const telegram: Migration = {
  async up(db: Kysely<unknown>) {
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
    await db.schema
      .createTable('telegram_leases')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('holder', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('telegram_chats')
      .addColumn('chat_id', 'text', (c) => c.primaryKey())
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('state', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('case_telegram_links')
      .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id'))
      .addColumn('chat_id', 'text', (c) => c.notNull())
      .addColumn('linked_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('case_telegram_links_chat')
      .on('case_telegram_links')
      .column('chat_id')
      .execute();
    await db.schema
      .createTable('telegram_link_tokens')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'telegram_link_tokens',
      'case_telegram_links',
      'telegram_chats',
      'telegram_leases',
      'telegram_updates',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
