// Writes, reads and checks the hash-chained audit trail: every change of data adds one row in the transaction that makes it.
import { PostgresAdapter, sql } from 'kysely';
import type { Executor } from '../../db/database';
import type { CurrentUser } from '../auth/roles';
import { type ChainedFields, GENESIS_HASH, hashAuditRow } from './audit.rules';
import type { Seal } from './evidence.rules';

/** Who did something: a signed-in user, or the system itself (start-up loads, jobs). */
export interface Actor {
  userId: number | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = { userId: null, label: 'system' };

/** A signed-in user as the actor of what they do. */
export const actorOf = (user: CurrentUser): Actor => ({ userId: user.id, label: user.username });

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  /** The evidence rows this change wrote, sealed by this audit row (see evidence.rules.ts). */
  sealed?: Seal[];
}

/**
 * Appends one audit row. Call it inside the transaction that makes the change it records.
 * On PostgreSQL a transaction-scoped advisory lock makes concurrent writers (several app processes)
 * take turns, so the chain never forks; SQLite already serialises writers.
 */
export async function appendAudit(trx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  await lockAuditChain(trx);
  await appendAuditsUnderLock(trx, [{ actor, entry }]);
}

/**
 * Appends several audit rows, chained in the order given, with one read of the last hash and one insert:
 * a batch of writes (receipts or concerns written together) costs two statements, not two per row. The
 * transaction must already hold the chain's lock (`lockAuditChain`), as the batch writers take it first;
 * taking it again would cost another round trip on PostgreSQL while every other batch waits.
 */
export async function appendAuditsUnderLock(
  trx: Executor,
  rows: { actor: Actor; entry: AuditEntry }[],
): Promise<void> {
  if (rows.length === 0) return;
  const values = chainAuditRows(await lastAuditHash(trx), rows, new Date());
  // One multi-row insert: ids are given in the order of the rows, which is the order of the chain.
  await trx.insertInto('audit_log').values(values).execute();
}

/**
 * Takes the audit chain's lock until the transaction ends (PostgreSQL; SQLite has one writer anyway). It
 * must be a statement of its own, before the read of the last hash: on PostgreSQL each statement reads
 * what was committed when it began, so only a read that begins after the lock sees the last holder's row.
 */
export async function lockAuditChain(trx: Executor): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  }
}

export async function lastAuditHash(trx: Executor): Promise<string> {
  const last = await trx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last?.hash ?? GENESIS_HASH;
}

/** The rows to insert after the row whose hash is `prevHash`, each linked to the one before. */
export function chainAuditRows(
  prevHash: string,
  rows: { actor: Actor; entry: AuditEntry }[],
  at: Date,
): (ChainedFields & { hash: string })[] {
  let link = prevHash;
  return rows.map(({ actor, entry }) => {
    const summary: Record<string, unknown> = {};
    if (entry.before !== undefined) summary.before = entry.before;
    if (entry.after !== undefined) summary.after = entry.after;
    if (entry.sealed?.length) summary.sealed = entry.sealed;
    const row: ChainedFields = {
      prev_hash: link,
      at: at.toISOString(),
      actor_user_id: actor.userId,
      actor: actor.label,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: String(entry.entityId),
      summary: JSON.stringify(summary),
    };
    link = hashAuditRow(row);
    return { ...row, hash: link };
  });
}

// An arbitrary constant naming Sala's audit-chain lock among PostgreSQL advisory locks.
const AUDIT_LOCK_KEY = 7_270_001;

export type ChainCheck =
  | { ok: true; rows: number }
  | { ok: false; rows: number; brokenAtId: number; reason: 'row-edited' | 'row-missing-before' };

/** Walks the whole trail in order and reports the first row whose link or content no longer matches. */
export async function verifyAuditChain(db: Executor, pageSize = 1000): Promise<ChainCheck> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let rows = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    for (const row of page) {
      if (row.prev_hash !== prevHash)
        return { ok: false, rows, brokenAtId: row.id, reason: 'row-missing-before' };
      if (hashAuditRow(row) !== row.hash)
        return { ok: false, rows, brokenAtId: row.id, reason: 'row-edited' };
      prevHash = row.hash;
      lastId = row.id;
      rows += 1;
    }
    if (page.length < pageSize) return { ok: true, rows };
  }
}

/** One page of the trail, newest first, for the admin page. */
export function listAudit(db: Executor, opts: { beforeId?: number; limit: number; entityType?: string }) {
  let q = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(opts.limit);
  if (opts.beforeId) q = q.where('id', '<', opts.beforeId);
  if (opts.entityType) q = q.where('entity_type', '=', opts.entityType);
  return q.execute();
}

/** How many entries the audit chain holds, for /metrics. */
export async function auditChainLength(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
