// Commands of bills and laws (Art. 91–93): introduction, amendments (inadmissible ones flagged),
// adoption, the King's signature with the dates the law takes effect, publication and annulment.
import { type ZodType, z } from 'zod';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { type Actor, appendAudit } from '../../platform/audit/audit.queries';
import { calendarDay, optionalText, text } from '../../platform/input-text';
import { fail, ok } from '../../platform/result';
import type { ArticleRef } from './procedure/articles.rules';
import { checkDate, lawEffectiveDates } from './procedure/dates.rules';
import { evaluateVote } from './procedure/votes.rules';
import {
  findBill,
  insertAmendment,
  insertBill,
  legislatureOn,
  membershipOn,
  updateBill,
  voteForAdoption,
} from './questions-laws.queries';
import { type Bill, INADMISSIBLE_REASONS, INITIATORS } from './questions-laws.table';
import { optionalId } from './records.input';

const day = calendarDay('invalid-date').refine((d) => checkDate('date', d).ok, 'invalid-date');

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
  | 'vote-required'
  | 'vote-not-found'
  | 'vote-of-another-bill'
  | 'vote-not-adopted'
  | 'vote-invalid'
  | 'reason-needs-inadmissible';

/** A refusal of a bill's step: its code, and the article when the Constitution is the reason. */
export interface LawRefusal {
  code: LawError;
  article?: ArticleRef;
}
export type LawResult<T> = { ok: true; value: T } | { ok: false; error: LawRefusal };
const refuse = (code: LawError, article?: ArticleRef): { ok: false; error: LawRefusal } =>
  fail(article ? { code, article } : { code });

export async function introduceBill(
  db: Db,
  actor: Actor,
  input: z.output<typeof billInputSchema>,
  now: Date,
): Promise<LawResult<{ id: number }>> {
  if (input.initiatedBy === 'deputies' && input.initiatorMembershipId === null)
    return refuse('initiator-needed');
  return db.kysely.transaction().execute(async (trx) => {
    const legislature = await legislatureOn(trx, input.introducedOn);
    if (!legislature) return refuse('no-legislature-that-day');
    if (input.initiatedBy === 'deputies') {
      const seat = await membershipOn(trx, input.initiatorMembershipId as number, input.introducedOn);
      if (!seat) return refuse('not-a-member-that-day');
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
): Promise<LawResult<{ id: number }>> {
  if (input.inadmissibleNote && !input.inadmissibleReason) return refuse('reason-needs-inadmissible');
  return db.kysely.transaction().execute(async (trx) => {
    const bill = await findBill(trx, billId);
    if (!bill) return refuse('not-found');
    if (bill.adopted_on) return refuse('already-adopted');
    if (input.proposedOn < bill.introduced_on) return refuse('date-before-previous-step');
    if (input.membershipId !== null && !(await membershipOn(trx, input.membershipId, input.proposedOn))) {
      return refuse('not-a-member-that-day');
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
  apply: (bill: Bill, input: z.output<S>, trx: Executor) => Promise<LawResult<Partial<Bill>>>;
}

const step = <S extends ZodType>(definition: BillStep<S>) => definition;

/** The steps after introduction, each checked against the one before it. */
export const BILL_STEPS = {
  adoption: step({
    schema: adoptionInputSchema,
    action: 'bill.adopt',
    async apply(bill, input, trx) {
      if (bill.adopted_on) return refuse('already-adopted');
      if (input.adoptedOn < bill.introduced_on) return refuse('date-before-previous-step');
      // Laws are adopted by a vote of the Assembly (Art. 90.1–6): the bill's own, valid, with the majority.
      if (input.voteEventId === null) return refuse('vote-required', '90.1–6');
      const vote = await voteForAdoption(trx, input.voteEventId);
      if (!vote) return refuse('vote-not-found');
      if (vote.bill_id !== bill.id) return refuse('vote-of-another-bill', '90.1–6');
      // The stored outcome is checked again by the rules, so a row edited by hand adopts nothing.
      const decision = evaluateVote({
        matter: vote.matter,
        members: vote.members_total,
        present: vote.present_count,
        yes: vote.yes_count,
        no: vote.no_count,
        abstain: vote.abstain_count,
        questionDay: vote.is_question_day === 1,
      });
      if (!decision.ok) return refuse('vote-not-adopted', '90.1–6');
      const { outcome, article } = decision.value;
      if (outcome === 'invalid') return refuse('vote-invalid', article);
      if (outcome !== 'adopted' || vote.outcome !== 'adopted') return refuse('vote-not-adopted', article);
      if (input.adoptedOn < vote.sitting_on) return refuse('date-before-previous-step');
      return ok({ adopted_on: input.adoptedOn, adoption_vote_event_id: input.voteEventId });
    },
  }),
  // The King's signature: the law takes effect 10 days later in Phnom Penh, 20 nationwide, or at once if urgent (Art. 93).
  signature: step({
    schema: signatureInputSchema,
    action: 'bill.sign',
    async apply(bill, input) {
      if (!bill.adopted_on) return refuse('not-adopted-yet');
      if (bill.signed_on) return refuse('already-signed');
      if (input.signedOn < bill.adopted_on) return refuse('date-before-previous-step');
      const dates = lawEffectiveDates(input.signedOn, input.urgent);
      if (!dates.ok) return refuse('date-before-previous-step');
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
      if (!bill.signed_on) return refuse('not-signed-yet');
      if (bill.published_on) return refuse('already-published');
      if (input.publishedOn < bill.signed_on) return refuse('date-before-previous-step');
      return ok({ published_on: input.publishedOn, journal_reference: input.reference });
    },
  }),
  // The Constitutional Council's annulment of an adopted law (Art. 92).
  annulment: step({
    schema: annulmentInputSchema,
    action: 'bill.annul',
    async apply(bill, input) {
      if (!bill.adopted_on) return refuse('not-adopted-yet');
      if (bill.annulled_on) return refuse('already-annulled');
      if (input.annulledOn < bill.adopted_on) return refuse('date-before-previous-step');
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
): Promise<LawResult<Bill>> {
  const definition = BILL_STEPS[name] as BillStep<ZodType>;
  return db.kysely.transaction().execute(async (trx) => {
    const bill = await findBill(trx, billId);
    if (!bill) return refuse('not-found');
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
