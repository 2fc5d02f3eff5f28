// Commands of the counter: register an application and issue its hash-chained receipt; cancel a receipt.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { actorOf, appendAudit } from '../../platform/audit/audit.queries';
import { sealOf } from '../../platform/audit/evidence.rules';
import type { CurrentUser } from '../../platform/auth/roles';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { sameAsFirst } from '../../platform/http/form-tokens';
import { text as platformText } from '../../platform/input-text';
import { khmerPhone } from '../../platform/khmer/input';
import { fail, ok, type Result } from '../../platform/result';
import { dueOn } from './applications.rules';
import {
  activeAgencies,
  findOffice,
  findReceipt,
  insertCancellation,
  markApplicationCancelled,
  receiptByFormId,
} from './counter.queries';
import { CANCELLATION_SEALED_FIELDS, PAYMENT_CHANNELS } from './counter.table';
import {
  type CounterReference,
  counterReference,
  forgetCounterReference,
  StaleCounterReference,
} from './counter-reference.service';
import { mayCancelAt, mayWorkCounterAt } from './owso.policy';
import { type ReceiptDraft, receiptWriter } from './receipt-batch.commands';

/** The platform's text (well-formed, not vowel signs alone, NFC), with the counter's own too-long code. */
const text = (max: number) => z.string().trim().max(max, 'too-long').pipe(platformText(max));

/** The counter form. The fee is not in it: it is read from the catalogue. */
export const applicationInputSchema = z.object({
  office: z.string().trim().min(1, 'required').max(60),
  service: z.string().trim().min(1, 'required').max(60),
  applicantName: text(200).pipe(z.string().min(1, 'required')),
  applicantPhone: khmerPhone(),
  documents: z.array(z.string().max(500)).max(50).default([]),
  payment: z.enum(PAYMENT_CHANNELS, 'required'),
  agency: z.string().trim().max(60).default(''),
  agencyReference: text(100).default(''),
  exemptionReason: text(500).default(''),
  formId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/, 'invalid')
    .optional(),
});
export type ApplicationInput = z.output<typeof applicationInputSchema>;

export type IssueError =
  | 'unknown-office'
  | 'not-your-office'
  | 'unknown-service'
  | 'no-fee'
  | 'documents-missing'
  | 'agency-required'
  | 'agency-reference-required'
  | 'agency-not-allowed'
  | 'counter-not-allowed'
  | 'exemption-reason-required';

