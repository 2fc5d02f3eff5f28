// Command: one step of a case's handling — checked against the rules and the actor's holding of the
// case, then status, clock, timeline, audit row and the citizen's message in one transaction.

import type { Updateable } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { type Actor, appendAudit } from '../../platform/audit/audit.queries';
import { type Seal, sealOf } from '../../platform/audit/evidence.rules';
import type { CurrentUser } from '../../platform/auth/roles';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { commissionName } from '../../platform/i18n/commission-name';
import { optionalText, requiredText } from '../../platform/input-text';
import type { Template } from '../../platform/outbox/messages';
import { enqueueMessage } from '../../platform/outbox/outbox.queries';
import { fail, ok, type Result } from '../../platform/result';
import { findCommission, findMinistry } from '../assembly';
import { insertEvent } from './case.queries';
import { type ActorKind, CASE_ACTIONS, type CaseStatus, nextStatus } from './case.rules';
import type { CaseRow, CasesTable } from './case.table';
import { CASE_ANSWER_SEALED_FIELDS, DESTINATION_KINDS } from './case.table';
import { newsRecipient } from './case-contacts.commands';
import { mayActAs, maySeeCase, messageAbout, worksInMinistry } from './casework.policy';
import { insertCaseFile, lastEventId } from './citizen-key.queries';
import { type CitizenProof, citizenMayAct } from './citizen-key.service';
import {
  findCaseByCode,
  findCaseById,
  holidayDates,
  mergedDuplicatesOf,
  regroupDuplicates,
  serviceStandards,
  updateCaseIfStatus,
} from './handling.queries';
import { nextClock } from './service-clock.rules';

/** Why a decline: codes the pages translate (the public timeline shows the code's words, never a free text). */
export const DECLINE_REASONS = [
  'outside_mandate',
  'not_enough_information',
  'not_a_concern',
  'abusive',
  'other',
] as const;
/** Why a closure. */
export const CLOSURE_REASONS = [
  'resolved',
  'answered_no_feedback',
  'withdrawn',
  'citizen_unreachable',
  'other',
] as const;

const note = optionalText(2000)
  .optional()
  .transform((s) => s ?? null);
const question = requiredText(5, 2000);
const reply = requiredText(1, 4000);
const answer = requiredText(10, 4000);

/** One step, as pages and APIs give it. Free texts marked public are shown on the tracking page. */
export const handlingInputSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), note }),
  z.object({ action: z.literal('request_info'), question }), // public: the citizen must read it
  z.object({ action: z.literal('citizen_replies'), reply }),
  z.object({ action: z.literal('mark_duplicate'), duplicateOf: z.string().trim().min(1, 'required'), note }),
  z.object({ action: z.literal('decline'), reason: z.enum(DECLINE_REASONS, 'required'), note }),
  z.object({
    action: z.literal('forward'),
    destinationKind: z.enum(DESTINATION_KINDS, 'required'),
    commission: z.string().trim().max(20).optional(),
    /** A ministry's code (migration 0035): the ministry's office then answers in Sala. */
    ministry: z.string().trim().max(40).optional(),
    destinationName: optionalText(200)
      .optional()
      .transform((s) => s ?? null),
    note,
  }),
  z.object({ action: z.literal('answer_directly'), answer }), // public
  z.object({ action: z.literal('acknowledge'), note }),
  z.object({ action: z.literal('ask_office'), question }),
  z.object({ action: z.literal('office_replies'), reply }),
  // public; a ministry's office names who signed its letter (staff only, on the timeline)
  z.object({ action: z.literal('answer'), answer, signedBy: optionalText(400).optional() }),
  z.object({ action: z.literal('return_to_office'), reason: requiredText(5, 2000) }),
  z.object({ action: z.literal('confirm_resolved') }),
  z.object({ action: z.literal('report_unresolved'), note }),
  z.object({ action: z.literal('close'), reason: z.enum(CLOSURE_REASONS, 'required'), note }),
  // The citizen's own words (staff only); a file may come with them, or alone (`Attachment`).
  z.object({
    action: z.literal('add_information'),
    note: optionalText(4000)
      .optional()
      .transform((s) => s ?? null),
  }),
  z.object({ action: z.literal('withdraw'), reason: note }),
]);
export type HandlingInput = z.output<typeof handlingInputSchema>;

