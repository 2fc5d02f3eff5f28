// The Assembly's term: what a dissolution (Art. 78.2–3) and a state of emergency (Art. 86.1, 86.3) change,
// as pure rules over the events the secretariat records. Each refusal names its article.
import type { ArticleRef } from './articles.rules';
import { addDays, electionLatestAfterDissolution, firstSessionLatest } from './dates.rules';
import { dissolutionAllowed } from './sessions.rules';

export const TERM_EVENT_KINDS = ['government_deposed', 'dissolution', 'emergency'] as const;
export type TermEventKind = (typeof TERM_EVENT_KINDS)[number];

/** One event of the term: a day (`startsOn`), and for a state of emergency its last day once ended. */
export interface TermEvent {
  kind: TermEventKind;
  startsOn: string;
  endsOn: string | null;
}

export type TermRefusalCode =
  | 'dissolution-during-emergency'
  | 'government-not-deposed-twice'
  | 'already-dissolved'
  | 'assembly-dissolved'
  | 'emergency-in-force'
  | 'emergency-not-in-force'
  | 'date-before-previous-step';

export type TermDecision<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: TermRefusalCode; article?: ArticleRef } };

const refuse = (
  code: TermRefusalCode,
  article?: ArticleRef,
): { ok: false; error: { code: TermRefusalCode; article?: ArticleRef } } => ({
  ok: false,
  error: article ? { code, article } : { code },
});

/** The state of emergency in force on `day`, if any: declared on or before it, not ended before it. */
export function emergencyOn(events: readonly TermEvent[], day: string): TermEvent | undefined {
  return events.find(
    (e) => e.kind === 'emergency' && e.startsOn <= day && (e.endsOn === null || e.endsOn >= day),
  );
}

/** The dissolution of the legislature, if recorded. */
export const dissolutionOf = (events: readonly TermEvent[]) => events.find((e) => e.kind === 'dissolution');

/** What follows a dissolution (Art. 78.3, then 82.1): the latest election day and the new Assembly's latest first session. */
export interface AfterDissolution {
  dissolvedOn: string;
  electionBy: { on: string; article: ArticleRef };
  firstSessionBy: { on: string; article: ArticleRef };
}

export function afterDissolution(dissolvedOn: string): AfterDissolution | undefined {
  const election = electionLatestAfterDissolution(dissolvedOn);
  if (!election.ok) return undefined;
  const first = firstSessionLatest(election.value.on);
  if (!first.ok) return undefined;
  return { dissolvedOn, electionBy: election.value, firstSessionBy: first.value };
}

/**
 * Whether the Assembly may be dissolved on `on`: once only; never while a state of emergency is in force
 * (Art. 86.3); and only when the government was deposed twice within 12 months (Art. 78.2).
 */
export function decideDissolution(events: readonly TermEvent[], on: string): TermDecision<AfterDissolution> {
  if (dissolutionOf(events)) return refuse('already-dissolved', '78.2');
  const decision = dissolutionAllowed({
    governmentDeposedOn: events.filter((e) => e.kind === 'government_deposed').map((e) => e.startsOn),
    on,
    stateOfEmergency: emergencyOn(events, on) !== undefined,
  });
  if (!decision.allowed)
    return decision.refusal === 'state_of_emergency'
      ? refuse('dissolution-during-emergency', decision.article)
      : refuse('government-not-deposed-twice', decision.article);
  const after = afterDissolution(on);
  return after ? { ok: true, value: after } : refuse('date-before-previous-step');
}

/**
 * Whether the Assembly of this term may meet on `day`: not on or after the day it was dissolved
 * (Art. 78.2); the election that follows and the new Assembly's first session are dated by Art. 78.3 and 82.1.
 */
export function mayMeetOn(events: readonly TermEvent[], day: string): TermDecision<null> {
  const dissolved = dissolutionOf(events);
  if (dissolved && day >= dissolved.startsOn) return refuse('assembly-dissolved', '78.2');
  return { ok: true, value: null };
}

/**
 * Whether a sitting may be held on `day` outside its session's dates: only while a state of emergency is in
 * force, when the Assembly meets every day (Art. 86.1).
 */
export function mayMeetOutsideSession(events: readonly TermEvent[], day: string): boolean {
  return emergencyOn(events, day) !== undefined;
}

/**
 * A state of emergency may be declared on `on` only when none is in force (one not yet ended, or one whose
 * days include `on`), and not once the Assembly is dissolved.
 */
export function decideEmergency(events: readonly TermEvent[], on: string): TermDecision<null> {
  const open = events.some((e) => e.kind === 'emergency' && e.endsOn === null);
  if (open || emergencyOn(events, on)) return refuse('emergency-in-force', '86.1');
  return mayMeetOn(events, on);
}

/** A state of emergency ends on `endsOn`: one in force, on or after the day it was declared. */
export function decideEmergencyEnd(emergency: TermEvent | undefined, endsOn: string): TermDecision<null> {
  if (emergency?.kind !== 'emergency' || emergency.endsOn !== null)
    return refuse('emergency-not-in-force', '86.1');
  if (endsOn < emergency.startsOn) return refuse('date-before-previous-step');
  return { ok: true, value: null };
}

/**
 * The days a state of emergency has run up to `today` (its last day at the latest) on which no sitting is
 * recorded: the Assembly meets every day while it is in force (Art. 86.1). At most `limit` days, oldest first.
 */
export function emergencyDaysWithoutSitting(
  events: readonly TermEvent[],
  sittingDays: ReadonlySet<string>,
  today: string,
  limit = 31,
): { days: string[]; more: number; article: ArticleRef } {
  const missing: string[] = [];
  for (const e of events) {
    if (e.kind !== 'emergency') continue;
    const last = e.endsOn !== null && e.endsOn < today ? e.endsOn : today;
    for (let day = e.startsOn; day <= last; day = addDays(day, 1))
      if (!sittingDays.has(day)) missing.push(day);
  }
  missing.sort();
  return { days: missing.slice(0, limit), more: Math.max(0, missing.length - limit), article: '86.1' };
}
