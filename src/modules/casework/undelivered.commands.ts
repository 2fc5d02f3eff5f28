// Commands of the staff list of messages that did not reach the citizen: read it (audited: it shows
// contacts), and retry one message on a channel the citizen gave — once, whoever presses retry.
import type { Db } from '../../db/connect';
import { actorOf, appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { TokenAlreadyUsed } from '../../platform/http/form-tokens';
import { useFormToken } from '../../platform/http/form-tokens.queries';
import { fail, ok, type Result } from '../../platform/result';
import { auditContactsShown, channelsOfCase } from './case-contacts.commands';
import { officesOf, worksInOffice } from './casework.policy';
import type { MessageChannel } from './contact-choice.rules';
import {
  failedPartsOf,
  findMessageWithCase,
  hasFailedPart,
  insertRetry,
  listUndelivered,
  markRetried,
} from './undelivered.queries';

export interface UndeliveredMessage {
  id: number;
  createdAt: string;
  trackingCode: string;
  template: string;
  channel: string;
  recipient: string;
  /** Why it did not arrive: failed for good (with the last error), or parts the network did not deliver. */
  reason:
    | { kind: 'failed'; attempts: number; error: string | null }
    | { kind: 'undelivered'; parts: number[] };
  /** The channels it may go on instead (those the citizen gave), with the one it went on. */
  channels: { channel: MessageChannel; address: string }[];
  retryable: boolean;
}

/**
 * The messages of the user's offices that did not reach the citizen, with the channels each may be
 * retried on. Office staff only (the roles that read the contacts of their office's cases); every case
 * shown leaves an audit row in the same transaction as the read.
 */
export async function readUndelivered(db: Db, user: CurrentUser): Promise<UndeliveredMessage[]> {
  const offices = officesOf(user);
  return db.kysely.transaction().execute(async (trx) => {
    const rows = await listUndelivered(trx, offices);
    const parts = await failedPartsOf(
      trx,
      rows.map((r) => r.id),
    );
    const channelsByCase = new Map<number, { channel: MessageChannel; address: string }[]>();
    for (const caseId of new Set(rows.map((r) => r.case_id))) {
      channelsByCase.set(caseId, await channelsOfCase(trx, caseId));
    }
    await auditContactsShown(
      trx,
      user,
      rows.map((r) => r.case_id),
      'undelivered-messages',
    );
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      trackingCode: r.tracking_code,
      template: r.template,
      channel: r.channel,
      recipient: r.recipient,
      reason:
        r.status === 'failed'
          ? { kind: 'failed' as const, attempts: r.attempts, error: r.last_error }
          : {
              kind: 'undelivered' as const,
              parts: parts
                .filter((p) => p.outbox_id === r.id && p.state === 'failed')
                .map((p) => p.part ?? 0),
            },
      channels: channelsByCase.get(r.case_id) ?? [],
      retryable: isRetryable(r.template),
    }));
  });
}

/** A one-time code is valid 15 minutes and was stripped when given up: the citizen asks for a new one. */
function isRetryable(template: string): boolean {
  return template !== 'one_time_code';
}

export type RetryError =
  | 'not-found'
  | 'not-retryable'
  | 'delivered'
  | 'already-retried'
  | 'channel-not-given';

/**
 * Sends a message again, on `channel` (one the citizen gave an address for): a new pending message,
 * `retry_of` the old one, which is marked retried in the same transaction — only if nobody retried it,
 * so a second press (or a second staff member) sends nothing more. The form's one-time token is used
 * in the same transaction: a double tap of the same form rolls back and reads as already retried.
 */
export async function retryMessage(
  db: Db,
  user: CurrentUser,
  input: { messageId: number; channel: string; form: { tokenHash: string; contentHash: string } },
  now: Date,
): Promise<Result<{ trackingCode?: string }, RetryError>> {
  const nowIso = now.toISOString();
  return db.kysely.transaction().execute(async (trx) => {
    const message = await findMessageWithCase(trx, input.messageId);
    if (!message || !worksInOffice(user, message)) return fail('not-found');
    if (message.retried_at !== null) return fail('already-retried');
    if (!isRetryable(message.template)) return fail('not-retryable');
    const undelivered =
      message.status === 'failed' || (message.status === 'sent' && (await hasFailedPart(trx, message.id)));
    if (!undelivered) return fail(message.status === 'sent' ? 'delivered' : 'not-retryable');
    const target = (await channelsOfCase(trx, message.case_id)).find((c) => c.channel === input.channel);
    await auditContactsShown(trx, user, [message.case_id], 'retry-message');
    if (!target) return fail('channel-not-given');
    if (!(await markRetried(trx, message.id, nowIso))) return fail('already-retried');
    await insertRetry(trx, {
      retryOf: message.id,
      channel: target.channel,
      recipient: target.address,
      template: message.template,
      lang: message.lang,
      // Already without its secrets: a private link becomes the public tracking page's link.
      payload: message.payload,
      caseId: message.case_id,
      now: nowIso,
    });
    await appendAudit(trx, actorOf(user), {
      action: 'outbox.retry',
      entityType: 'case',
      entityId: message.case_id,
      after: { message: message.id, from: message.channel, to: target.channel },
    });
    if (
      !(await useFormToken(
        trx,
        input.form.tokenHash,
        { caseId: message.case_id, contentHash: input.form.contentHash },
        nowIso,
      ))
    ) {
      throw new TokenAlreadyUsed();
    }
    return ok({});
  });
}
