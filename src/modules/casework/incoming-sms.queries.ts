// SQL of incoming SMS: the sender's cases found by their number, and the national queue of SMS concerns.
import type { Executor } from '../../db/database';

/** The sender's cases waiting for their answer, newest first (the number in +855 form, as contacts keep it). */
export async function waitingCasesOfPhone(db: Executor, phone: string) {
  return db
    .selectFrom('cases')
    .innerJoin('case_contacts', 'case_contacts.case_id', 'cases.id')
    .select(['cases.id', 'cases.tracking_code'])
    .where('case_contacts.phone', '=', phone)
    .where('cases.status', '=', 'awaiting_citizen')
    .orderBy('cases.updated_at', 'desc')
    .orderBy('cases.id', 'desc')
    .execute();
}

/** The province of the sender's latest case, if the number was ever given on one. */
export async function lastProvinceOfPhone(db: Executor, phone: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('cases')
    .innerJoin('case_contacts', 'case_contacts.case_id', 'cases.id')
    .select('cases.province_code')
    .where('case_contacts.phone', '=', phone)
    .orderBy('cases.submitted_at', 'desc')
    .orderBy('cases.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.province_code;
}

export async function insertSmsIntake(
  db: Executor,
  row: {
    tracking_code: string;
    received_at: string;
    phone: string;
    lang: string;
    text: string;
    key_hash: string;
  },
): Promise<number> {
  const inserted = await db
    .insertInto('sms_intake')
    .values({ ...row, case_id: null, assigned_at: null, assigned_by: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** A concern of the national queue by the tracking code it was given (assigned or not). */
export async function findSmsIntakeByCode(db: Executor, trackingCode: string) {
  return db.selectFrom('sms_intake').selectAll().where('tracking_code', '=', trackingCode).executeTakeFirst();
}

/** The tracking code of a concern still in the national queue (not yet a case) whose private key has this hash. */
export async function waitingSmsIntakeOfKeyHash(db: Executor, keyHash: string) {
  return db
    .selectFrom('sms_intake')
    .select('tracking_code')
    .where('key_hash', '=', keyHash)
    .where('case_id', 'is', null)
    .executeTakeFirst();
}

/** Whether a concern with this tracking code waits in the national queue (not yet a case). */
export async function isWaitingSmsIntake(db: Executor, trackingCode: string): Promise<boolean> {
  const row = await db
    .selectFrom('sms_intake')
    .select('id')
    .where('tracking_code', '=', trackingCode)
    .where('case_id', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findSmsIntake(db: Executor, id: number) {
  return db.selectFrom('sms_intake').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The queue the secretariat works: concerns not assigned yet, oldest first. */
export async function listWaitingSmsIntake(db: Executor, limit = 100) {
  return db
    .selectFrom('sms_intake')
    .selectAll()
    .where('case_id', 'is', null)
    .orderBy('received_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Marks the concern assigned to its new case; false if someone assigned it meanwhile. */
export async function markSmsIntakeAssigned(
  db: Executor,
  id: number,
  set: { case_id: number; assigned_at: string; assigned_by: number },
): Promise<boolean> {
  const result = await db
    .updateTable('sms_intake')
    .set(set)
    .where('id', '=', id)
    .where('case_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The Citizens' Offices a queued complaint can be assigned to, by their district. */
export function citizensOfficesForQueue(db: Executor) {
  return db
    .selectFrom('offices')
    .select(['code', 'place_code', 'name_km', 'name_en'])
    .where('kind', '=', 'citizens_office')
    .orderBy('code')
    .execute();
}
