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

export interface AuditTables {
  audit_log: AuditLogTable;
}

export type AuditRow = Selectable<AuditLogTable>;
