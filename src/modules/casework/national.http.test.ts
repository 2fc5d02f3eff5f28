// The secretariat's national view over HTTP: the secretariat sees counts by province, topic, commission and
// status, and on time or late; every count below 5 reads "fewer than 5" on the page and in the CSV; no
// personal data; other roles are refused.
import { beforeAll, expect, it } from 'vitest';
import { Browser, englishBrowser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { SAMPLE_CONCERN, SAMPLE_PERSONAL, stepAs, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { parseCsvRows } from '../../platform/csv';
import { NATIONAL_CSV_HEADER } from './national.pages';

const at = (date: string) => new Date(`${date}T03:00:00Z`);
const YEAR = 'year=2025';

describeEachDatabase(
  'the national view of concerns',
  (t) => {
    let app: TestApp;
    beforeAll(async () => {
      app = testApp(t.db);
      // 2025: seven concerns in Phnom Penh (six answered on time, one late), two in Battambang.
      for (let i = 0; i < 7; i++) {
        const c = await submitSample(t.db, {}, { now: at('2025-03-03') });
        await stepAs(t.db, 'co_director', c.trackingCode, { action: 'accept' }, at('2025-03-04'));
        const answeredOn = i === 6 ? at('2025-06-30') : at('2025-03-05');
        await stepAs(
          t.db,
          'co_director',
          c.trackingCode,
          { action: 'answer_directly', answer: 'The commune will repair the road (fictional).' },
          answeredOn,
        );
      }
      for (let i = 0; i < 2; i++)
        await submitSample(
          t.db,
          { province: '02', district: '0201', commune: '020101', category: 'water' },
          { now: at('2025-04-01') },
        );
    });

    it('records whether a first answer came by its due date', async () => {
      const rows = await t.db.kysely
        .selectFrom('cases')
        .select(['first_answer_on_time'])
        .where('submitted_at', '>=', '2025-01-01')
        .where('submitted_at', '<', '2026-01-01')
        .where('first_answered_at', 'is not', null)
        .execute();
      expect(rows.map((r) => Number(r.first_answer_on_time)).sort()).toEqual([0, 1, 1, 1, 1, 1, 1]);
    });

    it('shows the secretariat the counts, small ones as "fewer than 5", and no personal data', async () => {
      const secretariat = await englishBrowser(app, 'secretariat');
      const res = await secretariat.get(`/secretariat/concerns?${YEAR}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      const row = (name: string) =>
        new RegExp(`<th scope="row">${name}</th>(.*?)</tr>`).exec(html)?.[1] ?? '';
      // Phnom Penh: 7 received, 6 on time, 1 late.
      expect(row('Phnom Penh')).toBe('<td>7</td><td>6</td><td><span class="muted">fewer than 5</span></td>');
      expect(row('Battambang')).toContain('fewer than 5');
      expect(row('Battambang')).not.toMatch(/<td>\d/);
      for (const personal of [...SAMPLE_PERSONAL, SAMPLE_CONCERN.description, 'repair the road'])
        expect(html).not.toContain(personal);
    });

    it('gives the same protection in the CSV: no count below 5 appears as a number', async () => {
      const secretariat = await englishBrowser(app, 'secretariat');
      const res = await secretariat.get(`/secretariat/concerns.csv?${YEAR}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      const [header, ...rows] = parseCsvRows(await res.text());
      expect(header).toEqual([...NATIONAL_CSV_HEADER]);
      const counts = rows.flatMap((r) => r.slice(5));
      expect(counts.filter((v) => /^\d+$/.test(v) && Number(v) < 5)).toEqual([]);
      expect(rows.find((r) => r[1] === 'province' && r[2] === '12')?.slice(5)).toEqual([
        '7',
        '6',
        'fewer than 5',
      ]);
      expect(rows.find((r) => r[1] === 'province' && r[2] === '02')?.slice(5)).toEqual([
        'fewer than 5',
        'fewer than 5',
        'fewer than 5',
      ]);
      expect(rows.find((r) => r[1] === 'status' && r[2] === 'total')?.slice(5)).toEqual([
        '9',
        '6',
        'fewer than 5',
      ]);
    });

    it('refuses a year that is no year, in the reader’s language', async () => {
      const secretariat = await englishBrowser(app, 'secretariat');
      const res = await secretariat.get('/secretariat/concerns?year=twenty');
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('Please give a year');
      expect((await secretariat.get('/secretariat/concerns.csv?year=20x5')).status).toBe(400);
    });

    it('refuses every other role, and sends a visitor to sign in', async () => {
      for (const role of ['co_director', 'commission_staff', 'auditor', 'watchdog', 'admin']) {
        const browser = await new Browser(app).signIn(role);
        expect((await browser.get(`/secretariat/concerns?${YEAR}`)).status).toBe(403);
        expect((await browser.get(`/secretariat/concerns.csv?${YEAR}`)).status).toBe(403);
      }
      const visitor = new Browser(app);
      expect((await visitor.get('/secretariat/concerns')).status).toBe(303);
    });
  },
  seedDemo,
);
