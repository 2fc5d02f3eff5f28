// The monthly office report: which month (in Phnom Penh time) and the SQL of its figures. Counts only —
// nothing here reads case_contacts, a description or an answer.

import type { Executor } from '../../db/database';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { commissionName } from '../../platform/i18n/commission-name';
import { parseTypedMonth } from '../../platform/i18n/date-input';
import { FINAL_STATUSES } from './case.rules';
import { reportMessages } from './report.messages';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Cambodia keeps UTC+7 all year (no daylight saving). */
const PHNOM_PENH_OFFSET_MS = 7 * 60 * 60 * 1000;

/** A month as YYYY-MM and the UTC instants (ISO text, as the tables store them) where it begins and ends. */
export interface ReportMonth {
  month: string;
  from: string;
  to: string;
}

/** The month from `YYYY-MM` or `MM/YYYY` (Khmer numerals too), or null when it is no month. */
export function parseReportMonth(typed: string): ReportMonth | null {
  const chosen = parseTypedMonth(typed);
  if (!chosen) return null;
  const [year, month] = chosen.split('-').map(Number) as [number, number];
  if (year < 2000) return null;
  // Midnight in Phnom Penh on the first day is 17:00 UTC the day before.
  const start = (y: number, m: number) =>
    new Date(Date.UTC(y, m - 1, 1) - PHNOM_PENH_OFFSET_MS).toISOString();
  return {
    month: chosen,
    from: start(year, month),
    to: month === 12 ? start(year + 1, 1) : start(year, month + 1),
  };
}

/** The month it is now in Phnom Penh. */
export function currentMonth(now: Date): string {
  return phnomPenhDate(now).slice(0, 7);
}

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One line of a breakdown: a stable key, its labels in both languages, and how many. */
export interface ReportCount {
  key: string;
  labelEn: string;
  labelKm: string;
  count: number;
}

export interface ReportOffice {
  code: string;
  name_km: string;
  name_en: string;
}

export interface MonthlyReport {
  office: ReportOffice;
  month: string;
  /** The Phnom Penh date "overdue now" was counted on. */
  today: string;
  received: number;
  byCategory: ReportCount[];
  byChannel: ReportCount[];
  byCommune: ReportCount[];
  forwarded: number;
  byDestination: ReportCount[];
  answered: number;
  /** Calendar days from receipt to the first answer, one decimal; null when none was answered in the month. */
  medianDaysToAnswer: number | null;
  overdueNow: number;
}

export function listOffices(db: Executor): Promise<ReportOffice[]> {
  return db.selectFrom('offices').select(['code', 'name_km', 'name_en']).orderBy('code').execute();
}

export function findOffice(db: Executor, code: string): Promise<ReportOffice | undefined> {
  return db
    .selectFrom('offices')
    .select(['code', 'name_km', 'name_en'])
    .where('code', '=', code)
    .executeTakeFirst();
}

const byCountThenKey = (a: ReportCount, b: ReportCount) => b.count - a.count || a.key.localeCompare(b.key);
const total = (rows: ReportCount[]) => rows.reduce((sum, r) => sum + r.count, 0);

/** Cases of the office received in the month (the base of the three "received" breakdowns). */
function receivedIn(db: Executor, office: string, month: ReportMonth) {
  return db
    .selectFrom('cases')
    .where('cases.office_code', '=', office)
    .where('cases.submitted_at', '>=', month.from)
    .where('cases.submitted_at', '<', month.to);
}

async function receivedByCategory(db: Executor, office: string, month: ReportMonth): Promise<ReportCount[]> {
  const rows = await receivedIn(db, office, month)
    .innerJoin('concern_categories as cat', 'cat.code', 'cases.category_code')
    .select((eb) => ['cat.code', 'cat.name_km', 'cat.name_en', eb.fn.countAll<number>().as('n')])
    .groupBy(['cat.code', 'cat.name_km', 'cat.name_en'])
    .execute();
  return rows
    .map((r) => ({ key: r.code, labelEn: r.name_en, labelKm: r.name_km, count: Number(r.n) }))
    .sort(byCountThenKey);
}

async function receivedByChannel(db: Executor, office: string, month: ReportMonth): Promise<ReportCount[]> {
  const rows = await receivedIn(db, office, month)
    .select((eb) => ['cases.channel', eb.fn.countAll<number>().as('n')])
    .groupBy('cases.channel')
    .execute();
  return rows
    .map((r) => ({
      key: r.channel,
      labelEn: reportMessages.en.channels[r.channel] ?? r.channel,
      labelKm: reportMessages.km.channels[r.channel] ?? r.channel,
      count: Number(r.n),
    }))
    .sort(byCountThenKey);
}

