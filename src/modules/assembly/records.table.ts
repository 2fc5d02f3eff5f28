// Table types of the Assembly's records (migration 0006): legislatures, parties, persons, memberships,
// posts, sessions, sittings, attendance, vote events and votes; the term's events (migration 0037).
import type { Generated, Selectable } from 'kysely';

export interface LegislaturesTable {
  id: Generated<number>;
  number: number;
  seats: number;
  elected_on: string;
  convened_on: string | null;
  ends_on: string | null;
  is_demo: Generated<number>;
}

export interface PartiesTable {
  id: Generated<number>;
  code: string;
  name_en: string;
  name_km: string;
  is_demo: Generated<number>;
}

export interface PersonsTable {
  id: Generated<number>;
  name_en: string;
  name_km: string;
  gender: string | null;
  birth_date: string | null;
  khmer_by_birth: number;
  is_demo: Generated<number>;
  created_at: string;
  /** The id a roster import gave it (migration 0027); none for a member added in Sala. */
  popolo_id: string | null;
}

export interface MembershipsTable {
  id: Generated<number>;
  person_id: number;
  legislature_id: number;
  province_code: string;
  party_id: number | null;
  start_date: string;
  end_date: string | null;
  end_reason: string | null;
  replaces_membership_id: number | null;
  government_post: string | null;
  created_at: string;
  popolo_id: string | null;
}

export interface PostsTable {
  id: Generated<number>;
  membership_id: number;
  role: string;
  commission_code: string | null;
  start_date: string;
  end_date: string | null;
  popolo_id: string | null;
}

export interface SessionsTable {
  id: Generated<number>;
  legislature_id: number;
  kind: 'ordinary' | 'extraordinary';
  opens_on: string;
  closes_on: string;
  requested_by: string | null;
  requesting_members: number | null;
  agenda_en: string | null;
  agenda_km: string | null;
  published_on: string | null;
  is_demo: Generated<number>;
}

export interface SittingsTable {
  id: Generated<number>;
  session_id: number;
  sitting_on: string;
  starts_at: string | null;
  title_en: string;
  title_km: string;
  is_question_day: Generated<number>;
  closed_at_request_of: string | null;
  closing_members: number | null;
  is_demo: Generated<number>;
}

export interface AttendanceTable {
  sitting_id: number;
  membership_id: number;
  present: number;
}

export interface VoteEventsTable {
  id: Generated<number>;
  sitting_id: number;
  matter: string;
  title_en: string;
  title_km: string;
  bill_id: number | null;
  members_total: number;
  present_count: number;
  yes_count: number;
  no_count: number;
  abstain_count: number;
  outcome: string;
  required: number;
  reason: string;
  article: string;
  recorded_at: string;
  is_demo: Generated<number>;
}

export interface VotesTable {
  vote_event_id: number;
  membership_id: number;
  option: 'yes' | 'no' | 'abstain' | 'absent';
}

/** A deposal of the government, a dissolution or a state of emergency (migration 0037). */
export interface TermEventsTable {
  id: Generated<number>;
  legislature_id: number;
  kind: 'government_deposed' | 'dissolution' | 'emergency';
  starts_on: string;
  /** The last day of a state of emergency; empty while it is in force, and for the other kinds. */
  ends_on: string | null;
  note: string | null;
  is_demo: Generated<number>;
  recorded_at: string;
}

export interface AssemblyRecordsTables {
  assembly_legislatures: LegislaturesTable;
  assembly_parties: PartiesTable;
  assembly_persons: PersonsTable;
  assembly_memberships: MembershipsTable;
  assembly_posts: PostsTable;
  assembly_sessions: SessionsTable;
  assembly_sittings: SittingsTable;
  assembly_attendance: AttendanceTable;
  assembly_vote_events: VoteEventsTable;
  assembly_votes: VotesTable;
  assembly_term_events: TermEventsTable;
}

export type Legislature = Selectable<LegislaturesTable>;
export type Membership = Selectable<MembershipsTable>;
export type Sitting = Selectable<SittingsTable>;
