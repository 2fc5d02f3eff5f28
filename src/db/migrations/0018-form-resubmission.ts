// A form sent twice with one one-time token (or counter form id) but different content is told apart from
// a double tap: the first sending keeps a keyed hash of what it said (platform/http/form-tokens.ts), never
// the words themselves; and the citizen's private key sealed with the token, so the same double tap can show
// it again.
import type { Kysely, Migration } from 'kysely';

export const formResubmission: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('form_tokens').addColumn('content_hash', 'text').execute();
    await db.schema.alterTable('form_tokens').addColumn('sealed_key', 'text').execute();
    await db.schema.alterTable('owso_applications').addColumn('form_hash', 'text').execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('owso_applications').dropColumn('form_hash').execute();
    await db.schema.alterTable('form_tokens').dropColumn('sealed_key').execute();
    await db.schema.alterTable('form_tokens').dropColumn('content_hash').execute();
  },
};
