// Table type of the hash-chained audit trail.
import type { Generated, Selectable } from 'kysely';

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_user_id: number | null;
  /** Who acted, as shown: a username, or `system` for start-up loads. */
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  /** JSON: { before?, after? } — a summary, never a complainant's personal data. */
  summary: string;
  prev_hash: string;
  hash: string;
}

/** The count and head hash of a chain when they were reached (migration 0015). */
export interface AuditCheckpointsTable {
  id: Generated<number>;
  /** `audit`, or `owso:<office code>` for an office's receipt chain. */
  chain: string;
  row_count: number;
  /** The audit chain's newest row id at the time (null for receipt chains, whose position is the count). */
  last_id: number | null;
  head_hash: string;
  taken_at: string;
}

/** From which key on a table's rows must each have a seal in the audit chain (set once by migration 0015). */
export interface AuditEvidenceCoverageTable {
  table_name: string;
  key_column: string;
  covered_from: number;
}

export interface AuditTables {
  audit_log: AuditLogTable;
  audit_checkpoints: AuditCheckpointsTable;
  audit_evidence_coverage: AuditEvidenceCoverageTable;
}

export type AuditRow = Selectable<AuditLogTable>;
