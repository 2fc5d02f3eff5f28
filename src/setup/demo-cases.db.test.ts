// Demo concerns: created with the demo accounts, marked as demo, at several stages, through the real commands.
import { expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../test/support/app';
import { describeEachDatabase } from '../../test/support/databases';
import { verifyAuditChain } from '../platform/audit/audit.queries';
import { prepareDatabase } from './prepare-database';

describeEachDatabase('demo concerns', (t) => {
  it('are created once, all marked as demo, in the demo offices, at several stages of handling', async () => {
    const now = new Date('2026-11-23T03:00:00Z');
    await prepareDatabase(t.db, { demo: true, demoPassword: TEST_PASSWORD, demoCases: true }, now);
    await prepareDatabase(t.db, { demo: true, demoPassword: TEST_PASSWORD, demoCases: true }, now);
    const cases = await t.db.kysely
      .selectFrom('cases')
      .select(['id', 'status', 'is_demo', 'office_code'])
      .execute();
    // Eight demo concerns in Phnom Penh and three in Battambang and in Siem Reap, and the two each office's
    // demo field mission collected (modules/constituency/demo-constituency.ts); and one more in Phnom Penh,
    // forwarded to the demo ministry whose office has a demo account (modules/ministry/demo-ministry.ts).
    const fromMission = new Set(
      (await t.db.kysely.selectFrom('co_mission_cases').select('case_id').execute()).map((r) => r.case_id),
    );
    const sent = cases.filter((c) => !fromMission.has(c.id));
    const at = (office: string) => sent.filter((c) => c.office_code === office).length;
    // And four demo complaints to Chamkar Mon's Citizens' Office (modules/citizens-office/demo-complaints.ts).
    expect([at('CO-12'), at('CO-02'), at('CO-17'), at('CTZ-1201'), sent.length]).toEqual([9, 3, 3, 4, 19]);
    expect(fromMission.size).toBe(6);
    expect(cases.every((c) => c.is_demo === 1)).toBe(true);
    expect(new Set(cases.map((c) => c.status))).toEqual(
      new Set([
        'received',
        'accepted',
        'acknowledged',
        'answered',
        'awaiting_citizen',
        'closed',
        'forwarded',
      ]),
    );
    expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
  }, 180_000); // the whole demo, twice (the second time it does nothing), on a machine that may be busy
});
