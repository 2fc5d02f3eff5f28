// Checkpoints: the count and head hash of each chain (the audit trail, each OWSO office's receipts) as they
// were reached, kept in the table `audit_checkpoints` and appended to SALA_DATA_DIR/audit-checkpoints.jsonl,
// and published at GET /audit/checkpoints for auditors to save. A chain walk alone cannot see its newest rows
// deleted (the chain just ends earlier); a checkpoint taken before the deletion can. A deletion made after
// the last checkpoint cannot be seen: checkpoints are taken every few minutes and on demand.
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../../config';
import type { Database, Executor } from '../../db/database';
import { logger } from '../log/logger';
import { messageOf, repeatEvery } from '../repeat';
import {
  type Checkpoint,
  insertCheckpoints,
  newestStoredCheckpoints,
  storedCheckpoints,
} from './checkpoints.queries';

export type { Checkpoint } from './checkpoints.queries';

/** What is at a checkpoint's position now. */
export interface ChainPosition {
  /** The hash of the row at the checkpoint's position, or null when that row is gone. */
  hash: string | null;
  /** How many rows the chain has now. */
  rowsNow: number;
  /** The audit chain's newest row id now (null for receipt chains, or when empty). */
  lastIdNow: number | null;
}

/** One kind of chain: the audit trail here, receipt chains in the OWSO module. */
export interface ChainSource {
  owns(chain: string): boolean;
  /** Each chain's head as stored now. */
  heads(db: Executor): Promise<Omit<Checkpoint, 'takenAt'>[]>;
  at(db: Executor, checkpoint: Checkpoint): Promise<ChainPosition>;
  /** A sentence naming what is missing or different since the checkpoint. */
  describeLoss(checkpoint: Checkpoint, now: ChainPosition): string;
  /** Walks every chain of this kind from its first row: one line per chain, broken or intact. */
  walk(db: Executor): Promise<{ intact: boolean; line: string }[]>;
}

/**
 * The append-only copy of a database's checkpoints, one JSON object a line, under the data directory. The
 * name comes from the configuration, not from the database, so nothing in the database can point it
 * elsewhere; a PostgreSQL database (its address without the password) gets a file of its own, as one data
 * directory may serve several.
 */
export function checkpointFile(dataDir: string, database: Config['database']): string {
  if (database.kind === 'sqlite') return path.join(dataDir, 'audit-checkpoints.jsonl');
  const url = new URL(database.url);
  url.password = '';
  const name = createHash('sha256').update(url.toString()).digest('hex').slice(0, 12);
  return path.join(dataDir, `audit-checkpoints-postgres-${name}.jsonl`);
}

/**
 * The checkpoints of a file: JSON lines (the data directory's copy) or GET /audit/checkpoints's JSON. The data
 * directory's file may not exist yet (no checkpoint taken); an auditor's copy must.
 */
export async function readCheckpointFile(
  file: string,
  opts: { mayBeMissing: boolean } = { mayBeMissing: true },
): Promise<Checkpoint[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (opts.mayBeMissing && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const trimmed = text.trim();
  const published = publishedJson(trimmed);
  if (published) return published;
  return trimmed
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as Checkpoint;
      } catch {
        throw new Error(`${file}, line ${i + 1}: not a checkpoint (cut short or edited by hand)`);
      }
    });
}

/** The checkpoints of GET /audit/checkpoints's answer, or undefined when the text is not one. */
function publishedJson(text: string): Checkpoint[] | undefined {
  try {
    const parsed = JSON.parse(text) as { checkpoints?: unknown };
    return Array.isArray(parsed.checkpoints) ? (parsed.checkpoints as Checkpoint[]) : undefined;
  } catch {
    return undefined;
  }
}

const newestByChain = (checkpoints: Checkpoint[]) => {
  const newest = new Map<string, Checkpoint>();
  for (const c of checkpoints) {
    const seen = newest.get(c.chain);
    if (!seen || c.rowCount >= seen.rowCount) newest.set(c.chain, c);
  }
  return newest;
};

/** Each chain's newest stored checkpoint: what GET /audit/checkpoints publishes. */
export const publishedCheckpoints = newestStoredCheckpoints;

export interface TakenCheckpoints {
  taken: Checkpoint[];
  /** Chains whose last checkpoint no longer holds: no new one is taken over a loss (verify reports it). */
  refused: { checkpoint: Checkpoint; loss: string }[];
}

/**
 * Takes a checkpoint of every chain that moved since its last one: a row in the table, then a line in the
 * file. A chain whose last checkpoint no longer holds gets none, so a deletion is never made the new norm.
 */
