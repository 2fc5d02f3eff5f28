// Sends the outbox after commit: claim a due row with a lease, send, mark sent — or back off and retry, then fail.
//
// Never twice: a row is claimed by one conditional UPDATE before it is sent, so concurrent dispatchers
// (several app processes on PostgreSQL) never send the same row in the same lease. One exception: if the
// process dies after the SMSC or SMTP server accepted a message but before it is marked sent, the lease
// runs out and that one row is sent again. Neither protocol has an idempotency key, so that one resend is
// the price of never losing a message; sender timeouts are kept far below the lease so a slow send cannot
// overlap one.
// A process that stops hands back the row it is still sending (due again at once, the attempt not
// counted) instead of leaving it to its lease, so a deploy does not hold messages back for 5 minutes.
import type { Executor } from '../../db/database';
import { logger } from '../log/logger';
import { messageOf, repeatEvery } from '../repeat';
import { type RenderContext, RenderError, renderMessage, withoutSecrets } from './messages';
import {
  claimMessage,
  handBackClaim,
  listDueIds,
  markAttemptFailed,
  markSent,
  recordSmsParts,
} from './outbox.queries';
import { type Senders, SenderUnavailable } from './sender';

export interface DispatchOptions extends RenderContext {
  /** How long a claim holds before another dispatcher may take the row again. */
  leaseMs?: number;
  /** After this many attempts a row is 'failed' (kept for a person to see). */
  maxAttempts?: number;
  /** Rows looked at per call. */
  batchSize?: number;
  /** Asked before each row is claimed; false ends the run (the process is stopping). */
  keepGoing?: () => boolean;
  /** Aborted when the process will wait no longer for a send: that row is handed back. */
  signal?: AbortSignal;
}

export const DEFAULT_LEASE_MS = 5 * 60_000;
export const DEFAULT_MAX_ATTEMPTS = 10;
export const DEFAULT_SEND_GRACE_MS = 5000;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = 60 * 60_000;
/** How soon a message waits when its channel is down (the SMPP link): it goes within this after the link returns. */
export const UNAVAILABLE_RETRY_MS = 30_000;

/** Wait before the next try after `attempts` failures: 30 s, 1 min, 2 min … capped at 1 h. */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

export interface DispatchReport {
  sent: number;
  retried: number;
  failed: number;
  /** Claimed, not sent, and due again now because the process stopped. */
  handedBack: number;
}

/** Claims the due pending rows and sends each; returns what happened. `now` is the dispatcher's clock. */
export async function dispatchDue(
  db: Executor,
  senders: Senders,
  now: Date,
  options: DispatchOptions,
): Promise<DispatchReport> {
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const nowIso = now.toISOString();
  const report: DispatchReport = { sent: 0, retried: 0, failed: 0, handedBack: 0 };

  for (const id of await listDueIds(db, nowIso, options.batchSize ?? 50)) {
    if (options.keepGoing && !options.keepGoing()) break;
    const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
    const row = await claimMessage(db, id, nowIso, leaseUntil);
    if (!row) continue; // another dispatcher took it
    let error: string;
    let permanent = false;
    try {
      const { subject, text } = renderMessage(row.template, row.lang, row.payload, {
        ...options,
        channel: row.channel,
      });
      const sender = senders[row.channel];
      if (!sender) throw new Error(`no sender for channel "${row.channel}"`);
      const settled = await settledBefore(
        sender.send({
          recipient: row.recipient,
          subject,
          text,
          lang: row.lang,
          template: row.template,
          trackingCode: trackingCodeOf(row.payload),
        }),
        options.signal,
      );
      if (!settled.done) {
        if (await handBackClaim(db, row.id, { attempts: row.attempts, leaseUntil }, nowIso)) {
          report.handedBack++;
        }
        break;
      }
      const result = settled.value;
      await markSent(db, row.id, row.attempts, nowIso, withoutSecrets(row.payload));
      if (result?.smscMessageIds) await recordSmsParts(db, row.id, result.smscMessageIds, nowIso);
      report.sent++;
      continue;
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
      if (err instanceof SenderUnavailable) {
        const at = new Date(now.getTime() + UNAVAILABLE_RETRY_MS).toISOString();
        await handBackClaim(db, row.id, { attempts: row.attempts, leaseUntil }, at, error.slice(0, 1000));
        report.retried++;
        continue;
      }
      // A row that cannot be rendered will not render next time either.
      permanent = err instanceof RenderError;
    }
    const giveUp = permanent || row.attempts >= maxAttempts;
    const retry = giveUp
      ? { finalPayload: withoutSecrets(row.payload) }
      : { at: new Date(now.getTime() + backoffMs(row.attempts)).toISOString() };
    await markAttemptFailed(db, row.id, row.attempts, error.slice(0, 1000), retry);
    if (giveUp) report.failed++;
    else report.retried++;
  }
  return report;
}

/** The tracking code a rendered payload carries (renderMessage has checked it). */
function trackingCodeOf(payloadJson: string): string | undefined {
  return (JSON.parse(payloadJson) as { trackingCode?: string }).trackingCode;
}

/** `work`'s value when it settles first (its error is thrown), `done: false` when `signal` aborts first. */
function settledBefore<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
): Promise<{ done: true; value: T } | { done: false }> {
  if (!signal) return work.then((value) => ({ done: true, value }));
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve({ done: false });
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve({ done: true, value });
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

/** Runs dispatchDue every `intervalMs` until stopped; one run at a time, errors logged and retried next tick. */
export function startOutboxLoop(
  db: Executor,
  senders: Senders,
  options: DispatchOptions & { intervalMs?: number; log?: (line: string) => void },
): { stop(options?: { sendGraceMs?: number }): Promise<void>; firstRun: Promise<void> } {
  const log = options.log ?? ((line: string) => logger.warn({ job: 'outbox' }, line));
  const loop = repeatEvery(
    options.intervalMs ?? 5000,
    async ({ stopping, signal }) => {
      const started = performance.now();
      const report = await dispatchDue(db, senders, new Date(), {
        ...options,
        keepGoing: () => !stopping(),
        signal,
      });
      // One line per run that did something; an idle run every 5 s would bury the rest.
      if (report.sent || report.retried || report.failed || report.handedBack) {
        logger.info({ job: 'outbox', ...report, ms: Math.round(performance.now() - started) }, 'outbox run');
      }
      if (report.handedBack) {
        log(`Outbox: stopping; handed back ${report.handedBack} message(s) not yet sent, due again now`);
      }
    },
    (err) => log(`Outbox: dispatch failed: ${messageOf(err)}`),
  );
  return {
    /** No new claims; the message being sent gets `sendGraceMs` (default 5 s) to finish, then is handed back. */
    stop: ({ sendGraceMs = DEFAULT_SEND_GRACE_MS } = {}) => loop.stop({ graceMs: sendGraceMs }),
    firstRun: loop.firstRun,
  };
}
