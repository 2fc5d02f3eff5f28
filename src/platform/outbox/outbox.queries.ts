// Every SQL statement of the outbox: enqueue inside a command's transaction, claim with a lease, mark the outcome.
import type { Executor } from '../../db/database';
import { type DeliveryState, deliveryState } from './delivery-state';

/** A message to send once the caller's transaction commits. */
export interface NewMessage {
  channel: string;
  recipient: string;
  template: string;
  lang: string;
  payload: unknown;
  caseId: number | null;
  now: Date;
}

/** Writes a pending message; call it with the command's transaction so it commits or rolls back with the change. */
export async function enqueueMessage(db: Executor, m: NewMessage): Promise<void> {
  await enqueueMessages(db, [m]);
}

/** Writes several pending messages in one statement (concerns taken in together), in the same way. */
export async function enqueueMessages(db: Executor, messages: readonly NewMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await db
    .insertInto('outbox')
    .values(
      messages.map((m) => {
        const now = m.now.toISOString();
        return {
          created_at: now,
          channel: m.channel,
          recipient: m.recipient,
          template: m.template,
          lang: m.lang,
          payload: JSON.stringify(m.payload),
          case_id: m.caseId,
          status: 'pending' as const,
          next_attempt_at: now,
          sent_at: null,
          last_error: null,
        };
      }),
    )
    .execute();
}

/** Ids of pending messages whose time has come, oldest due first. */
export async function listDueIds(db: Executor, now: string, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Takes a message for one dispatcher: pushes next_attempt_at past the lease and counts the attempt in one
 * conditional UPDATE. Only one concurrent caller can match the WHERE (PostgreSQL re-checks it after the row
 * lock; SQLite has one writer), so the row is returned to exactly one of them, or undefined.
 */
export async function claimMessage(db: Executor, id: number, now: string, leaseUntil: string) {
  const result = await db
    .updateTable('outbox')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), next_attempt_at: leaseUntil }))
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/**
 * Undoes a claim whose send did not go out (the process is stopping, or the channel is down and nothing
 * left Sala, with `error` saying why): the row is due again at `dueAt` and the attempt is not counted, so
 * neither a deploy nor an outage counts towards failing it. Only while the claim is still the caller's
 * (same attempt count and lease), so a row another dispatcher has taken since is left alone.
 */
export async function handBackClaim(
  db: Executor,
  id: number,
  claim: { attempts: number; leaseUntil: string },
  dueAt: string,
  error?: string,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({
      attempts: claim.attempts - 1,
      next_attempt_at: dueAt,
      ...(error === undefined ? {} : { last_error: error }),
    })
    .where('id', '=', id)
    .where('attempts', '=', claim.attempts)
    .where('next_attempt_at', '=', claim.leaseUntil)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records a send, with the payload stripped of its secrets; only the holder of the claim (same attempt count) may. */
export async function markSent(
  db: Executor,
  id: number,
  attempts: number,
  now: string,
  payload: string,
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: now, last_error: null, payload })
    .where('id', '=', id)
    .where('attempts', '=', attempts)
    .where('status', '=', 'pending')
    .execute();
}

/**
 * Records a failed attempt: pending again at `retry.at`, or failed for good (then with `finalPayload`, the
 * payload stripped of its secrets: a message never sent needs none).
 */
export async function markAttemptFailed(
  db: Executor,
  id: number,
  attempts: number,
  error: string,
  retry: { at: string } | { finalPayload: string },
): Promise<void> {
  await db
    .updateTable('outbox')
    .set(
      'finalPayload' in retry
        ? { status: 'failed', last_error: error, payload: retry.finalPayload }
        : { status: 'pending', last_error: error, next_attempt_at: retry.at },
    )
    .where('id', '=', id)
    .where('attempts', '=', attempts)
    .where('status', '=', 'pending')
    .execute();
}

/**
 * Records the SMSC's id of each part of a sent SMS. A receipt may have come first (a fast SMSC): its
 * state is kept and the row only gains its message.
 */
