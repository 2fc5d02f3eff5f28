// Watchdogs' notes on an MP's page over HTTP: anyone reads them without signing in, newest first with score,
// source, date and author; a watchdog adds one (in Khmer too); bad input comes back as a filled 422 page;
// unknown members are 404 and other accounts 403, with nothing written.
import { beforeAll, expect, it } from 'vitest';
import { Browser, englishBrowser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { formatDate } from '../../platform/i18n/i18n';
import { createDemoAssembly } from '../assembly/demo-assembly';
import { demoMemberName } from '../assembly/demo-names';
import { createDemoStatements } from './demo-watch-statements';

/** The notes section of a member's page, as the reader sees it. */
const notesOf = (page: string) => /<section id="notes"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
const remarks = (section: string) => [...section.matchAll(/<\/strong> — ([^<]+?) <a /g)].map((m) => m[1]);

describeEachDatabase(
  "watchdogs' notes on an MP's page",
  (fixture) => {
    let app: TestApp;
    let reader: Browser;
    let watchdog: Browser;
    const idOf = async (name: string) =>
      (
        await fixture.db.kysely
          .selectFrom('assembly_persons')
          .select('id')
          .where('name_en', '=', name)
          .executeTakeFirstOrThrow()
      ).id;
    let demoOne: number;
    let member: number;
    beforeAll(async () => {
      app = testApp(fixture.db);
      reader = await englishBrowser(app);
      watchdog = await englishBrowser(app, 'watchdog');
      demoOne = await idOf(demoMemberName(1).en);
      member = await idOf(demoMemberName(7).en);
    });

    it('shows the demo notes to a visitor, newest first, with score, source, date and author', async () => {
      const res = await reader.get(`/watch/members/${demoOne}`);
      expect(res.status).toBe(200);
      const section = notesOf(await res.text());
      expect(section).toContain('<h2 id="notes-heading">Notes by watchdogs</h2>');
      expect(section).toContain('Sum of scores: 0 (2 notes)');
      expect(remarks(section)).toEqual([
        expect.stringContaining('អវត្តមាននៅសម័យប្រជុំមួយ ដោយគ្មានហេតុផល។'),
        expect.stringContaining('បានសួរសំណួរជាលាយលក្ខណ៍អក្សរអំពីផ្លូវជនបទ'),
      ]);
      expect(section).toMatch(/<strong>Score −1<\/strong>[\s\S]*<strong>Score \+1<\/strong>/);
      expect(section).toContain(
        '<a href="https://example.org/demo/notes/1" rel="nofollow noopener noreferrer">Source</a>',
      );
      expect(section).toContain('by watchdog (demo, fictional)');
      expect(section).not.toContain('<form');
      const other = notesOf(await (await reader.get(`/watch/members/${member}`)).text());
      expect(other).toContain('No note yet.');
    });

    it('lets a watchdog add a note in Khmer; it shows first, on the day it was written', async () => {
      const km = await new Browser(app).signIn('watchdog');
      await km.get('/lang/km');
      const form = notesOf(await (await km.get(`/watch/members/${member}`)).text());
      expect(form).toContain(`action="/watch/members/${member}/notes"`);
      expect(form).toContain('name="_csrf"');
      const first = await km.post(`/watch/members/${member}/notes`, {
        remark: 'បានសួរអំពីផ្លូវលិចទឹក ហើយបានផ្សព្វផ្សាយចម្លើយ',
        score: '1',
        sourceUrl: 'https://example.org/q/1',
      });
      expect(first.status).toBe(303);
      expect(first.headers.get('location')).toBe(`/watch/members/${member}#notes`);
      const second = await watchdog.post(`/watch/members/${member}/notes`, {
        remark: 'Voted without reading the bill (test).',
        score: '0',
        sourceUrl: 'http://example.org/votes/3',
      });
      expect(second.status).toBe(303);
      const section = notesOf(await (await reader.get(`/watch/members/${member}`)).text());
      expect(remarks(section)).toEqual([
        'Voted without reading the bill (test).',
        'បានសួរអំពីផ្លូវលិចទឹក ហើយបានផ្សព្វផ្សាយចម្លើយ',
      ]);
      expect(section).toContain('Sum of scores: +1 (2 notes)');
      expect(section).toContain('href="https://example.org/q/1" rel="nofollow noopener noreferrer"');
      expect(section).toContain(`${formatDate(new Date(), 'en')} by watchdog`);
      expect(section).not.toContain('(demo, fictional)');
    });

    it('refuses a javascript: source with 422 in the reader’s language, the form filled in, nothing added', async () => {
      const before = notesOf(await (await reader.get(`/watch/members/${member}`)).text());
      const km = await new Browser(app).signIn('watchdog');
      await km.get('/lang/km');
      const bad = await km.post(`/watch/members/${member}/notes`, {
        remark: 'កំណត់សម្គាល់ដែលមានតំណមិនត្រឹមត្រូវ',
        score: '-1',
        sourceUrl: 'javascript:alert(1)',
      });
      expect(bad.status).toBe(422);
      const body = await bad.text();
      expect(body).toContain('<html lang="km"');
      expect(body).toContain('តំណត្រូវចាប់ផ្តើមដោយ http:// ឬ https://');
      expect(body).toContain('កំណត់សម្គាល់ដែលមានតំណមិនត្រឹមត្រូវ</textarea>');
      expect(body).toMatch(/value="-1" required="" checked=""/);
      expect(body).toContain('value="javascript:alert(1)"');
      expect(body).not.toContain('href="javascript:');

      const empty = await watchdog.post(`/watch/members/${member}/notes`, {
        remark: '',
        sourceUrl: 'https://example.org/x',
      });
      expect(empty.status).toBe(422);
      const emptyBody = await empty.text();
      expect(emptyBody).toContain('<html lang="en"');
      expect(emptyBody).toContain('a required field is empty');
      const long = await watchdog.post(`/watch/members/${member}/notes`, {
        remark: 'x'.repeat(2001),
        score: '1',
        sourceUrl: 'https://example.org/x',
      });
      expect(long.status).toBe(422);
      expect(await long.text()).toContain('a text is too long');
      expect(notesOf(await (await reader.get(`/watch/members/${member}`)).text())).toBe(before);
    });

    it('answers 404 for an unknown member and 403 for accounts that are not watchdogs', async () => {
      const before = notesOf(await (await reader.get(`/watch/members/${member}`)).text());
      const note = { remark: 'A note on nobody', score: '1', sourceUrl: 'https://example.org/x' };
      expect((await watchdog.post('/watch/members/999999/notes', note)).status).toBe(404);
      expect((await watchdog.post('/watch/members/999999/notes', { remark: '' })).status).toBe(404);
      expect((await watchdog.post('/watch/members/abc/notes', note)).status).toBe(404);
      for (const role of ['co_staff', 'secretariat', 'admin']) {
        const other = await new Browser(app).signIn(role);
        expect(notesOf(await (await other.get(`/watch/members/${member}`)).text())).not.toContain('<form');
        expect((await other.post(`/watch/members/${member}/notes`, note)).status).toBe(403);
      }
      expect(notesOf(await (await reader.get(`/watch/members/${member}`)).text())).toBe(before);
    });
  },
  async (db) => {
    await seedDemo(db);
    await createDemoAssembly(db, new Date());
    await createDemoStatements(db, new Date());
  },
);
