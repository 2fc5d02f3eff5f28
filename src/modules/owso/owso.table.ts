// Table types of the One Window Service Offices: catalogue and offices (migration 0008); applications
// and receipts (migration 0010) are added to OwsoTables by the counter's table file.
import type { Generated, Selectable } from 'kysely';
import type { OwsoCounterTables } from './counter.table';

export type ServiceLevel = 'commune' | 'district' | 'province';
export type RolloutStatus = 'planned' | 'working_group' | 'outreach_done' | 'operating';

export interface OwsoCategoriesTable {
  code: string;
  name_en: string;
  name_km: string;
  sort_order: number;
}

export interface OwsoServicesTable {
  code: string;
  category_code: string;
  level: ServiceLevel;
  name_en: string;
  name_km: string;
  max_days: number;
  documents_en: string;
  documents_km: string;
  who_may_apply_en: string;
  who_may_apply_km: string;
  legal_basis: string;
  pay_at_counter: Generated<number>;
  pay_at_agency: Generated<number>;
  is_sample: Generated<number>;
  is_active: Generated<number>;
  search_text: string;
  updated_at: string;
}

export interface OwsoFeesTable {
  id: Generated<number>;
  service_code: string;
  fee_riel: number;
  effective_from: string;
  recorded_at: string;
  recorded_by: number | null;
  note: string | null;
}

export interface OwsoAgenciesTable {
  code: string;
  name_en: string;
  name_km: string;
  is_active: Generated<number>;
}

export interface OwsoOfficesTable {
  code: string;
  level: ServiceLevel;
  place_code: string;
  name_en: string;
  name_km: string;
  rollout_status: RolloutStatus;
  working_group_on: string | null;
  outreach_on: string | null;
  operating_since: string | null;
  opening_hours_en: string | null;
  opening_hours_km: string | null;
  counters: Generated<number>;
  is_demo: Generated<number>;
  updated_at: string;
}

export interface OwsoOfficeServicesTable {
  office_code: string;
  service_code: string;
}

/** A province's own league of its commune OWSOs over a period it sets (migration 0034). */
export interface OwsoProvinceLeaguesTable {
  id: Generated<number>;
  province_code: string;
  /** First Phnom Penh day of the period, and the last (both counted). */
  period_from: string;
  period_to: string;
  /** The measures chosen, in the order they rank: comma-separated `ProvinceMeasure`s. */
  measures: string;
  /** The ranked table, fixed as JSON when published; null while a draft. */
  results: string | null;
  published_at: string | null;
  created_by: number | null;
  created_at: string;
  is_demo: Generated<number>;
}

export interface OwsoTables extends OwsoCounterTables {
  owso_province_leagues: OwsoProvinceLeaguesTable;
  owso_categories: OwsoCategoriesTable;
  owso_services: OwsoServicesTable;
  owso_fees: OwsoFeesTable;
  owso_agencies: OwsoAgenciesTable;
  owso_offices: OwsoOfficesTable;
  owso_office_services: OwsoOfficeServicesTable;
}

export type OwsoService = Selectable<OwsoServicesTable>;
export type OwsoOffice = Selectable<OwsoOfficesTable>;
