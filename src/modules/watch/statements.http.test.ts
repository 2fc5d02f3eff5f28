// Joint statements and notes on MPs over HTTP: anyone reads them and the feed; a watchdog publishes,
// adds signatories and notes; a refused form comes back filled with the reason in the reader's language.
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { createDemoStatements } from '../../setup/demo-watch-statements';
import { createTinyAssembly } from '../assembly/questions-laws.test-data';

const TODAY = phnomPenhDate(new Date());

describeEachDatabase(
  'joint statements and notes over HTTP',
  (fixture) => {
    let app: TestApp;
    let reader: Browser;
    let watchdog: Browser;
    let personId: number;
    beforeAll(async () => {
      app = testApp(fixture.db);
      reader = new Browser(app);
      await reader.get('/lang/en');
      watchdog = await new Browser(app).signIn('watchdog');
      await watchdog.get('/lang/en');
      const assembly = await createTinyAssembly(fixture.db.kysely);
      personId = (
        await fixture.db.kysely
          .selectFrom('assembly_memberships')
          .select('person_id')
          .where('id', '=', assembly.memberId)
          .executeTakeFirstOrThrow()
      ).person_id;
    });

    it('lists the demo statements and their signatories, in the order they signed', async () => {
      const list = await (await reader.get('/watch/statements')).text();
      expect(list).toMatch(/answer members’ questions within the 7 days<\/a>[\s\S]*?3 signatories/);
      const id = /href="\/watch\/statements\/(\d+)">Demo statement: publish every commune/.exec(list)?.[1];
      const page = await (await reader.get(`/watch/statements/${id}`)).text();
      const order = [...page.matchAll(/<td>(Demo [^<]+)<\/td>/g)].map((m) => m[1]);
      expect(order).toEqual([
        'Demo Coalition for Clean Water (fictional)',
        'Demo Farmers’ Association (fictional)',
        'Demo Teachers’ Union (fictional)',
        'Demo Women’s Network (fictional)',
      ]);
      expect(page).not.toContain('action="/watch/statements/');
      expect((await reader.get('/watch/statements/999999')).status).toBe(404);
    });

    it('lets a watchdog publish and gather signatures; a second signature is refused', async () => {
      const published = await watchdog.post('/watch/statements', {
        newName: 'HTTP Test Monitor',
        newKind: 'ngo',
        title: 'Publish the sittings’ minutes',
        body: 'We ask that the minutes of every sitting be published within a week.',
        publishedOn: TODAY,
      });
      expect(published.status).toBe(303);
      const path = (published.headers.get('location') ?? '').replace(/\?.*/, '');
      const signed = await watchdog.post(`${path}/signatures`, {
        newName: 'HTTP Test Union',
        newKind: 'trade_union',
        signedOn: TODAY,
      });
      expect(signed.status).toBe(303);
      const again = await watchdog.post(`${path}/signatures`, {
        newName: 'HTTP Test Union',
        newKind: 'trade_union',
        signedOn: TODAY,
      });
      expect(again.status).toBe(409);
      expect(await again.text()).toContain('this organisation has already signed');
      const page = await (await reader.get(path)).text();
      expect(page.match(/HTTP Test Union/g)).toHaveLength(1);
      const feed = await (await reader.get('/watch/statements.atom')).text();
      expect(feed).toContain('<title>Publish the sittings’ minutes</title>');
      expect(feed.match(/<entry>/g)).toHaveLength(3);
    });

    it('refuses a statement without an organisation, with the form filled in', async () => {
      const refused = await watchdog.post('/watch/statements', {
        title: 'A statement without a publisher',
        body: 'This statement names no organisation at all, so it cannot be published.',
        publishedOn: TODAY,
      });
      expect(refused.status).toBe(422);
      const body = await refused.text();
      expect(body).toContain('choose an organisation, or name a new one with its kind');
      expect(body).toContain('value="A statement without a publisher"');
    });

    it("shows a member's profile and watchdogs' notes; a watchdog adds one, in Khmer too", async () => {
      const km = await new Browser(app).signIn('watchdog');
      await km.get('/lang/km');
      const bad = await km.post(`/watch/members/${personId}/notes`, {
        remark: 'បានសួរអំពីផ្លូវលិចទឹក',
        score: '1',
        sourceUrl: 'javascript:alert(1)',
      });
      expect(bad.status).toBe(422);
      const badBody = await bad.text();
      expect(badBody).toContain('តំណត្រូវចាប់ផ្តើមដោយ http:// ឬ https://');
      expect(badBody).toContain('បានសួរអំពីផ្លូវលិចទឹក');
      const good = await km.post(`/watch/members/${personId}/notes`, {
        remark: 'បានសួរអំពីផ្លូវលិចទឹក',
        score: '1',
        sourceUrl: 'https://example.org/q/1',
      });
      expect(good.status).toBe(303);
      const page = await (await reader.get(`/watch/members/${personId}`)).text();
      expect(page).toContain('Sum of scores: +1 (1 notes)');
      expect(page).toContain('href="https://example.org/q/1"');
      expect(page).toContain('by watchdog');
      expect(page).toMatch(/<dt>Constituency<\/dt><dd>[^<]+<\/dd><dt>Party<\/dt>/);
      expect(page).toMatch(/<dt>Constituency office<\/dt><dd><a href="\/offices\/CO-\d\d">/);
      expect(page).not.toContain(`action="/watch/members/${personId}/notes"`);
      expect((await km.post('/watch/members/999999/notes', { remark: 'x', score: '1' })).status).toBe(404);
      const staff = await new Browser(app).signIn('co_staff');
      expect(
        (await staff.post(`/watch/members/${personId}/notes`, { remark: 'Not a watchdog' })).status,
      ).toBe(403);
    });
  },
  async (db) => {
    await seedDemo(db);
    await createDemoStatements(db, new Date());
  },
);
