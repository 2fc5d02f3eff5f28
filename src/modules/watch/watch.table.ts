// Table types of parliamentary watch (migration 0011).
import type { Generated } from 'kysely';

/** How a promise stood in a year, in the voters' scorecard's four words. */
export const VERDICTS = ['fulfilled', 'partly_fulfilled', 'not_fulfilled', 'cannot_assess'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What kind of civil-society organisation publishes or signs a statement. */
export const ORGANISATION_KINDS = ['ngo', 'association', 'trade_union', 'network', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A watchdog's score of one act of an MP: for the citizen (+1), neutral (0), against (−1). */
export const NOTE_SCORES = [1, 0, -1] as const;

export interface WatchPlatformsTable {
  id: Generated<number>;
  code: string;
  title_km: string;
  title_en: string;
  first_year: number;
  last_year: number;
  is_demo: Generated<number>;
  created_at: string;
}

export interface WatchSectorsTable {
  id: Generated<number>;
  platform_id: number;
  code: string;
  name_km: string;
  name_en: string;
}

export interface WatchPromisesTable {
  id: Generated<number>;
  sector_id: number;
  code: string;
  text_km: string;
  text_en: string;
  created_at: string;
  updated_at: string;
}

export interface WatchIndicatorsTable {
  id: Generated<number>;
  promise_id: number;
  code: string;
  name_km: string;
  name_en: string;
  unit: string;
  baseline: number;
  baseline_year: number;
  target: number;
  target_year: number;
}

export interface WatchMeasurementsTable {
  id: Generated<number>;
  indicator_id: number;
  value: number;
  measured_on: string;
  source_url: string;
  source_note: string;
  recorded_by: number | null;
  recorded_at: string;
}

export interface WatchAssessmentsTable {
  id: Generated<number>;
  promise_id: number;
  year: number;
  verdict: Verdict;
  reasoning: string;
  evidence_url: string | null;
  assessed_by: number | null;
  assessed_at: string;
}

export interface WatchOrganisationsTable {
  id: Generated<number>;
  name: string;
  kind: OrganisationKind;
  website: string | null;
  is_demo: Generated<number>;
  created_at: string;
}

export interface WatchStatementsTable {
  id: Generated<number>;
  organisation_id: number;
  title: string;
  body: string;
  published_on: string;
  is_demo: Generated<number>;
  created_by: number | null;
  created_at: string;
}

export interface WatchSignaturesTable {
  statement_id: number;
  organisation_id: number;
  signed_on: string;
  recorded_by: number | null;
  recorded_at: string;
  /** The organisation's member who gave it; null for one a watchdog recorded on its behalf (not shown). */
  signed_by: Generated<number | null>;
  withdrawn_at: Generated<string | null>;
  withdrawn_by: Generated<number | null>;
}

/** A citizen's support of a statement: counted once confirmed by the one-time code sent to the contact. */
export interface WatchSupportersTable {
  id: Generated<number>;
  statement_id: number;
  /** A hash of the phone number or e-mail address: the same person supports a statement once. */
  contact_hash: string;
  /** A hash of the secret the confirming form carries, so a pending support cannot be guessed at by number. */
  request_hash: string;
  /** Only when the citizen agreed to show it. */
  name: string | null;
  code_hash: string;
  code_expires_at: string;
  wrong_codes: Generated<number>;
  confirmed_at: Generated<string | null>;
  is_demo: Generated<number>;
  created_at: string;
}

export interface WatchMemberNotesTable {
  id: Generated<number>;
  person_id: number;
  remark: string;
  score: number;
  source_url: string;
  is_demo: Generated<number>;
  created_by: number | null;
  created_at: string;
}

export interface WatchTables {
  watch_platforms: WatchPlatformsTable;
  watch_sectors: WatchSectorsTable;
  watch_promises: WatchPromisesTable;
  watch_indicators: WatchIndicatorsTable;
  watch_measurements: WatchMeasurementsTable;
  watch_assessments: WatchAssessmentsTable;
  watch_organisations: WatchOrganisationsTable;
  watch_statements: WatchStatementsTable;
  watch_signatures: WatchSignaturesTable;
  watch_supporters: WatchSupportersTable;
  watch_member_notes: WatchMemberNotesTable;
}
