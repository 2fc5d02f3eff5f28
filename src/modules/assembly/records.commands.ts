// Commands of the secretariat on the Assembly's records. Each decides through the Chapter VII rules in
// procedure/, refuses with the article it rests on, and writes its change and audit row in one transaction.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { type Actor, appendAudit } from '../../platform/audit/audit.queries';
import { isCalendarDate } from '../../platform/calendar/calendar-date';
import { rowId } from '../../platform/http/path-params';
import { text } from '../../platform/input-text';
import { khmerNumber } from '../../platform/khmer/input';
import { fail, ok, type Refusal, type Result, refusal } from '../../platform/result';
import type { ArticleRef } from './procedure/articles';
import { addMonths, checkDate } from './procedure/dates.rules';
import { checkEligibility, mayHoldCommitteePost, replacementAllowed } from './procedure/members.rules';
import type { ProblemCode } from './procedure/problems';
import { extraordinarySessionAllowed, sittingMayBeClosed } from './procedure/sessions.rules';
import {
  CONSTITUTIONAL_MINIMUM_MEMBERS,
  isBillMatter,
  isMatter,
  MATTER_RULES,
  MATTERS,
} from './procedure/thresholds.rules';
import { evaluateVote } from './procedure/votes.rules';
import { findBill } from './questions-laws.queries';
import type { RecordsErrorCode } from './records.messages';
import {
  currentPostsOfMembership,
  findLegislature,
  findMembership,
  findParty,
  findSession,
  findSitting,
  seatedOn,
  seatsTaken,
} from './records.queries';

/** A refusal: a code the pages translate, and the article when the Constitution is the reason. */
export function refused(code: RecordsErrorCode, article?: ArticleRef): { ok: false; error: Refusal } {
  return fail(refusal(code, article));
}
export type RecordResult<T> = Result<T, Refusal>;

const day = z
  .string()
  .trim()
  .refine((d) => isCalendarDate(d) && checkDate('date', d).ok, 'invalid-date');
const optionalDay = z
  .union([z.literal(''), day])
  .optional()
  .transform((d) => d || null);
const id = rowId('invalid');
/** A record's id chosen in a form, or nothing. */
export const optionalId = z
  .union([z.literal(''), id])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));
const count = khmerNumber({ max: 100_000 });
const requiredText = (max: number) => text(max).pipe(z.string().min(1, 'required'));

/** The five-year mandate (Art. 78.1) ends when the next Assembly convenes; until then it is expected at five years. */
export const expectedEnd = (legislature: { elected_on: string; ends_on: string | null }) =>
  legislature.ends_on ?? addMonths(legislature.elected_on, 60);

function audit(
  trx: Executor,
  actor: Actor,
  action: string,
  entityType: string,
  entityId: number,
  after: unknown,
) {
  return appendAudit(trx, actor, { action, entityType, entityId, after });
}

// --- legislatures ---

export const legislatureInputSchema = z.object({
  number: id,
  seats: count,
  electedOn: day,
  convenedOn: optionalDay,
});

/**
 * A new legislature. The seats are data (125 now), never fewer than 120 (Art. 76.1). When it convenes,
 * the legislature before it ends that day (Art. 78.1).
 */
export async function createLegislature(
  db: Db,
  actor: Actor,
  input: z.output<typeof legislatureInputSchema>,
): Promise<RecordResult<{ id: number }>> {
  if (input.seats < CONSTITUTIONAL_MINIMUM_MEMBERS) return refused('fewer-seats-than-constitution', '76.1');
  if (input.convenedOn && input.convenedOn < input.electedOn) return refused('date-before-previous-step');
  return db.kysely.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('assembly_legislatures')
      .select('id')
      .where('number', '=', input.number)
      .executeTakeFirst();
    if (taken) return refused('number-taken');
    const { id: legislatureId } = await trx
      .insertInto('assembly_legislatures')
      .values({
        number: input.number,
        seats: input.seats,
        elected_on: input.electedOn,
        convened_on: input.convenedOn,
        ends_on: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.convenedOn) {
      await trx
        .updateTable('assembly_legislatures')
        .set({ ends_on: input.convenedOn })
        .where('number', '<', input.number)
        .where('ends_on', 'is', null)
        .execute();
    }
    await audit(trx, actor, 'legislature.create', 'assembly_legislature', legislatureId, input);
    return ok({ id: legislatureId });
  });
}

