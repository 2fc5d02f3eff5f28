// How many members each matter needs (Chapter VII), with exact integer arithmetic and the article it rests on.
//
// Majorities are of the whole membership, never of those present. "At least p/q of n" is the
// smallest whole number not below n·p/q, i.e. ceil(n·p/q); "more than half of n" is the smallest
// whole number above n/2, i.e. floor(n/2) + 1. Both are computed on integers only (no floating point:
// 7/10 of 125 must be 88, and 2/3 of 120 exactly 80, never 80.00000001 rounded up to 81).
import type { ArticleRef } from './articles.rules';

export const MATTERS = [
  'law',
  'administrative_accounts',
  'amnesty',
  'treaty',
  'declaration_of_war',
  'confidence',
  'assembly_officers',
  'censure_motion_proposal',
  'censure_motion',
  'term_extension',
  'prosecution_approval',
  'suspend_prosecution',
  'extraordinary_session_request',
  'closed_sitting_request',
  'invite_official_request',
] as const;
export type Matter = (typeof MATTERS)[number];

export function isMatter(value: unknown): value is Matter {
  return typeof value === 'string' && (MATTERS as readonly string[]).includes(value);
}

/**
 * The matters a bill is voted on: a law, and the laws on administrative accounts, amnesty and treaties
 * (Art. 90.1–6, more than half of all members). A declaration of war is voted without a bill.
 */
export const BILL_MATTERS = [
  'law',
  'administrative_accounts',
  'amnesty',
  'treaty',
] as const satisfies readonly Matter[];

export function isBillMatter(matter: string): boolean {
  return (BILL_MATTERS as readonly string[]).includes(matter);
}

/** A fraction of the whole membership, as two small integers. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

export type ThresholdRule =
  | { kind: 'more_than_half' }
  | { kind: 'at_least'; fraction: Fraction }
  | { kind: 'at_least_members'; count: number };

/**
 * `vote`: decided by a vote in a sitting, so it needs the quorum and may not fall on the question day.
 * `request`: a number of members backing a request (signatures), not a vote in a sitting.
 */
export type MatterKind = 'vote' | 'request';

export interface MatterRule {
  rule: ThresholdRule;
  kind: MatterKind;
  article: ArticleRef;
}

const TWO_THIRDS: ThresholdRule = { kind: 'at_least', fraction: { numerator: 2, denominator: 3 } };
const MORE_THAN_HALF: ThresholdRule = { kind: 'more_than_half' };

/** Each matter's rule and article (docs/decisions.md, "The Assembly's procedure rules"). */
export const MATTER_RULES: Record<Matter, MatterRule> = {
  law: { rule: MORE_THAN_HALF, kind: 'vote', article: '90.1–6' },
  administrative_accounts: { rule: MORE_THAN_HALF, kind: 'vote', article: '90.1–6' },
  amnesty: { rule: MORE_THAN_HALF, kind: 'vote', article: '90.1–6' },
  treaty: { rule: MORE_THAN_HALF, kind: 'vote', article: '90.1–6' },
  declaration_of_war: { rule: MORE_THAN_HALF, kind: 'vote', article: '90.1–6' },
  confidence: { rule: TWO_THIRDS, kind: 'vote', article: '90.7' },
  assembly_officers: { rule: TWO_THIRDS, kind: 'vote', article: '82.2' },
  censure_motion_proposal: { rule: { kind: 'at_least_members', count: 30 }, kind: 'request', article: '98' },
  censure_motion: { rule: TWO_THIRDS, kind: 'vote', article: '98' },
  term_extension: { rule: TWO_THIRDS, kind: 'vote', article: '78.4–5' },
  prosecution_approval: { rule: TWO_THIRDS, kind: 'vote', article: '80.4' },
  suspend_prosecution: {
    rule: { kind: 'at_least', fraction: { numerator: 3, denominator: 4 } },
    kind: 'vote',
    article: '80.5',
  },
  extraordinary_session_request: {
    rule: { kind: 'at_least', fraction: { numerator: 1, denominator: 3 } },
    kind: 'request',
    article: '83.2',
  },
  closed_sitting_request: {
    rule: { kind: 'at_least', fraction: { numerator: 1, denominator: 10 } },
    kind: 'request',
    article: '88.2',
  },
  invite_official_request: {
    rule: { kind: 'at_least', fraction: { numerator: 1, denominator: 10 } },
    kind: 'request',
    article: '89',
  },
};

/** The smallest whole number not below n·p/q, on integers only. `members` must be a whole number ≥ 0. */
export function atLeastFraction(members: number, fraction: Fraction): number {
  const product = members * fraction.numerator;
  const whole = (product - (product % fraction.denominator)) / fraction.denominator;
  return product % fraction.denominator === 0 ? whole : whole + 1;
}

/** The smallest whole number above n/2. */
export function moreThanHalf(members: number): number {
  return (members - (members % 2)) / 2 + 1;
}

/** Members needed for `matter` when the Assembly has `members` seats. */
export function requiredMembers(matter: Matter, members: number): number {
  const { rule } = MATTER_RULES[matter];
  switch (rule.kind) {
    case 'more_than_half':
      return moreThanHalf(members);
    case 'at_least':
      return atLeastFraction(members, rule.fraction);
    case 'at_least_members':
      return rule.count;
  }
}

/** The quorum of a sitting: at least 7/10 of all members (Art. 88.3). */
export const QUORUM: { fraction: Fraction; article: ArticleRef } = {
  fraction: { numerator: 7, denominator: 10 },
  article: '88.3',
};

/** Members who must be present for a sitting to be valid (Art. 88.3). */
export function quorumRequired(members: number): number {
  return atLeastFraction(members, QUORUM.fraction);
}

/** The Constitution's smallest Assembly (Art. 76.1); Sala computes below it but says so. */
export const CONSTITUTIONAL_MINIMUM_MEMBERS = 120;

/** Every matter's threshold for an Assembly of `members` seats, as the API lists them. */
export function thresholds(members: number): { matter: Matter; article: ArticleRef; required: number }[] {
  return MATTERS.map((matter) => ({
    matter,
    article: MATTER_RULES[matter].article,
    required: requiredMembers(matter, members),
  }));
}
