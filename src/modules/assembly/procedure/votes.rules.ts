// Decides a vote or a request of the Assembly: the quorum, the question day and the majority the matter needs, with the article.
//
// How the counts map:
// - For a vote (`kind: 'vote'`), `present` is the members present at the sitting and `yes`, `no`,
//   `abstain` the votes cast; members present who did not vote are simply not counted. The vote is
//   invalid without the quorum (Art. 88.3) or on the question day (Art. 96.6); otherwise it is
//   adopted when `yes` reaches the number the matter needs of the WHOLE membership.
// - For a request (`kind: 'request'`: an extraordinary session, a closed sitting, inviting an
//   official, proposing a motion of censure), `yes` is the number of members backing it. A request
//   is not a vote held in a sitting, so neither the quorum nor the question day applies; the result
//   still reports the quorum for information. It is "adopted" (backed) when enough members support it.
// The same checks of the counts apply to both, so one form and one endpoint serve every matter.
import type { ArticleRef } from './articles.rules';
import { type Checked, checkCount, type InputProblem, problem } from './problems.rules';
import {
  CONSTITUTIONAL_MINIMUM_MEMBERS,
  isMatter,
  MATTER_RULES,
  type Matter,
  QUORUM,
  quorumRequired,
  requiredMembers,
} from './thresholds.rules';

export interface VoteInput {
  matter: string;
  members: number;
  present: number;
  yes: number;
  no: number;
  abstain: number;
  questionDay: boolean;
}

export type VoteOutcome = 'adopted' | 'rejected' | 'invalid';