// --- parties ---

export const partyInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{2,20}$/, 'invalid'),
  nameKm: requiredText(200),
  nameEn: requiredText(200),
});

export async function createParty(
  db: Db,
  actor: Actor,
  input: z.output<typeof partyInputSchema>,
): Promise<RecordResult<{ id: number }>> {
  return db.kysely.transaction().execute(async (trx) => {
    if (await findParty(trx, input.code)) return refused('code-taken');
    const { id: partyId } = await trx
      .insertInto('assembly_parties')
      .values({ code: input.code, name_km: input.nameKm, name_en: input.nameEn })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, actor, 'party.create', 'assembly_party', partyId, input);
    return ok({ id: partyId });
  });
}

// --- members ---

export const END_REASONS = [
  'death',
  'resignation',
  'loss_of_mandate',
  'appointed_elsewhere',
  'other',
] as const;

const personFields = {
  nameKm: requiredText(200),
  nameEn: requiredText(200),
  gender: z
    .union([z.literal(''), z.enum(['female', 'male'])])
    .optional()
    .transform((g) => g || null),
  birthDate: day,
  khmerByBirth: z.boolean(),
  province: z
    .string()
    .trim()
    .regex(/^\d{2}$/, 'invalid'),
  party: z.string().trim().max(40).default(''),
  startDate: day,
};

export const memberInputSchema = z.object({ legislatureId: id, ...personFields });
export const replacementInputSchema = z.object(personFields);

type PersonInput = z.output<typeof replacementInputSchema>;

