// The service-standard clock: stages, due dates in working days, the stop while waiting for the citizen.
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from './case.rules';
import type { ServiceStage } from './case.table';
import { type Clock, isOverdue, nextClock, stageOf } from './service-clock.rules';

const STANDARDS = new Map<ServiceStage, number>([
  ['triage', 3],
  ['office_answer', 30],
  ['commission_answer', 30],
]);
const NO_HOLIDAYS = new Set<string>();
const STOPPED: Clock = { due_stage: null, due_date: null, clock_days_left: null };
// Monday 2 November 2026.
const ctx = (today: string, holidays = NO_HOLIDAYS) => ({ today, standards: STANDARDS, holidays });

describe('stages', () => {
  it('gives every status a stage or none, and none to statuses that wait for the citizen or are finished', () => {
    const withoutClock = CASE_STATUSES.filter((s) => stageOf(s) === null);
    expect(withoutClock.sort()).toEqual(['answered', 'awaiting_citizen', 'closed', 'declined', 'duplicate']);
    expect(stageOf('received')).toBe('triage');
    expect(stageOf('accepted')).toBe('office_answer');
    expect(stageOf('acknowledged')).toBe('commission_answer');
  });
});

describe('due dates', () => {
  it('counts working days from today, skipping the weekend', () => {
    // Triage of 3 working days from Thursday 5 November: Fri 6, Mon 9, Tue 10.
    expect(nextClock(STOPPED, 'received', ctx('2026-11-05')).due_date).toBe('2026-11-10');
  });

  it('skips public holidays in the table', () => {
    const holidays = new Set(['2026-11-09']);
    expect(nextClock(STOPPED, 'received', ctx('2026-11-05', holidays)).due_date).toBe('2026-11-11');
  });

  it('keeps the due date while the case stays in the same stage', () => {
    const forwarded = nextClock(STOPPED, 'forwarded', ctx('2026-11-02'));
    expect(nextClock(forwarded, 'acknowledged', ctx('2026-11-20')).due_date).toBe(forwarded.due_date);
  });

  it('starts a new stage afresh', () => {
    const received = nextClock(STOPPED, 'received', ctx('2026-11-02'));
    expect(nextClock(received, 'forwarded', ctx('2026-11-03'))).toEqual({
      due_stage: 'commission_answer',
      due_date: '2026-12-15',
      clock_days_left: null,
    });
  });

  it('has no due date for a stage without a standard', () => {
    const noTriage = { ...ctx('2026-11-02'), standards: new Map<ServiceStage, number>() };
    expect(nextClock(STOPPED, 'received', noTriage)).toEqual({
      due_stage: 'triage',
      due_date: null,
      clock_days_left: null,
    });
  });

  it('stops no clock once answered or finished', () => {
    const running = nextClock(STOPPED, 'forwarded', ctx('2026-11-02'));
    for (const to of ['answered', 'closed', 'declined', 'duplicate'] as const)
      expect(nextClock(running, to, ctx('2026-11-03'))).toEqual(STOPPED);
  });
});

describe('the stop while waiting for the citizen', () => {
  it('keeps the working days left and resumes the same stage with them', () => {
    const received = nextClock(STOPPED, 'received', ctx('2026-11-02')); // due Thu 5 Nov
    const waiting = nextClock(received, 'awaiting_citizen', ctx('2026-11-03'));
    expect(waiting).toEqual({ due_stage: 'triage', due_date: null, clock_days_left: 2 });
    // The reply comes on Friday 13 November: two working days later is Tuesday 17.
    expect(nextClock(waiting, 'received', ctx('2026-11-13'))).toEqual({
      due_stage: 'triage',
      due_date: '2026-11-17',
      clock_days_left: null,
    });
  });

  it('resumes an overdue stage as due on the day of the reply', () => {
    const received = nextClock(STOPPED, 'received', ctx('2026-11-02'));
    const waiting = nextClock(received, 'awaiting_citizen', ctx('2026-11-20'));
    expect(waiting.clock_days_left).toBe(0);
    expect(nextClock(waiting, 'received', ctx('2026-11-23')).due_date).toBe('2026-11-23');
  });
});

describe('overdue', () => {
  it('is overdue only after the due day', () => {
    expect(isOverdue({ due_date: '2026-11-05' }, '2026-11-05')).toBe(false);
    expect(isOverdue({ due_date: '2026-11-05' }, '2026-11-06')).toBe(true);
    expect(isOverdue({ due_date: null }, '2030-01-01')).toBe(false);
  });
});
