// Table types of constituency office operations (migration 0009).
import type { Generated } from 'kysely';

/** The lines an office's annual allowance is split into. */
export const BUDGET_LINES = [
  'staff_salaries',
  'constituency_assistants',
  'rent',
  'travel_missions',
  'events',
  'supplies',
] as const;
export type BudgetLine = (typeof BUDGET_LINES)[number];

export const EXPENSE_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ExpenseStatus = (typeof EXPENSE_STATUSES)[number];

export interface CoOfficeDetailsTable {
  office_code: string;
  address_km: string;
  address_en: string;
  hours_km: string;
  hours_en: string;
  phone: string | null;
  email: string | null;
  updated_at: string;
}

export interface CoMissionsTable {
  id: Generated<number>;
  office_code: string;
  purpose: string;
  starts_on: string;
  ends_on: string;
  published: Generated<number>;
  reported_at: string | null;
  meetings_held: number | null;
  authorities_met: string | null;
  citizens_met: number | null;
  follow_ups: string | null;
  is_demo: Generated<number>;
  created_by: number | null;
  created_at: string;
}

export interface CoMissionMembersTable {
  mission_id: number;
  membership_id: number;
}

export interface CoMissionCommunesTable {
  mission_id: number;
  commune_code: string;
}

export interface CoMissionCasesTable {
  case_id: number;
  mission_id: number;
}

export interface CoBudgetLinesTable {
  id: Generated<number>;
  office_code: string;
  year: number;
  line: BudgetLine;
  amount_riel: number;
  updated_at: string;
}

export interface CoExpensesTable {
  id: Generated<number>;
  office_code: string;
  year: number;
  line: BudgetLine;
  spent_on: string;
  payee: string;
  amount_riel: number;
  amount_usd_cents: number | null;
  usd_rate: number | null;
  purpose: string;
  status: ExpenseStatus;
  overspend_justification: string | null;
  reverses_id: number | null;
  receipt_file: string | null;
  receipt_type: string | null;
  receipt_bytes: number | null;
  recorded_by: number | null;
  recorded_at: string;
  decided_by: number | null;
  decided_at: string | null;
  is_demo: Generated<number>;
}

/** An expense as recorded: never changes (a correction is a reversing entry). Sealed by its audit row. */
export const EXPENSE_ENTRY_SEALED_FIELDS = [
  'office_code',
  'year',
  'line',
  'spent_on',
  'payee',
  'amount_riel',
  'amount_usd_cents',
  'usd_rate',
  'purpose',
  'reverses_id',
  'recorded_by',
  'recorded_at',
  'is_demo',
] as const;

/** The director's decision on an expense: sealed by the decision's audit row. */
export const EXPENSE_DECISION_SEALED_FIELDS = [
  'status',
  'overspend_justification',
  'decided_by',
  'decided_at',
] as const;

export const PLAN_STATUSES = ['proposed', 'in_plan', 'funded', 'under_way', 'done', 'dropped'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_SECTORS = [
  'roads',
  'water_sanitation',
  'irrigation',
  'electricity',
  'education',
  'health',
  'agriculture',
  'markets',
  'other',
] as const;
export type PlanSector = (typeof PLAN_SECTORS)[number];
export const RAISED_BY = ['commune_council', 'citizens'] as const;
export type RaisedBy = (typeof RAISED_BY)[number];

export interface CoPlanProjectsTable {
  id: Generated<number>;
  office_code: string;
  year: number;
  place_code: string;
  sector: PlanSector;
  description: string;
  estimated_cost_riel: number | null;
  funding_source: string;
  raised_by: RaisedBy;
  status: PlanStatus;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface CoPlanStatusHistoryTable {
  id: Generated<number>;
  project_id: number;
  from_status: PlanStatus | null;
  to_status: PlanStatus;
  note: string;
  changed_by: number | null;
  changed_at: string;
}

export interface CoPlanProjectCasesTable {
  project_id: number;
  case_id: number;
}

export const COORDINATION_KINDS = ['meeting', 'letter_sent', 'letter_received'] as const;
export type CoordinationKind = (typeof COORDINATION_KINDS)[number];
export const AUTHORITY_LEVELS = ['province', 'district', 'commune'] as const;
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number];

export interface CoCoordinationEntriesTable {
  id: Generated<number>;
  office_code: string;
  kind: CoordinationKind;
  held_on: string;
  authority_level: AuthorityLevel;
  authority: string;
  subject: string;
  decisions: string;
  is_demo: Generated<number>;
  created_by: number | null;
  created_at: string;
}

export interface CoCoordinationFollowupsTable {
  id: Generated<number>;
  entry_id: number;
  action: string;
  due_on: string;
  done_on: string | null;
  done_by: number | null;
}

export interface ConstituencyTables {
  co_plan_projects: CoPlanProjectsTable;
  co_plan_status_history: CoPlanStatusHistoryTable;
  co_plan_project_cases: CoPlanProjectCasesTable;
  co_coordination_entries: CoCoordinationEntriesTable;
  co_coordination_followups: CoCoordinationFollowupsTable;
  co_office_details: CoOfficeDetailsTable;
  co_missions: CoMissionsTable;
  co_mission_members: CoMissionMembersTable;
  co_mission_communes: CoMissionCommunesTable;
  co_mission_cases: CoMissionCasesTable;
  co_budget_lines: CoBudgetLinesTable;
  co_expenses: CoExpensesTable;
}
