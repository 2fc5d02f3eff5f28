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

    beforeAll(async () => {
      await createDemoConstituency(fixture.db, NOW);
    });

    // The same fiction at each office with demo staff: Phnom Penh, Battambang and Siem Reap.
    it.each(['CO-12', 'CO-02', 'CO-17'])(
      'creates missions, field-mission cases, plans, coordination and books for %s, all marked demo',
      async (office) => {
        const k = fixture.db.kysely;
        const missions = await k
          .selectFrom('co_missions')
          .select(['is_demo', 'published', 'reported_at'])
          .where('office_code', '=', office)
          .execute();
        expect(missions).toHaveLength(2);
        expect(missions.every((m) => m.is_demo === 1 && m.published === 1)).toBe(true);
        const cases = await k
          .selectFrom('co_mission_cases as mc')
          .innerJoin('co_missions as m', 'm.id', 'mc.mission_id')
          .innerJoin('cases as c', 'c.id', 'mc.case_id')
          .select(['c.channel', 'c.is_demo', 'c.office_code'])
          .where('m.office_code', '=', office)
          .execute();
        expect(cases).toEqual([
          { channel: 'field_mission', is_demo: 1, office_code: office },
          { channel: 'field_mission', is_demo: 1, office_code: office },
        ]);
        const expenses = await k
          .selectFrom('co_expenses')
          .select(['is_demo', 'status'])
          .where('office_code', '=', office)
          .execute();
        expect(expenses.length).toBe(5);
        expect(expenses.every((e) => e.is_demo === 1)).toBe(true);
        // The reversed fuel leaves nothing spent on travel; the printer overspent supplies with a justification.
        expect(await spentOnLine(k, office, 2026, 'travel_missions')).toBe(0);
        expect(await spentOnLine(k, office, 2026, 'supplies')).toBe(3_500_000);
        const projects = await k
          .selectFrom('co_plan_projects')
          .select(['id', 'status', 'is_demo'])
          .where('office_code', '=', office)
          .orderBy('id')
          .execute();
        expect(projects.map(({ status, is_demo }) => ({ status, is_demo }))).toEqual([
          { status: 'funded', is_demo: 1 },
          { status: 'proposed', is_demo: 1 },
          { status: 'proposed', is_demo: 1 },
        ]);
        const linked = await k
          .selectFrom('co_plan_project_cases')
          .selectAll()
          .where(
            'project_id',
            'in',
            projects.map((p) => p.id),
          )
          .execute();
        expect(linked).toHaveLength(1);
        const followups = await k
          .selectFrom('co_coordination_followups as f')
          .innerJoin('co_coordination_entries as e', 'e.id', 'f.entry_id')
          .select('f.due_on')
          .where('e.office_code', '=', office)
          .execute();
        expect(followups).toHaveLength(2);
      },
    );

    it('keeps one receipt file for each office', () => {
      expect(fs.readdirSync(path.join(dir, 'receipts'))).toHaveLength(3);
    });
  },
  seedDemo,
);
