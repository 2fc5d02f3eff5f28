// Every SQL statement of an office's books: budget lines, expenses, spent per line, audit trail of an entry.

import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { BudgetLine, CoExpensesTable, ExpenseStatus } from './constituency.table';

export function listOffices(db: Executor) {
  return db
    .selectFrom('offices')
    .select(['code', 'name_en', 'name_km', 'place_code'])
    .where('kind', '=', 'constituency_office')
    .orderBy('code')
    .execute();
}

export function findOffice(db: Executor, code: string) {
  return db
    .selectFrom('offices')
    .select(['code', 'name_en', 'name_km', 'place_code'])
    .where('code', '=', code)
    .where('kind', '=', 'constituency_office')
    .executeTakeFirst();
}

export function budgetLines(db: Executor, office: string, year: number) {
  return db
    .selectFrom('co_budget_lines')
    .select(['line', 'amount_riel', 'updated_at'])
    .where('office_code', '=', office)
    .where('year', '=', year)
    .execute();
}

export async function budgetOfLine(db: Executor, office: string, year: number, line: BudgetLine) {
  const row = await db
    .selectFrom('co_budget_lines')
    .select(['id', 'amount_riel'])
    .where('office_code', '=', office)
    .where('year', '=', year)
    .where('line', '=', line)
    .executeTakeFirst();
  return row ?? null;
}

