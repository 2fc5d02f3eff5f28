// The stored checkpoints, and where the audit chain stands: its head now, and the row at a checkpoint.
import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { AuditCheckpointsTable } from './audit.table';

export interface Checkpoint {
  /** `audit`, or `owso:<office code>` for that office's receipt chain. */
  chain: string;
  rowCount: number;
  /** The audit chain's newest row id when taken; null for receipt chains (their position is the count). */
  lastId: number | null;
  headHash: string;
  takenAt: string;
}

export async function insertCheckpoints(trx: Executor, checkpoints: Checkpoint[]): Promise<void> {
  if (checkpoints.length === 0) return;
  await trx
    .insertInto('audit_checkpoints')
    .values(
      checkpoints.map((c) => ({
        chain: c.chain,
        row_count: c.rowCount,
        last_id: c.lastId,
        head_hash: c.headHash,
        taken_at: c.takenAt,
      })),
    )
    .execute();
}

/** Every stored checkpoint, oldest first. */
export async function storedCheckpoints(db: Executor): Promise<Checkpoint[]> {
  return asCheckpoints(await db.selectFrom('audit_checkpoints').selectAll().orderBy('id').execute());
}

/** Each chain's newest stored checkpoint, by chain (one short read however many were taken). */
export async function newestStoredCheckpoints(db: Executor): Promise<Checkpoint[]> {
  const newest = db
    .selectFrom('audit_checkpoints')
    .select((eb) => eb.fn.max('id').as('id'))
    .groupBy('chain');
  return asCheckpoints(
    await db.selectFrom('audit_checkpoints').selectAll().where('id', 'in', newest).orderBy('chain').execute(),
  );
}

function asCheckpoints(rows: Selectable<AuditCheckpointsTable>[]): Checkpoint[] {
  return rows.map((r) => ({
    chain: r.chain,
    rowCount: r.row_count,
    lastId: r.last_id,
    headHash: r.head_hash,
    takenAt: r.taken_at,
  }));
}

/** The audit chain's newest row and its number of rows; undefined while it is empty. */
export async function auditHead(
  db: Executor,
): Promise<{ lastId: number; hash: string; rows: number } | undefined> {
  const last = await db
    .selectFrom('audit_log')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last) return undefined;
  const { rows } = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('rows'))
    .executeTakeFirstOrThrow();
  return { lastId: last.id, hash: last.hash, rows: Number(rows) };
}

/** The hash of the audit row with this id, if it is still there. */
export async function auditHashAt(db: Executor, id: number): Promise<string | null> {
  const row = await db.selectFrom('audit_log').select('hash').where('id', '=', id).executeTakeFirst();
  return row?.hash ?? null;
}
