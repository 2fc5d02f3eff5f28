// A Khmer reader of the demo reads Khmer: the pages that show demo content (joint statements, promises, the
// constituency office's books, plans, missions and coordination, concerns and complaints, ministry work, OWSO
// receipts and services), opened in Khmer by the accounts that may see them, show no English words in their
// main content. Latin letters stay only where a Khmer writer writes them: the acronyms and proper names of
// test/support/interface-words.ts, the login names of the demo accounts, codes, addresses and e-mails.
import { beforeAll, expect, it } from 'vitest';
import { Browser, TEST_PASSWORD, type TestApp, testApp } from '../../test/support/app';
import { describeEachDatabase } from '../../test/support/databases';
import { LATIN_ALLOWED, withoutNonWords } from '../../test/support/interface-words';
import { decode } from '../../test/support/page-language';
import { prepareDatabase } from './prepare-database';

const NOW = new Date('2026-11-23T03:00:00Z');

/** A page to open in Khmer as `as` (null: a visitor), and the links on it to open too (at most `limit`). */
interface Visit {
  as: string | null;
  path: string;
  follow?: RegExp;
  limit?: number;
}

const VISITS: Visit[] = [
  { as: null, path: '/watch/statements', follow: /^\/watch\/statements\/\d+$/ },
  { as: 'organisation_member', path: '/watch/statements', follow: /^\/watch\/statements\/\d+$/ },
  { as: null, path: '/watch/promises', follow: /^\/watch\/promises\/\d+$/, limit: 16 },
  { as: 'watchdog', path: '/watch/promises', follow: /^\/watch\/promises\/\d+$/, limit: 3 },
  { as: null, path: '/assembly/laws', follow: /^\/assembly\/laws\/\d+$/ },
  { as: null, path: '/offices/CO-12' },
  { as: null, path: '/offices/CO-02' },
  { as: null, path: '/offices/CO-17' },
  { as: null, path: '/owso/cancelled' },
  { as: null, path: '/owso/offices/OWSO-120101', follow: /^\/services\/[A-Z]+-\d+$/, limit: 2 },
  ...['co_director', 'co_director_battambang', 'co_director_siemreap'].flatMap((director): Visit[] => [
    { as: director, path: '/office/budget', follow: /^\/office\/budget\/expenses\/\d+$/ },
    { as: director, path: '/office/plans', follow: /^\/office\/plans\/\d+$/ },
    { as: director, path: '/office/missions', follow: /^\/office\/missions\/\d+$/ },
    { as: director, path: '/office/coordination' },
    { as: director, path: '/office/cases', follow: /^\/office\/cases\/[0-9A-Z-]+$/, limit: 20 },
  ]),
  { as: 'ombudsman', path: '/office/cases', follow: /^\/office\/cases\/[0-9A-Z-]+$/ },
  { as: 'commission_staff', path: '/commission/cases', follow: /^\/commission\/cases\/[0-9A-Z-]+$/ },
  { as: 'minister_office', path: '/ministry', follow: /^\/ministry\/(cases|questions)\/[0-9A-Za-z-]+$/ },
  { as: 'owso_clerk', path: '/owso/counter', follow: /^\/owso\/receipts\/[0-9A-Z-]+$/, limit: 3 },
];

/** What a reader sees in the page's main content: its text and the labels read out or shown on hover. */
function mainText(html: string): string {
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/i.exec(html)?.[1] ?? '';
  const body = main
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|code|kbd|samp|pre)\b[\s\S]*?<\/\1>/gi, ' ');
  const labels = [...body.matchAll(/\b(?:title|aria-label|alt|placeholder)="([^"]*)"/gi)].map((m) => m[1]);
  return decode(`${body.replace(/<[^>]*>/g, ' ')} ${labels.join(' ')}`).replace(/\s+/g, ' ');
}

/** Words of 4 Latin letters or more that a Khmer writer would not write in Latin letters. */
function strayLatin(text: string, logins: Set<string>): string[] {
  // Addresses, e-mails, codes, file names and units are not words, as on the crawl of the interface.
  const words = withoutNonWords(text).match(/[A-Za-z][A-Za-z0-9_'’]*/g) ?? [];
  return words.filter(
    (w) => (w.match(/[A-Za-z]/g) ?? []).length >= 4 && !Object.hasOwn(LATIN_ALLOWED, w) && !logins.has(w),
  );
}

describeEachDatabase('the demo in Khmer', (t) => {
  let app: TestApp;
  /** The demo accounts' login names: typed at sign-in in Latin letters, shown as they are. */
  let logins: Set<string>;
  const found: string[] = [];
  const opened: string[] = [];
  /** Pages that should link to demo records and do not. */
  const unlinked: string[] = [];

  beforeAll(async () => {
    await prepareDatabase(t.db, { demo: true, demoPassword: TEST_PASSWORD, demoCases: true }, NOW);
    app = testApp(t.db);
    logins = new Set(
      (await t.db.kysely.selectFrom('users').select('username').execute()).map((u) => u.username),
    );
    for (const visit of VISITS) {
      const browser = visit.as ? await new Browser(app).signIn(visit.as) : new Browser(app);
      await browser.get('/lang/km');
      const open = async (path: string) => {
        const res = await browser.get(path);
        const html = await res.text();
        const who = `${path} as ${visit.as ?? 'a visitor'}`;
        opened.push(`${who}: ${res.status}`);
        const words = [...new Set(strayLatin(mainText(html), logins))];
        if (words.length > 0) found.push(`${who}: ${words.join(' ')}`);
        return html;
      };
      const html = await open(visit.path);
      if (!visit.follow) continue;
      const links = [
        ...new Set([...html.matchAll(/href="([^"#?]+)[^"]*"/g)].map((m) => decode(m[1]))),
      ].filter((h) => visit.follow?.test(h));
      if (links.length === 0) unlinked.push(`${visit.path} as ${visit.as ?? 'a visitor'}`);
      for (const link of links.slice(0, visit.limit ?? 10)) await open(link);
    }
  }, 300_000);

  it('opens every page of the demo content it looks at', () => {
    expect(opened.length).toBeGreaterThan(60);
    expect(opened.filter((o) => !o.endsWith(': 200'))).toEqual([]);
    expect(unlinked).toEqual([]);
  });

  it('shows no English in the main content of a Khmer page of the demo', () => {
    expect(found).toEqual([]);
  });
});
