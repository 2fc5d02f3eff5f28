// Every transition of a case, allowed and refused, against a table written out by hand.
import { describe, expect, it } from 'vitest';
import {
  type ActorKind,
  allowedActions,
  CASE_ACTION_NAMES,
  CASE_STATUSES,
  type CaseAction,
  type CaseStatus,
  clockRuns,
  nextStatus,
  open311Status,
} from './case.rules';

// action: [who takes it, { status it may be taken from: status it leads to }]
const EXPECTED: Record<CaseAction, [ActorKind, Partial<Record<CaseStatus, CaseStatus>>]> = {
  accept: ['office', { received: 'accepted', returned: 'accepted', reopened: 'accepted' }],
  request_info: [
    'office',
    {
      received: 'awaiting_citizen',
      accepted: 'awaiting_citizen',
      returned: 'awaiting_citizen',
      reopened: 'awaiting_citizen',
    },
  ],
  citizen_replies: ['citizen', { awaiting_citizen: 'received' }],
  mark_duplicate: [
    'office',
    { received: 'duplicate', accepted: 'duplicate', returned: 'duplicate', reopened: 'duplicate' },
  ],
  decline: [
    'office',
    { received: 'declined', accepted: 'declined', returned: 'declined', reopened: 'declined' },
  ],
  forward: [
    'office',
    { received: 'forwarded', accepted: 'forwarded', returned: 'forwarded', reopened: 'forwarded' },
  ],
  answer_directly: ['office', { accepted: 'answered', reopened: 'answered', returned: 'answered' }],
  acknowledge: ['commission', { forwarded: 'acknowledged' }],
  ask_office: ['commission', { forwarded: 'awaiting_office', acknowledged: 'awaiting_office' }],
  office_replies: ['office', { awaiting_office: 'acknowledged' }],
  answer: ['commission', { forwarded: 'answered', acknowledged: 'answered' }],
  return_to_office: ['commission', { forwarded: 'returned', acknowledged: 'returned' }],
  confirm_resolved: ['citizen', { answered: 'closed' }],
  report_unresolved: ['citizen', { answered: 'reopened' }],
  add_information: [
    'citizen',
    {
      received: 'received',
      awaiting_citizen: 'awaiting_citizen',
      accepted: 'accepted',
      forwarded: 'forwarded',
      acknowledged: 'acknowledged',
      awaiting_office: 'awaiting_office',
      answered: 'answered',
      returned: 'returned',
      reopened: 'reopened',
    },
  ],
  withdraw: [
    'citizen',
    {
      received: 'closed',
      awaiting_citizen: 'closed',
      accepted: 'closed',
      forwarded: 'closed',
      acknowledged: 'closed',
      awaiting_office: 'closed',
      answered: 'closed',
      returned: 'closed',
      reopened: 'closed',
    },
  ],
  close: ['office', { accepted: 'closed', answered: 'closed', returned: 'closed', reopened: 'closed' }],
};

const ACTORS: ActorKind[] = ['office', 'commission', 'citizen'];

describe('case transitions', () => {
  it('cover every action', () => {
    expect([...CASE_ACTION_NAMES].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const action of CASE_ACTION_NAMES) {
    const [owner, moves] = EXPECTED[action];
    for (const status of CASE_STATUSES) {
      const target = moves[status];
      if (target) {
        it(`${action} by the ${owner}: ${status} → ${target}`, () => {
          expect(nextStatus(status, action, owner)).toEqual({ ok: true, value: target });
        });
      } else {
        it(`${action} by the ${owner} is refused in ${status}`, () => {
          expect(nextStatus(status, action, owner)).toEqual({ ok: false, error: 'not-allowed-now' });
        });
      }
      for (const other of ACTORS.filter((a) => a !== owner)) {
        it(`${action} is never the ${other}'s, even in ${status}`, () => {
          expect(nextStatus(status, action, other)).toEqual({ ok: false, error: 'not-yours' });
        });
      }
    }
  }

  it('lists the actions an actor may take now', () => {
    expect(allowedActions('forwarded', 'commission')).toEqual([
      'acknowledge',
      'ask_office',
      'answer',
      'return_to_office',
    ]);
    expect(allowedActions('answered', 'citizen')).toEqual([
      'confirm_resolved',
      'report_unresolved',
      'add_information',
      'withdraw',
    ]);
    expect(allowedActions('closed', 'office')).toEqual([]);
  });

  it('stops the clock while waiting for the citizen and once the case is over', () => {
    expect(clockRuns('awaiting_citizen')).toBe(false);
    expect(clockRuns('closed')).toBe(false);
    expect(clockRuns('forwarded')).toBe(true);
  });

  it("maps to Open311's open and closed", () => {
    expect(CASE_STATUSES.filter((s) => open311Status(s) === 'closed')).toEqual([
      'closed',
      'declined',
      'duplicate',
    ]);
  });
});
