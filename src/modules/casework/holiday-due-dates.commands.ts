// Part of every command that changes the holiday list: the running cases' working-day due dates are counted
// again on the new list in the same transaction, so nothing stays due on a holiday. Assembly questions count
// calendar days (Art. 96) and never read this list.
import type { Executor } from '../../db/database';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { holidayDates } from './handling.queries';
import { dueDateAfterHolidayChange } from './service-clock.rules';
import { dueDatesAfter, setDueDate } from './standards.queries';

export interface MovedDueDates {
  /** How many running cases got another due date. */
  count: number;
  /** Each moved case as `id: before → after`, for the audit row. */
  moves: string[];
}

/** Call after the list changed within `trx`; `before` is the list as it was when the transaction began. */
export async function moveRunningDueDates(
  trx: Executor,
  before: ReadonlySet<string>,
  now: Date,
): Promise<MovedDueDates> {
  const after = await holidayDates(trx);
  const today = phnomPenhDate(now);
  const moves: string[] = [];
  for (const row of await dueDatesAfter(trx, today)) {
    const due = dueDateAfterHolidayChange(row.due_date, today, before, after);
    if (due === row.due_date) continue;
    await setDueDate(trx, row.id, due);
    moves.push(`${row.id}: ${row.due_date} → ${due}`);
  }
  return { count: moves.length, moves };
}
