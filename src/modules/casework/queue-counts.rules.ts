// What the counts at the top of a queue count: the statuses that are new and waiting on each desk.
import type { CaseStatus } from './case.rules';

export interface QueueCounts {
  /** New to this desk: received by the office, or forwarded to the commission and not yet taken up. */
  fresh: number;
  overdue: number;
  /** Waiting on someone else: the citizen (office), or the office (commission). */
  waiting: number;
}

/** The statuses counted as new and as waiting on each desk: the queue's status filter takes the same. */
export const COUNTED_STATUSES = {
  office: { fresh: 'received', waiting: 'awaiting_citizen' },
  commission: { fresh: 'forwarded', waiting: 'awaiting_office' },
} as const satisfies Record<string, { fresh: CaseStatus; waiting: CaseStatus }>;
