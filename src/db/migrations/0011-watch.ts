// Parliamentary watch: platform promises with indicators and yearly assessments, joint statements and
// their signatories, watchdogs' sourced notes on MPs.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../schema-helpers';

export const watch: Migration = {
  async up(db: Kysely<unknown>) {
    // A government's political platform for a mandate (e.g. "Government of the 7th legislature").
    await withIdColumn(db, db.schema.createTable('watch_platforms'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('title_km', 'text', (c) => c.notNull())
      .addColumn('title_en', 'text', (c) => c.notNull())
      .addColumn('first_year', 'integer', (c) => c.notNull())
      .addColumn('last_year', 'integer', (c) => c.notNull())
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await withIdColumn(db, db.schema.createTable('watch_sectors'))
      .addColumn('platform_id', 'integer', (c) => c.notNull().references('watch_platforms.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name_km', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addUniqueConstraint('watch_sectors_code_uq', ['platform_id', 'code'])
      .execute();
    await withIdColumn(db, db.schema.createTable('watch_promises'))
      .addColumn('sector_id', 'integer', (c) => c.notNull().references('watch_sectors.id'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('text_km', 'text', (c) => c.notNull())
      .addColumn('text_en', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await withIdColumn(db, db.schema.createTable('watch_indicators'))
      .addColumn('promise_id', 'integer', (c) => c.notNull().references('watch_promises.id'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name_km', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('baseline', 'double precision', (c) => c.notNull())
      .addColumn('baseline_year', 'integer', (c) => c.notNull())
      .addColumn('target', 'double precision', (c) => c.notNull())
      .addColumn('target_year', 'integer', (c) => c.notNull())
      .execute();
    // A measured value of an indicator: never edited; a correction is a later row.
    await withIdColumn(db, db.schema.createTable('watch_measurements'))
      .addColumn('indicator_id', 'integer', (c) => c.notNull().references('watch_indicators.id'))
      .addColumn('value', 'double precision', (c) => c.notNull())
      .addColumn('measured_on', 'text', (c) => c.notNull())
      .addColumn('source_url', 'text', (c) => c.notNull())
      .addColumn('source_note', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('watch_measurements_indicator_idx')
      .on('watch_measurements')
      .columns(['indicator_id', 'measured_on'])
      .execute();
    // A promise's assessment for a year; a reassessment is a new row, so the history stays visible.
    await withIdColumn(db, db.schema.createTable('watch_assessments'))
      .addColumn('promise_id', 'integer', (c) => c.notNull().references('watch_promises.id'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('verdict', 'text', (c) => c.notNull())
      .addColumn('reasoning', 'text', (c) => c.notNull())
      .addColumn('evidence_url', 'text')
      .addColumn('assessed_by', 'integer', (c) => c.references('users.id'))
      .addColumn('assessed_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('watch_assessments_promise_idx')
      .on('watch_assessments')
      .columns(['promise_id', 'year'])
      .execute();

    // Civil-society organisations that publish or sign statements.
    await withIdColumn(db, db.schema.createTable('watch_organisations'))
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('website', 'text')
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await withIdColumn(db, db.schema.createTable('watch_statements'))
      .addColumn('organisation_id', 'integer', (c) => c.notNull().references('watch_organisations.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('published_on', 'text', (c) => c.notNull())
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('watch_signatures')
      .addColumn('statement_id', 'integer', (c) => c.notNull().references('watch_statements.id'))
      .addColumn('organisation_id', 'integer', (c) => c.notNull().references('watch_organisations.id'))
      .addColumn('signed_on', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('watch_signatures_pk', ['statement_id', 'organisation_id'])
      .execute();

    // A watchdog's sourced remark on an MP's record: public, audited, never edited.
    await withIdColumn(db, db.schema.createTable('watch_member_notes'))
      .addColumn('person_id', 'integer', (c) => c.notNull().references('assembly_persons.id'))
      .addColumn('remark', 'text', (c) => c.notNull())
      .addColumn('score', 'integer', (c) => c.notNull())
      .addColumn('source_url', 'text', (c) => c.notNull())
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('watch_member_notes_person_idx')
      .on('watch_member_notes')
      .columns(['person_id', 'created_at'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      'watch_member_notes',
      'watch_signatures',
      'watch_statements',
      'watch_organisations',
      'watch_assessments',
      'watch_measurements',
      'watch_indicators',
      'watch_promises',
      'watch_sectors',
      'watch_platforms',
    ])
      await db.schema.dropTable(table).execute();
  },
};
