// Commands of the secretariat on the Assembly's members: legislatures, parties, seats, replacements,
// government and committee posts. Each decides through the Chapter VII rules in procedure/, refuses with
// the article it rests on, and writes its change and audit row in one transaction.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import type { Actor } from '../../platform/audit/audit.queries';
import { text } from '../../platform/input-text';
import { ok } from '../../platform/result';
import {
  currentPostsOfMembership,
  endLegislaturesBefore,
  endMembershipRow,
  endOpenPosts,
  findCommissionCode,
  findLegislature,
  findMembership,
  findParty,
  findProvince,
  insertLegislature,
  insertMembership,
  insertParty,
  insertPerson,
  insertPost,
  legislatureNumberTaken,
  openPostHolder,
  replacementOf,
  seatsTaken,
  setGovernmentPostOf,
} from './members.queries';
import { expectedEnd } from './procedure/dates.rules';
import { checkEligibility, mayHoldCommitteePost, replacementAllowed } from './procedure/members.rules';
import { CONSTITUTIONAL_MINIMUM_MEMBERS } from './procedure/thresholds.rules';
import {
  audit,
  count,
  day,
  id,
  optionalDay,
  type RecordResult,
  refused,
  requiredText,
} from './records.input';

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
    if (await legislatureNumberTaken(trx, input.number)) return refused('number-taken');
    const legislatureId = await insertLegislature(trx, {
      number: input.number,
      seats: input.seats,
      elected_on: input.electedOn,
      convened_on: input.convenedOn,
    });
    if (input.convenedOn) await endLegislaturesBefore(trx, input.number, input.convenedOn);
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
    const partyId = await insertParty(trx, {
      code: input.code,
      name_km: input.nameKm,
      name_en: input.nameEn,
    });
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
  if (!(await findProvince(trx, input.province))) return refused('unknown-province');
  const party = input.party ? await findParty(trx, input.party) : undefined;
  if (input.party && !party) return refused('unknown-party');
  if ((await seatsTaken(trx, legislature.id, input.startDate)) >= legislature.seats)
    return refused('no-free-seat', '76.1');
  const at = now.toISOString();
  const personId = await insertPerson(trx, {
    name_en: input.nameEn,
    name_km: input.nameKm,
    gender: input.gender,
    birth_date: input.birthDate,
    khmer_by_birth: input.khmerByBirth ? 1 : 0,
    created_at: at,
  });
  const membershipId = await insertMembership(trx, {
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
  });
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
    await endMembershipRow(trx, membershipId, input.endDate, input.reason);
    await endOpenPosts(trx, membershipId, input.endDate);
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
    if (await replacementOf(trx, vacatedMembershipId)) return refused('already-replaced');
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
    await setGovernmentPostOf(trx, membershipId, input.post);
    const postsEnded = input.post ? await endOpenPosts(trx, membershipId, input.onDate) : 0;
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
    if (forCommission && !(await findCommissionCode(trx, input.commission)))
      return refused('unknown-commission');
    if (SINGLE_HOLDER.includes(input.role)) {
      const commission = forCommission ? input.commission : undefined;
      if (await openPostHolder(trx, membership.legislature_id, input.role, commission))
        return refused('post-taken');
    }
    const held = await currentPostsOfMembership(trx, membershipId, input.startDate);
    if (held.some((p) => p.role === input.role && (p.commission_code ?? '') === input.commission)) {
      return refused('post-taken');
    }
    const postId = await insertPost(trx, {
      membership_id: membershipId,
      role: input.role,
      commission_code: forCommission ? input.commission : null,
      start_date: input.startDate,
    });
    await audit(trx, actor, 'post.give', 'assembly_post', postId, { membership: membershipId, ...input });
    return ok({ postId });
  });
}
