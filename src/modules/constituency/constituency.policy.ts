// Who may see or do what in a constituency office's operations: its director and staff, auditors (read-only),
// and the secretariat's national view. Routes declare the role lists (the guard checks them); handlers and views
// ask the named predicates instead of checking roles inline.
import type { CurrentUser, Role } from '../../platform/auth/roles';

export const OFFICE_STAFF: readonly Role[] = ['co_director', 'co_staff'];
export const DIRECTOR: readonly Role[] = ['co_director'];
export const BOOK_READERS: readonly Role[] = ['co_director', 'co_staff', 'auditor'];

/** The office codes where this user holds one of `roles`. */
export function officesWhere(user: CurrentUser | null, roles: readonly Role[]): string[] {
  return (user?.grants ?? []).filter((g) => roles.includes(g.role)).map((g) => g.scopeCode);
}

/** Works in this office as director or staff. */
export function worksIn(user: CurrentUser | null, office: string): boolean {
  return officesWhere(user, OFFICE_STAFF).includes(office);
}

/** Directs this office: approves expenses, sets the budget, reverses entries. */
export function directs(user: CurrentUser | null, office: string): boolean {
  return officesWhere(user, DIRECTOR).includes(office);
}

/**
 * Approves or rejects this expense: a director of its office who did not record it. Four eyes on every
 * entry: staff record and the director decides; what the director records waits for another director of
 * the office. Auditors stay read-only: they check decisions and so may not take them.
 */
export function mayDecideExpense(
  user: CurrentUser | null,
  expense: { office_code: string; recorded_by: number | null },
): boolean {
  return !!user && directs(user, expense.office_code) && user.id !== expense.recorded_by;
}

/** An auditor of this office: national scope, or this office's scope. */
export function audits(user: CurrentUser | null, office: string): boolean {
  return (user?.grants ?? []).some(
    (g) => g.role === 'auditor' && (g.scopeType === 'national' || g.scopeCode === office),
  );
}

/** The offices whose books this user may read: 'all' for a national auditor. */
export function readableBooks(user: CurrentUser | null): 'all' | string[] {
  const grants = user?.grants ?? [];
  if (grants.some((g) => g.role === 'auditor' && g.scopeType === 'national')) return 'all';
  const audited = grants.filter((g) => g.role === 'auditor').map((g) => g.scopeCode);
  return [...new Set([...officesWhere(user, OFFICE_STAFF), ...audited])];
}

export function mayReadBooks(user: CurrentUser | null, office: string): boolean {
  return worksIn(user, office) || audits(user, office);
}

export const REPORT_READERS: readonly Role[] = ['co_director', 'co_staff', 'auditor', 'secretariat'];
/** The national overview of every office's plans: the secretariat (Constituency Department) and auditors. */
export const NATIONAL_READERS: readonly Role[] = ['secretariat', 'auditor'];

/** Offices whose activity reports and plans this user may read: the secretariat (Constituency Department) all. */
export function readableReports(user: CurrentUser | null): 'all' | string[] {
  if ((user?.grants ?? []).some((g) => g.role === 'secretariat')) return 'all';
  return readableBooks(user);
}
