// Missions over HTTP: plan → publish (office page, calendar) → report with concerns → cases in the director's queue.
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import type { Db } from '../../db/connect';

/** A fictional member of the Assembly for Phnom Penh (province 12), with a seat in force. */
async function addDemoMember(db: Db): Promise<number> {
  const k = db.kysely;
  const { id: legislature } = await k
    .insertInto('assembly_legislatures')
    .values({ number: 99, seats: 125, elected_on: '2023-07-23', is_demo: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: person } = await k
    .insertInto('assembly_persons')
    .values({
      name_en: 'Demo Member 1',
      name_km: 'សមាជិកសាកល្បង ១',
      khmer_by_birth: 1,
      is_demo: 1,
      created_at: '2026-01-01T00:00:00Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id } = await k
    .insertInto('assembly_memberships')
    .values({
      person_id: person,
      legislature_id: legislature,
      province_code: '12',
      start_date: '2023-08-21',
      created_at: '2026-01-01T00:00:00Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

async function twoCommunes(db: Db): Promise<string[]> {
  const rows = await db.kysely
    .selectFrom('places')
    .select('code')
    .where('level', '=', 'commune')
    .where('code', 'like', '12%')
    .orderBy('code')
    .limit(2)
    .execute();
  return rows.map((r) => r.code);
}

/** Posts a form with repeated fields (checkboxes, multiple select) as a browser does. */
async function postForm(app: TestApp, browser: Browser, path: string, pairs: [string, string][]) {
  if (!browser.jar.get('sala_csrf')) await browser.get('/');
  const body = new URLSearchParams([['_csrf', browser.jar.get('sala_csrf') ?? ''], ...pairs]);
  const res = await app.request(path, {
    method: 'POST',
    headers: { cookie: browser.jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  browser.jar.absorb(res);
  return res;
}

describeEachDatabase(
  'MPs’ field missions over HTTP',
  (fixture) => {
    let app: TestApp;
    let staff: Browser;
    let director: Browser;
    let member: number;
    let communes: string[];
    let missionPath: string;
    beforeAll(async () => {
      app = testApp(fixture.db);
      member = await addDemoMember(fixture.db);
      communes = await twoCommunes(fixture.db);
      staff = await new Browser(app).signIn('co_staff');
      director = await new Browser(app).signIn('co_director');
      await staff.get('/lang/en');
    });

    it('plans a mission and refuses a commune outside the constituency', async () => {
      const bad = await postForm(app, staff, '/office/missions', [
        ['office', 'CO-12'],
        ['purpose', 'Listen to market vendors (demo)'],
        ['startsOn', '2026-01-10'],
        ['endsOn', '2026-01-11'],
        ['communes', '010201'],
      ]);
      expect(bad.status).toBe(422);
      expect(await bad.text()).toContain('communes of this constituency only');
      const res = await postForm(app, staff, '/office/missions', [
        ['office', 'CO-12'],
        ['purpose', 'Listen to market vendors; roads, water (demo)'],
        ['startsOn', '2026-01-10'],
        ['endsOn', '2026-01-11'],
        ['members', String(member)],
        ['communes', communes[0]],
        ['communes', communes[1]],
      ]);
      expect(res.status).toBe(303);
      missionPath = (res.headers.get('location') ?? '').split('?')[0];
      expect(missionPath).toMatch(/^\/office\/missions\/\d+$/);
      // Not published yet: the calendar does not show it.
      expect(await (await app.request('/offices/CO-12/calendar.ics')).text()).not.toContain('market vendors');
    });

    it('publishes it on the office page and in the calendar feed', async () => {
      expect((await staff.post(`${missionPath}/publish`, {})).status).toBe(303);
      const ics = await app.request('/offices/CO-12/calendar.ics');
      expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const body = await ics.text();
      expect(body).toContain('SUMMARY:Listen to market vendors\\; roads\\, water (demo)');
      expect(body).toContain('DTSTART;VALUE=DATE:20260110\r\nDTEND;VALUE=DATE:20260112');
      expect(body).toContain('TRANSP:TRANSPARENT');
      expect(body.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);

      const page = await (await new Browser(app).get('/offices/CO-12?lang=en')).text();
      expect(page).toContain('សមាជិកសាកល្បង ១');
      // Staff appear by display name only.
      expect(page).toContain('គណនីសាកល្បង៖ co_director');
      expect(page).not.toContain('co_staff@');
      expect((await app.request('/offices/CO-99')).status).toBe(404);
    });

    it('records the report; each concern becomes a field-mission case in the director’s queue', async () => {
      const half = await staff.post(`${missionPath}/report`, {
        meetingsHeld: '2',
        citizensMet: '40',
        'c0-category': 'water',
        'c0-commune': communes[0],
        'c0-description': '',
      });
      expect(half.status).toBe(422);
      // SMS chosen for a citizen who gave no phone: refused, nothing recorded.
      const noPhone = await staff.post(`${missionPath}/report`, {
        meetingsHeld: '2',
        citizensMet: '40',
        'c0-category': 'water',
        'c0-commune': communes[0],
        'c0-description': 'The village well has been dry since March (demo, fictional).',
        'c0-preferredContact': 'sms',
      });
      expect(noPhone.status).toBe(422);
      const res = await staff.post(`${missionPath}/report`, {
        meetingsHeld: '2',
        citizensMet: '40',
        authoritiesMet: 'Demo commune chief',
        followUps: 'Ask the district about the well (demo)',
        'c0-category': 'water',
        'c0-commune': communes[0],
        'c0-description': 'The village well has been dry since March (demo, fictional).',
        // A phone given with the choice left as it is: the citizen is told by SMS.
        'c0-phone': '012 600 700',
        'c1-category': 'infrastructure',
        'c1-commune': communes[1],
        'c1-description': 'The road to the school floods every rainy season (demo, fictional).',
        'c1-phone': '012 600 701',
        'c1-preferredContact': 'none',
      });
      expect(res.status).toBe(303);
      const page = await (await staff.get(missionPath)).text();
      const codes = [...page.matchAll(/\/office\/cases\/(\d{10})/g)].map((m) => m[1]);
      expect(codes).toHaveLength(2);
      const cases = await fixture.db.kysely
        .selectFrom('cases')
        .select(['channel', 'office_code', 'commune_code'])
        .where('tracking_code', 'in', codes)
        .orderBy('commune_code')
        .execute();
      expect(cases).toEqual([
        { channel: 'field_mission', office_code: 'CO-12', commune_code: communes[0] },
        { channel: 'field_mission', office_code: 'CO-12', commune_code: communes[1] },
      ]);
      const told = await fixture.db.kysely
        .selectFrom('outbox')
        .innerJoin('cases', 'cases.id', 'outbox.case_id')
        .select(['outbox.channel', 'outbox.recipient', 'outbox.template'])
        .where('cases.tracking_code', 'in', codes)
        .execute();
      expect(told).toEqual([{ channel: 'sms', recipient: '+85512600700', template: 'acknowledgement' }]);
      const queue = await (await director.get('/office/cases')).text();
      for (const code of codes) expect(queue).toContain(code);
      // The report is recorded once.
      expect(
        (await staff.post(`${missionPath}/report`, { meetingsHeld: '1', citizensMet: '1' })).status,
      ).toBe(409);
    });

    it('counts the month’s activity per office and per MP, as a page and CSV for the secretariat', async () => {
      const secretariat = await new Browser(app).signIn('secretariat');
      const csv = await secretariat.get('/office/activity.csv?office=CO-12&month=2026-01');
      expect(csv.status).toBe(200);
      const lines = (await csv.text()).split('\r\n').filter(Boolean);
      // office, month, member_en, member_km, missions, communes_visited, concerns, forwarded, answered
      expect(lines[1]).toBe('CO-12,2026-01,,,1,2,2,0,0');
      expect(lines[2]).toBe('CO-12,2026-01,Demo Member 1,សមាជិកសាកល្បង ១,1,2,2,0,0');
      const other = await secretariat.get('/office/activity.csv?office=CO-12&month=2026-02');
      expect((await other.text()).split('\r\n').filter(Boolean)[1]).toBe('CO-12,2026-02,,,0,0,0,0,0');
      expect((await director.get('/office/activity?office=CO-12&month=2026-13')).status).toBe(422);
      expect((await director.get('/office/activity?office=CO-01&month=2026-01')).status).toBe(403);
    });

    it('lets the director publish the address and hours the public page shows', async () => {
      const bad = await director.post('/office/details', {
        office: 'CO-12',
        addressKm: 'x',
        addressEn: '',
        hoursKm: '',
        hoursEn: '',
      });
      expect(bad.status).toBe(422);
      const res = await director.post('/office/details', {
        office: 'CO-12',
        addressKm: 'អគារសាកល្បង ផ្លូវ ០០០ (សាកល្បង)',
        addressEn: 'Demo Building, Street 000 (demo)',
        hoursKm: 'ច័ន្ទ–សុក្រ ៨:០០–១៧:០០',
        hoursEn: 'Monday to Friday 8:00–17:00',
        phone: '+855 00 000 000',
        email: '',
      });
      expect(res.status).toBe(303);
      const page = await (await new Browser(app).get('/offices/CO-12')).text();
      expect(page).toContain('អគារសាកល្បង ផ្លូវ ០០០ (សាកល្បង)');
      expect(page).toContain('href="tel:+85500000000"');
      expect((await staff.post('/office/details', { office: 'CO-12' })).status).toBe(403);
    });

    it('answers 404, not 500, for ids no row can have', async () => {
      for (const path of [
        '/office/missions/99999999999',
        '/office/missions/abc',
        '/office/plans/2147483648',
      ]) {
        expect((await director.get(path)).status).toBe(404);
      }
      expect((await director.get('/office/budget/expenses/99999999999')).status).toBe(404);
    });

    it('keeps roles outside the office (an auditor) off mission pages', async () => {
      const other = await new Browser(app).signIn('auditor');
      expect((await other.get(missionPath)).status).toBe(403);
    });
  },
  seedDemo,
);
