// The constituency office's forms read what a Khmer keyboard types: dates (day/month/year) in Khmer digits,
// counts, years and riel amounts with the usual separators, phone numbers with spaces; each is stored as the
// day, the number or the +855 number, and the date fields show the Khmer hint (docs/khmer-text.md).
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';

const KHMER_DATE_HINT = 'ថ្ងៃ/ខែ/ឆ្នាំ';

describeEachDatabase(
  'Khmer digits on the constituency forms',
  (fixture) => {
    let app: TestApp;
    let staff: Browser;
    let commune: string;
    beforeAll(async () => {
      app = testApp(fixture.db);
      // Khmer, the default language.
      staff = await new Browser(app).signIn('co_staff');
      commune = (
        await fixture.db.kysely
          .selectFrom('places')
          .select('code')
          .where('level', '=', 'commune')
          .where('code', 'like', '12%')
          .orderBy('code')
          .executeTakeFirstOrThrow()
      ).code;
    });

    it('plans a mission on days typed in Khmer digits and records its report’s counts and phone', async () => {
      expect(await (await staff.get('/office/missions')).text()).toContain(KHMER_DATE_HINT);
      const planned = await staff.post('/office/missions', {
        office: 'CO-12',
        purpose: 'ស្តាប់អ្នកលក់ដូរនៅផ្សារ (សាកល្បង)',
        startsOn: '១០/០១/២០២៦',
        endsOn: '២០២៦-០១-១១',
        communes: commune,
      });
      expect(planned.status).toBe(303);
      const path = (planned.headers.get('location') ?? '').split('?')[0];
      const id = Number(path.split('/').pop());
      const report = await staff.post(`${path}/report`, {
        meetingsHeld: '២',
        citizensMet: '១,២០០',
        'c0-category': 'water',
        'c0-commune': commune,
        'c0-description': 'អណ្ដូងទឹកក្នុងភូមិរីងស្ងួតតាំងពីខែមីនា (សាកល្បង)',
        'c0-phone': '០១២ ៦០០ ៧០០',
      });
      expect(report.status).toBe(303);
      const mission = await fixture.db.kysely
        .selectFrom('co_missions')
        .select(['starts_on', 'ends_on', 'meetings_held', 'citizens_met'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(mission).toEqual({
        starts_on: '2026-01-10',
        ends_on: '2026-01-11',
        meetings_held: 2,
        citizens_met: 1200,
      });
      const contact = await fixture.db.kysely
        .selectFrom('co_mission_cases')
        .innerJoin('case_contacts', 'case_contacts.case_id', 'co_mission_cases.case_id')
        .select('case_contacts.phone')
        .where('co_mission_cases.mission_id', '=', id)
        .executeTakeFirstOrThrow();
      expect(contact.phone).toBe('+85512600700');
    });

    it('refuses a count or a day that is not one, in Khmer, and records nothing', async () => {
      const before = await fixture.db.kysely.selectFrom('co_missions').select('id').execute();
      const bad = await staff.post('/office/missions', {
        office: 'CO-12',
        purpose: 'ថ្ងៃមិនពិត (សាកល្បង)',
        startsOn: '៣០/០២/២០២៦',
        endsOn: '០១/០៣/២០២៦',
        communes: commune,
      });
      expect(bad.status).toBe(422);
      expect(await fixture.db.kysely.selectFrom('co_missions').select('id').execute()).toHaveLength(
        before.length,
      );
    });

    it('offers a typed day, not the browser’s picker: a refused ៣១/១២/២០២៦ comes back as typed, then saves 2026-12-31', async () => {
      // The browser's own date picker writes "mm/dd/yyyy" on a Khmer page and takes no Khmer digits; the
      // field is a text input tied to its Khmer hint instead.
      const form = await (await staff.get('/office/missions')).text();
      const startsOn = /<input[^>]*\bid="startsOn"[^>]*>/.exec(form)?.[0] ?? '';
      expect(startsOn).toContain('type="text"');
      expect(startsOn).toContain('inputmode="decimal"');
      expect(startsOn).toContain('aria-describedby="startsOn-hint"');
      expect(form).toMatch(/id="startsOn-hint"[^>]*>ថ្ងៃ\/ខែ\/ឆ្នាំ ឧ\. /);

      const typed = { startsOn: '៣១/១២/២០២៦', endsOn: '៣១-១២-២០២៦' };
      const refused = await staff.post('/office/missions', {
        office: 'CO-12',
        purpose: '',
        ...typed,
        communes: commune,
      });
      expect(refused.status).toBe(422);
      const again = await refused.text();
      expect(again).toMatch(/<input[^>]*\bid="startsOn"[^>]*value="៣១\/១២\/២០២៦"/);
      expect(again).toMatch(/<input[^>]*\bid="endsOn"[^>]*value="៣១-១២-២០២៦"/);

      const purpose = 'ជួបប្រជាពលរដ្ឋចុងឆ្នាំ (សាកល្បង)';
      const saved = await staff.post('/office/missions', {
        office: 'CO-12',
        purpose,
        ...typed,
        communes: commune,
      });
      expect(saved.status).toBe(303);
      const mission = await fixture.db.kysely
        .selectFrom('co_missions')
        .select(['starts_on', 'ends_on'])
        .where('purpose', '=', purpose)
        .executeTakeFirstOrThrow();
      expect(mission).toEqual({ starts_on: '2026-12-31', ends_on: '2026-12-31' });
    });

    it('records a coordination meeting and its follow-up on days typed in Khmer digits', async () => {
      expect(await (await staff.get('/office/coordination')).text()).toContain(KHMER_DATE_HINT);
      const res = await staff.post('/office/coordination', {
        office: 'CO-12',
        kind: 'meeting',
        heldOn: '០៥/០១/២០២៦',
        authorityLevel: 'district',
        authority: 'អភិបាលស្រុកសាកល្បង',
        subject: 'ផ្លូវទៅសាលារៀនលិចទឹក (សាកល្បង)',
        'f0-action': 'វិស្វករចុះពិនិត្យផ្លូវ',
        'f0-due': '២០/០១/២០២៦',
      });
      expect(res.status).toBe(303);
      const entry = await fixture.db.kysely
        .selectFrom('co_coordination_entries')
        .innerJoin(
          'co_coordination_followups',
          'co_coordination_followups.entry_id',
          'co_coordination_entries.id',
        )
        .select(['held_on', 'due_on'])
        .where('subject', '=', 'ផ្លូវទៅសាលារៀនលិចទឹក (សាកល្បង)')
        .executeTakeFirstOrThrow();
      expect(entry).toEqual({ held_on: '2026-01-05', due_on: '2026-01-20' });
    });

    it('adds a plan priority with its year and cost in Khmer digits and lists the year asked in Khmer', async () => {
      const res = await staff.post('/office/plans', {
        office: 'CO-12',
        year: '២០២៦',
        place: commune,
        sector: 'roads',
        description: 'ផ្លូវក្រួសទៅវត្ត (សាកល្បង)',
        estimatedCostRiel: '៥,០០០,០០០',
        raisedBy: 'citizens',
      });
      expect(res.status).toBe(303);
      const project = await fixture.db.kysely
        .selectFrom('co_plan_projects')
        .select(['year', 'estimated_cost_riel'])
        .where('description', '=', 'ផ្លូវក្រួសទៅវត្ត (សាកល្បង)')
        .executeTakeFirstOrThrow();
      expect(project).toEqual({ year: 2026, estimated_cost_riel: 5_000_000 });
      const page = await staff.get(`/office/plans?office=CO-12&year=${encodeURIComponent('២០២៦')}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('ផ្លូវក្រួសទៅវត្ត (សាកល្បង)');
      expect(html).not.toContain('type="number"');
    });

    it('records an expense on a day typed in Khmer digits and shows the books of a year typed in Khmer', async () => {
      expect(await (await staff.get('/office/budget?office=CO-12')).text()).toContain(KHMER_DATE_HINT);
      if (!staff.jar.get('sala_csrf')) await staff.get('/');
      const body = new FormData();
      const fields = {
        _csrf: staff.jar.get('sala_csrf') ?? '',
        office: 'CO-12',
        line: 'supplies',
        spentOn: '០៩/០៣/២០២៦',
        payee: 'ហាងសម្ភារៈការិយាល័យសាកល្បង',
        amountRiel: '១២០ ០០០',
        purpose: 'ក្រដាសសម្រាប់ការិយាល័យ (សាកល្បង)',
      };
      for (const [k, v] of Object.entries(fields)) body.set(k, v);
      const res = await app.request('/office/budget/expenses', {
        method: 'POST',
        headers: { cookie: staff.jar.header() },
        body,
      });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toContain('year=2026');
      const row = await fixture.db.kysely
        .selectFrom('co_expenses')
        .select(['spent_on', 'amount_riel'])
        .where('payee', '=', 'ហាងសម្ភារៈការិយាល័យសាកល្បង')
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ spent_on: '2026-03-09', amount_riel: 120_000 });
      const books = await staff.get(`/office/budget?office=CO-12&year=${encodeURIComponent('២០២៦')}`);
      expect(books.status).toBe(200);
      expect(await books.text()).toContain('ហាងសម្ភារៈការិយាល័យសាកល្បង');
    });
  },
  seedDemo,
);
