// SQL of the staff list of messages that did not reach the citizen, and of a retry (one per message).
import type { Executor } from '../../db/database';

/**
 * Messages of these offices' cases that failed for good, or were sent but a delivery receipt said a part
 * was not delivered — and that nobody has retried yet. Newest first. The recipient is personal data:
 * callers audit the read.
 */
export function listUndelivered(db: Executor, officeCodes: readonly string[], limit = 50) {
  return db
    .selectFrom('outbox')
    .innerJoin('cases', 'cases.id', 'outbox.case_id')
    .select([
      'outbox.id',
      'outbox.created_at',
      'outbox.channel',
      'outbox.recipient',
      'outbox.template',
      'outbox.status',
      'outbox.attempts',
      'outbox.last_error',
      'cases.id as case_id',
      'cases.tracking_code',
    ])
    .where('cases.office_code', 'in', officeCodes.length ? [...officeCodes] : [''])
    .where('outbox.retried_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('outbox.status', '=', 'failed'),
        eb.and([
          eb('outbox.status', '=', 'sent'),
          eb.exists(
            eb
              .selectFrom('outbox_sms_parts')
              .select('outbox_sms_parts.smsc_message_id')
              .whereRef('outbox_sms_parts.outbox_id', '=', 'outbox.id')
              .where('outbox_sms_parts.state', '=', 'failed'),
          ),
        ]),
      ]),
    )
    .orderBy('outbox.id', 'desc')
    .limit(limit)
    .execute();
}

/** The part states of several messages' SMS, for the reason each was not delivered. */
export function failedPartsOf(db: Executor, outboxIds: readonly number[]) {
  return db
    .selectFrom('outbox_sms_parts')
    .select(['outbox_id', 'part', 'state'])
    .where('outbox_id', 'in', outboxIds.length ? [...outboxIds] : [-1])
    .orderBy('part')
    .execute();
}

/** One message with the case that decides who may retry it. */
export function findMessageWithCase(db: Executor, id: number) {
  return db
    .selectFrom('outbox')
    .innerJoin('cases', 'cases.id', 'outbox.case_id')
    .select([
      'outbox.id',
      'outbox.channel',
      'outbox.template',
      'outbox.lang',
      'outbox.payload',
      'outbox.status',
      'outbox.retried_at',
      'cases.id as case_id',
      'cases.office_code',
      'cases.commission_code',
      'cases.destination_kind',
      'cases.confidential',
      'cases.consent_to_share',
    ])
    .where('outbox.id', '=', id)
    .executeTakeFirst();
}

/** Whether a receipt said a part of this message's SMS was not delivered. */
export async function hasFailedPart(db: Executor, outboxId: number): Promise<boolean> {
  const row = await db
    .selectFrom('outbox_sms_parts')
    .select('smsc_message_id')
    .where('outbox_id', '=', outboxId)
    .where('state', '=', 'failed')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Marks a message retried, only if nobody did: one conditional UPDATE, so of two staff retrying at once
 * (PostgreSQL re-checks the WHERE after the row lock; SQLite has one writer) exactly one wins.
 */
export async function markRetried(db: Executor, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ retried_at: now })
    .where('id', '=', id)
    .where('retried_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Writes the retry as a new pending message, due at once. */
export async function insertRetry(
  db: Executor,
  m: {
    retryOf: number;
    channel: string;
    recipient: string;
    template: string;
    lang: string;
    payload: string;
    caseId: number;
    now: string;
  },
): Promise<void> {
  await db
    .insertInto('outbox')
    .values({
      created_at: m.now,
      channel: m.channel,
      recipient: m.recipient,
      template: m.template,
      lang: m.lang,
      payload: m.payload,
      case_id: m.caseId,
      status: 'pending',
      next_attempt_at: m.now,
      sent_at: null,
      last_error: null,
      retry_of: m.retryOf,
    })
    .execute();
}
