// The watch pages' year filters read a year typed in Khmer digits (?year=២០២៥) as the same year.
import { beforeAll, expect, it } from 'vitest';
import { type Browser, englishBrowser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { digitsToKhmer } from '../../platform/khmer/fold';
import { createDemoAssembly } from '../assembly/demo-assembly';
import { createDemoPromises } from './demo-watch-promises';

const LAST_YEAR = Number(phnomPenhDate(new Date()).slice(0, 4)) - 1;
const KHMER_LAST_YEAR = encodeURIComponent(digitsToKhmer(String(LAST_YEAR)));

describeEachDatabase(
  'year filters in Khmer digits',
  (fixture) => {
    let app: TestApp;
    let reader: Browser;
    beforeAll(async () => {
      app = testApp(fixture.db);
      reader = await englishBrowser(app);
    });

    it('shows the promises of the year typed in Khmer digits', async () => {
      const res = await reader.get(`/watch/promises?year=${KHMER_LAST_YEAR}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(`promises fulfilled in ${LAST_YEAR}`);
    });

    it('compares the members over the year typed in Khmer digits, and its field takes Khmer digits', async () => {
      const res = await reader.get(`/watch/members?year=${KHMER_LAST_YEAR}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`value="${LAST_YEAR}"`);
      expect(html).toContain('pattern="[0-9០-៩]{4}"');
    });
  },
  async (db) => {
    await seedDemo(db);
    await createDemoAssembly(db, new Date());
    await createDemoPromises(db, new Date());
  },
);
