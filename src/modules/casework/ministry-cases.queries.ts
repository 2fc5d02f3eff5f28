// Reads for a ministry's office (modules/ministry): the concerns forwarded to its ministry — their substance,
// place, topic, status and due date, never the citizen's name or contacts — and the counts per ministry that
// the public ranking of answers shows.
import type { Executor } from '../../db/database';

function forwardedToMinistries(db: Executor) {
  return db
    .selectFrom('cases')
    .innerJoin('concern_categories as cat', 'cat.code', 'cases.category_code')
    .innerJoin('places as province', 'province.code', 'cases.province_code')
    .leftJoin('places as district', 'district.code', 'cases.district_code')
    .select([
      'cases.id',
      'cases.tracking_code',
      'cases.status',
      'cases.office_code',
      'cases.commission_code',
      'cases.destination_kind',
      'cases.ministry_code',
      'cases.confidential',
      'cases.consent_to_share',
      'cases.description',
      'cases.forwarded_at',
      'cases.due_date',
      'cases.answer',
      'cases.answered_at',
      'cases.updated_at',
      'cat.name_km as category_km',
      'cat.name_en as category_en',
      'province.name_km as province_km',
      'province.name_latin as province_latin',
      'district.name_km as district_km',
      'district.name_latin as district_latin',
    ])
    .where('cases.destination_kind', '=', 'ministry');
}

/** The concerns forwarded to one ministry, due first. */
export function casesForwardedToMinistry(db: Executor, ministryCode: string) {
  return forwardedToMinistries(db)
    .where('cases.ministry_code', '=', ministryCode)
    .orderBy('cases.due_date')
    .orderBy('cases.id')
    .execute();
}

/** One forwarded concern by its tracking code (the caller checks that it is the reader's ministry's). */
export function caseForwardedToMinistry(db: Executor, trackingCode: string) {
  return forwardedToMinistries(db).where('cases.tracking_code', '=', trackingCode).executeTakeFirst();
}
export type MinistryCase = NonNullable<Awaited<ReturnType<typeof caseForwardedToMinistry>>>;

/** Per ministry: concerns forwarded to it, answered, answered by the due date, and still open past it. */
export function ministryCaseCounts(db: Executor) {
  return db
    .selectFrom('cases')
    .select([
      'ministry_code',
      'forwarded_at',
      'first_answered_at',
      'first_answer_on_time',
      'due_date',
      'status',
    ])
    .where('destination_kind', '=', 'ministry')
    .where('ministry_code', 'is not', null)
    .execute();
}
