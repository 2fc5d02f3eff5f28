// Every SQL statement of the OWSO counter: offices of a clerk, the fee in force, applications, receipts, chains.
import type { Executor } from '../../db/database';
import type { ApplicationStatus } from './counter.table';
import type { ChainedReceipt } from './receipt.rules';

/** The offices at these gazetteer places, for a clerk or chief whose grants name them. */
export function officesAtPlaces(db: Executor, placeCodes: readonly string[]) {
  if (placeCodes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('owso_offices')
    .select(['code', 'name_en', 'name_km', 'place_code', 'level'])
    .where('place_code', 'in', placeCodes)
    .orderBy('code')
    .execute();
}

export function findOffice(db: Executor, code: string) {
  return db
    .selectFrom('owso_offices')
    .select(['code', 'name_en', 'name_km', 'place_code', 'level'])
    .where('code', '=', code)
    .executeTakeFirst();
}

const SERVICE_COLUMNS = [
  'owso_services.code',
  'owso_services.name_en',
  'owso_services.name_km',
  'owso_services.max_days',
  'owso_services.documents_en',
  'owso_services.documents_km',
  'owso_services.pay_at_counter',
  'owso_services.pay_at_agency',
  'owso_services.is_sample',
] as const;

/** The active services an office offers; an office with no list of its own offers every active service of its level. */
export async function servicesOfOffice(db: Executor, officeCode: string, level: string) {
  const listed = await db
    .selectFrom('owso_office_services')
    .innerJoin('owso_services', 'owso_services.code', 'owso_office_services.service_code')
    .select(SERVICE_COLUMNS)
    .where('owso_office_services.office_code', '=', officeCode)
    .where('owso_services.is_active', '=', 1)
    .orderBy('owso_services.code')
    .execute();
  if (listed.length > 0) return listed;
  const anyListed = await db
    .selectFrom('owso_office_services')
    .select('service_code')
    .where('office_code', '=', officeCode)
    .limit(1)
    .executeTakeFirst();
  if (anyListed) return [];
  return db
    .selectFrom('owso_services')
    .select(SERVICE_COLUMNS)
    .where('level', '=', level as 'commune')
    .where('is_active', '=', 1)
    .orderBy('code')
    .execute();
}

/**
 * One service as the counter needs it at one office, with the fee in force on the day (null when none):
 * offered when the office lists it, or when the office lists no services and it is of the office's level.
 */
export function serviceAtOffice(db: Executor, officeCode: string, serviceCode: string, day: string) {
  return db
    .selectFrom('owso_services as s')
    .innerJoin('owso_offices as o', (join) => join.on('o.code', '=', officeCode))
    .select([
      'o.place_code',
      's.code',
      's.max_days',
      's.documents_en',
      's.pay_at_counter',
      's.pay_at_agency',
      (eb) =>
        eb
          .selectFrom('owso_fees as f')
          .select('f.fee_riel')
          .whereRef('f.service_code', '=', 's.code')
          .where('f.effective_from', '<=', day)
          .orderBy('f.effective_from', 'desc')
          .limit(1)
          .as('fee_riel'),
    ])
    .where('s.code', '=', serviceCode)
    .where('s.is_active', '=', 1)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('owso_office_services as os')
            .select('os.service_code')
            .where('os.office_code', '=', officeCode)
            .whereRef('os.service_code', '=', 's.code'),
        ),
        eb.and([
          eb.not(
            eb.exists(
              eb
                .selectFrom('owso_office_services as os2')
                .select('os2.service_code')
                .where('os2.office_code', '=', officeCode),
            ),
          ),
          eb('s.level', '=', eb.ref('o.level')),
        ]),
      ]),
    )
    .executeTakeFirst();
}

