// A restore and what it found: the backup checked and restored (platform/backup), then the audit chain, every
// OWSO office's receipt chain, the checkpoints and the sealed evidence verified as `npm run audit:verify` does,
// and every file the database names looked for on disk. Here, not in platform/, because the receipt chain
// and the files belong to modules.
import { connect } from '../db/connect';
import { verifyAll } from '../platform/audit/verify-all';
import { type RestoreTarget, restoreBackup } from '../platform/backup/restore-backup';
import { findMissingFiles } from '../platform/uploads/stored-files';
import { HASH_CHAINS } from './hash-chains';
import { STORED_FILES } from './stored-files';

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
    const verified = await verifyAll(db.kysely, HASH_CHAINS, {
      checkpointFile: target.checkpointFile,
    });
    const files = await findMissingFiles(db.kysely, target.dataDir, STORED_FILES);
    const filesLine = files.missing.length
      ? {
          intact: false,
          line: `Files the database names but MISSING (${files.missing.length} of ${files.named}): ${files.missing.slice(0, 20).join(', ')}${files.missing.length > 20 ? ' …' : ''}.`,
        }
      : { intact: true, line: `Files: all ${files.named} files the database names are present.` };
    const lines = [...restored.lines.map((line) => ({ intact: true, line })), ...verified.lines, filesLine];
    return { intact: verified.intact && files.missing.length === 0, lines };
  } finally {
    await db.close();
  }
}