export type HandlingError =
  | 'not-found'
  | 'not-yours'
  | 'not-allowed-now'
  | 'changed-meanwhile'
  | 'unknown-commission'
  | 'unknown-ministry'
  | 'destination-name-missing'
  | 'unknown-duplicate'
  | 'duplicate-of-itself'
  | 'information-missing'
  | 'proof-refused';

/** Who takes the step: a signed-in staff member, or the citizen with proof only they hold (never the tracking code). */
export type HandlingActor = { kind: 'staff'; user: CurrentUser } | { kind: 'citizen'; proof: CitizenProof };

/** A file the citizen added, already checked and stored (`platform/uploads/scanned-files.ts`). */
export interface Attachment {
  storedName: string;
  mediaType: string;
  sizeBytes: number;
}

interface Step {
  set: Updateable<CasesTable>;
  publicNote: string | null;
  internalNote: string | null;
  message?: { template: Template; payload: { holder?: string; question?: string } };
  /** mark_duplicate: the case this one is merged into (the root of its group), and whether it has an answer. */
  mergedInto?: { id: number; answered: boolean };
}

/** What the step writes beyond the status: where it went, the answer, the reason, the notes. */
async function describeStep(
  db: Executor,
  row: CaseRow,
  input: HandlingInput,
  now: string,
): Promise<Result<Step, HandlingError>> {
  switch (input.action) {
    case 'accept':
    case 'acknowledge':
      return ok({ set: {}, publicNote: null, internalNote: input.note });
    case 'request_info':
      return ok({
        set: {},
        publicNote: input.question,
        internalNote: null,
        message: { template: 'information_requested', payload: { question: input.question } },
      });
    case 'citizen_replies':
    case 'office_replies':
      return ok({ set: {}, publicNote: null, internalNote: input.reply });
    case 'ask_office':
      return ok({ set: {}, publicNote: null, internalNote: input.question });
    case 'return_to_office':
      return ok({ set: {}, publicNote: null, internalNote: input.reason });
    case 'report_unresolved':
      return ok({ set: {}, publicNote: null, internalNote: input.note });
    case 'add_information':
      return ok({ set: {}, publicNote: null, internalNote: input.note });
    case 'withdraw':
      // The public timeline says "withdrawn"; the citizen's reason may name people, so only staff read it.
      return ok({
        set: { outcome_reason: 'withdrawn' },
        publicNote: 'withdrawn',
        internalNote: input.reason,
      });
    case 'confirm_resolved':
      return ok({ set: { outcome_reason: 'resolved' }, publicNote: null, internalNote: null });
    case 'decline':
    case 'close':
      return ok({
        set: { outcome_reason: input.reason },
        publicNote: input.reason,
        internalNote: input.note,
      });
    case 'answer':
    case 'answer_directly':
      return ok({
        set: {
          answer: input.answer,
          answered_at: now,
          first_answered_at: row.first_answered_at ?? now,
          first_answer_on_time:
            row.first_answered_at === null ? answeredOnTime(row.due_date, now) : row.first_answer_on_time,
        },
        publicNote: input.answer,
        internalNote: input.action === 'answer' ? (input.signedBy ?? null) : null,
        message: { template: 'answered', payload: {} },
      });
    case 'mark_duplicate': {
      const typed = await findCaseByCode(db, input.duplicateOf.replace(/\D/g, ''));
      if (!typed || typed.office_code !== row.office_code) return fail('unknown-duplicate');
      // A group of merged cases has one root, answered for all: a duplicate's own original is that root.
      const root =
        typed.status === 'duplicate' && typed.duplicate_of_id !== null
          ? await findCaseById(db, typed.duplicate_of_id)
          : typed;
      const original = root ?? typed;
      if (original.id === row.id || typed.id === row.id) return fail('duplicate-of-itself');
      // The original's code stays on the staff side: it is another citizen's, and a tracking code is all
      // anyone needs to reply or give feedback on the tracking page.
      return ok({
        set: { duplicate_of_id: original.id },
        publicNote: null,
        internalNote: input.note ? `${original.tracking_code} — ${input.note}` : original.tracking_code,
        mergedInto: { id: original.id, answered: original.answer !== null },
      });
    }
    case 'forward': {
      if (input.destinationKind === 'commission') {
        const commission = input.commission ? await findCommission(db, input.commission) : undefined;
        if (commission?.is_active !== 1) return fail('unknown-commission');
        return ok({
          set: {
            destination_kind: 'commission',
            commission_code: commission.code,
            ministry_code: null,
            destination_name: null,
            forwarded_at: now,
          },
          publicNote: commission.code,
          internalNote: input.note,
          message: {
            template: 'forwarded',
            payload: {
              holder: commissionName(row.lang === 'en' ? 'en' : 'km', commission),
            },
          },
        });
      }
      if (input.destinationKind === 'ministry' && input.ministry) {
        const ministry = await findMinistry(db, input.ministry);
        if (!ministry) return fail('unknown-ministry');
        const name = row.lang === 'en' ? ministry.name_en : ministry.name_km;
        return ok({
          set: {
            destination_kind: 'ministry',
            commission_code: null,
            ministry_code: ministry.code,
            destination_name: name,
            forwarded_at: now,
          },
          publicNote: name,
          internalNote: input.note,
          message: { template: 'forwarded', payload: { holder: name } },
        });
      }
      if (!input.destinationName) return fail('destination-name-missing');
      return ok({
        set: {
          destination_kind: input.destinationKind,
          commission_code: null,
          ministry_code: null,
          destination_name: input.destinationName,
          forwarded_at: now,
        },
        publicNote: input.destinationName,
        internalNote: input.note,
        message: { template: 'forwarded', payload: { holder: input.destinationName } },
      });
    }
  }
}

