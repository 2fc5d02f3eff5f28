// Pure rule of the coordination log: a follow-up is overdue once its due day has passed undone.

/** `today` is the Phnom Penh date ('YYYY-MM-DD'). */
export function isOverdue(f: { due_on: string; done_on: string | null }, today: string): boolean {
  return f.done_on === null && f.due_on < today;
}
