// Commands of bills and laws (Art. 91–93): introduction, amendments (inadmissible ones flagged),
// adoption, the King's signature with the dates the law takes effect, publication and annulment.
import { type ZodType, z } from 'zod';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { type Actor, appendAudit } from '../../platform/audit/audit.queries';
import { isCalendarDate } from '../../platform/calendar/calendar-date';
import { rowId } from '../../platform/http/path-params';
import { optionalText, text } from '../../platform/input-text';
import { fail, ok, type Result } from '../../platform/result';
import { checkDate, lawEffectiveDates } from './procedure/dates.rules';
import {
  findBill,
  insertAmendment,
  insertBill,
  legislatureOn,
  membershipOn,
  updateBill,
  voteEventOutcome,
} from './questions-laws.queries';
import { type Bill, INADMISSIBLE_REASONS, INITIATORS } from './questions-laws.table';

const day = z
  .string()
  .trim()
  .refine(isCalendarDate, 'invalid-date')
  .refine((d) => checkDate('date', d).ok, 'invalid-date');
const optionalId = z
  .union([z.literal(''), rowId('invalid')])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));

export const billInputSchema = z.object({
  titleKm: text(500).pipe(z.string().min(1, 'required')),
  titleEn: text(500).pipe(z.string().min(1, 'required')),
  initiatedBy: z.enum(INITIATORS, 'required'),
  initiatorMembershipId: optionalId,
  introducedOn: day,
});

export const amendmentInputSchema = z.object({
  membershipId: optionalId,
  proposedOn: day,
  summary: text(4000).pipe(z.string().min(1, 'required')),
  inadmissibleReason: z
    .union([z.literal(''), z.enum(INADMISSIBLE_REASONS)])
    .optional()
    .transform((v) => v || null),
  inadmissibleNote: optionalText(2000)
    .optional()
    .transform((v) => v ?? null),
});

export const adoptionInputSchema = z.object({ adoptedOn: day, voteEventId: optionalId });
export const signatureInputSchema = z.object({ signedOn: day, urgent: z.boolean().default(false) });
export const publicationInputSchema = z.object({
  publishedOn: day,
  reference: text(200).pipe(z.string().min(1, 'required')),
});
export const annulmentInputSchema = z.object({
  annulledOn: day,
  reference: text(200).pipe(z.string().min(1, 'required')),
});

export type LawError =
  | 'not-found'
  | 'no-legislature-that-day'
  | 'initiator-needed'
  | 'not-a-member-that-day'
  | 'not-adopted-yet'
  | 'already-adopted'
  | 'not-signed-yet'
  | 'already-signed'
  | 'already-published'
  | 'already-annulled'
  | 'date-before-previous-step'
  | 'vote-not-adopted'
  | 'reason-needs-inadmissible';

