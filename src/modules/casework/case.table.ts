// Table types of casework: categories, cases, contacts (personal data), the timeline and intake records.
import type { Generated, Selectable } from 'kysely';
import type { CaseStatus } from './case.rules';

export const CHANNELS = ['web', 'open311', 'api', 'in_person', 'phone', 'letter', 'field_mission'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CONTACT_PREFERENCES = ['none', 'phone', 'sms', 'email'] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];

export interface ConcernCategoriesTable {
  code: string;
  name_km: string;
  name_en: string;
  sort_order: number;
  is_active: Generated<number>;
}

export interface CasesTable {
  id: Generated<number>;
  tracking_code: string;
  office_code: string;
  category_code: string;
  description: string;
  province_code: string;
  district_code: string | null;
  commune_code: string | null;
  channel: Channel;
  status: CaseStatus;
  /** 1: the citizen's identity is withheld from everyone outside the office. */
  confidential: number;
  /** 1: the citizen agreed that the commission or ministry that must act may see their details. */
  consent_to_share: number;
  has_contact: number;
  submitted_at: string;
  updated_at: string;
  /** The description, normalised and split into words; never any personal data. */
  search_text: string;
  is_demo: Generated<number>;
}

/** A citizen's name and contacts: read only through the casework policy, every read audited. */
export interface CaseContactsTable {
  case_id: number;
  name: string | null;
  phone: string | null;
  email: string | null;
  preferred_contact: ContactPreference;
}

export interface CaseEventsTable {
  id: Generated<number>;
  case_id: number;
  at: string;
  action: string;
  actor_kind: 'citizen' | 'office' | 'commission' | 'system';
  actor_user_id: number | null;
  from_status: CaseStatus | null;
  to_status: CaseStatus;
  /** What the public timeline shows of this step; never personal data. */
  public_note: string | null;
}

export interface OutboxTable {
  id: Generated<number>;
  created_at: string;
  channel: string;
  recipient: string;
  template: string;
  lang: string;
  payload: string;
  case_id: number | null;
  status: 'pending' | 'sent' | 'failed';
  attempts: Generated<number>;
  next_attempt_at: string;
  sent_at: string | null;
  last_error: string | null;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  created_at: string;
  response_status: number;
  response_body: string;
}

export interface FormTokensTable {
  token_hash: string;
  created_at: string;
  used_at: string | null;
  case_id: number | null;
}

export interface ServiceStandardsTable {
  stage: string;
  working_days: number;
  updated_at: string;
}

export interface PublicHolidaysTable {
  date: string;
  name_km: string;
  name_en: string;
}

export interface CaseworkTables {
  concern_categories: ConcernCategoriesTable;
  cases: CasesTable;
  case_contacts: CaseContactsTable;
  case_events: CaseEventsTable;
  outbox: OutboxTable;
  idempotency_keys: IdempotencyKeysTable;
  form_tokens: FormTokensTable;
  service_standards: ServiceStandardsTable;
  public_holidays: PublicHolidaysTable;
}

export type CaseRow = Selectable<CasesTable>;
export type CategoryRow = Selectable<ConcernCategoriesTable>;
