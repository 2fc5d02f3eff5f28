// What `npm run audit:verify` checks: every chain walked from its first row, the chains against the stored
// checkpoints (table, data-directory file, and an auditor's saved copy if given), and every seal of evidence.
import type { Executor } from '../../db/database';
import {
  type ChainSource,
  type Checkpoint,
  readCheckpointFile,
  storedCheckpoints,
  verifyCheckpoints,
} from './checkpoints';
import { type EvidenceProblem, verifyEvidence } from './evidence.queries';

export interface VerifyReport {
  intact: boolean;
  lines: { intact: boolean; line: string }[];
}

/** Evidence problems named one a line; after this many the rest are counted. */
const EVIDENCE_LINES = 20;

const describeCheckpoint = (c: Checkpoint) =>
  `checkpoint of ${c.chain} taken ${c.takenAt} (${c.rowCount} rows${c.lastId === null ? '' : `, last row ${c.lastId}`}, head ${c.headHash.slice(0, 12)}…)`;

function describeEvidence(p: EvidenceProblem): string {
  const row = `${p.table} row ${p.key} = ${p.id}`;
  if (p.kind === 'unsealed') return `Evidence row ${row} has no audit row sealing it (written by hand).`;
  return p.kind === 'edited'
    ? `Evidence ${row} was EDITED: it no longer matches the seal in audit row ${p.auditId}.`
    : `Evidence ${row} was DELETED: audit row ${p.auditId} seals it and it is gone.`;
}

export async function verifyAll(
  db: Executor,
  sources: ChainSource[],
  opts: { checkpointFile: string; auditorCopy?: string },
): Promise<VerifyReport> {
  const lines: VerifyReport['lines'] = [];
  for (const source of sources) lines.push(...(await source.walk(db)));

  const problems = await verifyCheckpoints(db, sources, {
    table: await storedCheckpoints(db),
    file: await readCheckpointFile(opts.checkpointFile),
    auditor: opts.auditorCopy
      ? await readCheckpointFile(opts.auditorCopy, { mayBeMissing: false })
      : undefined,
  });
  for (const p of problems) {
    const line =
      p.kind === 'loss'
        ? `Rows removed or rewritten after the ${describeCheckpoint(p.checkpoint)} (from the ${p.store}): ${p.loss}.`
        : p.kind === 'unknown-chain'
          ? `The ${describeCheckpoint(p.checkpoint)} (from the ${p.store}) names a chain that does not exist.`
          : `The ${describeCheckpoint(p.checkpoint)} is only in the checkpoint ${p.onlyIn}: the table and the file under the data directory differ.`;
    lines.push({ intact: false, line });
  }
  if (problems.length === 0)
    lines.push({ intact: true, line: 'Checkpoints: every chain reaches its last one.' });

  const evidence = await verifyEvidence(db);
  for (const p of evidence.slice(0, EVIDENCE_LINES)) lines.push({ intact: false, line: describeEvidence(p) });
  if (evidence.length > EVIDENCE_LINES) {
    lines.push({ intact: false, line: `… and ${evidence.length - EVIDENCE_LINES} more evidence rows.` });
  }
  if (evidence.length === 0)
    lines.push({ intact: true, line: 'Evidence: every sealed row matches its seal.' });
  return { intact: lines.every((l) => l.intact), lines };
}
