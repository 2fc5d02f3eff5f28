// The league table's month filter reads a month typed in Khmer digits (?month=២០២៦-០៣) as the same month.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { digitsToKhmer } from '../../platform/khmer/fold';

describeEachDatabase(
  'the league table’s month in Khmer digits',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });

    it('shows the month typed in Khmer digits as the Latin one, and refuses a month that is none', async () => {
      const khmer = await app.request(
        `/owso/league.csv?month=${encodeURIComponent(digitsToKhmer('2026-03'))}`,
      );
      expect(khmer.status).toBe(200);
      expect(await khmer.text()).toBe(await (await app.request('/owso/league.csv?month=2026-03')).text());
      expect((await app.request(`/owso/league?month=${encodeURIComponent('២០២៦-១៣')}`)).status).toBe(400);
    });
  },
  seedDemo,
);
