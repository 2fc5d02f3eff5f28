// The Assembly's calendar rules: ordinary sessions, extraordinary sessions, dissolution and closed sittings.
import type { ArticleRef } from './articles.rules';
import { addDays, addMonths } from './dates.rules';
import { type Checked, checkCount, problem } from './problems.rules';
import { atLeastFraction } from './thresholds.rules';

export interface SessionPeriod {
  kind: 'ordinary' | 'extraordinary';
  /** First day of the session (YYYY-MM-DD). */
  opensOn: string;
  /** Last day of the session, inclusive. */
  closesOn: string;
}

export type CalendarWarning =
  | { code: 'fewer_than_two_ordinary_sessions'; year: number; count: number; article: ArticleRef }
  | { code: 'session_shorter_than_three_months'; session: SessionPeriod; article: ArticleRef };

/**
 * True when a session from `opensOn` to `closesOn` (both days included) lasts at least 3 calendar
 * months: 1 April to 30 June does, 1 April to 29 June does not. A start on the 31st runs to the
 * day before the same day three months on, clamped to that month's end (31 May → 30 August).
 */
export function lastsThreeMonths(session: { opensOn: string; closesOn: string }): boolean {
  return session.closesOn >= addDays(addMonths(session.opensOn, 3), -1);
}

/**
 * What the calendar of `year` lacks (Art. 83.1–2): two ordinary sessions, each at least 3 months.
 * A session belongs to the year it opens in; extraordinary sessions count for neither rule.
 */
export function calendarWarnings(year: number, sessions: readonly SessionPeriod[]): CalendarWarning[] {
  const ordinary = sessions.filter((s) => s.kind === 'ordinary' && Number(s.opensOn.slice(0, 4)) === year);
  const warnings: CalendarWarning[] = [];
  if (ordinary.length < 2) {
    warnings.push({
      code: 'fewer_than_two_ordinary_sessions',
      year,
      count: ordinary.length,
      article: '83.1–2',
    });
  }
  for (const session of ordinary) {
    if (!lastsThreeMonths(session)) {
      warnings.push({ code: 'session_shorter_than_three_months', session, article: '83.1–2' });
    }
  }
  return warnings;
}

export interface RequestDecision {
  allowed: boolean;
  /** Members needed when members ask; 0 when the requester needs no backing. */
  required: number;
  article: ArticleRef;
}

function checkBacking(supporting: number, members: number): Checked<null> {
  const found = checkCount('members', members) ?? checkCount('supporting', supporting);
  if (found) return { ok: false, error: found };
  if (members < 1) return problem('members', 'no_members');
  if (supporting > members) return problem('supporting', 'more_supporters_than_members');
  return { ok: true, value: null };
}

/**
 * Whether an extraordinary session must be called (Art. 83.2): at the request of the King or the
 * Prime Minister, or of at least 1/3 of the members (`supporting` of `members`).
 */
export function extraordinarySessionAllowed(input: {
  requestedBy: 'king' | 'prime_minister' | 'members';
  supporting: number;
  members: number;
}): Checked<RequestDecision> {
  const checked = checkBacking(input.supporting, input.members);
  if (!checked.ok) return checked;
  if (input.requestedBy !== 'members')
    return { ok: true, value: { allowed: true, required: 0, article: '83.2' } };
  const required = atLeastFraction(input.members, { numerator: 1, denominator: 3 });
  return { ok: true, value: { allowed: input.supporting >= required, required, article: '83.2' } };
}

/**
 * Whether a sitting is closed (Art. 88.2): at the request of the President, the King, the Prime
 * Minister, or at least 1/10 of the members.
 */
export function sittingMayBeClosed(input: {
  requestedBy: 'president' | 'king' | 'prime_minister' | 'members';
  supporting: number;
  members: number;
}): Checked<RequestDecision> {
  const checked = checkBacking(input.supporting, input.members);
  if (!checked.ok) return checked;
  if (input.requestedBy !== 'members')
    return { ok: true, value: { allowed: true, required: 0, article: '88.2' } };
  const required = atLeastFraction(input.members, { numerator: 1, denominator: 10 });
  return { ok: true, value: { allowed: input.supporting >= required, required, article: '88.2' } };
}

export type DissolutionRefusal = 'state_of_emergency' | 'not_deposed_twice_within_12_months';

/**
 * Whether the Assembly may be dissolved on `on`: never during a state of emergency (Art. 86.3),
 * and only when the government was deposed twice within 12 months (Art. 78.2).
 *
 * Reading of "twice within 12 months": two deposals, both on or before `on`, the later one
 * before the same day 12 calendar months after the earlier (deposals on 10 March 2025 and
 * 9 March 2026 qualify; 10 March 2025 and 10 March 2026 do not). The article does not tie the
 * window to the day of dissolution, so neither does Sala.
 */
export function dissolutionAllowed(input: {
  governmentDeposedOn: readonly string[];
  on: string;
  stateOfEmergency: boolean;
}): { allowed: boolean; refusal: DissolutionRefusal | null; article: ArticleRef } {
  if (input.stateOfEmergency) return { allowed: false, refusal: 'state_of_emergency', article: '86.3' };
  const deposals = input.governmentDeposedOn.filter((d) => d <= input.on).sort();
  const twice = deposals.some((earlier, i) => {
    const later = deposals[i + 1];
    return later !== undefined && later < addMonths(earlier, 12);
  });
  return twice
    ? { allowed: true, refusal: null, article: '78.2' }
    : { allowed: false, refusal: 'not_deposed_twice_within_12_months', article: '78.2' };
}
