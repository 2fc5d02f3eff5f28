// The checks every Sala has (database, outbox) and the SMS link's, for the readiness registry.
import { GrammyError } from 'grammy';
import type { Executor } from '../../db/database';
import { oldestOverdueMessage } from '../outbox/outbox.queries';
import { pingDatabase } from './health.queries';
import { errorKind, Readiness, type ReadinessCheck } from './readiness';

/** A message due this long without a dispatcher taking it means no outbox loop is working. */
export const OUTBOX_STALL_MINUTES = 10;

export const databaseCheck = (db: Executor): ReadinessCheck => ({
  name: 'database',
  async check() {
    try {
      await pingDatabase(db);
      return { ok: true };
    } catch (err) {
      return { ok: false, reason: `the database does not answer (${errorKind(err)})` };
    }
  },
});

/**
 * The outbox moves when every due message is taken within minutes. A message waiting for its next try
 * after a failure is not due yet, and one held back while its channel is down is moved on every 30 s, so
 * neither counts here: the channel's own check reports the outage.
 */
export const outboxCheck = (db: Executor, stallMinutes = OUTBOX_STALL_MINUTES): ReadinessCheck => ({
  name: 'outbox',
  async check(now) {
    const before = new Date(now.getTime() - stallMinutes * 60_000).toISOString();
    const stalled = await oldestOverdueMessage(db, before);
    if (!stalled) return { ok: true };
    const minutes = Math.floor((now.getTime() - Date.parse(stalled.next_attempt_at)) / 60_000);
    return {
      ok: false,
      reason: `a ${stalled.channel} message has been due for ${minutes} minutes and no process has taken it (is the outbox loop running?)`,
    };
  },
});

/** The SMPP session (when SMS go over SMPP): bound to the SMS centre or not. */
export const smsLinkCheck = (sender: { readonly bound: boolean }): ReadinessCheck => ({
  name: 'sms',
  async check() {
    return sender.bound
      ? { ok: true }
      : { ok: false, reason: 'not bound to the SMS centre (SMPP); messages wait until it is' };
  },
});

/** What every app checks: its database answers and its outbox moves. Channels register theirs on top. */
export const basicReadiness = (db: Executor) => new Readiness([databaseCheck(db), outboxCheck(db)]);

/** The Telegram bot (when configured): the Bot API answers getMe for its token. */
export const telegramLinkCheck = (api: { getMe(): Promise<unknown> }): ReadinessCheck => ({
  name: 'telegram',
  async check() {
    try {
      await api.getMe();
      return { ok: true };
    } catch (err) {
      if (err instanceof GrammyError)
        return { ok: false, reason: `the Bot API answered getMe with ${err.error_code}` };
      return { ok: false, reason: `the Bot API does not answer (${errorKind(err)})` };
    }
  },
});