export async function introduceBill(
  db: Db,
  actor: Actor,
  input: z.output<typeof billInputSchema>,
  now: Date,
): Promise<Result<{ id: number }, LawError>> {
  if (input.initiatedBy === 'deputies' && input.initiatorMembershipId === null)
    return fail('initiator-needed');
  return db.kysely.transaction().execute(async (trx) => {
    const legislature = await legislatureOn(trx, input.introducedOn);
    if (!legislature) return fail('no-legislature-that-day');
    if (input.initiatedBy === 'deputies') {
      const seat = await membershipOn(trx, input.initiatorMembershipId as number, input.introducedOn);
      if (!seat) return fail('not-a-member-that-day');
    }
    const id = await insertBill(trx, {
      legislature_id: legislature.id,
      title_en: input.titleEn,
      title_km: input.titleKm,
      initiated_by: input.initiatedBy,
      initiator_membership_id: input.initiatedBy === 'deputies' ? input.initiatorMembershipId : null,
      introduced_on: input.introducedOn,
      adopted_on: null,
      adoption_vote_event_id: null,
      signed_on: null,
      effective_phnom_penh: null,
      effective_nationwide: null,
      published_on: null,
      journal_reference: null,
      annulled_on: null,
      annulment_reference: null,
      recorded_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    await appendAudit(trx, actor, {
      action: 'bill.introduce',
      entityType: 'assembly_bill',
      entityId: id,
      after: {
        initiated_by: input.initiatedBy,
        introduced_on: input.introducedOn,
        legislature: legislature.number,
      },
    });
    return ok({ id });
  });
}

export async function recordAmendment(
  db: Db,
  actor: Actor,
  billId: number,
  input: z.output<typeof amendmentInputSchema>,
  now: Date,
): Promise<Result<{ id: number }, LawError>> {
  if (input.inadmissibleNote && !input.inadmissibleReason) return fail('reason-needs-inadmissible');
  return db.kysely.transaction().execute(async (trx) => {
    const bill = await findBill(trx, billId);
    if (!bill) return fail('not-found');
    if (bill.adopted_on) return fail('already-adopted');
    if (input.proposedOn < bill.introduced_on) return fail('date-before-previous-step');
    if (input.membershipId !== null && !(await membershipOn(trx, input.membershipId, input.proposedOn))) {
      return fail('not-a-member-that-day');
    }
    const id = await insertAmendment(trx, {
      bill_id: billId,
      membership_id: input.membershipId,
      proposed_on: input.proposedOn,
      summary: input.summary,
      inadmissible_reason: input.inadmissibleReason,
      inadmissible_note: input.inadmissibleNote,
      recorded_at: now.toISOString(),
    });
    await appendAudit(trx, actor, {
      action: 'bill.amendment',
      entityType: 'assembly_bill',
      entityId: billId,
      after: { amendment: id, proposed_on: input.proposedOn, inadmissible: input.inadmissibleReason },
    });
    return ok({ id });
  });
}

interface BillStep<S extends ZodType> {
  schema: S;
  /** The audit action. */
  action: string;
  /** Checks the step against the bill as it stands and gives the columns it sets. */
  apply: (bill: Bill, input: z.output<S>, trx: Executor) => Promise<Result<Partial<Bill>, LawError>>;
}

const step = <S extends ZodType>(definition: BillStep<S>) => definition;

/** The steps after introduction, each checked against the one before it. */
export const BILL_STEPS = {
  adoption: step({
    schema: adoptionInputSchema,
    action: 'bill.adopt',
    async apply(bill, input, trx) {
      if (bill.adopted_on) return fail('already-adopted');
      if (input.adoptedOn < bill.introduced_on) return fail('date-before-previous-step');
      if (input.voteEventId !== null) {
        const vote = await voteEventOutcome(trx, input.voteEventId);
        if (vote?.outcome !== 'adopted') return fail('vote-not-adopted');
      }
      return ok({ adopted_on: input.adoptedOn, adoption_vote_event_id: input.voteEventId });
    },
  }),
  // The King's signature: the law takes effect 10 days later in Phnom Penh, 20 nationwide, or at once if urgent (Art. 93).
  signature: step({
    schema: signatureInputSchema,
    action: 'bill.sign',
    async apply(bill, input) {
      if (!bill.adopted_on) return fail('not-adopted-yet');
      if (bill.signed_on) return fail('already-signed');
      if (input.signedOn < bill.adopted_on) return fail('date-before-previous-step');
      const dates = lawEffectiveDates(input.signedOn, input.urgent);
      if (!dates.ok) return fail('date-before-previous-step');
      return ok({
        signed_on: input.signedOn,
        urgent: input.urgent ? 1 : 0,
        effective_phnom_penh: dates.value.phnomPenh,
        effective_nationwide: dates.value.nationwide,
      });
    },
  }),
  publication: step({
    schema: publicationInputSchema,
    action: 'bill.publish',
    async apply(bill, input) {
      if (!bill.signed_on) return fail('not-signed-yet');
      if (bill.published_on) return fail('already-published');
      if (input.publishedOn < bill.signed_on) return fail('date-before-previous-step');
      return ok({ published_on: input.publishedOn, journal_reference: input.reference });
    },
  }),
  // The Constitutional Council's annulment of an adopted law (Art. 92).
  annulment: step({
    schema: annulmentInputSchema,
    action: 'bill.annul',
    async apply(bill, input) {
      if (!bill.adopted_on) return fail('not-adopted-yet');
      if (bill.annulled_on) return fail('already-annulled');
      if (input.annulledOn < bill.adopted_on) return fail('date-before-previous-step');
      return ok({ annulled_on: input.annulledOn, annulment_reference: input.reference });
    },
  }),
};
export type BillStepName = keyof typeof BILL_STEPS;

/** Records one step of a bill: reads it in the transaction, checks the step, writes it and the audit row. */
export async function recordBillStep<N extends BillStepName>(
  db: Db,
  actor: Actor,
  billId: number,
  name: N,
  input: z.output<(typeof BILL_STEPS)[N]['schema']>,
  now: Date,
): Promise<Result<Bill, LawError>> {
  const definition = BILL_STEPS[name] as BillStep<ZodType>;
  return db.kysely.transaction().execute(async (trx) => {
    const bill = await findBill(trx, billId);
    if (!bill) return fail('not-found');
    const changed = await definition.apply(bill, input, trx);
    if (!changed.ok) return changed;
    const changes = { ...changed.value, updated_at: now.toISOString() };
    await updateBill(trx, billId, changes);
    await appendAudit(trx, actor, {
      action: definition.action,
      entityType: 'assembly_bill',
      entityId: billId,
      after: changed.value,
    });
    return ok({ ...bill, ...changes });
  });
}

/** The step a bill has reached, for lists and its page. */
export type BillStage = 'introduced' | 'adopted' | 'signed' | 'published' | 'annulled';

export function billStage(
  bill: Pick<Bill, 'adopted_on' | 'signed_on' | 'published_on' | 'annulled_on'>,
): BillStage {
  if (bill.annulled_on) return 'annulled';
  if (bill.published_on) return 'published';
  if (bill.signed_on) return 'signed';
  if (bill.adopted_on) return 'adopted';
  return 'introduced';
}
