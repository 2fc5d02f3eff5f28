// The foundation's schema: places, offices, commissions, people and access, audit trail.
// Timestamps are ISO-8601 UTC text and flags are 0/1 integers, so both databases read them alike.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../schema-helpers';

export const foundation: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('places')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('parent_code', 'text', (c) => c.references('places.code'))
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('type_km', 'text', (c) => c.notNull())
      .addColumn('type_latin', 'text', (c) => c.notNull())
      .addColumn('type_en', 'text', (c) => c.notNull())
      .addColumn('name_km', 'text', (c) => c.notNull())
      .addColumn('name_latin', 'text', (c) => c.notNull())
      .addColumn('name_ungegn', 'text')
      .addColumn('lat', 'real')
      .addColumn('lng', 'real')
      .addColumn('wikipedia', 'text')
      .addColumn('iso3166_2', 'text')
      .addColumn('search_text', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('places_parent_idx').on('places').column('parent_code').execute();
    await db.schema.createIndex('places_level_idx').on('places').column('level').execute();

    await db.schema
      .createTable('offices')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('place_code', 'text', (c) => c.notNull().references('places.code'))
      .addColumn('name_km', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .execute();

    await withIdColumn(db, db.schema.createTable('commissions'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('name_km', 'text')
      .addColumn('source', 'text')
      .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await withIdColumn(db, db.schema.createTable('users'))
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await withIdColumn(db, db.schema.createTable('role_grants'))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('scope_type', 'text', (c) => c.notNull())
      .addColumn('scope_code', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('role_grants_unique', ['user_id', 'role', 'scope_type', 'scope_code'])
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

    await withIdColumn(db, db.schema.createTable('api_tokens'))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text')
      .addColumn('revoked_at', 'text')
      .execute();

    await withIdColumn(db, db.schema.createTable('login_attempts'))
      .addColumn('username', 'text', (c) => c.notNull())
      .addColumn('ip', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('succeeded', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('login_attempts_user_idx')
      .on('login_attempts')
      .columns(['username', 'at'])
      .execute();
    await db.schema.createIndex('login_attempts_ip_idx').on('login_attempts').columns(['ip', 'at']).execute();

    await withIdColumn(db, db.schema.createTable('audit_log'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', 'integer')
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('audit_entity_idx')
      .on('audit_log')
      .columns(['entity_type', 'entity_id'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'audit_log',
      'login_attempts',
      'api_tokens',
      'sessions',
      'role_grants',
      'users',
      'commissions',
      'offices',
      'places',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