/** Checks the candidate (Art. 76.3), the constituency and the party, and a free seat; then seats them. */
async function seat(
  trx: Executor,
  legislature: { id: number; seats: number; elected_on: string },
  input: PersonInput,
  replaces: number | null,
  now: Date,
): Promise<RecordResult<{ membershipId: number; personId: number }>> {
  const eligibility = checkEligibility({
    khmerNationalityAtBirth: input.khmerByBirth,
    birthDate: input.birthDate,
    electionDay: legislature.elected_on,
  });
  if (!eligibility.ok) return refused('invalid-date');
  const refusal = eligibility.value.refusals[0];
  if (refusal) return refused(refusal.code, refusal.article);
  const province = await trx
    .selectFrom('places')
    .select('code')
    .where('code', '=', input.province)
    .where('level', '=', 'province')
    .executeTakeFirst();
  if (!province) return refused('unknown-province');
  const party = input.party ? await findParty(trx, input.party) : undefined;
  if (input.party && !party) return refused('unknown-party');
  if ((await seatsTaken(trx, legislature.id, input.startDate)) >= legislature.seats)
    return refused('no-free-seat', '76.1');
  const at = now.toISOString();
  const { id: personId } = await trx
    .insertInto('assembly_persons')
    .values({
      name_en: input.nameEn,
      name_km: input.nameKm,
      gender: input.gender,
      birth_date: input.birthDate,
      khmer_by_birth: input.khmerByBirth ? 1 : 0,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: membershipId } = await trx
    .insertInto('assembly_memberships')
    .values({
      person_id: personId,
      legislature_id: legislature.id,
      province_code: input.province,
      party_id: party?.id ?? null,
      start_date: input.startDate,
      end_date: null,
      end_reason: null,
      replaces_membership_id: replaces,
      government_post: null,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return ok({ membershipId, personId });
}

/** Registers an elected member; refuses an ineligible candidate with Art. 76.3. */
export async function registerMember(
  db: Db,
  actor: Actor,
  input: z.output<typeof memberInputSchema>,
  now: Date,
): Promise<RecordResult<{ membershipId: number; personId: number }>> {
  return db.kysely.transaction().execute(async (trx) => {
    const legislature = await findLegislature(trx, input.legislatureId);
    if (!legislature) return refused('unknown-legislature');
    if (input.startDate < legislature.elected_on) return refused('date-before-previous-step');
    const seated = await seat(trx, legislature, input, null, now);
    if (!seated.ok) return seated;
    await audit(trx, actor, 'member.register', 'assembly_membership', seated.value.membershipId, {
      legislature: legislature.number,
      province: input.province,
      party: input.party || null,
      start_date: input.startDate,
    });
    return seated;
  });
}

export const endMembershipSchema = z.object({ endDate: day, reason: z.enum(END_REASONS, 'required') });

export async function endMembership(
  db: Db,
  actor: Actor,
  membershipId: number,
  input: z.output<typeof endMembershipSchema>,
): Promise<RecordResult<null>> {
  return db.kysely.transaction().execute(async (trx) => {
    const membership = await findMembership(trx, membershipId);
    if (!membership) return refused('not-found');
    if (membership.end_date) return refused('already-ended');
    if (input.endDate < membership.start_date) return refused('date-before-previous-step');
    await trx
      .updateTable('assembly_memberships')
      .set({ end_date: input.endDate, end_reason: input.reason })
      .where('id', '=', membershipId)
      .execute();
    await trx
      .updateTable('assembly_posts')
      .set({ end_date: input.endDate })
      .where('membership_id', '=', membershipId)
      .where('end_date', 'is', null)
      .execute();
    await audit(trx, actor, 'member.end', 'assembly_membership', membershipId, input);
    return ok(null);
  });
}

/**
 * Appoints a replacement to a vacated seat (Art. 95): only when the seat fell vacant at least six months
 * before the end of the mandate.
 */
export async function appointReplacement(
  db: Db,
  actor: Actor,
  vacatedMembershipId: number,
  input: PersonInput,
  now: Date,
): Promise<RecordResult<{ membershipId: number; personId: number }>> {
  return db.kysely.transaction().execute(async (trx) => {
    const vacated = await findMembership(trx, vacatedMembershipId);
    if (!vacated) return refused('not-found');
    if (!vacated.end_date) return refused('seat-not-vacant');
    const replaced = await trx
      .selectFrom('assembly_memberships')
      .select('id')
      .where('replaces_membership_id', '=', vacatedMembershipId)
      .executeTakeFirst();
    if (replaced) return refused('already-replaced');
    const legislature = await findLegislature(trx, vacated.legislature_id);
    if (!legislature) return refused('unknown-legislature');
    const rule = replacementAllowed({ vacatedOn: vacated.end_date, mandateEndsOn: expectedEnd(legislature) });
    if (!rule.ok) return refused('invalid-date');
    if (!rule.value.allowed) return refused('replacement-too-late', rule.value.article);
    if (input.startDate < vacated.end_date) return refused('date-before-previous-step');
    const seated = await seat(
      trx,
      legislature,
      { ...input, province: vacated.province_code },
      vacated.id,
      now,
    );
    if (!seated.ok) return seated;
    await audit(trx, actor, 'member.replace', 'assembly_membership', seated.value.membershipId, {
      replaces: vacated.id,
      start_date: input.startDate,
    });
    return seated;
  });
}

// --- government and posts (Art. 79, 84.2) ---

export const governmentPostSchema = z.object({
  post: text(200)
    .optional()
    .transform((p) => p || null),
  onDate: day,
});

/** A member who joins the government keeps the seat; any committee or commission post ends that day (Art. 79). */
export async function setGovernmentPost(
  db: Db,
  actor: Actor,
  membershipId: number,
  input: z.output<typeof governmentPostSchema>,
): Promise<RecordResult<{ postsEnded: number }>> {
  return db.kysely.transaction().execute(async (trx) => {
    const membership = await findMembership(trx, membershipId);
    if (!membership) return refused('not-found');
    await trx
      .updateTable('assembly_memberships')
      .set({ government_post: input.post })
      .where('id', '=', membershipId)
      .execute();
    let postsEnded = 0;
    if (input.post) {
      const result = await trx
        .updateTable('assembly_posts')
        .set({ end_date: input.onDate })
        .where('membership_id', '=', membershipId)
        .where('end_date', 'is', null)
        .executeTakeFirst();
      postsEnded = Number(result.numUpdatedRows);
    }
    await audit(trx, actor, 'member.government', 'assembly_membership', membershipId, {
      ...input,
      postsEnded,
    });
    return ok({ postsEnded });
  });
}

export const POST_ROLES = [
  'president',
  'vice_president',
  'commission_president',
  'commission_vice_president',
  'commission_secretary',
  'commission_member',
] as const;
export type PostRole = (typeof POST_ROLES)[number];
/** One holder at a time: of the Assembly (President), or of each commission (its president). */
const SINGLE_HOLDER: readonly PostRole[] = ['president', 'commission_president'];

export const postInputSchema = z.object({
  role: z.enum(POST_ROLES, 'required'),
  commission: z.string().trim().max(20).default(''),
  startDate: day,
});

export async function givePost(
  db: Db,
  actor: Actor,
  membershipId: number,
  input: z.output<typeof postInputSchema>,
): Promise<RecordResult<{ postId: number }>> {
  const forCommission = input.role.startsWith('commission_');
  if (forCommission !== (input.commission !== ''))
    return refused(forCommission ? 'commission-needed' : 'no-commission-for-role');
  return db.kysely.transaction().execute(async (trx) => {
    const membership = await findMembership(trx, membershipId);
    if (!membership) return refused('not-found');
    if (membership.end_date && membership.end_date < input.startDate) return refused('not-a-member-that-day');
    const rule = mayHoldCommitteePost({ inGovernment: membership.government_post !== null });
    if (!rule.allowed) return refused('member-in-government', rule.article);
    if (forCommission) {
      const commission = await trx
        .selectFrom('commissions')
        .select('code')
        .where('code', '=', input.commission)
        .executeTakeFirst();
      if (!commission) return refused('unknown-commission');
    }
    if (SINGLE_HOLDER.includes(input.role)) {
      let holder = trx
        .selectFrom('assembly_posts as po')
        .innerJoin('assembly_memberships as m', 'm.id', 'po.membership_id')
        .select('po.id')
        .where('m.legislature_id', '=', membership.legislature_id)
        .where('po.role', '=', input.role)
        .where('po.end_date', 'is', null);
      if (forCommission) holder = holder.where('po.commission_code', '=', input.commission);
      if (await holder.executeTakeFirst()) return refused('post-taken');
    }
    const held = await currentPostsOfMembership(trx, membershipId, input.startDate);
    if (held.some((p) => p.role === input.role && (p.commission_code ?? '') === input.commission)) {
      return refused('post-taken');
    }
    const { id: postId } = await trx
      .insertInto('assembly_posts')
      .values({
        membership_id: membershipId,
        role: input.role,
        commission_code: forCommission ? input.commission : null,
        start_date: input.startDate,
        end_date: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, actor, 'post.give', 'assembly_post', postId, { membership: membershipId, ...input });
    return ok({ postId });
  });
}

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
    const { id: sessionId } = await trx
      .insertInto('assembly_sessions')
      .values({
        legislature_id: legislature.id,
        kind: input.kind,
        opens_on: input.opensOn,
        closes_on: input.closesOn,
        requested_by: input.kind === 'extraordinary' ? input.requestedBy : null,
        requesting_members: input.kind === 'extraordinary' ? input.requestingMembers : null,
        agenda_en: input.agendaEn || null,
        agenda_km: input.agendaKm || null,
        published_on: input.publishedOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
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
    if (input.sittingOn < session.opens_on || input.sittingOn > session.closes_on)
      return refused('outside-session');
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
    const { id: sittingId } = await trx
      .insertInto('assembly_sittings')
      .values({
        session_id: session.id,
        sitting_on: input.sittingOn,
        starts_at: null,
        title_en: input.titleEn,
        title_km: input.titleKm,
        is_question_day: input.isQuestionDay ? 1 : 0,
        closed_at_request_of: input.closedAtRequestOf,
        closing_members: input.closedAtRequestOf === 'members' ? input.closingMembers : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
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
    const votes = await trx
      .selectFrom('assembly_vote_events')
      .select('id')
      .where('sitting_id', '=', sittingId)
      .executeTakeFirst();
    // A vote counted the members present: changing who was there afterwards would change its outcome.
    if (votes) return refused('votes-already-recorded');
    const seated = await seatedOn(trx, sitting.legislature_id, sitting.sitting_on);
    const seatedIds = new Set(seated.map((m) => m.id));
    const present = new Set(presentMembershipIds);
    if ([...present].some((m) => !seatedIds.has(m))) return refused('not-a-member-that-day');
    await trx.deleteFrom('assembly_attendance').where('sitting_id', '=', sittingId).execute();
    if (seated.length > 0) {
      await trx
        .insertInto('assembly_attendance')
        .values(
          seated.map((m) => ({
            sitting_id: sittingId,
            membership_id: m.id,
            present: present.has(m.id) ? 1 : 0,
          })),
        )
        .execute();
    }
    await audit(trx, actor, 'sitting.attendance', 'assembly_sitting', sittingId, {
      present: present.size,
      seated: seated.length,
    });
    return ok({ present: present.size, seated: seated.length });
  });
}

export const VOTE_OPTIONS = ['yes', 'no', 'abstain'] as const;

export const voteInputSchema = z.object({
  matter: z.enum(MATTERS, 'required'),
  titleKm: requiredText(300),
  titleEn: requiredText(300),
  /** Counts, when the vote was not recorded by name. */
  yes: count.optional(),
  no: count.optional(),
  abstain: count.optional(),
  /** Each present member's vote, when it was recorded by name; gives the counts. */
  byMember: z.record(z.string().regex(/^\d{1,10}$/), z.enum(VOTE_OPTIONS)).optional(),
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
    const attendance = await trx
      .selectFrom('assembly_attendance')
      .select(['membership_id', 'present'])
      .where('sitting_id', '=', sittingId)
      .execute();
    if (attendance.length === 0) return refused('attendance-first');
    if (billId !== null) {
      const bill = await findBill(trx, billId);
      if (!bill) return refused('bill-not-found');
      if (!isBillMatter(input.matter)) return refused('not-a-bill-matter', '90.1–6');
      if (bill.adopted_on) return refused('bill-already-adopted');
      if (sitting.sitting_on < bill.introduced_on) return refused('vote-before-bill');
    }
    const presentIds = new Set(attendance.filter((a) => a.present === 1).map((a) => a.membership_id));
    const byMember = Object.entries(input.byMember ?? {}).map(([m, option]) => ({
      membershipId: Number(m),
      option,
    }));
    if (byMember.some((v) => !presentIds.has(v.membershipId))) return refused('vote-by-absent-member');
    const tally = (option: (typeof VOTE_OPTIONS)[number]) =>
      input.byMember ? byMember.filter((v) => v.option === option).length : (input[option] ?? 0);
    const counts = { yes: tally('yes'), no: tally('no'), abstain: tally('abstain') };
    const decision = evaluateVote({
      matter: input.matter,
      members: sitting.seats,
      present: presentIds.size,
      ...counts,
      questionDay: sitting.is_question_day === 1,
    });
    if (!decision.ok) return refused(VOTE_PROBLEM_REFUSALS[decision.error.code]);
    const d = decision.value;
    const { id: voteId } = await trx
      .insertInto('assembly_vote_events')
      .values({
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
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.byMember) {
      // A present member who cast no vote has no row; an absent one is recorded absent.
      const votes = byMember.map((v) => ({
        vote_event_id: voteId,
        membership_id: v.membershipId,
        option: v.option,
      }));
      const absent = attendance
        .filter((a) => a.present === 0)
        .map((a) => ({ vote_event_id: voteId, membership_id: a.membership_id, option: 'absent' as const }));
      const rows = [...votes, ...absent];
      if (rows.length > 0) await trx.insertInto('assembly_votes').values(rows).execute();
    }
    await audit(trx, actor, 'vote.record', 'assembly_vote_event', voteId, {
      sitting: sittingId,
      matter: input.matter,
      bill: billId,
      ...counts,
      outcome: d.outcome,
      article: d.article,
    });
    return ok({ id: voteId, outcome: d.outcome, article: d.article, reason: d.reason });
  });
}
