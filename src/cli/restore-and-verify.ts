// A restore and what it found: the backup checked and restored (platform/backup), then the audit chain, every
// OWSO office's receipt chain, the checkpoints and the sealed evidence verified as `npm run audit:verify` does.
// Here, not in platform/, because the receipt chain belongs to the OWSO module.
import { connect } from '../db/connect';
import { receiptChainSource } from '../modules/owso';
import { auditChainSource } from '../platform/audit/audit-chain-source';
import { verifyAll } from '../platform/audit/verify-all';
import { type RestoreTarget, restoreBackup } from '../platform/backup/restore-backup';

export interface RestoreOutcome {
  /** Every chain, checkpoint and evidence row verified intact. */
  intact: boolean;
  lines: { intact: boolean; line: string }[];
}

export async function restoreAndVerify(
  folder: string,
  target: RestoreTarget,
  options: { force?: boolean } = {},
): Promise<RestoreOutcome> {
  const restored = await restoreBackup(folder, target, options);
  const db = connect(target.database);
  try {
    const verified = await verifyAll(db.kysely, [auditChainSource, receiptChainSource], {
      checkpointFile: target.checkpointFile,
    });
    const lines = [...restored.lines.map((line) => ({ intact: true, line })), ...verified.lines];
    return { intact: verified.intact, lines };
  } finally {
    await db.close();
  }
}
