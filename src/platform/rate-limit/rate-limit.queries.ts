// Counts events per caller in a sliding window, in the database so every app process sees the same counts.
import { createHash } from 'node:crypto';
import type { Executor } from '../../db/database';

export interface RateLimit {
  bucket: string;
  max: number;
  windowMs: number;
}

/** Public concern intake: generous for a family or a village sharing one phone, tight for a flood. */
export const PUBLIC_INTAKE_LIMIT: RateLimit = { bucket: 'public-intake', max: 20, windowMs: 60 * 60 * 1000 };

const hashOf = (callerKey: string) => createHash('sha256').update(callerKey).digest('hex');

/** Whether the caller has used up the limit (nothing recorded): for limits that count only failures. */
export async function rateLimitReached(
  db: Executor,
  limit: RateLimit,
  callerKey: string,
  now: Date,
): Promise<boolean> {
  const since = new Date(now.getTime() - limit.windowMs).toISOString();
  const row = await db
    .selectFrom('rate_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('bucket', '=', limit.bucket)
    .where('key_hash', '=', hashOf(callerKey))
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n) >= limit.max;
}

/** Counts one event against the caller, whatever the count (a failed guess is counted even past the limit). */
export async function recordRateEvent(db: Executor, limit: RateLimit, callerKey: string, now: Date) {
  await db
    .insertInto('rate_events')
    .values({ bucket: limit.bucket, key_hash: hashOf(callerKey), at: now.toISOString() })
    .execute();
}

/**
 * Records one event for the caller and answers whether it is within the limit; a refused event is not
 * recorded, so a caller who waits gets through again. Concurrent callers may overshoot by a few.
 */
export async function takeRateSlot(
  db: Executor,
  limit: RateLimit,
  callerKey: string,
  now: Date,
): Promise<boolean> {
  if (await rateLimitReached(db, limit, callerKey, now)) return false;
  await recordRateEvent(db, limit, callerKey, now);
  return true;
}