export async function upsertBudgetLine(
  db: Executor,
  row: { office_code: string; year: number; line: BudgetLine; amount_riel: number; updated_at: string },
) {
  return db
    .insertInto('co_budget_lines')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['office_code', 'year', 'line'])
        .doUpdateSet({ amount_riel: row.amount_riel, updated_at: row.updated_at }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Approved spending per line (reversals count with their negative amounts). */
export function spentPerLine(db: Executor, office: string, year: number) {
  return db
    .selectFrom('co_expenses')
    .select(['line', (eb) => eb.fn.sum<number>('amount_riel').as('spent')])
    .where('office_code', '=', office)
    .where('year', '=', year)
    .where('status', '=', 'approved')
    .groupBy('line')
    .execute();
}

export async function spentOnLine(db: Executor, office: string, year: number, line: BudgetLine) {
  const row = await db
    .selectFrom('co_expenses')
    .select((eb) => eb.fn.sum<number | null>('amount_riel').as('spent'))
    .where('office_code', '=', office)
    .where('year', '=', year)
    .where('line', '=', line)
    .where('status', '=', 'approved')
    .executeTakeFirst();
  return Number(row?.spent ?? 0);
}

export async function insertExpense(db: Executor, row: Insertable<CoExpensesTable>) {
  const { id } = await db.insertInto('co_expenses').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function findExpense(db: Executor, id: number) {
  return db.selectFrom('co_expenses').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The reversal of an expense, if one was recorded. */
export function reversalOf(db: Executor, id: number) {
  return db.selectFrom('co_expenses').select(['id']).where('reverses_id', '=', id).executeTakeFirst();
}

/** Moves a pending expense to its decision; 0 rows when someone decided it meanwhile. */
export async function decideExpenseRow(
  db: Executor,
  id: number,
  set: {
    status: ExpenseStatus;
    overspend_justification: string | null;
    decided_by: number;
    decided_at: string;
  },
) {
  const result = await db
    .updateTable('co_expenses')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function listExpenses(db: Executor, office: string, year: number) {
  return db
    .selectFrom('co_expenses')
    .leftJoin('users as recorder', 'recorder.id', 'co_expenses.recorded_by')
    .select([
      'co_expenses.id',
      'co_expenses.line',
      'co_expenses.spent_on',
      'co_expenses.payee',
      'co_expenses.amount_riel',
      'co_expenses.amount_usd_cents',
      'co_expenses.usd_rate',
      'co_expenses.purpose',
      'co_expenses.status',
      'co_expenses.overspend_justification',
      'co_expenses.reverses_id',
      'co_expenses.receipt_file',
      'co_expenses.recorded_at',
      'co_expenses.is_demo',
      'recorder.display_name as recorded_by_name',
    ])
    .where('co_expenses.office_code', '=', office)
    .where('co_expenses.year', '=', year)
    .orderBy('co_expenses.spent_on', 'desc')
    .orderBy('co_expenses.id', 'desc')
    .execute();
}

/** Every audit row about an expense, oldest first. */
export function expenseAuditTrail(db: Executor, id: number) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor', 'action', 'summary'])
    .where('entity_type', '=', 'co_expense')
    .where('entity_id', '=', String(id))
    .orderBy('id')
    .execute();
}

/**
 * Takes the budget line's row lock for the rest of the transaction (a no-op write), so two approvals on
 * one line are decided one after the other on PostgreSQL and both see what the other spent.
 */
export async function lockBudgetLine(db: Executor, office: string, year: number, line: BudgetLine) {
  await db
    .updateTable('co_budget_lines')
    .set((eb) => ({ amount_riel: eb.ref('amount_riel') }))
    .where('office_code', '=', office)
    .where('year', '=', year)
    .where('line', '=', line)
    .execute();
}

export async function displayNameOf(db: Executor, userId: number | null) {
  if (userId === null) return null;
  const row = await db.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirst();
  return row?.display_name ?? null;
}

/** The active accounts directing this office: who may decide its expenses (less the recorder). */
export function officeDirectors(db: Executor, office: string) {
  return db
    .selectFrom('role_grants as g')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select(['u.id', 'u.display_name'])
    .where('g.role', '=', 'co_director')
    .where('g.scope_type', '=', 'office')
    .where('g.scope_code', '=', office)
    .where('u.is_active', '=', 1)
    .orderBy('u.display_name')
    .execute();
}

/** Sets the receipt of an entry that has none; 0 rows when one was attached meanwhile. */
export async function setExpenseReceipt(
  db: Executor,
  id: number,
  receipt: { receipt_file: string; receipt_type: string; receipt_bytes: number },
) {
  const r = await db
    .updateTable('co_expenses')
    .set(receipt)
    .where('id', '=', id)
    .where('receipt_file', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Every office's year at a glance, for auditors: allowance, approved spending, entries waiting or without receipt. */
export async function booksOverview(db: Executor, year: number) {
  const [budgets, expenses] = await Promise.all([
    db
      .selectFrom('co_budget_lines')
      .select(['office_code', (eb) => eb.fn.sum<number>('amount_riel').as('budget')])
      .where('year', '=', year)
      .groupBy('office_code')
      .execute(),
    db
      .selectFrom('co_expenses')
      .select([
        'office_code',
        (eb) =>
          eb.fn
            .sum<number>(eb.case().when('status', '=', 'approved').then(eb.ref('amount_riel')).else(0).end())
            .as('spent'),
        (eb) =>
          eb.fn.sum<number>(eb.case().when('status', '=', 'pending').then(1).else(0).end()).as('pending'),
        (eb) =>
          eb.fn
            .sum<number>(
              eb
                .case()
                .when(
                  eb.and([
                    eb('receipt_file', 'is', null),
                    eb('reverses_id', 'is', null),
                    eb('status', '!=', 'rejected'),
                  ]),
                )
                .then(1)
                .else(0)
                .end(),
            )
            .as('without_receipt'),
      ])
      .where('year', '=', year)
      .groupBy('office_code')
      .execute(),
  ]);
  return { budgets, expenses };
}

/** The audit rows of an office's books for a year (its budget lines and expense entries), in chain order. */
export async function booksAuditTrail(db: Executor, office: string, year: number) {
  const [lines, expenses] = await Promise.all([
    db
      .selectFrom('co_budget_lines')
      .select('id')
      .where('office_code', '=', office)
      .where('year', '=', year)
      .execute(),
    db
      .selectFrom('co_expenses')
      .select('id')
      .where('office_code', '=', office)
      .where('year', '=', year)
      .execute(),
  ]);
  const lineIds = lines.map((l) => String(l.id));
  const expenseIds = expenses.map((e) => String(e.id));
  if (lineIds.length === 0 && expenseIds.length === 0) return [];
  return db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor', 'action', 'entity_type', 'entity_id', 'summary', 'hash'])
    .where((eb) =>
      eb.or([
        ...(lineIds.length > 0
          ? [eb.and([eb('entity_type', '=', 'co_budget_line'), eb('entity_id', 'in', lineIds)])]
          : []),
        ...(expenseIds.length > 0
          ? [eb.and([eb('entity_type', '=', 'co_expense'), eb('entity_id', 'in', expenseIds)])]
          : []),
      ]),
    )
    .orderBy('id')
    .execute();
}

/** Every stored receipt file name of the expenses (a restore checks each is on disk). */
export async function listReceiptFileNames(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('co_expenses')
    .select('receipt_file')
    .where('receipt_file', 'is not', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.receipt_file as string);
}
