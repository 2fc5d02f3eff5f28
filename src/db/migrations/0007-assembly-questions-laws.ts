// Questions to the government (Art. 96) and bills, amendments and laws (Art. 91–93), as the secretariat
// records them.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../schema-helpers';

export const assemblyQuestionsLaws: Migration = {
  async up(db: Kysely<unknown>) {
    // Who questions are addressed to: ministries, and the Prime Minister for overall policy.
    await db.schema
      .createTable('assembly_ministries')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('name_km', 'text', (c) => c.notNull())
      .addColumn('is_prime_minister', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    // A deputy's written question, received through the President; due 7 days after (Art. 96).
    await withIdColumn(db, db.schema.createTable('assembly_questions'))
      .addColumn('legislature_id', 'integer', (c) => c.notNull().references('assembly_legislatures.id'))
      .addColumn('membership_id', 'integer', (c) => c.notNull().references('assembly_memberships.id'))
      .addColumn('received_on', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      // written | oral, once answered
      .addColumn('answer_kind', 'text')
      .addColumn('answered_on', 'text')
      .addColumn('answer_summary', 'text')
      // For an oral answer: whether the President opened a debate on it.
      .addColumn('debate_opened', 'integer')
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('assembly_questions_received_idx')
      .on('assembly_questions')
      .columns(['received_on'])
      .execute();
    await db.schema
      .createIndex('assembly_questions_member_idx')
      .on('assembly_questions')
      .columns(['membership_id'])
      .execute();

    // One row per addressee, so timeliness can be counted per ministry and per minister.
    await db.schema
      .createTable('assembly_question_addressees')
      .addColumn('question_id', 'integer', (c) => c.notNull().references('assembly_questions.id'))
      .addColumn('ministry_code', 'text', (c) => c.notNull().references('assembly_ministries.code'))
      .addColumn('minister_name', 'text')
      .addPrimaryKeyConstraint('assembly_question_addressees_pk', ['question_id', 'ministry_code'])
      .execute();
    await db.schema
      .createIndex('assembly_question_addressees_ministry_idx')
      .on('assembly_question_addressees')
      .columns(['ministry_code'])
      .execute();

    // A bill from its introduction to the law in force (Art. 91–93).
    await withIdColumn(db, db.schema.createTable('assembly_bills'))
      .addColumn('legislature_id', 'integer', (c) => c.notNull().references('assembly_legislatures.id'))
      .addColumn('title_en', 'text', (c) => c.notNull())
      .addColumn('title_km', 'text', (c) => c.notNull())
      // deputies | prime_minister (Art. 91)
      .addColumn('initiated_by', 'text', (c) => c.notNull())
      .addColumn('initiator_membership_id', 'integer', (c) => c.references('assembly_memberships.id'))
      .addColumn('introduced_on', 'text', (c) => c.notNull())
      .addColumn('adopted_on', 'text')
      .addColumn('adoption_vote_event_id', 'integer', (c) => c.references('assembly_vote_events.id'))
      .addColumn('signed_on', 'text')
      .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('effective_phnom_penh', 'text')
      .addColumn('effective_nationwide', 'text')
      .addColumn('published_on', 'text')
      .addColumn('journal_reference', 'text')
      .addColumn('annulled_on', 'text')
      .addColumn('annulment_reference', 'text')
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    // Amendments; the secretariat flags an inadmissible one with its reason (Art. 91).
    await withIdColumn(db, db.schema.createTable('assembly_amendments'))
      .addColumn('bill_id', 'integer', (c) => c.notNull().references('assembly_bills.id'))
      .addColumn('membership_id', 'integer', (c) => c.references('assembly_memberships.id'))
      .addColumn('proposed_on', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      // reduces_public_income | increases_burden, when inadmissible
      .addColumn('inadmissible_reason', 'text')
      .addColumn('inadmissible_note', 'text')
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('assembly_amendments_bill_idx')
      .on('assembly_amendments')
      .columns(['bill_id'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'assembly_amendments',
      'assembly_bills',
      'assembly_question_addressees',
      'assembly_questions',
      'assembly_ministries',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
