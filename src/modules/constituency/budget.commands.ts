// Commands of an office's books: set a budget line, record an expense, approve or reject it, reverse it.
import type { Insertable } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { actorOf, appendAudit } from '../../platform/audit/audit.queries';
import { sealOf } from '../../platform/audit/evidence.rules';
import type { CurrentUser } from '../../platform/auth/roles';
import { calendarDay, optionalText, requiredText } from '../../platform/input-text';
import { khmerNumber, optionalKhmerNumber } from '../../platform/khmer/input';
import { fail, ok, type Result } from '../../platform/result';
import {
  budgetOfLine,
  decideExpenseRow,
  findExpense,
  findOffice,
  insertExpense,
  lockBudgetLine,
  reversalOf,
  setExpenseReceipt,
  spentOnLine,
  upsertBudgetLine,
} from './budget.queries';
import { MAX_RIEL, overspends, type ReceiptType, rielFromUsd } from './budget.rules';
import { directs, mayDecideExpense, worksIn } from './constituency.policy';
import {
  BUDGET_LINES,
  type CoExpensesTable,
  EXPENSE_DECISION_SEALED_FIELDS,
  EXPENSE_ENTRY_SEALED_FIELDS,
} from './constituency.table';
import { discardReceipt, storeReceipt } from './receipt-files.service';

const isoDate = calendarDay('invalid');
/** Whole riel, in Khmer or Latin digits, with or without thousands separators (១០,០០០). */
const riel = khmerNumber({ max: MAX_RIEL, tooLarge: 'too-large' });

export const budgetLineInputSchema = z.object({
  office: z.string().trim().min(1, 'required').max(20),
  year: khmerNumber({ min: 2000, max: 2100 }),
  line: z.enum(BUDGET_LINES, 'required'),
  amountRiel: riel,
});
export type BudgetLineInput = z.output<typeof budgetLineInputSchema>;

export type BooksError =
  | 'unknown-office'
  | 'not-your-office'
  | 'own-expense'
  | 'not-found'
  | 'not-pending'
  | 'needs-justification'
  | 'not-approved'
  | 'already-reversed'
  | 'is-reversal'
  | 'amount-missing'
  | 'amount-too-large';

/** The director sets (or changes) one line of the year's allowance. */
export async function setBudgetLine(
  db: Db,
  input: BudgetLineInput,
  user: CurrentUser,
  now: Date,
): Promise<Result<{ id: number }, BooksError>> {
  if (!(await findOffice(db.kysely, input.office))) return fail('unknown-office');
  if (!directs(user, input.office)) return fail('not-your-office');
  const id = await db.kysely.transaction().execute(async (trx) => {
    const before = await budgetOfLine(trx, input.office, input.year, input.line);
    const row = await upsertBudgetLine(trx, {
      office_code: input.office,
      year: input.year,
      line: input.line,
      amount_riel: input.amountRiel,
      updated_at: now.toISOString(),
    });
    await appendAudit(trx, actorOf(user), {
      action: 'co-budget-line-set',
      entityType: 'co_budget_line',
      entityId: row.id,
      before: before ? { amount_riel: before.amount_riel } : undefined,
      after: { office: input.office, year: input.year, line: input.line, amount_riel: input.amountRiel },
    });
    return row.id;
  });
  return ok({ id });
}

export const expenseInputSchema = z
  .object({
    office: z.string().trim().min(1, 'required').max(20),
    line: z.enum(BUDGET_LINES, 'required'),
    spentOn: isoDate,
    payee: requiredText(2, 200),
    amountRiel: optionalKhmerNumber({ max: MAX_RIEL, tooLarge: 'too-large' }),
    // Dollars and cents, kept as whole cents.
    amountUsd: optionalKhmerNumber({ decimals: 2, max: 9_999_999.99 }).transform((usd) =>
      usd === null ? null : Math.round(usd * 100),
    ),
    usdRate: optionalKhmerNumber({ min: 100, max: 99_999 }),
    purpose: requiredText(3, 1000),
  })
  .superRefine((v, ctx) => {
    if (v.amountUsd !== null && v.usdRate === null)
      ctx.addIssue({ code: 'custom', path: ['usdRate'], message: 'required' });
    if (v.amountUsd === null && v.amountRiel === null)
      ctx.addIssue({ code: 'custom', path: ['amountRiel'], message: 'required' });
  });
export type ExpenseInput = z.output<typeof expenseInputSchema>;

export interface ReceiptUpload {
  bytes: Uint8Array;
  type: ReceiptType;
}

