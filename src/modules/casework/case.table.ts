// Table types of casework: categories, cases, contacts (personal data), the timeline and intake records.
import type { Generated, Selectable } from 'kysely';
import type { CaseStatus } from './case.rules';

export const CHANNELS = [
  'web',
  'open311',
  'api',
  'in_person',
  'phone',
  'letter',
  'field_mission',
  // An SMS starting with SALA / សាលា (incoming-sms.commands.ts).
  'sms',
  // A concern sent through the Telegram bot (modules/telegram).
  'telegram',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** What a citizen may choose today: how to be told. */
export const CONTACT_CHOICES = ['sms', 'telegram', 'email', 'none'] as const;
export type ContactChoice = (typeof CONTACT_CHOICES)[number];
/** What a stored row may hold: the choices, and `phone` written before it was read as `sms`. */
export const CONTACT_PREFERENCES = ['none', 'phone', 'sms', 'email', 'telegram'] as const;
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
  /** The language the citizen wrote in; later messages go in it. */
  lang: Generated<string>;
  // Set by handling (migration 0004); null until the step happens.
  destination_kind: Generated<DestinationKind | null>;
  /** The commission holding it, when it was forwarded to one. */
  commission_code: Generated<string | null>;
  /** A ministry's or local authority's name as the office wrote it (public). */
  destination_name: Generated<string | null>;
  /** The ministry's stable code, when it was forwarded to a ministry (migration 0035). */
  ministry_code: Generated<string | null>;
  forwarded_at: Generated<string | null>;
  duplicate_of_id: Generated<number | null>;
  /** The reason code of a decline or a closure. */
  outcome_reason: Generated<string | null>;
  /** The answer the citizen reads on the tracking page. */
  answer: Generated<string | null>;
  first_answered_at: Generated<string | null>;
  /** 1: the first answer came by the due date running then; 0: late; null: no standard ran, or not recorded. */
  first_answer_on_time: Generated<number | null>;
  answered_at: Generated<string | null>;
  /** The service standard the clock measures now, and the Phnom Penh date it is due. */
  due_stage: Generated<ServiceStage | null>;
  due_date: Generated<string | null>;
  /** Working days left when the clock stopped (waiting for the citizen). */
  clock_days_left: Generated<number | null>;
}

/** Who must act after the office forwarded a case. */
export const DESTINATION_KINDS = ['commission', 'ministry', 'local_authority'] as const;
export type DestinationKind = (typeof DESTINATION_KINDS)[number];

/** The stages a service standard measures. */
export const SERVICE_STAGES = ['triage', 'office_answer', 'commission_answer'] as const;
export type ServiceStage = (typeof SERVICE_STAGES)[number];

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
  /** Staff-only words: questions, replies, the detail of a reason. Never on public pages. */
  internal_note: Generated<string | null>;
}

/** Every field of an event is evidence: a timeline step never changes once written. */
export const CASE_EVENT_SEALED_FIELDS = [
  'case_id',
  'at',
  'action',
  'actor_kind',
  'actor_user_id',
  'from_status',
  'to_status',
  'public_note',
  'internal_note',
] as const;

/** The answer the citizen reads on the case: sealed by the step that gave it (a later answer seals anew). */
export const CASE_ANSWER_SEALED_FIELDS = ['answer', 'answered_at', 'first_answered_at'] as const;

export interface ServiceStandardsTable {
  stage: ServiceStage;
  working_days: number;
  updated_at: string;
}

/**
 * Where a holiday row came from: an admin (added or imported), or a shipped list of that year — official,
 * or computed from the usual rules and then, once an admin checked it against the sub-decree, confirmed.
 */
export const HOLIDAY_ORIGINS = ['admin', 'official', 'computed', 'confirmed'] as const;
export type HolidayOrigin = (typeof HOLIDAY_ORIGINS)[number];

export interface PublicHolidaysTable {
  date: string;
  name_km: string;
  name_en: string;
  /** Migration 0019; rows from before it were the admin's. */
  origin: Generated<HolidayOrigin>;
}

/** The version of each year's shipped list a database has loaded (migration 0019). */
export interface HolidayListsTable {
  year: number;
  /** `official`: the government's published list; `computed`: the usual rules, for an admin to confirm. */
  status: 'official' | 'computed';
  checksum: string;
  loaded_at: string;
}

/** The citizen's private key of a case, as its hash (migration 0014). */
export interface CaseCitizenKeysTable {
  case_id: number;
  key_hash: string;
  issued_at: string;
  issued_by: number | null;
}

/** A one-time code sent to the case's contact, or the short-lived pass a right code opens. */
export interface CitizenPassesTable {
  id: Generated<number>;
  case_id: number;
  kind: 'code' | 'pass';
  secret_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A file the citizen added to a case: personal data, on disk under SALA_DATA_DIR with a random name. */
/**
 * Where the citizen was when they shared a location (the bot's "share location"): personal data, like the
 * contacts — shown only with them, to staff who may read them. The commune is chosen from it, not this.
 */
export interface CaseLocationsTable {
  case_id: number;
  latitude: number;
  longitude: number;
}

export interface CaseFilesTable {
  id: Generated<number>;
  case_id: number;
  event_id: number;
  stored_name: string;
  media_type: string;
  size_bytes: number;
  created_at: string;
}

/** An SMS concern from a number with no case yet: the national queue the secretariat assigns (0023). */
export interface SmsIntakeTable {
  id: Generated<number>;
  /** Given to the citizen at once; the case takes it when the concern is assigned. */
  tracking_code: string;
  received_at: string;
  /** Personal data: the sender's number, +855 form. */
  phone: string;
  lang: string;
  /** Personal data: the concern as the citizen wrote it. */
  text: string;
  /** The hash of the private key sent in the acknowledgement; the case takes it too. */
  key_hash: string;
  case_id: number | null;
  assigned_at: string | null;
  assigned_by: number | null;
}

export interface CaseworkTables {
  case_citizen_keys: CaseCitizenKeysTable;
  citizen_passes: CitizenPassesTable;
  case_files: CaseFilesTable;
  concern_categories: ConcernCategoriesTable;
  cases: CasesTable;
  case_contacts: CaseContactsTable;
  case_events: CaseEventsTable;
  case_locations: CaseLocationsTable;
  service_standards: ServiceStandardsTable;
  public_holidays: PublicHolidaysTable;
  holiday_lists: HolidayListsTable;
  sms_intake: SmsIntakeTable;
}

export type CaseRow = Selectable<CasesTable>;
export type CategoryRow = Selectable<ConcernCategoriesTable>;