/** The fee in force on a day: the row with the latest effective_from on or before it. */
export async function feeOnDay(db: Executor, serviceCode: string, day: string): Promise<number | null> {
  const row = await db
    .selectFrom('owso_fees')
    .select('fee_riel')
    .where('service_code', '=', serviceCode)
    .where('effective_from', '<=', day)
    .orderBy('effective_from', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? row.fee_riel : null;
}

export function activeAgencies(db: Executor) {
  return db
    .selectFrom('owso_agencies')
    .select(['code', 'name_en', 'name_km'])
    .where('is_active', '=', 1)
    .orderBy('code')
    .execute();
}

/** The version of the counter's reference data now (see migration 0013). */
export async function referenceVersion(db: Executor): Promise<number> {
  const row = await db.selectFrom('owso_reference_version').select('version').executeTakeFirstOrThrow();
  return Number(row.version);
}

export async function holidaysSet(db: Executor): Promise<Set<string>> {
  const rows = await db.selectFrom('public_holidays').select('date').execute();
  return new Set(rows.map((r) => r.date));
}

/** The receipt a counter form issued, and the hash of what that form said. */
export function receiptByFormId(db: Executor, formId: string) {
  return db
    .selectFrom('owso_receipts')
    .innerJoin('owso_applications', 'owso_applications.id', 'owso_receipts.application_id')
    .select(['owso_receipts.number', 'owso_applications.form_hash'])
    .where('owso_applications.form_id', '=', formId)
    .executeTakeFirst();
}

/**
 * Takes the office's next `count` sequence numbers and the hash of its last receipt, in one statement: the
 * first receipt creates the counter row, later ones move it on. The row stays locked until the transaction
 * ends, so concurrent issues at one office take turns (on PostgreSQL the row lock; SQLite has one writer).
 * The numbers taken are `last_seq - count + 1` to `last_seq`.
 */
export function takeSeqs(trx: Executor, officeCode: string, count: number, genesis: string) {
  return trx
    .insertInto('owso_receipt_counters')
    .values({ office_code: officeCode, last_seq: count, last_hash: genesis })
    .onConflict((oc) =>
      oc
        .column('office_code')
        .doUpdateSet((eb) => ({ last_seq: eb('owso_receipt_counters.last_seq', '+', count) })),
    )
    .returning(['last_seq', 'last_hash'])
    .executeTakeFirstOrThrow();
}

export async function setCounterHash(trx: Executor, officeCode: string, hash: string) {
  await trx
    .updateTable('owso_receipt_counters')
    .set({ last_hash: hash })
    .where('office_code', '=', officeCode)
    .execute();
}

export function findCounter(db: Executor, officeCode: string) {
  return db
    .selectFrom('owso_receipt_counters')
    .select(['last_seq', 'last_hash'])
    .where('office_code', '=', officeCode)
    .executeTakeFirst();
}

/** Every office with a counter or a receipt (a counter deleted by hand still leaves its receipts to check). */
export async function listChainOffices(db: Executor): Promise<string[]> {
  const counters = await db.selectFrom('owso_receipt_counters').select('office_code').execute();
  const withReceipts = await db.selectFrom('owso_receipts').select('office_code').distinct().execute();
  return [...new Set([...counters, ...withReceipts].map((r) => r.office_code))].sort();
}

/** One page of an office's receipts in sequence order, for the chain check. */
export function receiptsPage(db: Executor, officeCode: string, afterSeq: number, limit: number) {
  return db
    .selectFrom('owso_receipts')
    .selectAll()
    .where('office_code', '=', officeCode)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

/** A receipt row as stored, for checking it against its hash. */
export function receiptRowByNumber(db: Executor, number: string) {
  return db.selectFrom('owso_receipts').selectAll().where('number', '=', number).executeTakeFirst();
}

/** Inserts receipts in one statement. */
export async function insertReceipts(trx: Executor, rows: (ChainedReceipt & { hash: string })[]) {
  await trx.insertInto('owso_receipts').values(rows).execute();
}

/** A receipt with its service, office and cancellation: what the receipt and verify pages show. */
export function findReceipt(db: Executor, number: string) {
  return db
    .selectFrom('owso_receipts')
    .innerJoin('owso_services', 'owso_services.code', 'owso_receipts.service_code')
    .innerJoin('owso_offices', 'owso_offices.code', 'owso_receipts.office_code')
    .innerJoin('owso_applications', 'owso_applications.id', 'owso_receipts.application_id')
    .leftJoin('owso_receipt_cancellations', 'owso_receipt_cancellations.receipt_id', 'owso_receipts.id')
    .select([
      'owso_receipts.id',
      'owso_receipts.number',
      'owso_receipts.office_code',
      'owso_receipts.seq',
      'owso_receipts.application_id',
      'owso_receipts.service_code',
      'owso_receipts.fee_riel',
      'owso_receipts.paid_riel',
      'owso_receipts.payment_channel',
      'owso_receipts.agency_code',
      'owso_receipts.agency_reference',
      'owso_receipts.exemption_reason',
      'owso_receipts.issued_at',
      'owso_receipts.clerk_name',
      'owso_receipts.is_demo',
      'owso_receipts.hash',
      'owso_services.name_en as service_en',
      'owso_services.name_km as service_km',
      'owso_services.max_days',
      'owso_services.is_sample',
      'owso_offices.name_en as office_en',
      'owso_offices.name_km as office_km',
      'owso_offices.place_code',
      'owso_applications.status',
      'owso_applications.received_on',
      'owso_applications.due_on',
      'owso_applications.done_at',
      'owso_applications.processing_days',
      'owso_applications.on_time',
      'owso_applications.rating',
      'owso_receipt_cancellations.cancelled_at',
      'owso_receipt_cancellations.reason as cancel_reason',
    ])
    .where('owso_receipts.number', '=', number)
    .executeTakeFirst();
}

/** The applicant's details: staff pages only. */
export function findApplicant(db: Executor, applicationId: number) {
  return db
    .selectFrom('owso_applications')
    .select(['applicant_name', 'applicant_phone', 'documents_checked'])
    .where('id', '=', applicationId)
    .executeTakeFirst();
}

export interface NewApplication {
  office_code: string;
  service_code: string;
  applicant_name: string;
  applicant_phone: string | null;
  documents_checked: string;
  received_on: string;
  due_on: string;
  form_id: string | null;
  form_hash: string | null;
  clerk_user_id: number | null;
  is_demo: number;
  now: string;
}

/** A new application as its row: received now. */
export const applicationRow = ({ now, ...rest }: NewApplication) => ({
  ...rest,
  status: 'received' as const,
  created_at: now,
  updated_at: now,
});

/**
 * Inserts applications in one statement and returns their ids in the order given: ids are handed out in
 * the order of the rows, and RETURNING may list them in any order, so they are sorted.
 */
export async function insertApplications(trx: Executor, rows: NewApplication[]): Promise<number[]> {
  const inserted = await trx
    .insertInto('owso_applications')
    .values(rows.map(applicationRow))
    .returning('id')
    .execute();
  return inserted.map((r) => r.id).sort((a, b) => a - b);
}

export async function insertCancellation(
  trx: Executor,
  row: { receipt_id: number; cancelled_at: string; cancelled_by: number | null; reason: string },
): Promise<boolean> {
  const result = await trx
    .insertInto('owso_receipt_cancellations')
    .values(row)
    .onConflict((oc) => oc.column('receipt_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** A cancelled receipt's application is cancelled with it, whatever step it had reached. */
export async function markApplicationCancelled(trx: Executor, id: number, at: string): Promise<void> {
  await trx
    .updateTable('owso_applications')
    .set({ status: 'cancelled', updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Moves an application from the status it was read in; false when someone moved it meanwhile. */
export async function moveApplication(
  trx: Executor,
  id: number,
  from: ApplicationStatus,
  set: {
    status: ApplicationStatus;
    updated_at: string;
    done_at?: string;
    processing_days?: number;
    on_time?: number;
  },
): Promise<boolean> {
  const result = await trx
    .updateTable('owso_applications')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records the citizen's rating once; false when it was already rated or is not done. */
export async function rateOnce(trx: Executor, id: number, rating: number, at: string): Promise<boolean> {
  const result = await trx
    .updateTable('owso_applications')
    .set({ rating, rated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'done')
    .where('rating', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The public register of cancelled receipts, newest first: no personal data. */
export function listCancelled(db: Executor, limit: number, offset: number) {
  return db
    .selectFrom('owso_receipt_cancellations')
    .innerJoin('owso_receipts', 'owso_receipts.id', 'owso_receipt_cancellations.receipt_id')
    .innerJoin('owso_services', 'owso_services.code', 'owso_receipts.service_code')
    .innerJoin('owso_offices', 'owso_offices.code', 'owso_receipts.office_code')
    .select([
      'owso_receipts.number',
      'owso_receipts.issued_at',
      'owso_receipts.fee_riel',
      'owso_receipts.is_demo',
      'owso_services.name_en as service_en',
      'owso_services.name_km as service_km',
      'owso_offices.name_en as office_en',
      'owso_offices.name_km as office_km',
      'owso_receipt_cancellations.cancelled_at',
      'owso_receipt_cancellations.reason',
    ])
    .orderBy('owso_receipt_cancellations.cancelled_at', 'desc')
    .orderBy('owso_receipts.number')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** An office's latest receipts, for the counter page. */
export function recentReceipts(db: Executor, officeCode: string, limit: number) {
  return db
    .selectFrom('owso_receipts')
    .innerJoin('owso_applications', 'owso_applications.id', 'owso_receipts.application_id')
    .innerJoin('owso_services', 'owso_services.code', 'owso_receipts.service_code')
    .select([
      'owso_receipts.number',
      'owso_receipts.issued_at',
      'owso_receipts.fee_riel',
      'owso_services.name_en as service_en',
      'owso_services.name_km as service_km',
      'owso_applications.status',
    ])
    .where('owso_receipts.office_code', '=', officeCode)
    .orderBy('owso_receipts.seq', 'desc')
    .limit(limit)
    .execute();
}

/** Every office's counter: the head of its receipt chain as stored now. */
export function listCounters(db: Executor) {
  return db.selectFrom('owso_receipt_counters').selectAll().orderBy('office_code').execute();
}

/** The hash of an office's receipt with this sequence number, and the office's highest sequence now. */
export async function receiptHashAt(db: Executor, officeCode: string, seq: number) {
  const at = await db
    .selectFrom('owso_receipts')
    .select('hash')
    .where('office_code', '=', officeCode)
    .where('seq', '=', seq)
    .executeTakeFirst();
  const last = await db
    .selectFrom('owso_receipts')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('office_code', '=', officeCode)
    .executeTakeFirst();
  return { hash: at?.hash ?? null, lastSeq: Number(last?.seq ?? 0) };
}
