// Commands of the secretariat on the Assembly's sittings: sessions, sittings, who was present and the
// votes. Each decides through the Chapter VII rules in procedure/, refuses with the article it rests on,
// and writes its change and audit row in one transaction.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import type { Actor } from '../../platform/audit/audit.queries';
import { text } from '../../platform/input-text';
import { ok } from '../../platform/result';
import { findLegislature, seatedOn } from './members.queries';
import type { ArticleRef } from './procedure/articles.rules';
import type { ProblemCode } from './procedure/problems.rules';
import { extraordinarySessionAllowed, sittingMayBeClosed } from './procedure/sessions.rules';
import { mayMeetOn, mayMeetOutsideSession } from './procedure/term.rules';
import { isBillMatter, isMatter, MATTER_RULES, MATTERS, QUORUM } from './procedure/thresholds.rules';
import {
  evaluateVote,
  ROLL_OPTIONS,
  type RollCallProblemCode,
  type RollOption,
  tallyRollCall,
} from './procedure/votes.rules';
import { findBill } from './questions-laws.queries';
import {
  audit,
  count,
  day,
  id,
  optionalDay,
  optionalId,
  type RecordResult,
  refused,
  requiredText,
} from './records.input';
import type { RecordsErrorCode } from './records.messages';
import {
  attendanceRows,
  findSession,
  findSitting,
  insertSession,
  insertSitting,
  insertVoteEvent,
  insertVotes,
  replaceAttendance,
  sittingHasVotes,
} from './sittings.queries';
import { termOf } from './term.commands';

// --- sessions and sittings ---

export const SESSION_REQUESTERS = ['king', 'prime_minister', 'members'] as const;

export const sessionInputSchema = z.object({
  legislatureId: id,
  kind: z.enum(['ordinary', 'extraordinary'], 'required'),
  opensOn: day,
  closesOn: day,
  requestedBy: z
    .union([z.literal(''), z.enum(SESSION_REQUESTERS)])
    .optional()
    .transform((r) => r || null),
  requestingMembers: z
    .union([z.literal(''), count])
    .optional()
    .transform((n) => (n === '' || n === undefined ? null : n)),
  agendaKm: text(4000).default(''),
  agendaEn: text(4000).default(''),
  publishedOn: optionalDay,
});

/**
 * A session. An extraordinary one needs a request by the King, the Prime Minister or at least 1/3 of the
 * members, and its agenda and date published (Art. 83.2).
 */
export async function createSession(
  db: Db,
  actor: Actor,
  input: z.output<typeof sessionInputSchema>,
): Promise<RecordResult<{ id: number }>> {
  if (input.closesOn < input.opensOn) return refused('date-before-previous-step');
  return db.kysely.transaction().execute(async (trx) => {
    const legislature = await findLegislature(trx, input.legislatureId);
    if (!legislature) return refused('unknown-legislature');
    // A dissolved Assembly holds no session from the day of its dissolution on.
    const term = await termOf(trx, legislature.id);
    for (const on of [input.opensOn, input.closesOn]) {
      const may = mayMeetOn(term, on);
      if (!may.ok) return refused(may.error.code as RecordsErrorCode, may.error.article);
    }
    if (input.kind === 'extraordinary') {
      if (!input.requestedBy) return refused('requester-needed', '83.2');
      const rule = extraordinarySessionAllowed({
        requestedBy: input.requestedBy,
        supporting: input.requestingMembers ?? 0,
        members: legislature.seats,
      });
      if (!rule.ok) return refused('invalid');
      if (!rule.value.allowed) return refused('request-not-backed', rule.value.article);
      if (!input.publishedOn || !(input.agendaKm || input.agendaEn))
        return refused('agenda-not-published', '83.2');
    }
    const sessionId = await insertSession(trx, {
      legislature_id: legislature.id,
      kind: input.kind,
      opens_on: input.opensOn,
      closes_on: input.closesOn,
      requested_by: input.kind === 'extraordinary' ? input.requestedBy : null,
      requesting_members: input.kind === 'extraordinary' ? input.requestingMembers : null,
      agenda_en: input.agendaEn || null,
      agenda_km: input.agendaKm || null,
      published_on: input.publishedOn,
    });
    await audit(trx, actor, 'session.create', 'assembly_session', sessionId, input);
    return ok({ id: sessionId });
  });
}

export const SITTING_CLOSERS = ['president', 'king', 'prime_minister', 'members'] as const;

