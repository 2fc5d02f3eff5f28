// The order of a ministry's work list: overdue first, then what is still open by due date, answered last.

export interface WorkItem {
  /** YYYY-MM-DD, or null when no standard ran. */
  due: string | null;
  answered: boolean;
  overdue: boolean;
}

export function workOrder<T extends WorkItem>(items: readonly T[]): T[] {
  const rank = (i: WorkItem) => (i.overdue ? 0 : i.answered ? 2 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b) || (a.due ?? '9999').localeCompare(b.due ?? '9999'));
}