export interface IssuedReceipt {
  number: string;
  applicationId: number;
  feeRiel: number;
  /** True when this form had already issued its receipt (a second tap): nothing new was written. */
  replay: boolean;
  /** On a replay: the form came back with other content than its first sending, which was not saved. */
  changed: boolean;
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export interface IssueOptions {
  demo?: boolean;
  /** `formContentHash` of the counter form, kept with its form id to tell a double tap from a changed form. */
  formHash?: string;
}

/** A receipt ready to be written, and the fee it charges. */
interface Priced {
  draft: ReceiptDraft;
  fee: number;
}

/**
 * Checks the application against the catalogue (the office offers the service, the clerk works there, the
 * documents are ticked, the payment channel is allowed) and prices it with the fee in force on the day.
 */
async function priceReceipt(
  db: Db,
  input: ApplicationInput,
  user: CurrentUser,
  now: Date,
  reference: CounterReference,
  opts: IssueOptions,
): Promise<Result<Priced, IssueError>> {
  const today = reference.day;
  const service = reference.service;
  if (!service) {
    const office = await findOffice(db.kysely, input.office);
    if (!office) return fail('unknown-office');
    if (!mayWorkCounterAt(user, office.place_code)) return fail('not-your-office');
    return fail('unknown-service');
  }
  if (!mayWorkCounterAt(user, service.place_code)) return fail('not-your-office');
  const fee = service.fee_riel;
  if (fee === null) return fail('no-fee');

  const required = lines(service.documents_en);
  const ticked = new Set(input.documents);
  if (required.some((_, i) => !ticked.has(String(i)))) return fail('documents-missing');

  let agencyCode: string | null = null;
  let agencyReference: string | null = null;
  let exemptionReason: string | null = null;
  let channel = input.payment;
  if (fee === 0 && channel === 'exempt') channel = 'counter';
  if (channel === 'agency') {
    if (service.pay_at_agency !== 1) return fail('agency-not-allowed');
    if (!input.agency) return fail('agency-required');
    const agencies = await activeAgencies(db.kysely);
    if (!agencies.some((a) => a.code === input.agency)) return fail('agency-required');
    if (!input.agencyReference) return fail('agency-reference-required');
    agencyCode = input.agency;
    agencyReference = input.agencyReference;
  } else if (channel === 'exempt') {
    if (input.exemptionReason.length < 3) return fail('exemption-reason-required');
    exemptionReason = input.exemptionReason;
  } else if (service.pay_at_counter !== 1 && fee > 0) {
    return fail('counter-not-allowed');
  }
  const documentsChecked = required.filter((_, i) => ticked.has(String(i))).join('\n');
  const at = now.toISOString();
  const isDemo = opts.demo ? 1 : 0;
  const paid = channel === 'exempt' ? 0 : fee;
  const draft: ReceiptDraft = {
    application: {
      office_code: input.office,
      service_code: service.code,
      applicant_name: input.applicantName,
      applicant_phone: input.applicantPhone,
      documents_checked: documentsChecked,
      received_on: today,
      due_on: dueOn(today, service.max_days, reference.holidays),
      form_id: input.formId ?? null,
      form_hash: input.formId ? (opts.formHash ?? null) : null,
      clerk_user_id: user.id,
      is_demo: isDemo,
      now: at,
    },
    receipt: {
      service_code: service.code,
      fee_riel: fee,
      paid_riel: paid,
      payment_channel: channel,
      agency_code: agencyCode,
      agency_reference: agencyReference,
      exemption_reason: exemptionReason,
      issued_at: at,
      clerk_user_id: user.id,
      clerk_name: user.displayName,
      is_demo: isDemo,
    },
    actor: actorOf(user),
    audit: {
      action: channel === 'exempt' ? 'owso.receipt.issue-exempt' : 'owso.receipt.issue',
      after: {
        service: service.code,
        fee,
        paid,
        channel,
        ...(agencyCode ? { agency: agencyCode } : {}),
        ...(exemptionReason ? { exemptionReason } : {}),
      },
    },
    referenceVersion: reference.version,
  };
  return ok({ draft, fee });
}

/** Pricing again after a change of the catalogue under the receipt; a third change within one issue is not expected. */
const MAX_PRICINGS = 3;

/**
 * Registers the application and issues its receipt in one transaction: application row, the office's
 * next sequence number (its counter row locked until commit), the receipt hashed with the office's
 * previous hash, and the audit row. The fee is the catalogue's fee in force on the day (Phnom Penh).
 */
export async function issueReceipt(
  db: Db,
  input: ApplicationInput,
  user: CurrentUser,
  now: Date,
  opts: IssueOptions = {},
): Promise<Result<IssuedReceipt, IssueError>> {
  const today = phnomPenhDate(now);
  for (let pricing = 1; ; pricing++) {
    const reference = await counterReference(db, input.office, input.service, today);
    const priced = await priceReceipt(db, input, user, now, reference, opts);
    if (!priced.ok) return priced;
    try {
      // Receipts issued at the same moment are written together (see receipt-batch.commands.ts); each still takes
      // its own sequence number and link, in order, inside that transaction.
      const written = await receiptWriter(db).write(priced.value.draft);
      return ok({ ...written, feeRiel: priced.value.fee, replay: false, changed: false });
    } catch (error) {
      if (error instanceof StaleCounterReference && pricing < MAX_PRICINGS) {
        forgetCounterReference(db);
        continue;
      }
      // A second tap of the same form lost the race on the form id: show the receipt the first one issued.
      if (input.formId) {
        const earlier = await receiptByFormId(db.kysely, input.formId);
        if (earlier) {
          const changed = !sameAsFirst(earlier.form_hash, opts.formHash ?? '');
          return ok({ number: earlier.number, applicationId: 0, feeRiel: 0, replay: true, changed });
        }
      }
      throw error;
    }
  }
}

export const cancelInputSchema = z.object({
  reason: text(500).pipe(z.string().min(1, 'required').min(5, 'too-short')),
});

export type CancelError = 'not-found' | 'not-your-office' | 'already-cancelled';

/** Only the office's chief cancels; the receipt stays as issued, the cancellation is its own row. */
export async function cancelReceipt(
  db: Db,
  number: string,
  reason: string,
  user: CurrentUser,
  now: Date,
): Promise<Result<{ number: string }, CancelError>> {
  const receipt = await findReceipt(db.kysely, number);
  if (!receipt) return fail('not-found');
  if (!mayCancelAt(user, receipt.place_code)) return fail('not-your-office');
  if (receipt.cancelled_at) return fail('already-cancelled');
  const at = now.toISOString();
  const done = await db.kysely.transaction().execute(async (trx) => {
    const cancellation = { receipt_id: receipt.id, cancelled_at: at, cancelled_by: user.id, reason };
    if (!(await insertCancellation(trx, cancellation))) return false;
    await markApplicationCancelled(trx, receipt.application_id, at);
    await appendAudit(trx, actorOf(user), {
      action: 'owso.receipt.cancel',
      entityType: 'owso_receipt',
      entityId: receipt.number,
      before: { status: receipt.status },
      after: { status: 'cancelled', reason },
      // The cancellation row is evidence: deleting it would make the receipt read as valid again.
      sealed: [
        sealOf(
          'owso_receipt_cancellations',
          'receipt_id',
          receipt.id,
          cancellation,
          CANCELLATION_SEALED_FIELDS,
        ),
      ],
    });
    return true;
  });
  return done ? ok({ number: receipt.number }) : fail('already-cancelled');
}
