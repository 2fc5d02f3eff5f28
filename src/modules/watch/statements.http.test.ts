// Joint statements over HTTP: anyone reads them and their feed without signing in; a watchdog publishes and
// adds signatories; other accounts are refused; a refused form comes back filled, in the reader's language.
import { beforeAll, expect, it } from 'vitest';
import { Browser, englishBrowser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { createDemoStatements } from './demo-watch-statements';

const TODAY = phnomPenhDate(new Date());
const TOMORROW = phnomPenhDate(new Date(Date.now() + 24 * 60 * 60 * 1000));

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
    let watchdog: Browser;
    let staff: Browser;
    let demoId: string;
    let ownPath: string;
    beforeAll(async () => {
      app = testApp(fixture.db);
      reader = await englishBrowser(app);
      watchdog = await englishBrowser(app, 'watchdog');
      staff = await new Browser(app).signIn('co_staff');
    });

    it('lists the demo statements newest first, and shows the signatories in the order they signed', async () => {
      const res = await reader.get('/watch/statements');
      expect(res.status).toBe(200);
      const list = await res.text();
      const titles = [...list.matchAll(/<a href="\/watch\/statements\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]);
      expect(titles).toEqual([
        'Demo statement: answer members’ questions within the 7 days',
        'Demo statement: publish every commune’s water-quality tests',
      ]);
      expect(list).toMatch(
        /answer members’ questions within the 7 days<\/a>[\s\S]*?Published by Demo Parliament Monitor \(fictional\)[\s\S]*?3 signatories/,
      );
      expect(list).not.toContain('action="/watch/statements"');
      demoId =
        /href="\/watch\/statements\/(\d+)">Demo statement: publish every commune/.exec(list)?.[1] ?? '';
      const page = await (await reader.get(`/watch/statements/${demoId}`)).text();
      const rows = [...page.matchAll(/<tr><td>(Demo [^<]+)<\/td><td>([^<]+)<\/td><td>([^<]+)<\/td><\/tr>/g)];
      expect(rows.map((m) => [m[1], m[2]])).toEqual([
        ['Demo Coalition for Clean Water (fictional)', 'Network'],
        ['Demo Farmers’ Association (fictional)', 'Association'],
        ['Demo Teachers’ Union (fictional)', 'Trade union'],
        ['Demo Women’s Network (fictional)', 'Network'],
      ]);
      expect(page).toContain('we ask that the results of every commune’s water-quality tests be published');
      expect(page).not.toContain(`action="/watch/statements/${demoId}/signatures"`);
      expect((await reader.get('/watch/statements/999999')).status).toBe(404);
      expect((await reader.get('/watch/statements/abc')).status).toBe(404);
    });

    it('lets a watchdog publish and gather signatures; an organisation signs once', async () => {
      expect(await (await watchdog.get('/watch/statements')).text()).toContain('action="/watch/statements"');
      const published = await watchdog.post('/watch/statements', {
        newName: 'HTTP Test Monitor',
        newKind: 'ngo',
        newWebsite: 'https://monitor.example.org',
        title: 'Publish the minutes & <votes> of sittings',
        body: 'We ask that the minutes of every sitting be published within a week.',
        publishedOn: TODAY,
      });
      expect(published.status).toBe(303);
      ownPath = (published.headers.get('location') ?? '').replace(/\?.*/, '');
      expect(ownPath).toMatch(/^\/watch\/statements\/\d+$/);
      const signed = await watchdog.post(`${ownPath}/signatures`, {
        newName: 'HTTP Test Union',
        newKind: 'trade_union',
        signedOn: TODAY,
      });
      expect(signed.status).toBe(303);
      const again = await watchdog.post(`${ownPath}/signatures`, {
        newName: 'HTTP Test Union',
        newKind: 'trade_union',
        signedOn: TODAY,
      });
      expect(again.status).toBe(409);
      expect(await again.text()).toContain('this organisation has already signed');
      const page = await (await reader.get(ownPath)).text();
      expect(page).toContain('Publish the minutes &amp; &lt;votes&gt; of sittings');
      expect(page.match(/HTTP Test Union/g)).toHaveLength(1);
      expect(page).toContain(
        '<a href="https://monitor.example.org" rel="nofollow noopener noreferrer">HTTP Test Monitor</a>',
      );
      const list = await (await reader.get('/watch/statements')).text();
      expect(list).toMatch(/Publish the minutes &amp; &lt;votes&gt; of sittings<\/a>[\s\S]*?2 signatories/);
    });

    it('serves an Atom feed that parses, newest statement first', async () => {
      const res = await reader.get('/watch/statements.atom');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const feed = parseXml(await res.text());
      expect(feed.name).toBe('feed');
      expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
      const entries = feed.children.filter((c) => c.name === 'entry');
      expect(entries.map((e) => child(e, 'title')?.text)).toEqual([
        'Publish the minutes & <votes> of sittings',
        'Demo statement: answer members’ questions within the 7 days',
        'Demo statement: publish every commune’s water-quality tests',
      ]);
      expect(child(entries[0], 'link')?.attributes.href).toBe(`http://localhost${ownPath}`);
      expect(child(entries[0], 'summary')?.text).toMatch(/^HTTP Test Monitor, \d{4}-\d\d-\d\d: We ask/);
      expect(new Set(entries.map((e) => child(e, 'id')?.text)).size).toBe(3);
      for (const e of entries) expect(Number.isNaN(Date.parse(child(e, 'updated')?.text ?? ''))).toBe(false);
    });

    it('refuses a statement without an organisation or with a day that does not exist, form filled in', async () => {
      const before = await (await reader.get('/watch/statements.atom')).text();
      const refused = await watchdog.post('/watch/statements', {
        title: 'A statement without a publisher',
        body: 'This statement names no organisation at all, so it cannot be published.',
        publishedOn: TODAY,
      });
      expect(refused.status).toBe(422);
      const body = await refused.text();
      expect(body).toContain('choose an organisation, or name a new one with its kind');
      expect(body).toContain('value="A statement without a publisher"');

      const km = await new Browser(app).signIn('watchdog');
      await km.get('/lang/km');
      const badDay = await km.post('/watch/statements', {
        newName: 'អង្គការសាកល្បងថ្មី',
        newKind: 'association',
        title: 'សេចក្តីថ្លែងការណ៍ថ្ងៃមិនពិត',
        body: 'សេចក្តីថ្លែងការណ៍នេះមានកាលបរិច្ឆេទដែលមិនមាន ដូច្នេះមិនត្រូវបានរក្សាទុកទេ។',
        publishedOn: '2026-02-30',
      });
      expect(badDay.status).toBe(422);
      const badBody = await badDay.text();
      expect(badBody).toContain('កាលបរិច្ឆេទត្រូវមានពិត និងសរសេរជា ថ្ងៃ/ខែ/ឆ្នាំ (៣១/១២/២០២៦)');
      expect(badBody).toContain('value="អង្គការសាកល្បងថ្មី"');
      expect(badBody).toMatch(/<option value="association" selected="">/);
      const future = await watchdog.post('/watch/statements', {
        newName: 'Future Monitor',
        newKind: 'ngo',
        title: 'A statement from tomorrow',
        body: 'This statement is dated tomorrow, so it cannot be published yet.',
        publishedOn: TOMORROW,
      });
      expect(future.status).toBe(422);
      expect(await future.text()).toContain('a date is still to come');
      const badSite = await watchdog.post('/watch/statements', {
        newName: 'Script Monitor',
        newKind: 'ngo',
        newWebsite: 'javascript:alert(1)',
        title: 'A statement with a bad website',
        body: 'This statement names a website that is not a web address.',
        publishedOn: TODAY,
      });
      expect(badSite.status).toBe(422);
      expect(await badSite.text()).toContain('a link must start with http:// or https://');
      // Nothing was published, and no organisation was added.
      expect(await (await reader.get('/watch/statements.atom')).text()).toBe(before);
      const organisations = await (await watchdog.get('/watch/statements')).text();
      for (const name of ['អង្គការសាកល្បងថ្មី', 'Future Monitor', 'Script Monitor'])
        expect(organisations).not.toContain(name);
    });

    it('refuses a signature before publication, in the future or on a day that does not exist', async () => {
      const path = `/watch/statements/${demoId}`;
      const before = await (await reader.get(path)).text();
      for (const [signedOn, reason] of [
        ['2020-01-01', 'an organisation cannot sign before the statement was published'],
        [TOMORROW, 'a date is still to come'],
        ['2026-02-30', 'a date must exist and be written day/month/year (31/12/2026)'],
      ]) {
        const res = await watchdog.post(`${path}/signatures`, {
          newName: 'Late Or Early Union',
          newKind: 'trade_union',
          signedOn,
        });
        expect(res.status).toBe(422);
        const body = await res.text();
        expect(body).toContain(reason);
        expect(body).toContain(`value="${signedOn}"`);
      }
      expect(await (await reader.get(path)).text()).toBe(before);
      expect((await watchdog.post('/watch/statements/999999/signatures', { signedOn: TODAY })).status).toBe(
        404,
      );
    });

    it('refuses other signed-in accounts and visitors, and changes nothing', async () => {
      const before = await (await reader.get('/watch/statements.atom')).text();
      const statement = {
        newName: 'Not A Watchdog Org',
        newKind: 'ngo',
        title: 'Not a watchdog’s statement',
        body: 'Only watchdogs publish statements here; this one must be refused.',
        publishedOn: TODAY,
      };
      expect((await staff.post('/watch/statements', statement)).status).toBe(403);
      expect(
        (
          await staff.post(`${ownPath}/signatures`, {
            newName: 'Not A Watchdog Org',
            newKind: 'ngo',
            signedOn: TODAY,
          })
        ).status,
      ).toBe(403);
      // A visitor is sent to sign in first.
      const visitor = await reader.post('/watch/statements', statement);
      expect(visitor.status).toBe(303);
      expect(visitor.headers.get('location')).toBe('/login?next=%2Fwatch%2Fstatements');
      expect(await (await reader.get('/watch/statements.atom')).text()).toBe(before);
      expect(await (await reader.get(ownPath)).text()).not.toContain('Not A Watchdog Org');
    });
  },
  async (db) => {
    await seedDemo(db);
    await createDemoStatements(db, new Date());
  },
);
