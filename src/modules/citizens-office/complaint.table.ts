// Table types of the Citizens' Office: what a complaint is about (its case is casework's; no personal data here).
import type { Selectable } from 'kysely';

/** What went wrong at the district or commune office. */
export const COMPLAINT_KINDS = [
  'delay',
  'refusal',
  'rudeness',
  'wrong_document',
  'overcharging',
  'other',
] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export interface CitizensOfficeComplaintsTable {
  case_id: number;
  office_code: string;
  kind: ComplaintKind;
  /** An OWSO catalogue service's code, or 'other'. */
  service: string;
  /** The district or commune whose office the complaint is about. */
  about_place: string;
  received_at: string;
}

export interface CitizensOfficeTables {
  citizens_office_complaints: CitizensOfficeComplaintsTable;
}

export type ComplaintRow = Selectable<CitizensOfficeComplaintsTable>;
