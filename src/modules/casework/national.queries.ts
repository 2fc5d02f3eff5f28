// The national view of concerns: counts only, grouped by province, topic, commission, status and whether the
// first answer came on time. Nothing here reads case_contacts, a description or an answer.

import type { Executor } from '../../db/database';
import { commissionName } from '../../platform/i18n/commission-name';
import { CASE_STATUSES, type CaseStatus } from './case.rules';

/** Cambodia keeps UTC+7 all year. */
const PHNOM_PENH_OFFSET_MS = 7 * 60 * 60 * 1000;

/** One group of cases received in the year, as stored. */
export interface NationalGroup {
  province: string;
  category: string;
  commission: string | null;
  status: CaseStatus;
  onTime: number | null;
  count: number;
}

export interface NamedKey {
  key: string;
  labelEn: string;
  labelKm: string;
}

/** The UTC instants (ISO text) where a Phnom Penh calendar year begins and ends. */
export function yearBounds(year: number): { from: string; to: string } {
  const start = (y: number) => new Date(Date.UTC(y, 0, 1) - PHNOM_PENH_OFFSET_MS).toISOString();
  return { from: start(year), to: start(year + 1) };
}

export async function nationalGroups(db: Executor, year: number): Promise<NationalGroup[]> {
  const { from, to } = yearBounds(year);
  const rows = await db
    .selectFrom('cases')
    .where('submitted_at', '>=', from)
    .where('submitted_at', '<', to)
    .select((eb) => [
      'province_code',
      'category_code',
      'commission_code',
      'status',
      'first_answer_on_time',
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['province_code', 'category_code', 'commission_code', 'status', 'first_answer_on_time'])
    .execute();
  return rows.map((r) => ({
    province: r.province_code,
    category: r.category_code,
    commission: r.commission_code,
    status: r.status,
    onTime: r.first_answer_on_time === null ? null : Number(r.first_answer_on_time),
    count: Number(r.n),
  }));
}

/** Every province, so that a province with no concern is listed like one with a few. */
export async function provinceKeys(db: Executor): Promise<NamedKey[]> {
  const rows = await db
    .selectFrom('places')
    .select(['code', 'name_km', 'name_latin'])
    .where('level', '=', 'province')
    .orderBy('code')
    .execute();
  return rows.map((r) => ({ key: r.code, labelEn: r.name_latin, labelKm: r.name_km }));
}

export async function categoryKeys(db: Executor): Promise<NamedKey[]> {
  const rows = await db
    .selectFrom('concern_categories')
    .select(['code', 'name_km', 'name_en'])
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
  return rows.map((r) => ({ key: r.code, labelEn: r.name_en, labelKm: r.name_km }));
}

export async function commissionKeys(db: Executor): Promise<NamedKey[]> {
  const rows = await db
    .selectFrom('commissions')
    .select(['code', 'name_km', 'name_en'])
    .orderBy('code')
    .execute();
  return rows.map((r) => ({ key: r.code, labelEn: r.name_en, labelKm: commissionName('km', r) }));
}

export const STATUS_KEYS: readonly CaseStatus[] = CASE_STATUSES;
