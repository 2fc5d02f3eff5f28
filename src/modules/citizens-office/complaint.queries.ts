// Every SQL statement of the Citizens' Office: its offices, its complaints' facts, the monthly counts.
import type { Executor } from '../../db/database';
import type { CitizensOfficeComplaintsTable } from './complaint.table';

/** A Citizens' Office by its code (an office of kind citizens_office). */
export function findCitizensOffice(db: Executor, code: string) {
  return db
    .selectFrom('offices')
    .select(['code', 'place_code', 'name_km', 'name_en'])
    .where('code', '=', code)
    .where('kind', '=', 'citizens_office')
    .executeTakeFirst();
}

/** A district of the gazetteer, for the place picker. */
export function findDistrict(db: Executor, code: string) {
  return db
    .selectFrom('places')
    .select(['code', 'parent_code', 'name_km', 'name_latin'])
    .where('code', '=', code)
    .where('level', '=', 'district')
    .executeTakeFirst();
}

export async function insertComplaint(db: Executor, row: CitizensOfficeComplaintsTable): Promise<void> {
  await db.insertInto('citizens_office_complaints').values(row).execute();
}

/** What the monthly report counts of each complaint received in [from, to): no personal data, no text. */
export function complaintsReceived(db: Executor, office: string, from: string, to: string) {
  return db
    .selectFrom('citizens_office_complaints as k')
    .innerJoin('cases', 'cases.id', 'k.case_id')
    .select([
      'k.kind',
      'k.service',
      'cases.first_answer_on_time',
      'cases.first_answered_at',
      'cases.destination_kind',
    ])
    .where('k.office_code', '=', office)
    .where('k.received_at', '>=', from)
    .where('k.received_at', '<', to)
    .execute();
}

/** A complaint by its case's tracking code: what it is about, and the office holding it (no personal data). */
export function findComplaintByCode(db: Executor, trackingCode: string) {
  return db
    .selectFrom('citizens_office_complaints as k')
    .innerJoin('cases', 'cases.id', 'k.case_id')
    .select(['k.case_id', 'k.office_code', 'k.kind', 'k.service', 'k.about_place', 'cases.tracking_code'])
    .where('cases.tracking_code', '=', trackingCode)
    .executeTakeFirst();
}

/** Sets what the complaint is about: its service, and the commune whose office it is. */
export async function updateComplaintAbout(
  db: Executor,
  caseId: number,
  about: { service: string; about_place: string },
): Promise<void> {
  await db.updateTable('citizens_office_complaints').set(about).where('case_id', '=', caseId).execute();
}
