// Case handling: where a case was forwarded, its answer, outcome and service-standard clock, staff-only
// notes on the timeline, and the indexes the director's and the commission's queues read.
import type { Kysely, Migration } from 'kysely';

export const caseHandling: Migration = {
  async up(db: Kysely<unknown>) {
    const cases = () => db.schema.alterTable('cases');
    // 'commission' | 'ministry' | 'local_authority': who must act after the office forwarded it.
    await cases().addColumn('destination_kind', 'text').execute();
    await cases()
      .addColumn('commission_code', 'text', (c) => c.references('commissions.code'))
      .execute();
    // The ministry's or local authority's name as the office wrote it (public: shown on the timeline).
    await cases().addColumn('destination_name', 'text').execute();
    await cases().addColumn('forwarded_at', 'text').execute();
    await cases()
      .addColumn('duplicate_of_id', 'integer', (c) => c.references('cases.id'))
      .execute();
    // A reason code of the decline or the closure (the pages translate it).
    await cases().addColumn('outcome_reason', 'text').execute();
    // The answer the citizen reads on the tracking page; staff are told it is public.
    await cases().addColumn('answer', 'text').execute();
    await cases().addColumn('first_answered_at', 'text').execute();
    await cases().addColumn('answered_at', 'text').execute();
    // The service-standard clock: the stage it measures, the Phnom Penh date it is due, and the
    // working days that were left when it stopped (waiting for the citizen).
    await cases().addColumn('due_stage', 'text').execute();
    await cases().addColumn('due_date', 'text').execute();
    await cases().addColumn('clock_days_left', 'integer').execute();
    // The language the citizen wrote in: later messages go in it.
    await cases()
      .addColumn('lang', 'text', (c) => c.notNull().defaultTo('km'))
      .execute();

    // Staff-only words on the timeline: questions between office and commission, the citizen's reply,
    // the detail of a reason. Never shown on public pages.
    await db.schema.alterTable('case_events').addColumn('internal_note', 'text').execute();

    await db.schema
      .createIndex('cases_commission_queue_idx')
      .on('cases')
      .columns(['commission_code', 'status', 'submitted_at'])
      .execute();
    await db.schema
      .createIndex('cases_office_due_idx')
      .on('cases')
      .columns(['office_code', 'due_date'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('cases_office_due_idx').execute();
    await db.schema.dropIndex('cases_commission_queue_idx').execute();
    await db.schema.alterTable('case_events').dropColumn('internal_note').execute();
    for (const column of [
      'lang',
      'clock_days_left',
      'due_date',
      'due_stage',
      'answered_at',
      'first_answered_at',
      'answer',
      'outcome_reason',
      'duplicate_of_id',
      'forwarded_at',
      'destination_name',
      'commission_code',
      'destination_kind',
    ]) {
      await db.schema.alterTable('cases').dropColumn(column).execute();
    }
  },
};