/** By commune, named with its district (names repeat across districts). */
async function receivedByCommune(db: Executor, office: string, month: ReportMonth): Promise<ReportCount[]> {
  const rows = await receivedIn(db, office, month)
    .leftJoin('places as commune', 'commune.code', 'cases.commune_code')
    .leftJoin('places as district', 'district.code', 'commune.parent_code')
    .select((eb) => [
      'cases.commune_code',
      'commune.name_km as commune_km',
      'commune.name_latin as commune_latin',
      'district.name_km as district_km',
      'district.name_latin as district_latin',
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy([
      'cases.commune_code',
      'commune.name_km',
      'commune.name_latin',
      'district.name_km',
      'district.name_latin',
    ])
    .execute();
  const m = reportMessages;
  return rows
    .map((r) =>
      r.commune_code && r.commune_km && r.commune_latin
        ? {
            key: r.commune_code,
            labelEn: `${r.commune_latin} (${r.district_latin ?? ''})`,
            labelKm: `${r.commune_km} (${r.district_km ?? ''})`,
            count: Number(r.n),
          }
        : { key: 'none', labelEn: m.en.noCommune, labelKm: m.km.noCommune, count: Number(r.n) },
    )
    .sort(byCountThenKey);
}

/** Forwarded in the month: each commission on its own line, ministries and local authorities grouped by kind. */
async function forwardedByDestination(
  db: Executor,
  office: string,
  month: ReportMonth,
): Promise<ReportCount[]> {
  const rows = await db
    .selectFrom('cases')
    .leftJoin('commissions', 'commissions.code', 'cases.commission_code')
    .where('cases.office_code', '=', office)
    .where('cases.forwarded_at', '>=', month.from)
    .where('cases.forwarded_at', '<', month.to)
    .select((eb) => [
      'cases.destination_kind',
      'cases.commission_code',
      'commissions.name_en',
      'commissions.name_km',
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy([
      'cases.destination_kind',
      'cases.commission_code',
      'commissions.name_en',
      'commissions.name_km',
    ])
    .execute();
  const m = reportMessages;
  return rows
    .map((r): ReportCount => {
      const count = Number(r.n);
      if (r.destination_kind === 'commission' && r.commission_code) {
        const nameEn = r.name_en ?? r.commission_code;
        return {
          key: `commission:${r.commission_code}`,
          labelEn: nameEn,
          labelKm: commissionName('km', { code: r.commission_code, name_km: r.name_km, name_en: nameEn }),
          count,
        };
      }
      if (r.destination_kind === 'local_authority')
        return {
          key: 'local_authority',
          labelEn: m.en.localAuthorities,
          labelKm: m.km.localAuthorities,
          count,
        };
      return { key: 'ministry', labelEn: m.en.ministries, labelKm: m.km.ministries, count };
    })
    .sort(byCountThenKey);
}

/** Receipt and first answer of the cases first answered in the month. */
function answeredIn(db: Executor, office: string, month: ReportMonth) {
  return db
    .selectFrom('cases')
    .select(['submitted_at', 'first_answered_at'])
    .where('office_code', '=', office)
    .where('first_answered_at', '>=', month.from)
    .where('first_answered_at', '<', month.to)
    .execute();
}

/** Open cases whose running stage was due before today (the due day itself is still on time). */
async function overdueNow(db: Executor, office: string, today: string): Promise<number> {
  const row = await db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('office_code', '=', office)
    .where('status', 'not in', FINAL_STATUSES)
    .where('due_date', 'is not', null)
    .where('due_date', '<', today)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function monthlyReport(
  db: Executor,
  office: ReportOffice,
  month: ReportMonth,
  now: Date,
): Promise<MonthlyReport> {
  const today = phnomPenhDate(now);
  const byCategory = await receivedByCategory(db, office.code, month);
  const byDestination = await forwardedByDestination(db, office.code, month);
  const answered = await answeredIn(db, office.code, month);
  const days = answered.map(
    (r) => (Date.parse(r.first_answered_at ?? r.submitted_at) - Date.parse(r.submitted_at)) / DAY_MS,
  );
  const mid = median(days);
  return {
    office,
    month: month.month,
    today,
    received: total(byCategory),
    byCategory,
    byChannel: await receivedByChannel(db, office.code, month),
    byCommune: await receivedByCommune(db, office.code, month),
    forwarded: total(byDestination),
    byDestination,
    answered: answered.length,
    medianDaysToAnswer: mid === null ? null : Math.round(mid * 10) / 10,
    overdueNow: await overdueNow(db, office.code, today),
  };
}
