// Where a question to the government stands on a given day (Art. 96: the answer is due within 7 days).
import { answerOverdue } from './procedure/dates.rules';

export type QuestionStatus = 'answered_on_time' | 'answered_late' | 'overdue' | 'awaiting';

/** `today` is the calendar date in Phnom Penh; the due day itself still counts as on time. */
export function questionStatus(
  q: { due_on: string; answered_on: string | null },
  today: string,
): QuestionStatus {
  if (q.answered_on) return q.answered_on <= q.due_on ? 'answered_on_time' : 'answered_late';
  return answerOverdue(q.due_on, today) ? 'overdue' : 'awaiting';
}
