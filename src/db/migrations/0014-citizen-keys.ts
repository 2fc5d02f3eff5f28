// The citizen's own key: reading a case needs only its tracking code, acting in the citizen's name needs
// proof only the citizen has — a private key (link), a one-time code sent to the case's contact, or the
// short-lived pass that code opens. Secrets are stored as SHA-256 hashes only. Cases from before this
// migration get a key whose secret nobody ever held (a random value where the hash goes): the citizen acts
// with a one-time code sent to the contact, or the office issues a new key to a verified citizen.
// Also the files a citizen adds to a case (stored on disk under random names; personal data).
import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres, withIdColumn } from '../schema-helpers';

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
    // 256 random bits from each database's strong generator, in the hash's hex form: no key hashes to it.
    const randomHash = isPostgres(db)
      ? sql`replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')`
      : sql`lower(hex(randomblob(32)))`;
    await sql`insert into case_citizen_keys (case_id, key_hash, issued_at, issued_by)
      select id, ${randomHash}, ${new Date().toISOString()}, null from cases`.execute(db);

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