/** 1 when answered on or before the due date (a Phnom Penh day), 0 after it, null when none ran. */
function answeredOnTime(dueDate: string | null, nowIso: string): number | null {
  if (dueDate === null) return null;
  return phnomPenhDate(new Date(nowIso)) <= dueDate ? 1 : 0;
}

/** May this actor take this action on this case at all (before the status is checked)? */
function actorMay(actor: HandlingActor, row: CaseRow, by: ActorKind): boolean {
  if (actor.kind === 'citizen') return by === 'citizen';
  return by !== 'citizen' && mayActAs(actor.user, row, by);
}

/**
 * Takes one step on the case with this tracking code. Staff who cannot see the case get `not-found`
 * (as if it did not exist); staff who see it but may not take this step get `not-yours`.
 */
export async function handleCase(
  db: Db,
  trackingCode: string,
  input: HandlingInput,
  actor: HandlingActor,
  now: Date,
  attachment?: Attachment,
  /** More rows the caller writes in the same transaction (a ministry's answer record), given the case's id. */
  alsoWrite?: (trx: Executor, caseId: number) => Promise<void>,
): Promise<Result<{ status: CaseStatus; trackingCode: string }, HandlingError>> {
  const nowIso = now.toISOString();
  const rule = CASE_ACTIONS[input.action];
  if (input.action === 'add_information' && !input.note && !attachment) return fail('information-missing');
  return db.kysely.transaction().execute(async (trx) => {
    const row = await findCaseByCode(trx, trackingCode);
    if (!row) return fail('not-found');
    const sees = (u: CurrentUser) => maySeeCase(u, row) || worksInMinistry(u, row);
    if (actor.kind === 'staff' && !sees(actor.user)) return fail('not-found');
    if (!actorMay(actor, row, rule.by)) return fail('not-yours');
    if (actor.kind === 'citizen' && !(await citizenMayAct(trx, row.id, actor.proof, now))) {
      return fail('proof-refused');
    }
    const next = nextStatus(row.status, input.action, rule.by);
    if (!next.ok) return fail(next.error);

    const step = await describeStep(trx, row, input, nowIso);
    if (!step.ok) return step;
    const clock = nextClock(row, next.value, {
      today: phnomPenhDate(now),
      standards: await serviceStandards(trx),
      holidays: await holidayDates(trx),
    });
    const moved = await updateCaseIfStatus(trx, row.id, row.status, {
      ...step.value.set,
      ...clock,
      status: next.value,
      updated_at: nowIso,
    });
    if (!moved) return fail('changed-meanwhile');

    const auditActor: Actor =
      actor.kind === 'staff'
        ? { userId: actor.user.id, label: actor.user.username }
        : { userId: null, label: 'citizen' };
    const sealedEvent = await insertEvent(trx, {
      case_id: row.id,
      at: nowIso,
      action: input.action,
      actor_kind: rule.by,
      actor_user_id: auditActor.userId,
      from_status: row.status,
      to_status: next.value,
      public_note: step.value.publicNote,
      internal_note: step.value.internalNote,
    });
    // The citizen's file, or a ministry's signed letter with its answer: shown with the step, read audited.
    if (attachment && (input.action === 'add_information' || input.action === 'answer')) {
      await insertCaseFile(trx, {
        case_id: row.id,
        event_id: await lastEventId(trx, row.id),
        stored_name: attachment.storedName,
        media_type: attachment.mediaType,
        size_bytes: attachment.sizeBytes,
        created_at: nowIso,
      });
    }
    // The audit row records the step, never the free texts (a citizen's reply may carry personal data).
    await appendAudit(trx, auditActor, {
      action: `case.${input.action}`,
      entityType: 'case',
      entityId: row.id,
      before: { status: row.status },
      after: {
        status: next.value,
        ...auditedFields(step.value.set),
        ...(attachment ? { file: attachment.mediaType } : {}),
      },
      sealed: [sealedEvent, ...sealedAnswer(row.id, step.value.set)],
    });
    if (alsoWrite) await alsoWrite(trx, row.id);
    if (step.value.message) {
      await tellCitizen(trx, row, step.value.message, now);
    }
    // Merged cases are answered once, in their root: every citizen of the group is told, each on their own
    // channel, in the same transaction as the answer.
    if (step.value.message?.template === 'answered') {
      for (const duplicate of await mergedDuplicatesOf(trx, row.id)) {
        await tellCitizen(trx, duplicate, { template: 'answered', payload: {} }, now);
      }
    }
    const merged = step.value.mergedInto;
    if (merged) {
      const moved = await mergedDuplicatesOf(trx, row.id);
      await regroupDuplicates(trx, row.id, merged.id);
      // Merged into a case already answered: this group's citizens are told of that answer now.
      if (merged.answered) {
        for (const c of [row, ...moved]) {
          await tellCitizen(trx, c, { template: 'answered', payload: {} }, now);
        }
      }
    }
    return ok({ status: next.value, trackingCode: row.tracking_code });
  });
}

