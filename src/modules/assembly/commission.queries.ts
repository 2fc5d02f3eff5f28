// Every SQL statement of the Assembly's commissions.
import type { Executor } from '../../db/database';
import type { CommissionsTable } from './commission.table';

export function listCommissions(db: Executor) {
  return db.selectFrom('commissions').selectAll().orderBy('code').execute();
}

export function findCommission(db: Executor, code: string) {
  return db.selectFrom('commissions').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function countCommissions(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('commissions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertCommissions(db: Executor, rows: Omit<CommissionsTable, 'id'>[]) {
  if (rows.length) await db.insertInto('commissions').values(rows).execute();
}

export function updateCommission(
  db: Executor,
  code: string,
  changes: Pick<CommissionsTable, 'name_en' | 'name_km' | 'is_active' | 'updated_at'>,
) {
  return db.updateTable('commissions').set(changes).where('code', '=', code).executeTakeFirst();
}
