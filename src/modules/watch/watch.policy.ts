// Who may see or do what in watch: everyone reads promises, statements, scorecards and notes; watchdogs write
// them. Routes declare EDITORS (the guard checks it); handlers and views ask mayEdit.
import { type CurrentUser, hasAnyRole } from '../../platform/auth/roles';

/** The role that edits promises, statements and notes on members. */
export const EDITORS = ['watchdog'] as const;

/** Records promises, their measures and verdicts, statements, and notes on members. */
export const mayEdit = (user: CurrentUser | null): boolean => hasAnyRole(user, EDITORS);
