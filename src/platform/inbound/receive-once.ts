// Each message from outside (a Telegram update, a citizen's SMS) handled once, and never lost: the message is
// claimed for a while, handled, then marked handled. A redelivery while it is handled is "busy" (the channel
// is asked to deliver it again later), after it "duplicate" (skipped). A process that dies while handling
// leaves a claim that runs out, so the channel's next delivery is handled — the message is not lost; what
// the dead handler had already written is met by the handlers' own checks (a spent link, a cleared draft,
// a case no longer awaiting a reply).
import type { Executor } from '../../db/database';
import { messageOf, repeatEvery } from '../repeat';
import {
  claimInbound,
  finishInbound,
  forgetInbound,
  inboundBeingHandled,
  releaseInbound,
} from './inbound.queries';

export type InboundOutcome = 'handled' | 'duplicate' | 'busy';

/** Long enough for any handler (a photo fetched in at most 30 s), short enough that a crash costs little. */
export const INBOUND_CLAIM_MS = 2 * 60_000;
/** Telegram keeps an update at most 24 hours and SMSCs retry for less: then a duplicate cannot come. */
const INBOUND_MEMORY_MS = 48 * 60 * 60_000;

export interface OnceOptions {
  now?: Date;
  claimMs?: number;
  /** The same key this much later is a new message (an SMS typed again), not a redelivery. */
  repeatsAfterMs?: number;
}

/** Handles the message `key` unless it was (or is being) handled; gives it back if `handle` throws. */
export async function handleOnce(
  db: Executor,
  key: string,
  handle: () => Promise<void>,
  options: OnceOptions = {},
): Promise<InboundOutcome> {
  const now = options.now ?? new Date();
  const claimed = await claimInbound(db, key, {
    now: now.toISOString(),
    until: new Date(now.getTime() + (options.claimMs ?? INBOUND_CLAIM_MS)).toISOString(),
    repeatsBefore:
      options.repeatsAfterMs === undefined
        ? undefined
        : new Date(now.getTime() - options.repeatsAfterMs).toISOString(),
  });
  if (!claimed) return (await inboundBeingHandled(db, key)) ? 'busy' : 'duplicate';
  try {
    await handle();
  } catch (err) {
    await releaseInbound(db, key);
    throw err;
  }
  await finishInbound(db, key);
  return 'handled';
}

/** Hourly: messages older than any redelivery are forgotten. */
export function startForgettingInbound(db: Executor, log: (line: string) => void = console.error) {
  return repeatEvery(
    60 * 60_000,
    () => forgetInbound(db, new Date(Date.now() - INBOUND_MEMORY_MS).toISOString()),
    (err) => log(`Forgetting old received message keys failed: ${messageOf(err)}`),
  );
}
