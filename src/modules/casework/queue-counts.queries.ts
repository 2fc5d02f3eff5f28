// The counts at the top of a queue: how many cases are new, overdue and waiting, each a link to its list.
import type { Kysely } from 'kysely';
import type { Database, Executor } from '../../db/database';
import type { CaseStatus } from './case.rules';
import type { QueueScope } from './queue.queries';
import { COUNTED_STATUSES, type QueueCounts } from './queue-counts.rules';

function scoped(db: Executor, scope: QueueScope) {
  const q = (db as unknown as Kysely<Database>).selectFrom('cases');
  return 'offices' in scope
    ? q.where('cases.office_code', 'in', [...scope.offices])
    : q
        .where('cases.destination_kind', '=', 'commission')
        .where('cases.commission_code', 'in', [...scope.commissions]);
}

/** The scope's new, overdue (due date before `today`) and waiting cases, counted. */
export async function countQueue(db: Executor, scope: QueueScope, today: string): Promise<QueueCounts> {
  const codes = 'offices' in scope ? scope.offices : scope.commissions;
  if (codes.length === 0) return { fresh: 0, overdue: 0, waiting: 0 };
  const statuses = COUNTED_STATUSES['offices' in scope ? 'office' : 'commission'];
  const byStatus = await scoped(db, scope)
    .where('cases.status', 'in', [statuses.fresh, statuses.waiting])
    .select(['cases.status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('cases.status')
    .execute();
  const overdue = await scoped(db, scope)
    .where('cases.due_date', '<', today)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const of = (status: CaseStatus) => Number(byStatus.find((r) => r.status === status)?.n ?? 0);
  return { fresh: of(statuses.fresh), overdue: Number(overdue.n), waiting: of(statuses.waiting) };
}
