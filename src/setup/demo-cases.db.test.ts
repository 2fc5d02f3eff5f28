// Demo concerns: created with the demo accounts, marked as demo, at several stages, through the real commands.
import { expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../test/support/app';
import { describeEachDatabase } from '../../test/support/databases';
import { verifyAuditChain } from '../platform/audit/audit.queries';
import { prepareDatabase } from './prepare-database';

describeEachDatabase('demo concerns', (t) => {
  it('are created once, all marked as demo, in the demo office, at several stages of handling', async () => {
    const now = new Date('2026-11-23T03:00:00Z');
    await prepareDatabase(t.db, { demo: true, demoPassword: TEST_PASSWORD, demoCases: true }, now);
    await prepareDatabase(t.db, { demo: true, demoPassword: TEST_PASSWORD, demoCases: true }, now);
    const cases = await t.db.kysely
      .selectFrom('cases')
      .select(['id', 'status', 'is_demo', 'office_code'])
      .execute();
    // Eight demo concerns, and the two the demo field mission collected (modules/constituency/demo-constituency.ts).
    const fromMission = new Set(
      (await t.db.kysely.selectFrom('co_mission_cases').select('case_id').execute()).map((r) => r.case_id),
    );
    expect(cases.filter((c) => !fromMission.has(c.id))).toHaveLength(8);
    expect(fromMission.size).toBe(2);
    expect(cases.every((c) => c.is_demo === 1 && c.office_code === 'CO-12')).toBe(true);
    expect(new Set(cases.map((c) => c.status))).toEqual(
      new Set(['received', 'accepted', 'acknowledged', 'answered', 'awaiting_citizen', 'closed']),
    );
    expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
  });
});
