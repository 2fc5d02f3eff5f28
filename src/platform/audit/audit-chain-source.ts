// The audit trail as a chain for checkpoints and `npm run audit:verify` (see checkpoints.ts): its position is
// the id of its newest row, its count the rows up to it.
import { verifyAuditChain } from './audit.queries';
import type { ChainSource } from './checkpoints';
import { auditHashAt, auditHead } from './checkpoints.queries';

export const AUDIT_CHAIN = 'audit';

export const auditChainSource: ChainSource = {
  owns: (chain) => chain === AUDIT_CHAIN,
  async heads(db) {
    const head = await auditHead(db);
    return head
      ? [{ chain: AUDIT_CHAIN, rowCount: head.rows, lastId: head.lastId, headHash: head.hash }]
      : [];
  },
  async at(db, checkpoint) {
    const head = await auditHead(db);
    return {
      hash: checkpoint.lastId === null ? null : await auditHashAt(db, checkpoint.lastId),
      rowsNow: head?.rows ?? 0,
      lastIdNow: head?.lastId ?? null,
    };
  },
  async walk(db) {
    const check = await verifyAuditChain(db);
    if (check.ok) return [{ intact: true, line: `Audit chain intact: ${check.rows} rows.` }];
    const why =
      check.reason === 'row-edited'
        ? 'its content no longer matches its hash (edited by hand)'
        : 'it does not follow the row before it (a row before it was deleted or edited)';
    return [
      {
        intact: false,
        line: `Audit chain BROKEN at row ${check.brokenAtId}: ${why}. ${check.rows} rows before it are intact.`,
      },
    ];
  },
  describeLoss(cp, now) {
    const missing = cp.rowCount - now.rowsNow;
    const lastIdNow = now.lastIdNow ?? 0;
    if (now.hash === null && cp.lastId !== null && lastIdNow < cp.lastId) {
      return `the audit chain now ends at row ${lastIdNow} with ${now.rowsNow} rows: rows ${lastIdNow + 1} to ${cp.lastId} (${missing} rows) were deleted`;
    }
    return now.hash === null
      ? `row ${cp.lastId} is gone (the chain now has ${now.rowsNow} rows, the last ${lastIdNow})`
      : `row ${cp.lastId} no longer has the hash it had (rows up to it were rewritten)`;
  },
};
