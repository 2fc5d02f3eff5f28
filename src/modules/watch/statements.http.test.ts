// Joint statements over HTTP: anyone reads them and their feed without signing in; an organisation's member
// publishes, signs and withdraws in its name only (another organisation's member and a watchdog are refused);
// a citizen supports a statement with a code sent through the outbox; a refused form comes back filled.
import { beforeAll, expect, it } from 'vitest';
import { Browser, englishBrowser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { createDemoStatements, DEMO_ORGANISATIONS } from './demo-watch-statements';

const TODAY = phnomPenhDate(new Date());
const TOMORROW = phnomPenhDate(new Date(Date.now() + 24 * 60 * 60 * 1000));
/** The demo statements' titles: a water-quality call and a call to answer members' questions in 7 days. */
const WATER_TESTS = 'សេចក្តីថ្លែងការណ៍សាកល្បង៖ សូមផ្សព្វផ្សាយលទ្ធផលតេស្តគុណភាពទឹករបស់ឃុំនីមួយៗ';
const ANSWER_IN_7_DAYS = 'សេចក្តីថ្លែងការណ៍សាកល្បង៖ សូមឆ្លើយសំណួររបស់សមាជិកសភាក្នុងរយៈពេល ៧ ថ្ងៃ';
/** The fictional organisation whose demo member account is `username`. */
const org = (username: string) => DEMO_ORGANISATIONS.find((o) => o.username === username)?.name ?? username;
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => {
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(s) || /[<>]/.test(s)) throw new Error(`not well formed: ${s}`);
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]);
};

