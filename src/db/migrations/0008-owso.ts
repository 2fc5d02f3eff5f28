// One Window Service Offices, part one: the national catalogue (categories, services, fees with their
// history, approved payment agencies) and the offices with their rollout and the services they offer.
// Applications and receipts come in 0010.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../schema-helpers';

export const owso: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('owso_categories')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('name_km', 'text', (c) => c.notNull())
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .execute();

    // A service (CPSV-AP: public service with its cost, channel, evidence and processing time).
    await db.schema
      .createTable('owso_services')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('category_code', 'text', (c) => c.notNull().references('owso_categories.code'))
      // commune | district | province
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('name_km', 'text', (c) => c.notNull())
      .addColumn('max_days', 'integer', (c) => c.notNull())
      // One required document per line.
      .addColumn('documents_en', 'text', (c) => c.notNull())
      .addColumn('documents_km', 'text', (c) => c.notNull())
      .addColumn('who_may_apply_en', 'text', (c) => c.notNull())
      .addColumn('who_may_apply_km', 'text', (c) => c.notNull())
      .addColumn('legal_basis', 'text', (c) => c.notNull())
      .addColumn('pay_at_counter', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('pay_at_agency', 'integer', (c) => c.notNull().defaultTo(0))
      // Sample data shipped for the demo: its fees are not official and every page says so.
      .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    // Fee history: the fee in force on a day is the row with the latest effective_from on or before it.
    await withIdColumn(db, db.schema.createTable('owso_fees'))
      .addColumn('service_code', 'text', (c) => c.notNull().references('owso_services.code'))
      .addColumn('fee_riel', 'integer', (c) => c.notNull())
      .addColumn('effective_from', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
      .addColumn('note', 'text')
      .addUniqueConstraint('owso_fees_service_day_uq', ['service_code', 'effective_from'])
      .execute();

    await db.schema
      .createTable('owso_agencies')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('name_km', 'text', (c) => c.notNull())
      .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    // An office at commune, district or province level, tied to the gazetteer.
    await db.schema
      .createTable('owso_offices')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('place_code', 'text', (c) => c.notNull().references('places.code'))
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('name_km', 'text', (c) => c.notNull())
      // planned | working_group | outreach_done | operating
      .addColumn('rollout_status', 'text', (c) => c.notNull())
      .addColumn('working_group_on', 'text')
      .addColumn('outreach_on', 'text')
      .addColumn('operating_since', 'text')
      .addColumn('opening_hours_en', 'text')
      .addColumn('opening_hours_km', 'text')
      .addColumn('counters', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('owso_offices_place_idx')
      .on('owso_offices')
      .columns(['place_code'])
      .execute();

    await db.schema
      .createTable('owso_office_services')
      .addColumn('office_code', 'text', (c) => c.notNull().references('owso_offices.code'))
      .addColumn('service_code', 'text', (c) => c.notNull().references('owso_services.code'))
      .addPrimaryKeyConstraint('owso_office_services_pk', ['office_code', 'service_code'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'owso_office_services',
      'owso_offices',
      'owso_agencies',
      'owso_fees',
      'owso_services',
      'owso_categories',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
