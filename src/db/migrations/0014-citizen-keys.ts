// The citizen's own key: reading a case needs only its tracking code, acting in the citizen's name needs
// proof only the citizen has — a private key (link), a one-time code sent to the case's contact, or the
// short-lived pass that code opens. Secrets are stored as SHA-256 hashes only. Cases from before this
// migration get no key: nobody knows one to hand over, so the office issues one to a verified citizen.
// Also the files a citizen adds to a case (stored on disk under random names; personal data).
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../schema-helpers';

export const citizenKeys: Migration = {
  async up(db: Kysely<unknown>) {
    // One key per case; issuing a new one replaces the row, so the old key stops working at once.
    await db.schema
      .createTable('case_citizen_keys')
      .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id'))
      .addColumn('key_hash', 'text', (c) => c.notNull().unique())
      .addColumn('issued_at', 'text', (c) => c.notNull())
      // The staff member who issued it; null when it came with the concern.
      .addColumn('issued_by', 'integer', (c) => c.references('users.id'))
      .execute();

    // One-time codes (sent to the contact) and the passes they open: short-lived, hashed, case-scoped.
    await withIdColumn(db, db.schema.createTable('citizen_passes'))
      .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('secret_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema
      .createIndex('citizen_passes_case_idx')
      .on('citizen_passes')
      .columns(['case_id', 'kind', 'secret_hash'])
      .execute();

    await withIdColumn(db, db.schema.createTable('case_files'))
      .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
      .addColumn('event_id', 'integer', (c) => c.notNull().references('case_events.id'))
      .addColumn('stored_name', 'text', (c) => c.notNull().unique())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('size_bytes', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('case_files_case_idx').on('case_files').column('case_id').execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('case_files').execute();
    await db.schema.dropTable('citizen_passes').execute();
    await db.schema.dropTable('case_citizen_keys').execute();
  },
};
