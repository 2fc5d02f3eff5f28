// Housekeeping: deletes short-lived request records once they can no longer matter. They are telemetry
// and one-time plumbing, not records of what anyone did, so (like login attempts) the deletions are not audited.
import type { Executor } from '../../db/database';
import { logger } from '../log/logger';
import { messageOf, repeatEvery } from '../repeat';
import { type CleanupReport, deleteShortLivedRecords } from './cleanup.queries';

export type { CleanupReport } from './cleanup.queries';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** How long each kind of record is kept, and why that is safe. */
export const RETENTION_MS = {
  // A concern form's one-time token. A form still open after two days is stale anyway: sending it then
  // shows the "please reload the form" page and nothing is lost but a reload. (A used token only lets a
  // second tap of the same form land on the case it created — seconds later, never days.)
  formTokens: 2 * DAY_MS,
  // Rate-limit events count within a one-hour sliding window: after that they never count again; two
  // days leaves room for a longer window without deleting what it would still need.
  rateEvents: 2 * DAY_MS,
  // An Idempotency-Key record replays the answer to a retried API request. A client retrying after a
  // week is not retrying the same request, so it gets a fresh answer.
  idempotencyKeys: 7 * DAY_MS,
  // One-time codes live 15 minutes and the passes they open 30: after two days a row only says that
  // someone once asked for a code (its hash proves nothing any more).
  citizenPasses: 2 * DAY_MS,
} as const;

/** Deletes what is older than its retention; returns how many rows of each went. */
export async function cleanUp(db: Executor, now: Date): Promise<CleanupReport> {
  const before = (keepMs: number) => new Date(now.getTime() - keepMs).toISOString();
  return deleteShortLivedRecords(db, {
    formTokens: before(RETENTION_MS.formTokens),
    rateEvents: before(RETENTION_MS.rateEvents),
    idempotencyKeys: before(RETENTION_MS.idempotencyKeys),
    citizenPasses: before(RETENTION_MS.citizenPasses),
  });
}

/**
 * Runs the clean-up now and then every `intervalMs` (hourly). A failure is logged and the next run tries
 * again: a missed clean-up only keeps some rows a little longer. Every process may run it (deletes are idempotent).
 */
export function startCleanupLoop(
  db: Executor,
  options: { intervalMs?: number; log?: (line: string) => void } = {},
): ReturnType<typeof repeatEvery> {
  const log = options.log ?? ((line: string) => logger.error({ job: 'cleanup' }, line));
  return repeatEvery(
    options.intervalMs ?? HOUR_MS,
    async () => {
      const started = performance.now();
      const deleted = await cleanUp(db, new Date());
      if (Object.values(deleted).some((n) => n > 0)) {
        logger.info({ job: 'cleanup', deleted, ms: Math.round(performance.now() - started) }, 'clean-up run');
      }
    },
    (err) => log(`Clean-up failed: ${messageOf(err)}`),
  );
}
