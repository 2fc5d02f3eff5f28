// A case's statuses and the actions that move it between them: the one place these rules live.

export const CASE_STATUSES = [
  'received', // new, waiting for the office to triage it
  'awaiting_citizen', // the office asked the citizen for more; the clock stops
  'accepted', // triaged: the office handles it
  'forwarded', // sent to a commission, ministry or local authority
  'acknowledged', // the commission has taken it up
  'awaiting_office', // the commission asked the office for more
  'answered', // an answer went to the citizen
  'returned', // the commission sent it back to the office
  'reopened', // the citizen said the answer did not resolve the concern
  'closed',
  'declined',
  'duplicate',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Who takes an action: the constituency office, the commission it went to, or the citizen. */
export type ActorKind = 'office' | 'commission' | 'citizen';

interface ActionRule {
  by: ActorKind;
  from: readonly CaseStatus[];
  /** The status after the step; `same`: the step adds to the case without moving it. */
  to: CaseStatus | 'same';
  /** What the actor must give: a reason, a question, the case it duplicates, where it goes, the answer. */
  needs?: 'reason' | 'question' | 'duplicate_of' | 'destination' | 'answer' | 'reply' | 'information';
}

// The office may work a case it holds in these statuses.
const OFFICE_HOLDS = ['received', 'accepted', 'returned', 'reopened'] as const;
// The commission may work a case forwarded to it in these statuses.
const COMMISSION_HOLDS = ['forwarded', 'acknowledged'] as const;

// Every status in which something may still happen: the citizen may add to the case or withdraw it.
const OPEN_STATUSES = [
  'received',
  'awaiting_citizen',
  'accepted',
  'forwarded',
  'acknowledged',
  'awaiting_office',
  'answered',
  'returned',
  'reopened',
] as const;

export const CASE_ACTIONS = {
  accept: { by: 'office', from: ['received', 'returned', 'reopened'], to: 'accepted' },
  request_info: { by: 'office', from: OFFICE_HOLDS, to: 'awaiting_citizen', needs: 'question' },
  citizen_replies: { by: 'citizen', from: ['awaiting_citizen'], to: 'received', needs: 'reply' },
  mark_duplicate: { by: 'office', from: OFFICE_HOLDS, to: 'duplicate', needs: 'duplicate_of' },
  decline: { by: 'office', from: OFFICE_HOLDS, to: 'declined', needs: 'reason' },
  forward: { by: 'office', from: OFFICE_HOLDS, to: 'forwarded', needs: 'destination' },
  answer_directly: {
    by: 'office',
    from: ['accepted', 'reopened', 'returned'],
    to: 'answered',
    needs: 'answer',
  },
  acknowledge: { by: 'commission', from: ['forwarded'], to: 'acknowledged' },
  ask_office: { by: 'commission', from: COMMISSION_HOLDS, to: 'awaiting_office', needs: 'question' },
  office_replies: { by: 'office', from: ['awaiting_office'], to: 'acknowledged', needs: 'reply' },
  answer: { by: 'commission', from: COMMISSION_HOLDS, to: 'answered', needs: 'answer' },
  return_to_office: { by: 'commission', from: COMMISSION_HOLDS, to: 'returned', needs: 'reason' },
  confirm_resolved: { by: 'citizen', from: ['answered'], to: 'closed' },
  report_unresolved: { by: 'citizen', from: ['answered'], to: 'reopened' },
  add_information: { by: 'citizen', from: OPEN_STATUSES, to: 'same', needs: 'information' },
  withdraw: { by: 'citizen', from: OPEN_STATUSES, to: 'closed' },
  close: {
    by: 'office',
    from: ['accepted', 'answered', 'returned', 'reopened'],
    to: 'closed',
    needs: 'reason',
  },
} as const satisfies Record<string, ActionRule>;

export type CaseAction = keyof typeof CASE_ACTIONS;
export const CASE_ACTION_NAMES = Object.keys(CASE_ACTIONS) as CaseAction[];

export type TransitionRefusal = 'not-allowed-now' | 'not-yours';

/** The status an action leads to, or why it is refused: wrong status now, or not this actor's to take. */
export function nextStatus(
  status: CaseStatus,
  action: CaseAction,
  by: ActorKind,
): { ok: true; value: CaseStatus } | { ok: false; error: TransitionRefusal } {
  const rule: ActionRule = CASE_ACTIONS[action];
  if (rule.by !== by) return { ok: false, error: 'not-yours' };
  if (!rule.from.includes(status)) return { ok: false, error: 'not-allowed-now' };
  return { ok: true, value: rule.to === 'same' ? status : rule.to };
}

/** The actions an actor may take on a case in this status (for the buttons a page shows). */
export function allowedActions(status: CaseStatus, by: ActorKind): CaseAction[] {
  return CASE_ACTION_NAMES.filter((action) => nextStatus(status, action, by).ok);
}

/** Statuses after which nothing more happens. */
/** The timeline step of completing a concern's topic and place: staff only, the status unchanged. */
export const COMPLETE_EVENT = 'complete';
/** Timeline steps the public never sees (tracking page, API, Open311). */
export const STAFF_ONLY_EVENTS: readonly string[] = [COMPLETE_EVENT];

export const FINAL_STATUSES: readonly CaseStatus[] = ['closed', 'declined', 'duplicate'];

/** The service-standard clock stops while the case waits for the citizen. */
export function clockRuns(status: CaseStatus): boolean {
  return status !== 'awaiting_citizen' && !FINAL_STATUSES.includes(status);
}

/** Open311's two-valued status. */
export function open311Status(status: CaseStatus): 'open' | 'closed' {
  return FINAL_STATUSES.includes(status) ? 'closed' : 'open';
}