/**
 * Records an expense as pending the director's approval. The receipt (already checked) is written first
 * and removed again if the row cannot be written, so no file is left without its entry.
 */
export async function recordExpense(
  db: Db,
  input: ExpenseInput,
  receipt: ReceiptUpload | null,
  user: CurrentUser,
  now: Date,
  opts: { demo?: boolean } = {},
): Promise<Result<{ id: number }, BooksError>> {
  if (!(await findOffice(db.kysely, input.office))) return fail('unknown-office');
  if (!worksIn(user, input.office)) return fail('not-your-office');
  // With dollars, the riel amount is what the rate makes of them, unless the clerk typed the riel paid.
  const amountRiel =
    input.amountRiel ??
    (input.amountUsd !== null && input.usdRate !== null ? rielFromUsd(input.amountUsd, input.usdRate) : null);
  if (amountRiel === null || amountRiel <= 0) return fail('amount-missing');
  if (amountRiel > MAX_RIEL) return fail('amount-too-large');
  const file = receipt ? await storeReceipt(receipt.bytes, receipt.type) : null;
  try {
    const id = await db.kysely.transaction().execute(async (trx) => {
      const entry: Insertable<CoExpensesTable> = {
        office_code: input.office,
        year: Number(input.spentOn.slice(0, 4)),
        line: input.line,
        spent_on: input.spentOn,
        payee: input.payee,
        amount_riel: amountRiel,
        amount_usd_cents: input.amountUsd,
        usd_rate: input.amountUsd === null ? null : input.usdRate,
        purpose: input.purpose,
        status: 'pending',
        overspend_justification: null,
        reverses_id: null,
        receipt_file: file,
        receipt_type: receipt?.type ?? null,
        receipt_bytes: receipt?.bytes.length ?? null,
        recorded_by: user.id,
        recorded_at: now.toISOString(),
        decided_by: null,
        decided_at: null,
        is_demo: opts.demo ? 1 : 0,
      };
      const id = await insertExpense(trx, entry);
      await appendAudit(trx, actorOf(user), {
        action: 'co-expense-recorded',
        entityType: 'co_expense',
        entityId: id,
        after: {
          office: input.office,
          line: input.line,
          spent_on: input.spentOn,
          amount_riel: amountRiel,
          amount_usd_cents: input.amountUsd,
          usd_rate: input.usdRate,
          receipt: file ? { type: receipt?.type, bytes: receipt?.bytes.length } : null,
        },
        sealed: [sealOf('co_expenses', 'id', id, entry, EXPENSE_ENTRY_SEALED_FIELDS)],
      });
      return id;
    });
    return ok({ id });
  } catch (error) {
    if (file) await discardReceipt(file);
    throw error;
  }
}

export const decisionInputSchema = z.object({
  decision: z.enum(['approve', 'reject'], 'required'),
  justification: optionalText(1000).default(null),
});
export type DecisionInput = z.output<typeof decisionInputSchema>;

/**
 * A director of the office approves or rejects a pending expense, never the one who recorded it. Approving one that takes its line over the
 * year's budget needs a written justification, kept on the entry and in the audit trail.
 */
export async function decideExpense(
  db: Db,
  id: number,
  input: DecisionInput,
  user: CurrentUser,
  now: Date,
): Promise<Result<{ overspent: boolean }, BooksError>> {
  return db.kysely.transaction().execute(async (trx) => {
    const expense = await findExpense(trx, id);
    if (!expense || !(worksIn(user, expense.office_code) || directs(user, expense.office_code)))
      return fail('not-found');
    if (!directs(user, expense.office_code)) return fail('not-your-office');
    if (!mayDecideExpense(user, expense)) return fail('own-expense');
    if (expense.status !== 'pending') return fail('not-pending');
    let overspent = false;
    if (input.decision === 'approve') {
      await lockBudgetLine(trx, expense.office_code, expense.year, expense.line);
      const budget =
        (await budgetOfLine(trx, expense.office_code, expense.year, expense.line))?.amount_riel ?? 0;
      const spent = await spentOnLine(trx, expense.office_code, expense.year, expense.line);
      overspent = overspends(budget, spent, expense.amount_riel);
      if (overspent && (input.justification ?? '').length < 10) return fail('needs-justification');
    }
    const decision = {
      status: input.decision === 'approve' ? ('approved' as const) : ('rejected' as const),
      overspend_justification: overspent ? input.justification : null,
      decided_by: user.id,
      decided_at: now.toISOString(),
    };
    const updated = await decideExpenseRow(trx, id, decision);
    if (updated === 0) return fail('not-pending');
    await appendAudit(trx, actorOf(user), {
      action: input.decision === 'approve' ? 'co-expense-approved' : 'co-expense-rejected',
      entityType: 'co_expense',
      entityId: id,
      before: { status: 'pending' },
      after: {
        status: input.decision === 'approve' ? 'approved' : 'rejected',
        ...(overspent ? { overspend_justification: input.justification } : {}),
      },
      sealed: [sealOf('co_expenses', 'id', id, decision, EXPENSE_DECISION_SEALED_FIELDS)],
    });
    return ok({ overspent });
  });
}

