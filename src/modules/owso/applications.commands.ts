// Commands on an application after its receipt: the clerk moves its status on; the citizen rates it when done.
import type { Db } from '../../db/connect';
import { actorOf, appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { fail, ok, type Result } from '../../platform/result';
import { nextStatuses, processingOutcome } from './applications.rules';
import { findReceipt, holidaysSet, moveApplication, rateOnce } from './counter.queries';
import type { ApplicationStatus } from './counter.table';
import { mayWorkCounterAt } from './owso.policy';

export type AdvanceError = 'not-found' | 'not-your-office' | 'not-allowed-now' | 'changed-meanwhile';

/** Moves the application forward; reaching `done` records its processing days and whether on time. */
export async function advanceApplication(
  db: Db,
  number: string,
  to: ApplicationStatus,
  user: CurrentUser,
  now: Date,
): Promise<Result<{ status: ApplicationStatus; onTime: boolean | null }, AdvanceError>> {
  const receipt = await findReceipt(db.kysely, number);
  if (!receipt) return fail('not-found');
  if (!mayWorkCounterAt(user, receipt.place_code)) return fail('not-your-office');
  if (!nextStatuses(receipt.status).includes(to)) return fail('not-allowed-now');
  const at = now.toISOString();
  let outcome: { processingDays: number; onTime: boolean } | null = null;
  if (to === 'done') {
    outcome = processingOutcome(
      receipt.received_on,
      phnomPenhDate(now),
      receipt.max_days,
      await holidaysSet(db.kysely),
    );
  }
  const moved = await db.kysely.transaction().execute(async (trx) => {
    const set = outcome
      ? {
          status: to,
          updated_at: at,
          done_at: at,
          processing_days: outcome.processingDays,
          on_time: outcome.onTime ? 1 : 0,
        }
      : { status: to, updated_at: at };
    if (!(await moveApplication(trx, receipt.application_id, receipt.status, set))) return false;
    await appendAudit(trx, actorOf(user), {
      action: 'owso.application.status',
      entityType: 'owso_receipt',
      entityId: receipt.number,
      before: { status: receipt.status },
      after: outcome
        ? { status: to, processingDays: outcome.processingDays, onTime: outcome.onTime }
        : { status: to },
    });
    return true;
  });
  if (!moved) return fail('changed-meanwhile');
  return ok({ status: to, onTime: outcome ? outcome.onTime : null });
}

export type RateError = 'not-found' | 'not-done' | 'already-rated' | 'cancelled';

/** The citizen's 1–5 rating of a done application, once (anyone holding the receipt number). */
export async function rateApplication(
  db: Db,
  number: string,
  rating: number,
  now: Date,
): Promise<Result<{ rating: number }, RateError>> {
  const receipt = await findReceipt(db.kysely, number);
  if (!receipt) return fail('not-found');
  if (receipt.cancelled_at) return fail('cancelled');
  if (receipt.status !== 'done') return fail('not-done');
  if (receipt.rating !== null) return fail('already-rated');
  const rated = await db.kysely.transaction().execute(async (trx) => {
    if (!(await rateOnce(trx, receipt.application_id, rating, now.toISOString()))) return false;
    await appendAudit(
      trx,
      { userId: null, label: 'citizen' },
      {
        action: 'owso.application.rate',
        entityType: 'owso_receipt',
        entityId: receipt.number,
        after: { rating },
      },
    );
    return true;
  });
  return rated ? ok({ rating }) : fail('already-rated');
}
