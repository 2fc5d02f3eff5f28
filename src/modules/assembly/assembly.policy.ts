// Who may see or do what in the Assembly module: named predicates that routes and views ask, and the
// role lists the route table's access rules are built from.
import { type CurrentUser, hasAnyRole, type Role } from '../../platform/auth/roles';

/** The Assembly's secretariat keeps its records: members, sittings, votes, questions and bills. */
export const RECORD_KEEPERS = ['secretariat'] as const satisfies readonly Role[];
/** The commissions' names and state are kept by the secretariat, and by an administrator. */
export const COMMISSION_EDITORS = ['secretariat', 'admin'] as const satisfies readonly Role[];

/** May record the Assembly's business (and so sees the secretariat's forms on the public pages). */
export const mayKeepRecords = (user: CurrentUser | null) => hasAnyRole(user, RECORD_KEEPERS);

/** May change a commission's name or state. */
export const mayEditCommissions = (user: CurrentUser | null) => hasAnyRole(user, COMMISSION_EDITORS);