/** Reads an XML document as a reader of feeds would, throwing on anything not well formed. */
function parseXml(xml: string): XmlElement {
  const source = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>/y;
  let at = 0;
  while (at < source.length) {
    const next = source.indexOf('<', at);
    const top = stack[stack.length - 1];
    if (next !== at) {
      const text = source.slice(at, next === -1 ? source.length : next);
      top.text += decode(text);
      if (next === -1) break;
      at = next;
    }
    tag.lastIndex = at;
    const m = tag.exec(source);
    if (!m) throw new Error(`not well formed at ${at}: ${source.slice(at, at + 40)}`);
    const [whole, close, name, attrs, selfClosing] = m;
    at += whole.length;
    if (close) {
      if (stack.pop()?.name !== name) throw new Error(`</${name}> closes the wrong element`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of attrs.matchAll(/([\w:.-]+)="([^"]*)"/g)) attributes[key] = decode(value);
    const element: XmlElement = { name, attributes, children: [], text: '' };
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error('unclosed elements');
  return root.children[0];
}

const child = (e: XmlElement, name: string) => e.children.find((c) => c.name === name);

describeEachDatabase(
  'joint statements over HTTP',
  (fixture) => {
    let app: TestApp;
    let reader: Browser;
    let monitor: Browser;
    let farmers: Browser;
    let watchdog: Browser;
    let demoId: string;
    let ownPath: string;
    let monitorOrg: string;
    let farmersOrg: string;
    const orgOf = async (username: string) => {
      const row = await fixture.db.kysely
        .selectFrom('role_grants')
        .innerJoin('users', 'users.id', 'role_grants.user_id')
        .select('scope_code')
        .where('users.username', '=', username)
        .executeTakeFirstOrThrow();
      return row.scope_code;
    };
    const lastCodeTo = async (recipient: string) => {
      const row = await fixture.db.kysely
        .selectFrom('outbox')
        .select('payload')
        .where('recipient', '=', recipient)
        .where('template', '=', 'support_code')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      return String((JSON.parse(row.payload) as { code: string }).code);
    };
    const requestOf = (html: string) => /name="request" value="([^"]+)"/.exec(html)?.[1] ?? '';

    beforeAll(async () => {
      app = testApp(fixture.db);
      reader = await englishBrowser(app);
      monitor = await englishBrowser(app, 'organisation_member');
      farmers = await englishBrowser(app, 'organisation_member_farmers');
      watchdog = await englishBrowser(app, 'watchdog');
      monitorOrg = await orgOf('organisation_member');
      farmersOrg = await orgOf('organisation_member_farmers');
    });

    it('lists the demo statements with the signatures organisations gave and the citizens’ support', async () => {
      const res = await reader.get('/watch/statements');
      expect(res.status).toBe(200);
      const list = await res.text();
      const titles = [...list.matchAll(/<a href="\/watch\/statements\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]);
      // The demo statements are written in Khmer, as a Cambodian organisation writes them, and marked demo.
      expect(titles).toEqual([ANSWER_IN_7_DAYS, WATER_TESTS]);
      expect(titles.every((t) => t.startsWith('សេចក្តីថ្លែងការណ៍សាកល្បង'))).toBe(true);
      expect(list).toMatch(
        new RegExp(
          `${ANSWER_IN_7_DAYS}</a>[\\s\\S]*?Published by ${escaped(org('organisation_member'))}[\\s\\S]*?3 signatories · 1 citizen supports`,
        ),
      );
      expect(list).not.toContain('action="/watch/statements"');
      demoId = new RegExp(`href="/watch/statements/(\\d+)">${WATER_TESTS}`).exec(list)?.[1] ?? '';
      const page = await (await reader.get(`/watch/statements/${demoId}`)).text();
      const rows = [...page.matchAll(/<tr><td>([^<]+)<\/td><td>([^<]+)<\/td><td>([^<]+)<\/td><\/tr>/g)];
      // The publisher and the three organisations that signed, each with its kind.
      expect(rows.map((m) => [m[1], m[2]])).toEqual([
        [org('organisation_member_water'), 'Network'],
        [org('organisation_member_farmers'), 'Association'],
        [org('organisation_member_teachers'), 'Trade union'],
        [org('organisation_member_women'), 'Network'],
      ]);
      expect(page).toContain('3 citizens support');
      // The one supporter who chose to show a name, an invented one marked demo.
      expect(page).toContain('<li>អ្នកគាំទ្រសាកល្បង ដារ៉ា (ប្រឌិត)</li>');
      expect(page).not.toContain('example.org');
      expect(page).not.toContain(`action="/watch/statements/${demoId}/signatures"`);
      expect((await reader.get('/watch/statements/999999')).status).toBe(404);
      expect((await reader.get('/watch/statements/abc')).status).toBe(404);
    });

    it('lets an organisation’s member publish, and another organisation’s member sign and withdraw', async () => {
      const form = await (await monitor.get('/watch/statements')).text();
      expect(form).toContain('action="/watch/statements"');
      expect(form).toContain(`<input type="hidden" name="organisationId" value="${monitorOrg}"/>`);
      const published = await monitor.post('/watch/statements', {
        organisationId: monitorOrg,
        title: 'Publish the minutes & <votes> of sittings',
        body: 'We ask that the minutes of every sitting be published within a week.',
        publishedOn: TODAY,
      });
      expect(published.status).toBe(303);
      ownPath = (published.headers.get('location') ?? '').replace(/\?.*/, '');
      expect(ownPath).toMatch(/^\/watch\/statements\/\d+$/);

      expect(await (await farmers.get(ownPath)).text()).toContain(`action="${ownPath}/signatures"`);
      const signed = await farmers.post(`${ownPath}/signatures`, {
        organisationId: farmersOrg,
        signedOn: TODAY,
      });
      expect(signed.status).toBe(303);
      expect(signed.headers.get('location')).toBe(`${ownPath}?done=signed`);
      const again = await farmers.post(`${ownPath}/signatures`, {
        organisationId: farmersOrg,
        signedOn: TODAY,
      });
      expect(again.status).toBe(409);
      expect(await again.text()).toContain('this organisation has already signed');
      let page = await (await reader.get(ownPath)).text();
      expect(page).toContain('Publish the minutes &amp; &lt;votes&gt; of sittings');
      expect(page.split(org('organisation_member_farmers'))).toHaveLength(2);

      const withdrawn = await farmers.post(`${ownPath}/signatures/withdraw`, { organisationId: farmersOrg });
      expect(withdrawn.status).toBe(303);
      page = await (await reader.get(ownPath)).text();
      expect(page).not.toContain(org('organisation_member_farmers'));
      // The publisher's own signature is its statement's, and stays.
      const publisherWithdraws = await monitor.post(`${ownPath}/signatures/withdraw`, {
        organisationId: monitorOrg,
      });
      expect(publisherWithdraws.status).toBe(409);
      expect(await publisherWithdraws.text()).toContain('the publishing organisation’s signature');
      expect(
        (await farmers.post(`${ownPath}/signatures`, { organisationId: farmersOrg, signedOn: TODAY })).status,
      ).toBe(303);
      const list = await (await reader.get('/watch/statements')).text();
      expect(list).toMatch(/Publish the minutes &amp; &lt;votes&gt; of sittings<\/a>[\s\S]*?2 signatories/);
    });

    it('refuses a member acting for another organisation, and the watchdog, and changes nothing', async () => {
      const before = await (await reader.get(ownPath)).text();
      const atom = await (await reader.get('/watch/statements.atom')).text();
      // The farmers' member signs or withdraws in the monitor's name; the monitor's member in the farmers'.
      expect(
        (
          await farmers.post(`/watch/statements/${demoId}/signatures`, {
            organisationId: monitorOrg,
            signedOn: TODAY,
          })
        ).status,
      ).toBe(403);
      expect(
        (await monitor.post(`${ownPath}/signatures/withdraw`, { organisationId: farmersOrg })).status,
      ).toBe(403);
      expect(
        (
          await farmers.post('/watch/statements', {
            organisationId: monitorOrg,
            title: 'Not in our own name',
            body: 'A member may publish only in the name of their own organisation.',
            publishedOn: TODAY,
          })
        ).status,
      ).toBe(403);
      // The watchdog no longer signs for anyone.
      expect(
        (await watchdog.post(`${ownPath}/signatures`, { organisationId: farmersOrg, signedOn: TODAY }))
          .status,
      ).toBe(403);
      expect(
        (await watchdog.post(`${ownPath}/signatures/withdraw`, { organisationId: farmersOrg })).status,
      ).toBe(403);
      expect(await (await watchdog.get(ownPath)).text()).not.toContain('/signatures"');
      const visitor = await reader.post(`${ownPath}/signatures`, {
        organisationId: farmersOrg,
        signedOn: TODAY,
      });
      expect(visitor.status).toBe(303);
      expect(visitor.headers.get('location')).toBe(
        `/login?next=${encodeURIComponent(`${ownPath}/signatures`)}`,
      );
      expect(await (await reader.get(ownPath)).text()).toBe(before);
      expect(await (await reader.get('/watch/statements.atom')).text()).toBe(atom);
    });

    it('serves an Atom feed that parses, newest statement first', async () => {
      const res = await reader.get('/watch/statements.atom');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const feed = parseXml(await res.text());
      expect(feed.name).toBe('feed');
      const entries = feed.children.filter((c) => c.name === 'entry');
      expect(entries.map((e) => child(e, 'title')?.text)).toEqual([
        'Publish the minutes & <votes> of sittings',
        ANSWER_IN_7_DAYS,
        WATER_TESTS,
      ]);
      expect(child(entries[0], 'link')?.attributes.href).toBe(`http://localhost${ownPath}`);
      expect(child(entries[0], 'summary')?.text).toMatch(
        new RegExp(`^${escaped(org('organisation_member'))}, \\d{4}-\\d\\d-\\d\\d: We ask`),
      );
    });

    it('refuses a statement or signature on a bad day, form filled in, in the reader’s language', async () => {
      const km = await new Browser(app).signIn('organisation_member');
      await km.get('/lang/km');
      const badDay = await km.post('/watch/statements', {
        organisationId: monitorOrg,
        title: 'សេចក្តីថ្លែងការណ៍ថ្ងៃមិនពិត',
        body: 'សេចក្តីថ្លែងការណ៍នេះមានកាលបរិច្ឆេទដែលមិនមាន ដូច្នេះមិនត្រូវបានរក្សាទុកទេ។',
        publishedOn: '2026-02-30',
      });
      expect(badDay.status).toBe(422);
      const badBody = await badDay.text();
      expect(badBody).toContain('កាលបរិច្ឆេទត្រូវមានពិត និងសរសេរជា ថ្ងៃ/ខែ/ឆ្នាំ ឧ. ៣១/១២/២០២៦');
      expect(badBody).toContain('value="សេចក្តីថ្លែងការណ៍ថ្ងៃមិនពិត"');
      const path = `/watch/statements/${demoId}`;
      for (const [signedOn, reason] of [
        ['2020-01-01', 'an organisation cannot sign before the statement was published'],
        [TOMORROW, 'a date is still to come'],
      ]) {
        const res = await monitor.post(`${path}/signatures`, { organisationId: monitorOrg, signedOn });
        expect(res.status).toBe(422);
        expect(await res.text()).toContain(reason);
      }
      expect((await monitor.post('/watch/statements/999999/signatures', { signedOn: TODAY })).status).toBe(
        404,
      );
    });

    it('counts a citizen’s support confirmed by the code sent through the outbox; a wrong code is refused', async () => {
      const asked = await reader.post(`${ownPath}/support`, {
        contact: 'supporter@example.org',
        name: 'Test Supporter (fictional)',
        showName: 'yes',
      });
      expect(asked.status).toBe(200);
      const html = await asked.text();
      expect(html).toContain('a code is on its way by e-mail');
      expect(html).not.toContain('supporter@example.org');
      const request = requestOf(html);
      const code = await lastCodeTo('supporter@example.org');
      const wrong = code === '000000' ? '000001' : '000000';
      const refused = await reader.post(`${ownPath}/support/confirm`, {
        request,
        code: wrong,
        channel: 'email',
      });
      expect(refused.status).toBe(422);
      expect(await refused.text()).toContain('this code is not right');
      expect(await (await reader.get(ownPath)).text()).toContain('0 citizens support');
      const confirmed = await reader.post(`${ownPath}/support/confirm`, { request, code, channel: 'email' });
      expect(confirmed.status).toBe(303);
      const page = await (await reader.get(ownPath)).text();
      expect(page).toContain('1 citizen supports');
      expect(page).toContain('<li>Test Supporter (fictional)</li>');
    });

    it('stops confirming after the limit of wrong codes, and refuses a contact that is none', async () => {
      const asked = await reader.post(`${ownPath}/support`, { contact: '012 999 888' });
      expect(await asked.clone().text()).toContain('a code is on its way by SMS');
      const request = requestOf(await asked.text());
      const code = await lastCodeTo('+85512999888');
      const wrong = code === '111111' ? '222222' : '111111';
      let last = '';
      for (let i = 0; i < 5; i++)
        last = await (
          await reader.post(`${ownPath}/support/confirm`, { request, code: wrong, channel: 'sms' })
        ).text();
      expect(last).toContain('too many wrong codes');
      const late = await reader.post(`${ownPath}/support/confirm`, { request, code, channel: 'sms' });
      expect(late.status).toBe(422);
      expect(await (await reader.get(ownPath)).text()).toContain('1 citizen supports');
      const none = await reader.post(`${ownPath}/support`, { contact: 'nobody' });
      expect(none.status).toBe(422);
      expect(await none.text()).toContain('neither a phone number');
    });
  },
  async (db) => {
    await seedDemo(db);
    await createDemoStatements(db, new Date());
  },
);
