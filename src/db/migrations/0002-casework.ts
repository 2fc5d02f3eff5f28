// Casework: concern categories, cases with their separately kept contacts, the public timeline,
// the outbox of messages, idempotency records, one-time form tokens, service standards and holidays.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../schema-helpers';

export const casework: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('concern_categories')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('name_km', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await withIdColumn(db, db.schema.createTable('cases'))
      .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
      .addColumn('office_code', 'text', (c) => c.notNull().references('offices.code'))
      .addColumn('category_code', 'text', (c) => c.notNull().references('concern_categories.code'))
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('province_code', 'text', (c) => c.notNull().references('places.code'))
      .addColumn('district_code', 'text', (c) => c.references('places.code'))
      .addColumn('commune_code', 'text', (c) => c.references('places.code'))
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('confidential', 'integer', (c) => c.notNull())
      .addColumn('consent_to_share', 'integer', (c) => c.notNull())
      .addColumn('has_contact', 'integer', (c) => c.notNull())
      .addColumn('submitted_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('cases_queue_idx')
      .on('cases')
      .columns(['office_code', 'status', 'submitted_at'])
      .execute();
    await db.schema
      .createIndex('cases_office_time_idx')
      .on('cases')
      .columns(['office_code', 'submitted_at'])
      .execute();

    // Personal data sits apart from the case, so no query of cases can carry it by accident.
    await db.schema
      .createTable('case_contacts')
      .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
      .addColumn('name', 'text')
      .addColumn('phone', 'text')
      .addColumn('email', 'text')
      .addColumn('preferred_contact', 'text', (c) => c.notNull())
      .execute();

    await withIdColumn(db, db.schema.createTable('case_events'))
      .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('actor_kind', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('public_note', 'text')
      .execute();
    await db.schema
      .createIndex('case_events_case_idx')
      .on('case_events')
      .columns(['case_id', 'id'])
      .execute();

    await withIdColumn(db, db.schema.createTable('outbox'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('template', 'text', (c) => c.notNull())
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('case_id', 'integer', (c) => c.references('cases.id').onDelete('set null'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .addColumn('last_error', 'text')
      .execute();
    await db.schema
      .createIndex('outbox_due_idx')
      .on('outbox')
      .columns(['status', 'next_attempt_at'])
      .execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('response_status', 'integer', (c) => c.notNull())
      .addColumn('response_body', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
      .execute();

    await db.schema
      .createTable('form_tokens')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .addColumn('case_id', 'integer', (c) => c.references('cases.id').onDelete('set null'))
      .execute();

    await db.schema
      .createTable('service_standards')
      .addColumn('stage', 'text', (c) => c.primaryKey())
      .addColumn('working_days', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('public_holidays')
      .addColumn('date', 'text', (c) => c.primaryKey())
      .addColumn('name_km', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'public_holidays',
      'service_standards',
      'form_tokens',
      'idempotency_keys',
      'outbox',
      'case_events',
      'case_contacts',
      'cases',
      'concern_categories',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