export async function recordSmsParts(
  db: Executor,
  outboxId: number,
  smscMessageIds: readonly string[],
  now: string,
): Promise<void> {
  for (const [i, smscMessageId] of smscMessageIds.entries()) {
    await db
      .insertInto('outbox_sms_parts')
      .values({
        smsc_message_id: smscMessageId,
        outbox_id: outboxId,
        part: i + 1,
        state: 'submitted',
        updated_at: now,
      })
      .onConflict((oc) => oc.column('smsc_message_id').doUpdateSet({ outbox_id: outboxId, part: i + 1 }))
      .execute();
  }
}

/** What a delivery receipt said about one part, kept even when the part is not recorded yet. */
export async function recordSmsReceipt(
  db: Executor,
  smscMessageId: string,
  state: 'delivered' | 'failed',
  now: string,
): Promise<void> {
  await db
    .insertInto('outbox_sms_parts')
    .values({ smsc_message_id: smscMessageId, outbox_id: null, part: null, state, updated_at: now })
    .onConflict((oc) => oc.column('smsc_message_id').doUpdateSet({ state, updated_at: now }))
    .execute();
}

/** The part states of a message's SMS, by part number. */
export function smsPartStates(db: Executor, outboxId: number) {
  return db
    .selectFrom('outbox_sms_parts')
    .select(['part', 'state'])
    .where('outbox_id', '=', outboxId)
    .orderBy('part')
    .execute();
}

/** Messages that will never be sent without a person looking at them (kept, never dropped). */
export function listFailedMessages(db: Executor) {
  return db
    .selectFrom('outbox')
    .select(['id', 'created_at', 'channel', 'template', 'case_id', 'attempts', 'last_error'])
    .where('status', '=', 'failed')
    .orderBy('id')
    .execute();
}

/** One message by id, for tests and the admin view. */
export function findMessage(db: Executor, id: number) {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The messages to a case's citizen with their delivery state; never the recipient (staff pages show this). */
export async function messagesOfCase(
  db: Executor,
  caseId: number,
): Promise<{ id: number; created_at: string; channel: string; template: string; state: DeliveryState }[]> {
  const rows = await db
    .selectFrom('outbox')
    .select(['id', 'created_at', 'channel', 'template', 'status'])
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const parts = await db
    .selectFrom('outbox_sms_parts')
    .select(['outbox_id', 'state'])
    .where(
      'outbox_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map(({ status, ...row }) => ({
    ...row,
    state: deliveryState(
      status,
      parts.filter((p) => p.outbox_id === row.id).map((p) => p.state),
    ),
  }));
}

/** The pending message due longest, if it has been due since before `dueBefore` (readiness: is anyone sending?). */
export function oldestOverdueMessage(db: Executor, dueBefore: string) {
  return db
    .selectFrom('outbox')
    .select(['channel', 'next_attempt_at'])
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<', dueBefore)
    .orderBy('next_attempt_at')
    .limit(1)
    .executeTakeFirst();
}

/** Per channel: how many messages wait to be sent and when the oldest of them was written (for /metrics). */
export function pendingByChannel(db: Executor) {
  return db
    .selectFrom('outbox')
    .select((eb) => ['channel', eb.fn.countAll<number>().as('count'), eb.fn.min('created_at').as('oldest')])
    .where('status', '=', 'pending')
    .groupBy('channel')
    .execute();
}

/** Messages by channel and state (pending, sent, failed), for /metrics: rows are kept, so these only grow. */
export function messageCountsByChannel(db: Executor) {
  return db
    .selectFrom('outbox')
    .select((eb) => ['channel', 'status', eb.fn.countAll<number>().as('count')])
    .groupBy(['channel', 'status'])
    .execute();
}

/** SMS parts handed to the SMSC, by what their receipts said (submitted, delivered, failed), for /metrics. */
export function smsPartCounts(db: Executor) {
  return db
    .selectFrom('outbox_sms_parts')
    .select((eb) => ['state', eb.fn.countAll<number>().as('count')])
    .groupBy('state')
    .execute();
}