export const sittingInputSchema = z.object({
  sessionId: id,
  sittingOn: day,
  titleKm: requiredText(300),
  titleEn: requiredText(300),
  isQuestionDay: z.boolean(),
  closedAtRequestOf: z
    .union([z.literal(''), z.enum(SITTING_CLOSERS)])
    .optional()
    .transform((r) => r || null),
  closingMembers: z
    .union([z.literal(''), count])
    .optional()
    .transform((n) => (n === '' || n === undefined ? null : n)),
});

/** A sitting of a session: public unless closed at the request of the President, the King, the Prime Minister or 1/10 of the members (Art. 88.2). */
export async function createSitting(
  db: Db,
  actor: Actor,
  input: z.output<typeof sittingInputSchema>,
): Promise<RecordResult<{ id: number }>> {
  return db.kysely.transaction().execute(async (trx) => {
    const session = await findSession(trx, input.sessionId);
    if (!session) return refused('unknown-session');
    const term = await termOf(trx, session.legislature_id);
    const may = mayMeetOn(term, input.sittingOn);
    if (!may.ok) return refused(may.error.code as RecordsErrorCode, may.error.article);
    // In a state of emergency the Assembly meets every day (Art. 86.1), within its sessions or not.
    const outside = input.sittingOn < session.opens_on || input.sittingOn > session.closes_on;
    if (outside && !mayMeetOutsideSession(term, input.sittingOn)) return refused('outside-session');
    if (input.closedAtRequestOf) {
      const legislature = await findLegislature(trx, session.legislature_id);
      const rule = sittingMayBeClosed({
        requestedBy: input.closedAtRequestOf,
        supporting: input.closingMembers ?? 0,
        members: legislature?.seats ?? 0,
      });
      if (!rule.ok) return refused('invalid');
      if (!rule.value.allowed) return refused('request-not-backed', rule.value.article);
    }
    const sittingId = await insertSitting(trx, {
      session_id: session.id,
      sitting_on: input.sittingOn,
      starts_at: null,
      title_en: input.titleEn,
      title_km: input.titleKm,
      is_question_day: input.isQuestionDay ? 1 : 0,
      closed_at_request_of: input.closedAtRequestOf,
      closing_members: input.closedAtRequestOf === 'members' ? input.closingMembers : null,
    });
    await audit(trx, actor, 'sitting.create', 'assembly_sitting', sittingId, input);
    return ok({ id: sittingId });
  });
}

/** Records who was present; everyone seated that day and not listed is recorded absent. */
export async function recordAttendance(
  db: Db,
  actor: Actor,
  sittingId: number,
  presentMembershipIds: number[],
): Promise<RecordResult<{ present: number; seated: number }>> {
  return db.kysely.transaction().execute(async (trx) => {
    const sitting = await findSitting(trx, sittingId);
    if (!sitting) return refused('not-found');
    // A vote counted the members present: changing who was there afterwards would change its outcome.
    if (await sittingHasVotes(trx, sittingId)) return refused('votes-already-recorded');
    const seated = await seatedOn(trx, sitting.legislature_id, sitting.sitting_on);
    const seatedIds = new Set(seated.map((m) => m.id));
    const present = new Set(presentMembershipIds);
    if ([...present].some((m) => !seatedIds.has(m))) return refused('not-a-member-that-day');
    await replaceAttendance(
      trx,
      sittingId,
      seated.map((m) => ({ membership_id: m.id, present: present.has(m.id) ? 1 : 0 })),
    );
    await audit(trx, actor, 'sitting.attendance', 'assembly_sitting', sittingId, {
      present: present.size,
      seated: seated.length,
    });
    return ok({ present: present.size, seated: seated.length });
  });
}

export const voteInputSchema = z.object({
  matter: z.enum(MATTERS, 'required'),
  titleKm: requiredText(300),
  titleEn: requiredText(300),
  /** Counts, when the vote was not recorded by name. */
  yes: count.optional(),
  no: count.optional(),
  abstain: count.optional(),
  /**
   * The roll-call, when the vote was recorded by name: each member's vote, keyed by seat; it gives the
   * counts. Every member present must be in it; a member absent at the sitting may be left out (absent).
   */
  byMember: z.record(z.string().regex(/^\d{1,10}$/), z.enum(ROLL_OPTIONS)).optional(),
  /** The bill this vote decides, if it is a vote on a bill: its adoption may then rest on it. */
  billId: optionalId,
});

/** Each way the counts of a vote can be impossible, as the refusal the secretariat reads. */
const VOTE_PROBLEM_REFUSALS = {
  not_whole_number: 'count-not-whole-number',
  negative: 'count-negative',
  too_large: 'count-too-large',
  no_members: 'no-members',
  more_present_than_members: 'more-present-than-members',
  more_votes_than_present: 'more-votes-than-present',
  more_supporters_than_members: 'more-votes-than-present',
  unknown_matter: 'unknown-matter',
  not_a_date: 'invalid-date',
  date_out_of_range: 'invalid-date',
} as const satisfies Record<ProblemCode, RecordsErrorCode>;

