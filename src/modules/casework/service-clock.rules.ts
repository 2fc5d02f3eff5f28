// The service-standard clock of a case: which stage its status is in, when that stage is due, and
// how the clock stops while the office waits for the citizen. Pure: dates are Phnom Penh calendar dates.
import { addWorkingDays, workingDaysBetween } from '../../platform/calendar/working-days.rules';
import type { CaseStatus } from './case.rules';
import type { ServiceStage } from './case.table';

/** The stage a status is measured against; null when no standard runs (stopped, answered or finished). */
export function stageOf(status: CaseStatus): ServiceStage | null {
  switch (status) {
    case 'received':
    case 'returned':
    case 'reopened':
      return 'triage';
    case 'accepted':
      return 'office_answer';
    case 'forwarded':
    case 'acknowledged':
    case 'awaiting_office':
      return 'commission_answer';
    case 'awaiting_citizen':
    case 'answered':
    case 'closed':
    case 'declined':
    case 'duplicate':
      return null;
  }
}

export interface Clock {
  due_stage: ServiceStage | null;
  due_date: string | null;
  clock_days_left: number | null;
}

export interface ClockContext {
  /** Today in Phnom Penh (YYYY-MM-DD). */
  today: string;
  /** Working days each stage may take; a stage without a standard has no due date. */
  standards: ReadonlyMap<ServiceStage, number>;
  holidays: ReadonlySet<string>;
}

/**
 * The clock after a case moves from one status to another. Staying in the same stage keeps the due
 * date; waiting for the citizen keeps the working days that were left, and the citizen's reply
 * starts the stopped stage again with those days (whatever status the reply leads to).
 */
export function nextClock(current: Clock, to: CaseStatus, ctx: ClockContext): Clock {
  if (to === 'awaiting_citizen') {
    const left = current.due_date ? workingDaysBetween(ctx.today, current.due_date, ctx.holidays) : null;
    return { due_stage: current.due_stage, due_date: null, clock_days_left: left };
  }
  const stage = stageOf(to);
  if (!stage) return { due_stage: null, due_date: null, clock_days_left: null };
  if (current.clock_days_left !== null) {
    // The citizen answered: the stage that stopped goes on with the days it had left.
    return {
      due_stage: current.due_stage,
      due_date: addWorkingDays(ctx.today, current.clock_days_left, ctx.holidays),
      clock_days_left: null,
    };
  }
  if (stage === current.due_stage && current.due_date) return { ...current, clock_days_left: null };
  const days = ctx.standards.get(stage);
  return {
    due_stage: stage,
    due_date: days === undefined ? null : addWorkingDays(ctx.today, days, ctx.holidays),
    clock_days_left: null,
  };
}

/** Overdue: a running stage whose due date has passed (the due day itself is still on time). */
export function isOverdue(clock: Pick<Clock, 'due_date'>, today: string): boolean {
  return clock.due_date !== null && clock.due_date < today;
}

/**
 * A running stage's due date after the holiday list changed. Every stage began on or before today, so the
 * working days it has used are lived and are not recounted: the working days still left after today stay
 * the same, counted again on the new list. A holiday added or removed on or before today moves nothing.
 */
export function dueDateAfterHolidayChange(
  due: string,
  today: string,
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
): string {
  if (due <= today) return due;
  return addWorkingDays(today, workingDaysBetween(today, due, before), after);
}