export async function takeCheckpoints(
  db: Kysely<Database>,
  sources: ChainSource[],
  file: string,
  now: Date,
): Promise<TakenCheckpoints> {
  const last = new Map((await newestStoredCheckpoints(db)).map((c) => [c.chain, c]));
  const result: TakenCheckpoints = { taken: [], refused: [] };
  for (const source of sources) {
    for (const head of await source.heads(db)) {
      const previous = last.get(head.chain);
      if (previous?.rowCount === head.rowCount && previous.headHash === head.headHash) continue;
      if (previous) {
        const position = await source.at(db, previous);
        if (position.hash !== previous.headHash) {
          result.refused.push({ checkpoint: previous, loss: source.describeLoss(previous, position) });
          continue;
        }
      }
      result.taken.push({ ...head, takenAt: now.toISOString() });
    }
  }
  if (result.taken.length === 0) return result;
  // The line is written before the row commits, so only a stop between the two (not a failed write) can
  // leave the file with a checkpoint the table lacks; verify reports that as the stores differing.
  await db.transaction().execute(async (trx) => {
    await insertCheckpoints(trx, result.taken);
    await mkdir(path.dirname(file), { recursive: true });
    await appendFile(file, result.taken.map((c) => `${JSON.stringify(c)}\n`).join(''));
  });
  return result;
}

export type CheckpointProblem =
  | { kind: 'loss'; store: string; checkpoint: Checkpoint; loss: string }
  | { kind: 'stores-differ'; onlyIn: 'table' | 'file'; checkpoint: Checkpoint }
  | { kind: 'unknown-chain'; store: string; checkpoint: Checkpoint };

const keyOf = (c: Checkpoint) => `${c.chain} ${c.rowCount} ${c.headHash}`;

/**
 * Compares the chains with the stored checkpoints (table and file) and an auditor's copy if given: each
 * store's newest checkpoint of each chain must still be found at its place. The table and the file must
 * hold the same checkpoints; one missing from either is reported too (someone deleted it, or a process
 * stopped between writing the row and the line).
 */
export async function verifyCheckpoints(
  db: Executor,
  sources: ChainSource[],
  stores: { table: Checkpoint[]; file: Checkpoint[]; auditor?: Checkpoint[] },
): Promise<CheckpointProblem[]> {
  const problems: CheckpointProblem[] = [];
  const inFile = new Set(stores.file.map(keyOf));
  const inTable = new Set(stores.table.map(keyOf));
  for (const c of stores.table)
    if (!inFile.has(keyOf(c))) problems.push({ kind: 'stores-differ', onlyIn: 'table', checkpoint: c });
  for (const c of stores.file)
    if (!inTable.has(keyOf(c))) problems.push({ kind: 'stores-differ', onlyIn: 'file', checkpoint: c });

  const named: [string, Checkpoint[] | undefined][] = [
    ['auditor copy', stores.auditor],
    ['file', stores.file],
    ['table', stores.table],
  ];
  const checked = new Set<string>();
  for (const [store, checkpoints] of named) {
    for (const checkpoint of newestByChain(checkpoints ?? []).values()) {
      if (checked.has(keyOf(checkpoint))) continue;
      checked.add(keyOf(checkpoint));
      const source = sources.find((s) => s.owns(checkpoint.chain));
      if (!source) {
        problems.push({ kind: 'unknown-chain', store, checkpoint });
        continue;
      }
      const position = await source.at(db, checkpoint);
      if (position.hash !== checkpoint.headHash) {
        problems.push({ kind: 'loss', store, checkpoint, loss: source.describeLoss(checkpoint, position) });
      }
    }
  }
  return problems;
}

export { storedCheckpoints };

const EVERY_MS = 5 * 60 * 1000;

/** Every 5 minutes (and once at start), in every process: a checkpoint of each chain that moved. */
export function startCheckpointLoop(
  db: Kysely<Database>,
  sources: ChainSource[],
  file: string,
  options: { intervalMs?: number; log?: (line: string) => void } = {},
): ReturnType<typeof repeatEvery> {
  const log = options.log ?? ((line: string) => logger.error({ job: 'checkpoints' }, line));
  return repeatEvery(
    options.intervalMs ?? EVERY_MS,
    async () => {
      const { taken, refused } = await takeCheckpoints(db, sources, file, new Date());
      if (taken.length) {
        logger.info(
          { job: 'checkpoints', taken: taken.map((c) => ({ chain: c.chain, rows: c.rowCount })) },
          'audit checkpoints taken',
        );
      }
      for (const r of refused) log(`Audit checkpoint refused for ${r.checkpoint.chain}: ${r.loss}`);
    },
    (err) => log(`Audit checkpoint failed: ${messageOf(err)}`),
  );
}