/** Each way a roll-call can be wrong, as the refusal the secretariat reads. */
const ROLL_CALL_REFUSALS = {
  not_on_the_roll: 'not-on-the-roll',
  vote_by_absent_member: 'vote-by-absent-member',
  member_without_vote: 'member-without-vote',
} as const satisfies Record<RollCallProblemCode, RecordsErrorCode>;

/** A vote as the form gives it; a vote on no bill may leave `billId` out. */
export type VoteInput = Omit<z.output<typeof voteInputSchema>, 'billId'> & { billId?: number | null };

/**
 * A vote at a sitting. Majorities are of all members (the legislature's seats); the quorum is counted from
 * the attendance; the procedure rules decide adopted, rejected or invalid (no quorum, question day) and
 * name the article, which is stored with the vote.
 */
export async function recordVote(
  db: Db,
  actor: Actor,
  sittingId: number,
  input: VoteInput,
  now: Date,
): Promise<RecordResult<{ id: number; outcome: string; article: ArticleRef; reason: string }>> {
  const billId = input.billId ?? null;
  return db.kysely.transaction().execute(async (trx) => {
    const sitting = await findSitting(trx, sittingId);
    if (!sitting) return refused('not-found');
    // A request (an extraordinary session, a closed sitting, a censure motion's proposal) is backed by
    // members' signatures under its own article; it is not a vote held in a sitting.
    if (!isMatter(input.matter)) return refused('unknown-matter');
    const rule = MATTER_RULES[input.matter];
    if (rule.kind === 'request') return refused('request-is-not-a-vote', rule.article);
    // The quorum (Art. 88.3) is counted from the attendance: without it the vote cannot be decided.
    const attendance = await attendanceRows(trx, sittingId);
    if (attendance.length === 0) return refused('attendance-first', QUORUM.article);
    if (billId !== null) {
      const bill = await findBill(trx, billId);
      if (!bill) return refused('bill-not-found');
      if (!isBillMatter(input.matter)) return refused('not-a-bill-matter', '90.1–6');
      if (bill.adopted_on) return refused('bill-already-adopted');
      if (sitting.sitting_on < bill.introduced_on) return refused('vote-before-bill');
    }
    const presentIds = new Set(attendance.filter((a) => a.present === 1).map((a) => a.membership_id));
    let counts = { yes: input.yes ?? 0, no: input.no ?? 0, abstain: input.abstain ?? 0 };
    let named: { membershipId: number; option: RollOption }[] = [];
    if (input.byMember) {
      // The roll is everyone seated that day, as the attendance recorded them.
      const tally = tallyRollCall(
        attendance.map((a) => ({ membershipId: a.membership_id, present: a.present === 1 })),
        new Map(Object.entries(input.byMember).map(([m, option]) => [Number(m), option])),
      );
      if (!tally.ok) {
        const first = tally.problems[0]!;
        return refused(ROLL_CALL_REFUSALS[first.code], first.article);
      }
      counts = { yes: tally.value.yes, no: tally.value.no, abstain: tally.value.abstain };
      named = tally.value.votes;
    }
    const decision = evaluateVote({
      matter: input.matter,
      members: sitting.seats,
      present: presentIds.size,
      ...counts,
      questionDay: sitting.is_question_day === 1,
    });
    if (!decision.ok) return refused(VOTE_PROBLEM_REFUSALS[decision.error.code]);
    const d = decision.value;
    const voteId = await insertVoteEvent(trx, {
      sitting_id: sittingId,
      matter: input.matter,
      title_en: input.titleEn,
      title_km: input.titleKm,
      bill_id: billId,
      members_total: sitting.seats,
      present_count: presentIds.size,
      yes_count: counts.yes,
      no_count: counts.no,
      abstain_count: counts.abstain,
      outcome: d.outcome,
      required: d.required,
      reason: d.reason,
      article: d.article,
      recorded_at: now.toISOString(),
    });
    await insertVotes(
      trx,
      named.map((v) => ({ vote_event_id: voteId, membership_id: v.membershipId, option: v.option })),
    );
    await audit(trx, actor, 'vote.record', 'assembly_vote_event', voteId, {
      sitting: sittingId,
      matter: input.matter,
      bill: billId,
      ...counts,
      byName: named.length > 0,
      outcome: d.outcome,
      article: d.article,
    });
    return ok({ id: voteId, outcome: d.outcome, article: d.article, reason: d.reason });
  });
}