export const reversalInputSchema = z.object({ reason: requiredText(10, 1000) });

/**
 * Corrects an approved expense the only way the books allow: a new, approved entry with the opposite
 * amount on the same line, pointing at the one it reverses. The original stays as it was.
 */
export async function reverseExpense(
  db: Db,
  id: number,
  reason: string,
  user: CurrentUser,
  now: Date,
): Promise<Result<{ id: number }, BooksError>> {
  try {
    return await db.kysely.transaction().execute(async (trx) => {
      const original = await findExpense(trx, id);
      if (!original || !(worksIn(user, original.office_code) || directs(user, original.office_code)))
        return fail('not-found');
      if (!directs(user, original.office_code)) return fail('not-your-office');
      if (original.reverses_id !== null) return fail('is-reversal');
      if (original.status !== 'approved') return fail('not-approved');
      if (await reversalOf(trx, id)) return fail('already-reversed');
      const at = now.toISOString();
      const reversal: Insertable<CoExpensesTable> = {
        office_code: original.office_code,
        year: original.year,
        line: original.line,
        spent_on: at.slice(0, 10),
        payee: original.payee,
        amount_riel: -original.amount_riel,
        amount_usd_cents: original.amount_usd_cents === null ? null : -original.amount_usd_cents,
        usd_rate: original.usd_rate,
        purpose: reason,
        status: 'approved',
        overspend_justification: null,
        reverses_id: original.id,
        receipt_file: null,
        receipt_type: null,
        receipt_bytes: null,
        recorded_by: user.id,
        recorded_at: at,
        decided_by: user.id,
        decided_at: at,
        is_demo: original.is_demo,
      };
      const reversalId = await insertExpense(trx, reversal);
      await appendAudit(trx, actorOf(user), {
        action: 'co-expense-reversed',
        entityType: 'co_expense',
        entityId: original.id,
        after: { reversal_id: reversalId },
      });
      await appendAudit(trx, actorOf(user), {
        action: 'co-expense-reversal-recorded',
        entityType: 'co_expense',
        entityId: reversalId,
        after: { reverses_id: original.id, amount_riel: -original.amount_riel, reason },
        sealed: [
          sealOf('co_expenses', 'id', reversalId, reversal, [
            ...EXPENSE_ENTRY_SEALED_FIELDS,
            ...EXPENSE_DECISION_SEALED_FIELDS,
          ]),
        ],
      });
      return ok({ id: reversalId });
    });
  } catch (error) {
    // Two directors reversing at once: the unique reverses_id lets only one through.
    if (/unique|duplicate/i.test(String(error))) return fail('already-reversed');
    throw error;
  }
}

/** Attaches the scanned receipt to an entry recorded without one (a receipt, once attached, stays). */
export async function attachReceipt(
  db: Db,
  id: number,
  receipt: ReceiptUpload,
  user: CurrentUser,
  now: Date,
): Promise<Result<null, BooksError | 'has-receipt'>> {
  const expense = await findExpense(db.kysely, id);
  if (!expense || !worksIn(user, expense.office_code)) return fail('not-found');
  if (expense.reverses_id !== null) return fail('is-reversal');
  if (expense.receipt_file !== null) return fail('has-receipt');
  const file = await storeReceipt(receipt.bytes, receipt.type);
  try {
    const attached = await db.kysely.transaction().execute(async (trx) => {
      const n = await setExpenseReceipt(trx, id, {
        receipt_file: file,
        receipt_type: receipt.type,
        receipt_bytes: receipt.bytes.length,
      });
      if (n === 0) return false;
      await appendAudit(trx, actorOf(user), {
        action: 'co-expense-receipt-attached',
        entityType: 'co_expense',
        entityId: id,
        after: { receipt: { type: receipt.type, bytes: receipt.bytes.length }, at: now.toISOString() },
      });
      return true;
    });
    if (!attached) {
      await discardReceipt(file);
      return fail('has-receipt');
    }
    return ok(null);
  } catch (error) {
    await discardReceipt(file);
    throw error;
  }
}
