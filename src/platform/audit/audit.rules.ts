// Pure rules of the audit chain: how a row's hash is computed from its fields and the previous hash.
import { createHash } from 'node:crypto';
import type { AuditRow } from './audit.table';

/** The previous hash of the very first row. */
export const GENESIS_HASH = '0'.repeat(64);

export type ChainedFields = Pick<
  AuditRow,
  'prev_hash' | 'at' | 'actor_user_id' | 'actor' | 'action' | 'entity_type' | 'entity_id' | 'summary'
>;

/** The hash of one row: it covers the previous row's hash, so editing or deleting any row breaks the chain. */
export function hashAuditRow(row: ChainedFields): string {
  const canonical = JSON.stringify([
    row.prev_hash,
    row.at,
    row.actor_user_id,
    row.actor,
    row.action,
    row.entity_type,
    row.entity_id,
    row.summary,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
