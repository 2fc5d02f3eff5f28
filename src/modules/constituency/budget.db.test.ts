// The books' rules on both databases: approval rights, overspending needs a justification, reversals.
import { expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import type { Db } from '../../db/connect';
import type { CurrentUser, Grant } from '../../platform/auth/roles';
import {
  decideExpense,
  expenseInputSchema,
  recordExpense,
  reverseExpense,
  setBudgetLine,
} from './budget.commands';
import { budgetLines, expenseAuditTrail, findExpense, spentOnLine } from './budget.queries';

const NOW = new Date('2026-03-10T03:00:00Z');

async function userAs(db: Db, username: string, grants: Grant[]): Promise<CurrentUser> {
  const row = await db.kysely
    .selectFrom('users')
    .select(['id'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return { id: row.id, username, displayName: username, grants };
}

const expense = (over: Record<string, string> = {}) =>
  expenseInputSchema.parse({
    office: 'CO-12',
    line: 'supplies',
    spentOn: '2026-03-09',
    payee: 'Demo Stationery Shop',
    amountRiel: '400000',
    purpose: 'Paper and toner (demo)',
    ...over,
  });

describeEachDatabase(
  'constituency books',
  (fixture) => {
    let director: CurrentUser;
    let staff: CurrentUser;
    let otherDirector: CurrentUser;
    const db = () => fixture.db;
    const office = (role: 'co_director' | 'co_staff', code = 'CO-12'): Grant => ({
      role,
      scopeType: 'office',
      scopeCode: code,
    });

    it('lets only the director set the budget and approve; staff may record', async () => {
      director = await userAs(db(), 'co_director', [office('co_director')]);
      staff = await userAs(db(), 'co_staff', [office('co_staff')]);
      otherDirector = await userAs(db(), 'admin', [office('co_director', 'CO-01')]);

      const line = { office: 'CO-12', year: 2026, line: 'supplies' as const, amountRiel: 1_000_000 };
      expect(await setBudgetLine(db(), line, staff, NOW)).toEqual({ ok: false, error: 'not-your-office' });
      expect((await setBudgetLine(db(), line, director, NOW)).ok).toBe(true);
      expect(await budgetLines(db().kysely, 'CO-12', 2026)).toMatchObject([
        { line: 'supplies', amount_riel: 1_000_000 },
      ]);

      expect(await recordExpense(db(), expense(), null, otherDirector, NOW)).toEqual({
        ok: false,
        error: 'not-your-office',
      });
      const recorded = await recordExpense(db(), expense(), null, staff, NOW);
      if (!recorded.ok) throw new Error(recorded.error);
      const id = recorded.value.id;
      expect(await decideExpense(db(), id, { decision: 'approve', justification: null }, staff, NOW)).toEqual(
        {
          ok: false,
          error: 'not-your-office',
        },
      );
      expect(
        await decideExpense(db(), id, { decision: 'approve', justification: null }, otherDirector, NOW),
      ).toEqual({
        ok: false,
        error: 'not-found',
      });
      expect(await spentOnLine(db().kysely, 'CO-12', 2026, 'supplies')).toBe(0);
      expect(
        (await decideExpense(db(), id, { decision: 'approve', justification: null }, director, NOW)).ok,
      ).toBe(true);
      expect(await spentOnLine(db().kysely, 'CO-12', 2026, 'supplies')).toBe(400_000);
      // Decided once: a second decision is refused.
      expect(
        await decideExpense(db(), id, { decision: 'reject', justification: null }, director, NOW),
      ).toEqual({
        ok: false,
        error: 'not-pending',
      });
    });

    it('never lets the person who recorded an expense decide it; another director of the office does', async () => {
      const own = await recordExpense(
        db(),
        expense({ payee: 'Demo Own Entry', amountRiel: '1000' }),
        null,
        director,
        NOW,
      );
      if (!own.ok) throw new Error(own.error);
      for (const decision of ['approve', 'reject'] as const) {
        expect(
          await decideExpense(db(), own.value.id, { decision, justification: null }, director, NOW),
        ).toEqual({
          ok: false,
          error: 'own-expense',
        });
      }
      expect(await findExpense(db().kysely, own.value.id)).toMatchObject({
        status: 'pending',
        decided_by: null,
      });
      expect((await expenseAuditTrail(db().kysely, own.value.id)).map((r) => r.action)).toEqual([
        'co-expense-recorded',
      ]);
      // An auditor of the office reads the books but decides nothing.
      const auditor = await userAs(db(), 'auditor', [
        { role: 'auditor', scopeType: 'office', scopeCode: 'CO-12' },
      ]);
      expect(
        (await decideExpense(db(), own.value.id, { decision: 'reject', justification: null }, auditor, NOW))
          .ok,
      ).toBe(false);
      const secondDirector = await userAs(db(), 'secretariat', [office('co_director')]);
      expect(
        await decideExpense(
          db(),
          own.value.id,
          { decision: 'reject', justification: null },
          secondDirector,
          NOW,
        ),
      ).toEqual({ ok: true, value: { overspent: false } });
      expect(await findExpense(db().kysely, own.value.id)).toMatchObject({
        status: 'rejected',
        decided_by: secondDirector.id,
      });
    });

    it('refuses to overspend a line without a recorded justification', async () => {
      const big = await recordExpense(
        db(),
        expense({ amountRiel: '700000', payee: 'Demo Printer Co.' }),
        null,
        staff,
        NOW,
      );
      if (!big.ok) throw new Error(big.error);
      expect(
        await decideExpense(db(), big.value.id, { decision: 'approve', justification: null }, director, NOW),
      ).toEqual({
        ok: false,
        error: 'needs-justification',
      });
      expect((await findExpense(db().kysely, big.value.id))?.status).toBe('pending');
      const why = 'Printer broke before the provincial hearing (demo)';
      expect(
        await decideExpense(db(), big.value.id, { decision: 'approve', justification: why }, director, NOW),
      ).toEqual({
        ok: true,
        value: { overspent: true },
      });
      expect(await findExpense(db().kysely, big.value.id)).toMatchObject({
        status: 'approved',
        overspend_justification: why,
      });
      expect(await spentOnLine(db().kysely, 'CO-12', 2026, 'supplies')).toBe(1_100_000);
      const trail = await expenseAuditTrail(db().kysely, big.value.id);
      expect(trail.map((r) => r.action)).toEqual(['co-expense-recorded', 'co-expense-approved']);
      expect(trail[1].summary).toContain(why);
    });

    it('corrects with a reversing entry and never changes the original', async () => {
      const usd = await recordExpense(
        db(),
        expense({
          amountRiel: '',
          amountUsd: '25.50',
          usdRate: '4100',
          payee: 'Demo Fuel Station',
          line: 'travel_missions',
        }),
        null,
        staff,
        NOW,
      );
      if (!usd.ok) throw new Error(usd.error);
      expect(await findExpense(db().kysely, usd.value.id)).toMatchObject({
        amount_riel: 104_550,
        amount_usd_cents: 2550,
        usd_rate: 4100,
      });
      expect(
        await recordExpense(
          db(),
          expense({ amountRiel: '', amountUsd: '9999999.99', usdRate: '4100' }),
          null,
          staff,
          NOW,
        ),
      ).toEqual({ ok: false, error: 'amount-too-large' });
      // Pending entries are rejected, not reversed.
      expect(await reverseExpense(db(), usd.value.id, 'Typed on the wrong line', director, NOW)).toEqual({
        ok: false,
        error: 'not-approved',
      });
      await decideExpense(
        db(),
        usd.value.id,
        { decision: 'approve', justification: 'No travel budget set yet (demo)' },
        director,
        NOW,
      );
      expect(await reverseExpense(db(), usd.value.id, 'Typed on the wrong line', staff, NOW)).toEqual({
        ok: false,
        error: 'not-your-office',
      });
      const reversal = await reverseExpense(db(), usd.value.id, 'Typed on the wrong line', director, NOW);
      if (!reversal.ok) throw new Error(reversal.error);
      expect(await spentOnLine(db().kysely, 'CO-12', 2026, 'travel_missions')).toBe(0);
      expect(await findExpense(db().kysely, usd.value.id)).toMatchObject({
        status: 'approved',
        amount_riel: 104_550,
      });
      expect(await findExpense(db().kysely, reversal.value.id)).toMatchObject({
        amount_riel: -104_550,
        reverses_id: usd.value.id,
        status: 'approved',
      });
      expect(
        await reverseExpense(db(), usd.value.id, 'Typed on the wrong line again', director, NOW),
      ).toEqual({
        ok: false,
        error: 'already-reversed',
      });
      expect(await reverseExpense(db(), reversal.value.id, 'Reverse the reversal', director, NOW)).toEqual({
        ok: false,
        error: 'is-reversal',
      });
    });
  },
  seedDemo,
);
