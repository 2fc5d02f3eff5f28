// The fee history of the catalogue: which fee is in force on a day, and the list of changes.
import type { Executor } from '../../db/database';

/** The fee row in force on a Phnom Penh date ('YYYY-MM-DD'): the latest effective_from on or before it. */
export function feeInForce(db: Executor, serviceCode: string, onDate: string) {
  return db
    .selectFrom('owso_fees')
    .selectAll()
    .where('service_code', '=', serviceCode)
    .where('effective_from', '<=', onDate)
    .orderBy('effective_from', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Every fee of every service in force on a day, keyed by service code (one query for a whole list). */
export async function feesInForce(db: Executor, onDate: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('owso_fees')
    .select(['service_code', 'fee_riel', 'effective_from'])
    .where('effective_from', '<=', onDate)
    .orderBy('service_code')
    .orderBy('effective_from')
    .execute();
  // Ordered by date, so the last row of each service wins.
  return new Map(rows.map((r) => [r.service_code, r.fee_riel]));
}

/** A service's fee changes, newest first, including those that take effect later. */
export function feeHistory(db: Executor, serviceCode: string) {
  return db
    .selectFrom('owso_fees')
    .selectAll()
    .where('service_code', '=', serviceCode)
    .orderBy('effective_from', 'desc')
    .execute();
}
