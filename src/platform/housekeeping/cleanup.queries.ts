// The clean-up's deletions: each kind of short-lived record created before its cut-off (an ISO instant).
import type { Executor } from '../../db/database';

export interface CleanupReport {
  formTokens: number;
  rateEvents: number;
  idempotencyKeys: number;
  citizenPasses: number;
}

export async function deleteShortLivedRecords(
  db: Executor,
  before: Record<keyof CleanupReport, string>,
): Promise<CleanupReport> {
  const formTokens = await db
    .deleteFrom('form_tokens')
    .where('created_at', '<', before.formTokens)
    .executeTakeFirst();
  const rateEvents = await db
    .deleteFrom('rate_events')
    .where('at', '<', before.rateEvents)
    .executeTakeFirst();
  const idempotencyKeys = await db
    .deleteFrom('idempotency_keys')
    .where('created_at', '<', before.idempotencyKeys)
    .executeTakeFirst();
  const citizenPasses = await db
    .deleteFrom('citizen_passes')
    .where('created_at', '<', before.citizenPasses)
    .executeTakeFirst();
  return {
    citizenPasses: Number(citizenPasses.numDeletedRows),
    formTokens: Number(formTokens.numDeletedRows),
    rateEvents: Number(rateEvents.numDeletedRows),
    idempotencyKeys: Number(idempotencyKeys.numDeletedRows),
  };
}
