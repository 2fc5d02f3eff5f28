// Who may see and do what in casework: staff of the office that holds a case, the commission it was forwarded
// to, and — for a citizen's name and contacts — the narrower privacy rule; who reads the monthly reports and
// who sets the service standards. Routes declare the role lists (the guard checks them); handlers, commands
// and views ask the named predicates instead of checking roles inline.
import { type CurrentUser, hasAnyRole, type Role } from '../../platform/auth/roles';
import type { ActorKind } from './case.rules';
import type { DestinationKind } from './case.table';

/** The fields of a case that decide access. */
export interface CaseHolding {
  office_code: string;
  commission_code: string | null;
  destination_kind: DestinationKind | null;
  confidential: number;
  consent_to_share: number;
  /** The ministry's code, when forwarded to a ministry (migration 0035). */
  ministry_code?: string | null;
}

export const OFFICE_ROLES: readonly Role[] = ['co_director', 'co_staff'];
export const COMMISSION_ROLES: readonly Role[] = ['commission_staff'];
/** A ministry's office: the concerns forwarded to its ministry (their substance, never the citizen's contacts). */
export const MINISTRY_ROLES: readonly Role[] = ['minister_office'];
/** A district's Citizens' Office: complaints about district and commune administration, held as cases. */
export const OMBUDSMAN_ROLES: readonly Role[] = ['ombudsman'];
/**
 * Who handles the cases an office holds (queue, case page, citizen's key, undelivered messages): constituency
 * office staff and the ombudsman, each only for the cases of the offices they hold (officesOf).
 */
export const CASE_HANDLER_ROLES: readonly Role[] = [...OFFICE_ROLES, ...OMBUDSMAN_ROLES];
/** A Citizens' Office's code: `CTZ-` and the district's gazetteer code. */
export const isCitizensOfficeCode = (code: string): boolean => /^CTZ-\d{4}$/.test(code);
/** What a message to the citizen calls their case: a complaint when a Citizens' Office holds it. */
export const messageAbout = (officeCode: string | null | undefined): { about?: 'complaint' } =>
  officeCode && isCitizensOfficeCode(officeCode) ? { about: 'complaint' } : {};
/** Office staff report on their offices; auditors on the offices they audit. */
export const REPORT_READERS: readonly Role[] = [...OFFICE_ROLES, 'auditor'];
/** The national view of concerns: counts only, small counts protected; the General Secretariat's. */
export const NATIONAL_VIEW_READERS: readonly Role[] = ['secretariat'];
/** Service standards and public holidays. */
export const STANDARDS_EDITORS: readonly Role[] = ['admin'];

function scopesOf(user: CurrentUser | null, roles: readonly Role[]): string[] {
  return (user?.grants ?? []).filter((g) => roles.includes(g.role)).map((g) => g.scopeCode);
}

/**
 * The offices whose cases this user works: constituency office staff their offices; the ombudsman its
 * Citizens' Offices only (a grant on any other office gives the ombudsman nothing).
 */
export function officesOf(user: CurrentUser | null): string[] {
  const ombudsman = scopesOf(user, OMBUDSMAN_ROLES).filter(isCitizensOfficeCode);
  return [...new Set([...scopesOf(user, OFFICE_ROLES), ...ombudsman])];
}

/** The Citizens' Offices this user holds as ombudsman. */
export function ombudsmanOffices(user: CurrentUser | null): string[] {
  return scopesOf(user, OMBUDSMAN_ROLES).filter(isCitizensOfficeCode);
}

/** The commissions whose forwarded cases this user works. */
export function commissionsOf(user: CurrentUser | null): string[] {
  return scopesOf(user, COMMISSION_ROLES);
}

/** Works in some constituency office: may log a concern that came in person, by phone, letter or mission. */
export const isOfficeStaff = (user: CurrentUser | null): boolean => hasAnyRole(user, OFFICE_ROLES);

/** The offices this user may report on: 'all' for a national auditor, else their offices' codes. */
export function reportableOffices(user: CurrentUser | null): 'all' | string[] {
  const grants = user?.grants ?? [];
  if (grants.some((g) => g.role === 'auditor' && g.scopeType === 'national')) return 'all';
  const audited = grants
    .filter((g) => g.role === 'auditor' && g.scopeType === 'office')
    .map((g) => g.scopeCode);
  return [...new Set([...officesOf(user), ...audited])];
}

export function worksInOffice(user: CurrentUser | null, c: CaseHolding): boolean {
  return officesOf(user).includes(c.office_code);
}

export function worksInCommission(user: CurrentUser | null, c: CaseHolding): boolean {
  return (
    c.destination_kind === 'commission' &&
    !!c.commission_code &&
    commissionsOf(user).includes(c.commission_code)
  );
}

/** The ministries (by code) whose forwarded cases this user answers. */
export function ministriesOf(user: CurrentUser | null): string[] {
  return (user?.grants ?? [])
    .filter((g) => MINISTRY_ROLES.includes(g.role) && g.scopeType === 'ministry')
    .map((g) => g.scopeCode);
}

/** Works in the office of the ministry the case was forwarded to (never a reader of the citizen's contacts). */
export function worksInMinistry(user: CurrentUser | null, c: CaseHolding): boolean {
  return (
    c.destination_kind === 'ministry' && !!c.ministry_code && ministriesOf(user).includes(c.ministry_code)
  );
}

/** May this user open the case at all (its description, timeline and staff notes)? */
export function maySeeCase(user: CurrentUser | null, c: CaseHolding): boolean {
  return worksInOffice(user, c) || worksInCommission(user, c);
}

/**
 * Does the forwarding letter name the citizen? With their consent, unless they asked for confidentiality. A
 * complaint to a Citizens' Office is confidential towards everyone but its ombudsman, and the complainant's
 * consent there is exactly the permission to be named to the body the complaint is referred to.
 */
export function letterNamesCitizen(c: {
  consent_to_share: number;
  confidential: number;
  has_contact: number;
  office_code: string;
}): boolean {
  if (c.consent_to_share !== 1 || c.has_contact !== 1) return false;
  return c.confidential === 0 || isCitizensOfficeCode(c.office_code);
}

/** The citizen's name and contacts: the holding office; the commission only with consent and not confidential. */
export function mayReadContacts(user: CurrentUser | null, c: CaseHolding): boolean {
  if (worksInOffice(user, c)) return true;
  return worksInCommission(user, c) && c.consent_to_share === 1 && c.confidential === 0;
}

/**
 * As whom a staff member acts on a case, for an action the rules give to `wanted`. A local authority has
 * no Sala account, nor every ministry: the office records what it did (its acknowledgement, its answer)
 * on its behalf, so for those destinations the office plays the receiving side too; a ministry's own
 * office plays it for the cases forwarded to its ministry.
 */
export function mayActAs(user: CurrentUser | null, c: CaseHolding, wanted: ActorKind): boolean {
  if (wanted === 'office') return worksInOffice(user, c);
  if (wanted === 'commission') {
    if (c.destination_kind === 'commission') return worksInCommission(user, c);
    // A ministry with its own office in Sala answers itself; the office may still record it on its behalf.
    if (worksInMinistry(user, c)) return true;
    return c.destination_kind !== null && worksInOffice(user, c);
  }
  return false;
}