/** One message to the citizen of one case, if they asked to be told, on their own channel. */
async function tellCitizen(
  trx: Executor,
  c: { id: number; tracking_code: string; lang: string; office_code: string },
  message: NonNullable<Step['message']>,
  now: Date,
): Promise<void> {
  const recipient = await newsRecipient(trx, c.id);
  if (!recipient) return;
  await enqueueMessage(trx, {
    channel: recipient.channel,
    recipient: recipient.address,
    template: message.template,
    lang: c.lang,
    payload: { trackingCode: c.tracking_code, ...messageAbout(c.office_code), ...message.payload },
    caseId: c.id,
    now,
  });
}

/** The case's answer, when the step gave one: evidence the citizen reads, sealed with the step. */
function sealedAnswer(caseId: number, set: Updateable<CasesTable>): Seal[] {
  return set.answer === undefined ? [] : [sealOf('cases', 'id', caseId, set, CASE_ANSWER_SEALED_FIELDS)];
}

/** The coded fields a step set, for the audit row (the answer's text stays on the case). */
function auditedFields(set: Updateable<CasesTable>) {
  const {
    destination_kind,
    commission_code,
    ministry_code,
    destination_name,
    duplicate_of_id,
    outcome_reason,
  } = set;
  return Object.fromEntries(
    Object.entries({
      destination_kind,
      commission_code,
      ministry_code,
      destination_name,
      duplicate_of_id,
      outcome_reason,
    }).filter(([, v]) => v !== undefined),
  );
}
