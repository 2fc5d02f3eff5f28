// Khmer numbers, the input side (docs/khmer-text.md): the number, amount, date and month fields of the forms, and the numbers of the JSON
// API, take what a Khmer keyboard types (១០,០០០ · ០១/០៣/២០២៦ · ១១/២០២៦), and a Khmer page's date and month
// fields hint in Khmer, never YYYY-MM-DD. The phone and Open311 fields have their own tests
// (casework/khmer-phone, open311-khmer-digits); the constituency and Assembly forms theirs (khmer-input).
import { beforeAll, expect, it } from 'vitest';
import { prepareDatabase } from '../src/setup/prepare-database';
import { Browser, TEST_PASSWORD, type TestApp, testApp } from './support/app';
import { describeEachDatabase } from './support/databases';

/** Pages with date or month fields, and who opens them. */
const PAGES_WITH_DAYS: [visitor: string | null, path: string][] = [
  ['admin', '/admin/holidays'],
  [null, '/assembly/rules'],
  [null, '/owso/league'],
  [null, '/watch/ministers'],
  ['co_staff', '/office/reports/monthly'],
  ['co_staff', '/office/activity'],
  ['ombudsman', '/citizens-office/reports/monthly'],
  ['co_staff', '/office/coordination'],
  ['co_staff', '/office/missions'],
  ['co_staff', '/office/budget?office=CO-12'],
  ['secretariat', '/secretariat/assembly'],
  ['secretariat', '/secretariat/assembly/questions/new'],
];

/** Each `<input>` of a page with its attributes, and the text of every element that has an id. */
function inputsOf(html: string) {
  const inputs = [...html.matchAll(/<input\b([^>]*)>/g)].map(([, attrs]) => {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
    return {
      name: attr('name') ?? '',
      id: attr('id'),
      type: attr('type'),
      describedBy: attr('aria-describedby'),
    };
  });
  const textOfId = (id: string) => {
    const start = html.search(new RegExp(`\\bid="${id}"[^>]*>`));
    if (start < 0) return '';
    const open = html.indexOf('>', start) + 1;
    return html.slice(open, html.indexOf('</', open));
  };
  const labelOf = (id: string) => new RegExp(`<label for="${id}">([\\s\\S]*?)</label>`).exec(html)?.[1] ?? '';
  return { inputs, textOfId, labelOf };
}

const DAY_OR_MONTH_FIELD = /^(date|month)$|On$|-due$|^period(From|To)$/;
/** A Khmer hint in Khmer numerals: ថ្ងៃ/ខែ/ឆ្នាំ ឧ. ៣១/១២/២០២៦ or ឆ្នាំ-ខែ ឧ. ២០២៦-១១. */
const KHMER_HINT = /(ថ្ងៃ\/ខែ\/ឆ្នាំ ឧ\. ៣១\/១២\/២០២៦|ឆ្នាំ-ខែ ឧ\. ២០២៦-១១)/;

