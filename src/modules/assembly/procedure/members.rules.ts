// Who may sit in the Assembly and in its committees: eligibility, replacement members, posts, the Permanent Standing Committee.
import type { ArticleRef } from './articles.rules';
import { addMonths, checkDate } from './dates.rules';
import type { Checked } from './problems.rules';

/** The youngest a member may be on election day (Art. 76.3). */
export const MINIMUM_AGE = 25;

export type EligibilityRefusal =
  | { code: 'no_khmer_nationality_at_birth'; article: '76.3' }
  | { code: 'under_minimum_age'; article: '76.3' };

/**
 * The day a person born on `birthDate` turns `years` old. Someone born on 29 February turns a
 * year older on 1 March in a year without one: until the end of 28 February they have not
 * completed the full years (the stricter of the two usual readings, so Sala never seats a member
 * a day early).
 */
export function birthdayAt(birthDate: string, years: number): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const shifted = addMonths(birthDate, years * 12);
  // addMonths clamps 29 February to the 28th; the person is not that age until the next day.
  if (month === 2 && day === 29 && !shifted.endsWith('-02-29'))
    return `${String(year + years).padStart(4, '0')}-03-01`;
  return shifted;
}

/**
 * Whether a candidate may be a member (Art. 76.3): Khmer nationality from birth and at least 25
 * years old on election day (the 25th birthday may be election day itself). Each refusal cites
 * its article; an empty list means eligible.
 */
export function checkEligibility(input: {
  khmerNationalityAtBirth: boolean;
  birthDate: string;
  electionDay: string;
}): Checked<{ eligible: boolean; refusals: EligibilityRefusal[] }> {
  const birth = checkDate('birthDate', input.birthDate);
  if (!birth.ok) return birth;
  const election = checkDate('electionDay', input.electionDay);
  if (!election.ok) return election;
  const refusals: EligibilityRefusal[] = [];
  if (!input.khmerNationalityAtBirth)
    refusals.push({ code: 'no_khmer_nationality_at_birth', article: '76.3' });
  if (birthdayAt(input.birthDate, MINIMUM_AGE) > input.electionDay) {
    refusals.push({ code: 'under_minimum_age', article: '76.3' });
  }
  return { ok: true, value: { eligible: refusals.length === 0, refusals } };
}

/**
 * Whether a replacement member may be appointed (Art. 95): the seat must have fallen vacant at
 * least 6 months before the end of the mandate. "6 months before" is counted in calendar months:
 * the same day number six months earlier, or that month's last day when it has no such day (a
 * mandate ending 31 August gives 28 or 29 February). A vacancy on that day itself is allowed.
 */
export function replacementAllowed(input: {
  vacatedOn: string;
  mandateEndsOn: string;
}): Checked<{ allowed: boolean; latestVacancy: string; article: ArticleRef }> {
  const vacated = checkDate('vacatedOn', input.vacatedOn);
  if (!vacated.ok) return vacated;
  const ends = checkDate('mandateEndsOn', input.mandateEndsOn);
  if (!ends.ok) return ends;
  const latestVacancy = addMonths(input.mandateEndsOn, -6);
  return { ok: true, value: { allowed: input.vacatedOn <= latestVacancy, latestVacancy, article: '95' } };
}

/**
 * Whether a member may hold a post in the Permanent Standing Committee or a commission (Art. 79):
 * not while serving in the government (the seat itself is kept).
 */
export function mayHoldCommitteePost(input: { inGovernment: boolean }): {
  allowed: boolean;
  article: ArticleRef;
} {
  return { allowed: !input.inGovernment, article: '79' };
}

/**
 * The Permanent Standing Committee, derived (Art. 84.2): the President, the Vice-Presidents and
 * the presidents of the commissions, in that order, each person once.
 */
export function permanentStandingCommittee<Id>(input: {
  president: Id | null;
  vicePresidents: readonly Id[];
  commissionPresidents: readonly Id[];
}): { members: Id[]; article: ArticleRef } {
  const all = [
    ...(input.president === null ? [] : [input.president]),
    ...input.vicePresidents,
    ...input.commissionPresidents,
  ];
  return { members: [...new Set(all)], article: '84.2' };
}
