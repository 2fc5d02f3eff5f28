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
  const keyHash = createHash('sha256').update(callerKey).digest('hex');
  const since = new Date(now.getTime() - limit.windowMs).toISOString();
  const row = await db
    .selectFrom('rate_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('bucket', '=', limit.bucket)
    .where('key_hash', '=', keyHash)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  if (Number(row.n) >= limit.max) return false;
  await db
    .insertInto('rate_events')
    .values({ bucket: limit.bucket, key_hash: keyHash, at: now.toISOString() })
    .execute();
  return true;
}