describeEachDatabase(
  'Khmer digits and separators in the number, date and month inputs',
  (fixture) => {
    let app: TestApp;
    const browsers = new Map<string | null, Browser>();
    /** A Khmer browser with Khmer numerals, signed in as `visitor`. */
    const khmer = async (visitor: string | null) => {
      let browser = browsers.get(visitor);
      if (!browser) {
        browser = visitor ? await new Browser(app).signIn(visitor) : new Browser(app);
        await browser.get('/lang/km');
        await browser.get('/digits/khmr');
        browsers.set(visitor, browser);
      }
      return browser;
    };
    beforeAll(() => {
      app = testApp(fixture.db);
    });

    it('hints every date and month field of a Khmer page in Khmer, in Khmer numerals, never YYYY-MM-DD', async () => {
      const missing: string[] = [];
      for (const [visitor, path] of PAGES_WITH_DAYS) {
        const res = await (await khmer(visitor)).get(path);
        expect(res.status, path).toBe(200);
        const html = await res.text();
        expect(html, path).not.toMatch(/YYYY|type="number"/);
        const { inputs, textOfId, labelOf } = inputsOf(html);
        const dayFields = inputs.filter(
          (i) => i.type === 'date' || i.type === 'month' || DAY_OR_MONTH_FIELD.test(i.name),
        );
        expect(dayFields.length, path).toBeGreaterThan(0);
        for (const field of dayFields) {
          const hints = (field.describedBy ?? '').split(' ').filter(Boolean).map(textOfId);
          const shown = [...hints, field.id ? labelOf(field.id) : ''].join(' ');
          if (!KHMER_HINT.test(shown)) missing.push(`${path} ${field.name}: ${shown.trim() || '(no hint)'}`);
        }
      }
      expect(missing).toEqual([]);
    });

    it('reads a holiday typed day/month/year in Khmer digits as that day', async () => {
      const admin = await khmer('admin');
      const res = await admin.post('/admin/holidays', {
        date: '០៥/០១/២០២៧',
        nameKm: 'ថ្ងៃសាកល្បងលេខខ្មែរ',
        nameEn: 'Khmer digits test day (fictional)',
      });
      expect(res.status).toBe(303);
      const row = await fixture.db.kysely
        .selectFrom('public_holidays')
        .select('date')
        .where('name_en', '=', 'Khmer digits test day (fictional)')
        .executeTakeFirstOrThrow();
      expect(row.date).toBe('2027-01-05');
    });

    it('reads months typed 11/2026 or ២០២៦-១១ in the league, the monthly and activity reports and the ministers’ ranking', async () => {
      const anonymous = await khmer(null);
      const staff = await khmer('co_staff');
      for (const [browser, path] of [
        [anonymous, '/owso/league?month='],
        [staff, '/office/reports/monthly?office=CO-12&month='],
        [staff, '/office/activity?office=CO-12&month='],
      ] as const) {
        for (const typed of ['១១/២០២៦', '២០២៦-១១', '11/2026']) {
          const res = await browser.get(`${path}${encodeURIComponent(typed)}`);
          expect(res.status, `${path}${typed}`).toBe(200);
          const html = await res.text();
          expect(html, `${path}${typed}`).not.toContain('class="error"');
        }
      }
      const activity = await (
        await staff.get(`/office/activity?office=CO-12&month=${encodeURIComponent('១១/២០២៦')}`)
      ).text();
      expect(activity).toContain('វិច្ឆិកា ២០២៦');
      const ministers = await (
        await anonymous.get(`/watch/ministers?month=${encodeURIComponent('១១/២០២៦')}`)
      ).text();
      expect(ministers).toContain('វិច្ឆិកា ២០២៦');
    });

    it('reads the rules calculator’s days and counts typed in Khmer digits', async () => {
      const anonymous = await khmer(null);
      const due = await anonymous.get(
        `/assembly/rules?calc=question&receivedOn=${encodeURIComponent('០១/០៣/២០២៦')}`,
      );
      expect(due.status).toBe(200);
      expect(await due.text()).toContain('datetime="2026-03-08"');
      const vote = await anonymous.get(
        `/assembly/rules?calc=vote&matter=law&members=${encodeURIComponent('១២៥')}&present=${encodeURIComponent('១២០')}&yes=${encodeURIComponent('៨០')}&no=${encodeURIComponent('៣០')}&abstain=${encodeURIComponent('១០')}`,
      );
      expect(vote.status).toBe(200);
    });

    it('records a dollar expense whose amount and rate are typed in Khmer digits with separators', async () => {
      const staff = await khmer('co_staff');
      const body = new FormData();
      const fields = {
        _csrf: staff.jar.get('sala_csrf') ?? '',
        office: 'CO-12',
        line: 'supplies',
        spentOn: '១០/០៣/២០២៦',
        payee: 'ហាងលេខខ្មែរសាកល្បង',
        amountUsd: '៤០.៥០',
        usdRate: '៤,១០០',
        purpose: 'ទឹកថ្នាំបោះពុម្ព (សាកល្បង)',
      };
      for (const [k, v] of Object.entries(fields)) body.set(k, v);
      const res = await app.request('/office/budget/expenses', {
        method: 'POST',
        headers: { cookie: staff.jar.header() },
        body,
      });
      expect(res.status).toBe(303);
      const row = await fixture.db.kysely
        .selectFrom('co_expenses')
        .select(['spent_on', 'amount_usd_cents', 'usd_rate'])
        .where('payee', '=', 'ហាងលេខខ្មែរសាកល្បង')
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ spent_on: '2026-03-10', amount_usd_cents: 4050, usd_rate: 4100 });
    });

    it('takes counts and days as Khmer text in the procedure API, as it takes JSON numbers', async () => {
      const post = (path: string, body: unknown) =>
        app.request(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const vote = await post('/api/assembly/votes/evaluate', {
        matter: 'law',
        members: '១២៥',
        present: '១២០',
        yes: '៨០',
        no: '៣០',
        abstain: '១០',
      });
      expect(vote.status).toBe(200);
      const asNumbers = await post('/api/assembly/votes/evaluate', {
        matter: 'law',
        members: 125,
        present: 120,
        yes: 80,
        no: 30,
        abstain: 10,
      });
      expect(await vote.json()).toEqual(await asNumbers.json());
      const due = await post('/api/assembly/questions/due-date', { receivedOn: '០១/០៣/២០២៦' });
      expect(due.status).toBe(200);
      expect(await due.json()).toMatchObject({ dueOn: '2026-03-08' });
      const effective = await post('/api/assembly/laws/effective-dates', { signedOn: '២០២៦-០៣-០១' });
      expect(await effective.json()).toMatchObject({ phnomPenh: '2026-03-11' });
      // Text that holds no number is still a wrong field, and a day that does not exist still a 422.
      expect(
        (
          await post('/api/assembly/votes/evaluate', {
            matter: 'law',
            members: 'ច្រើន',
            present: 1,
            yes: 1,
            no: 0,
            abstain: 0,
          })
        ).status,
      ).toBe(400);
      expect((await post('/api/assembly/questions/due-date', { receivedOn: '៣០/០២/២០២៦' })).status).toBe(422);
    });
  },
  // The demo with its cases: the Assembly's legislature, whose ministers page has a month field.
  async (db) => {
    await prepareDatabase(db, { demo: true, demoPassword: TEST_PASSWORD, demoCases: true });
  },
);
