import { beforeAll, expect, it } from 'vitest';
import { seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { SAMPLE_PERSONAL, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { parseCsv } from '../../platform/csv';
import { createDemoAssembly } from '../assembly/demo-assembly';
import { createDemoQuestionsLaws } from '../assembly/demo-questions-laws';
import { createDemoWatch } from './demo-watch';

describeEachDatabase(
  'open data tables',
  (t) => {
    let app: TestApp;
    beforeAll(async () => {
      await createDemoAssembly(t.db, new Date());
      await createDemoQuestionsLaws(t.db, new Date());
      await createDemoWatch(t.db, new Date());
      await submitSample(t.db);
      app = testApp(t.db);
    });

    it.each([
      ['members', 'assembly_memberships'],
      ['sittings', 'assembly_sittings'],
      ['votes', 'assembly_vote_events'],
      ['votes-by-member', 'assembly_votes'],
      ['questions', 'assembly_questions'],
      ['laws', 'assembly_bills'],
      ['statements', 'watch_statements'],
      ['signatures', 'watch_signatures'],
      ['member_notes', 'watch_member_notes'],
    ] as const)(
      '/watch/data/%s.csv has one row per record of %s, and nothing of citizens',
      async (name, table) => {
        const res = await app.request(`/watch/data/${name}.csv`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
        const text = await res.text();
        const records = await t.db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(records.n)).toBeGreaterThan(0);
        expect(parseCsv(text)).toHaveLength(Number(records.n));
        for (const value of SAMPLE_PERSONAL) expect(text).not.toContain(value);
      },
    );

    it('lists every table and feed, and answers 404 for a table it does not have', async () => {
      const page = await (await app.request('/watch/data', { headers: { 'accept-language': 'en' } })).text();
      expect(page).toContain('/watch/data/votes-by-member.csv');
      expect(page).toContain('/api/popolo.json');
      expect(page).toContain('/watch/promises.csv?platform=DEMO-PLATFORM&amp;table=assessments');
      expect(page).toContain('/watch/statements.atom');
      expect(page).toContain('/watch/assessments.atom');
      expect((await app.request('/watch/data/cases.csv')).status).toBe(404);
      expect((await app.request('/watch/data/__proto__.csv')).status).toBe(404);
    });
  },
  seedDemo,
);
