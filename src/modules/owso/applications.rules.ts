// Pure rules of an application at the counter: which status may follow which, and its processing time.
import { addWorkingDays, workingDaysBetween } from '../../platform/calendar/working-days.rules';
import type { ApplicationStatus } from './counter.table';

/** The order an application moves in; a clerk may move it forward, never back. */
const FORWARD: readonly ApplicationStatus[] = ['received', 'in_progress', 'ready', 'done'];

/** The statuses a clerk may move an application to from `from`. */
export function nextStatuses(from: ApplicationStatus): ApplicationStatus[] {
  const at = FORWARD.indexOf(from);
  return at < 0 ? [] : FORWARD.slice(at + 1);
}

/** The last day (Phnom Penh) the service's maximum allows: `maxDays` working days after the day received. */
export function dueOn(receivedOn: string, maxDays: number, holidays: ReadonlySet<string>): string {
  return addWorkingDays(receivedOn, maxDays, holidays);
}

/** Working days from the day received to the day done (the day received does not count), and whether within the maximum. */
export function processingOutcome(
  receivedOn: string,
  doneOn: string,
  maxDays: number,
  holidays: ReadonlySet<string>,
): { processingDays: number; onTime: boolean } {
  const processingDays = workingDaysBetween(receivedOn, doneOn, holidays);
  return { processingDays, onTime: processingDays <= maxDays };
}
