// A ministry's office answers in Sala: a case forwarded to a ministry names it by its stable code (the same
// ministry under a new minister stays one), and each answer the ministry's office records — to an Assembly
// question or to a forwarded concern — keeps its signer (name and post) and its signed letter's stored file.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../schema-helpers';

export const ministriesAnswer: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('cases').addColumn('ministry_code', 'text').execute();
    await db.schema.createIndex('cases_ministry_idx').on('cases').column('ministry_code').execute();

    await withIdColumn(db, db.schema.createTable('ministry_answers'))
      .addColumn('ministry_code', 'text', (c) => c.notNull())
      .addColumn('question_id', 'integer', (c) => c.references('assembly_questions.id'))
      .addColumn('case_id', 'integer', (c) => c.references('cases.id'))
      .addColumn('answer', 'text', (c) => c.notNull())
      .addColumn('signer_name', 'text', (c) => c.notNull())
      .addColumn('signer_post', 'text', (c) => c.notNull())
      .addColumn('letter_name', 'text', (c) => c.notNull())
      .addColumn('letter_type', 'text', (c) => c.notNull())
      .addColumn('letter_bytes', 'integer', (c) => c.notNull())
      .addColumn('answered_on', 'text', (c) => c.notNull())
      .addColumn('answered_at', 'text', (c) => c.notNull())
      .addColumn('answered_by', 'integer', (c) => c.references('users.id'))
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('ministry_answers_question_uq', ['ministry_code', 'question_id'])
      .addUniqueConstraint('ministry_answers_case_uq', ['case_id'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('ministry_answers').execute();
    await db.schema.dropIndex('cases_ministry_idx').execute();
    await db.schema.alterTable('cases').dropColumn('ministry_code').execute();
  },
};
