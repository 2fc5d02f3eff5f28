// Receiving the bot's updates: each handled once and never lost (platform/inbound), and — in polling mode — by
// one process only: the one holding the lease in the database asks Telegram, the others wait to take over.
import { timingSafeEqual } from 'node:crypto';
import type { Api } from 'grammy';
import type { Update } from 'grammy/types';
import type { Executor } from '../../db/database';
import { handleOnce, type InboundOutcome } from '../inbound/receive-once';
import { messageOf } from '../repeat';
import { releaseLease, takeLease } from './telegram.queries';

type BotApiSignal = Parameters<Api['getUpdates']>[1];

export type UpdateHandler = (update: Update) => Promise<void>;

/** The updates the bot acts on; others (edits, channel posts) are not asked for. */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

const POLLING_LEASE = 'polling';

/**
 * Handles an update unless it was handled before. The update is claimed, handled, then marked handled; a
 * failure gives it back. A process killed while handling leaves a claim that runs out (2 minutes): until
 * then a redelivery is `busy` (Telegram delivers it again later), after it the update is handled — never
 * lost. A redelivery after handling is `duplicate`.
 */
export function handleUpdateOnce(
  db: Executor,
  update: Update,
  handle: UpdateHandler,
  now = new Date(),
): Promise<InboundOutcome> {
  return handleOnce(db, `telegram:${update.update_id}`, () => handle(update), { now });
}

/** Whether the webhook's request carries the secret given to setWebhook (compared in constant time). */
export function webhookSecretMatches(header: string | undefined, secret: string): boolean {
  if (header === undefined) return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface PollingOptions {
  /** This process's name in the lease (host and pid by default). */
  holder: string;
  /** How long a lease holds without renewal; a poll never waits longer than half of it. */
  leaseMs?: number;
  /** How long one getUpdates waits for an update (long polling). */
  pollSeconds?: number;
  /** How often a process without the lease looks whether it expired. */
  idleMs?: number;
  log?: (line: string) => void;
}

/**
 * Polls the Bot API while this process holds the lease, renewing it before each poll. Telegram answers 409
 * to a second poller, so without the lease several processes sharing PostgreSQL would fight. stop() aborts
 * the poll under way and ends the lease, so another process takes over at its next look.
 */
export function startPolling(
  db: Executor,
  api: Api,
  handle: UpdateHandler,
  options: PollingOptions,
): { stop(): Promise<void>; holdsLease(): boolean } {
  const leaseMs = options.leaseMs ?? 30_000;
  const pollSeconds = Math.max(0, Math.min(options.pollSeconds ?? 10, Math.floor(leaseMs / 2000)));
  const idleMs = options.idleMs ?? 5000;
  const log = options.log ?? console.error;
  const abort = new AbortController();
  // grammy types its signal as the abort-controller shim's; Node's own works the same at run time.
  const signal = abort.signal as unknown as BotApiSignal;
  let stopped = false;
  let holding = false;
  let offset: number | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      abort.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    });

  async function turn() {
    const now = new Date();
    const holds = await takeLease(
      db,
      POLLING_LEASE,
      options.holder,
      now.toISOString(),
      new Date(now.getTime() + leaseMs).toISOString(),
    );
    if (!holds) {
      if (holding) log('Telegram: another process took over receiving updates');
      holding = false;
      offset = undefined;
      await sleep(idleMs);
      return;
    }
    if (!holding) {
      log('Telegram: this process receives the bot’s updates (polling)');
      // A webhook left from webhook mode makes getUpdates fail.
      await api.deleteWebhook({}, signal);
      holding = true;
    }
    const updates = await api.getUpdates(
      { offset, timeout: pollSeconds, allowed_updates: [...ALLOWED_UPDATES] },
      signal,
    );
    for (const update of updates) {
      if (stopped) break;
      try {
        // Claimed by a process that died while handling it: asked for again (offset kept) once the claim runs out.
        if ((await handleUpdateOnce(db, update, handle)) === 'busy') {
          await sleep(idleMs);
          return;
        }
      } catch (err) {
        // Not retried: a poison update would otherwise stop the bot for everyone.
        log(`Telegram: update ${update.update_id} failed: ${messageOf(err)}`);
      }
      offset = update.update_id + 1;
    }
  }

  const running = (async () => {
    while (!stopped) {
      try {
        await turn();
      } catch (err) {
        if (stopped) break;
        log(`Telegram: polling failed: ${messageOf(err)}`);
        await sleep(Math.min(idleMs, 5000));
      }
    }
  })();

  return {
    holdsLease: () => holding,
    async stop() {
      stopped = true;
      abort.abort();
      await running;
      if (holding) await releaseLease(db, POLLING_LEASE, options.holder, new Date().toISOString());
      holding = false;
    },
  };
}