export const REASON_CODES = [
  'question_day',
  'no_quorum',
  'majority_reached',
  'majority_not_reached',
  'request_backed',
  'request_not_backed',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Something true of the input that does not stop the calculation but that the reader must know. */
export interface VoteWarning {
  code: 'below_constitutional_minimum';
  article: ArticleRef;
}

export interface VoteDecision {
  matter: Matter;
  outcome: VoteOutcome;
  required: number;
  quorum: { required: number; present: number; met: boolean };
  reason: ReasonCode;
  article: ArticleRef;
  warnings: VoteWarning[];
}

function firstCountProblem(input: VoteInput): InputProblem | null {
  for (const field of ['members', 'present', 'yes', 'no', 'abstain'] as const) {
    const found = checkCount(field, input[field]);
    if (found) return found;
  }
  return null;
}

/** Decides a vote (or a request) on `matter`, or says which input is impossible. */
export function evaluateVote(input: VoteInput): Checked<VoteDecision> {
  if (!isMatter(input.matter)) return problem('matter', 'unknown_matter');
  const countProblem = firstCountProblem(input);
  if (countProblem) return { ok: false, error: countProblem };
  if (input.members < 1) return problem('members', 'no_members');
  if (input.present > input.members) return problem('present', 'more_present_than_members');
  if (input.yes + input.no + input.abstain > input.present) return problem('yes', 'more_votes_than_present');

  const matter = input.matter;
  const rule = MATTER_RULES[matter];
  const required = requiredMembers(matter, input.members);
  const quorumNeeded = quorumRequired(input.members);
  const quorum = { required: quorumNeeded, present: input.present, met: input.present >= quorumNeeded };
  const warnings: VoteWarning[] =
    input.members < CONSTITUTIONAL_MINIMUM_MEMBERS
      ? [{ code: 'below_constitutional_minimum', article: '76.1' }]
      : [];
  const decided = (outcome: VoteOutcome, reason: ReasonCode, article: ArticleRef): Checked<VoteDecision> => ({
    ok: true,
    value: { matter, outcome, required, quorum, reason, article, warnings },
  });

  if (rule.kind === 'request') {
    return input.yes >= required
      ? decided('adopted', 'request_backed', rule.article)
      : decided('rejected', 'request_not_backed', rule.article);
  }
  // The question day first: no vote may be held on it at all, whoever is present.
  if (input.questionDay) return decided('invalid', 'question_day', '96.6');
  if (!quorum.met) return decided('invalid', 'no_quorum', QUORUM.article);
  return input.yes >= required
    ? decided('adopted', 'majority_reached', rule.article)
    : decided('rejected', 'majority_not_reached', rule.article);
}

// --- a vote recorded by name (a roll-call) ---

/** How a member is recorded in a roll-call: for, against, abstaining, or not voting (absent). */
export const ROLL_OPTIONS = ['yes', 'no', 'abstain', 'absent'] as const;
export type RollOption = (typeof ROLL_OPTIONS)[number];

/** A member on the roll of the sitting (everyone seated that day) and whether the attendance has them present. */
export interface RollMember {
  membershipId: number;
  present: boolean;
}

/** Each way a roll-call can be wrong, in the order they are reported. */
export const ROLL_CALL_PROBLEMS = [
  'not_on_the_roll',
  'vote_by_absent_member',
  'member_without_vote',
] as const;
export type RollCallProblemCode = (typeof ROLL_CALL_PROBLEMS)[number];

/**
 * The article each roll-call refusal rests on, or none. Chapter VII as Sala carries it (articles.rules.ts, which
 * paraphrases the specification Sala was built from; the project holds no other text of the Constitution)
 * governs who makes the quorum and the majorities — the members present (88.3), all members (90) — but
 * says nothing of how a vote by name is taken, so none of these refusals cites an article:
 * - `not_on_the_roll`: someone not seated on the sitting's day. Keeping a vote to the members who hold a
 *   seat is the record's own consistency; no article speaks of a roll.
 * - `vote_by_absent_member`: the quorum (88.3) counts who is present, but no article says that a member
 *   absent from the sitting may not vote (nor anything about proxies); the refusal keeps the roll in
 *   agreement with the attendance the quorum was counted from.
 * - `member_without_vote`: the form has no default for a member present; a bookkeeping rule.
 */
export const ROLL_CALL_ARTICLES: Record<RollCallProblemCode, ArticleRef | undefined> = {
  not_on_the_roll: undefined,
  vote_by_absent_member: undefined,
  member_without_vote: undefined,
};

/** A wrong roll: the refusal's code and article (when an article governs it), and the member it names. */
export interface RollCallProblem {
  code: RollCallProblemCode;
  article?: ArticleRef;
  membershipId: number;
}

const rollCallProblem = (code: RollCallProblemCode, membershipId: number): RollCallProblem => {
  const article = ROLL_CALL_ARTICLES[code];
  return article ? { code, article, membershipId } : { code, membershipId };
};

/** A roll-call counted: every member on the roll with their vote, and the counts the vote is decided on. */
export interface RollCallTally {
  votes: { membershipId: number; option: RollOption }[];
  present: number;
  yes: number;
  no: number;
  abstain: number;
  absent: number;
}

/**
 * Counts a roll-call. A member recorded absent at the sitting is absent unless chosen otherwise and may
 * not vote for, against or abstain; a member present has no default: their vote (or "absent", when they
 * were not in the chamber for this vote) must be chosen; no one off the roll may be recorded. Every problem
 * is reported, each naming its member, so the secretariat corrects them all at once.
 */
export function tallyRollCall(
  roll: readonly RollMember[],
  choices: ReadonlyMap<number, RollOption>,
): { ok: true; value: RollCallTally } | { ok: false; problems: RollCallProblem[] } {
  const onRoll = new Set(roll.map((m) => m.membershipId));
  const found: RollCallProblem[] = [];
  for (const membershipId of choices.keys())
    if (!onRoll.has(membershipId)) found.push(rollCallProblem('not_on_the_roll', membershipId));
  for (const m of roll) {
    const choice = choices.get(m.membershipId);
    if (!m.present && choice !== undefined && choice !== 'absent')
      found.push(rollCallProblem('vote_by_absent_member', m.membershipId));
    if (m.present && choice === undefined) found.push(rollCallProblem('member_without_vote', m.membershipId));
  }
  if (found.length > 0) {
    const rank = (p: RollCallProblem) => ROLL_CALL_PROBLEMS.indexOf(p.code);
    return { ok: false, problems: found.sort((a, b) => rank(a) - rank(b)) };
  }
  const votes = roll.map((m) => ({
    membershipId: m.membershipId,
    option: choices.get(m.membershipId) ?? ('absent' as const),
  }));
  const count = (option: RollOption) => votes.filter((v) => v.option === option).length;
  return {
    ok: true,
    value: {
      votes,
      present: roll.filter((m) => m.present).length,
      yes: count('yes'),
      no: count('no'),
      abstain: count('abstain'),
      absent: count('absent'),
    },
  };
}
