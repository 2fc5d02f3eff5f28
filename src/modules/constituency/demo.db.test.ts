// The demo office data loads through the commands on both databases, and is all marked demo.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { spentOnLine } from './budget.queries';
import { createDemoConstituency } from './demo-constituency';

const NOW = new Date('2026-06-15T03:00:00Z');

describeEachDatabase(
  'demo constituency office',
  (fixture) => {
    let dir: string;
    let previous: string | undefined;
    beforeAll(() => {
      previous = process.env.SALA_DATA_DIR;
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sala-demo-co-'));
      process.env.SALA_DATA_DIR = dir;
    });
    afterAll(() => {
      if (previous === undefined) delete process.env.SALA_DATA_DIR;
      else process.env.SALA_DATA_DIR = previous;
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('creates missions, field-mission cases and books for CO-12, all marked demo', async () => {
      await createDemoConstituency(fixture.db, NOW);
      const k = fixture.db.kysely;
      const missions = await k
        .selectFrom('co_missions')
        .select(['is_demo', 'published', 'reported_at'])
        .execute();
      expect(missions).toHaveLength(2);
      expect(missions.every((m) => m.is_demo === 1 && m.published === 1)).toBe(true);
      const cases = await k
        .selectFrom('co_mission_cases as mc')
        .innerJoin('cases as c', 'c.id', 'mc.case_id')
        .select(['c.channel', 'c.is_demo'])
        .execute();
      expect(cases).toEqual([
        { channel: 'field_mission', is_demo: 1 },
        { channel: 'field_mission', is_demo: 1 },
      ]);
      const expenses = await k.selectFrom('co_expenses').select(['is_demo', 'status']).execute();
      expect(expenses.length).toBe(5);
      expect(expenses.every((e) => e.is_demo === 1)).toBe(true);
      // The reversed fuel leaves nothing spent on travel; the printer overspent supplies with a justification.
      expect(await spentOnLine(k, 'CO-12', 2026, 'travel_missions')).toBe(0);
      expect(await spentOnLine(k, 'CO-12', 2026, 'supplies')).toBe(3_500_000);
      expect(fs.readdirSync(path.join(dir, 'receipts'))).toHaveLength(1);
      const projects = await k
        .selectFrom('co_plan_projects')
        .select(['status', 'is_demo'])
        .orderBy('id')
        .execute();
      expect(projects).toEqual([
        { status: 'funded', is_demo: 1 },
        { status: 'proposed', is_demo: 1 },
        { status: 'proposed', is_demo: 1 },
      ]);
      expect(await k.selectFrom('co_plan_project_cases').selectAll().execute()).toHaveLength(1);
      const followups = await k.selectFrom('co_coordination_followups').select('due_on').execute();
      expect(followups).toHaveLength(2);
    });
  },
  seedDemo,
);
