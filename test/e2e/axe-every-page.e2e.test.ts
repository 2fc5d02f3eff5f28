// Axe finds nothing on any page, public or staff, at a 360×640 phone in real Chromium, and no page
// scrolls sideways. Every page route the modules declare is opened once, in Khmer, as one visitor who may open
// it: anonymous for a public page, else a role chosen so that few roles cover every staff page. A page with
// parameters is opened at a link that visitor's pages show (their own cases, receipts, missions), else at a demo
// record. One Chromium, one context per visitor signed in once, one tab going from page to page, so the walk
// takes a couple of minutes even on a busy machine.
import { sql } from 'kysely';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../src/app';
import { ROLES, type Role } from '../../src/platform/auth/roles';
import type { RouteDef } from '../../src/platform/http/types';
import { dispatchDue } from '../../src/platform/outbox/dispatch';
import { TEST_PASSWORD } from '../support/app';
import { submitSample } from '../support/cases';
import {
  addAxeToEveryPage,
  axeReport,
  browserSuiteTitle,
  HAVE_CHROMIUM,
  startSalaAndChromium,
} from '../support/chromium';

const PHONE = { width: 360, height: 640 };

/** Page routes that answer with no HTML page, and why. */
const NOT_HTML: [RegExp, string][] = [
  [/\.(csv|ics|atom|json|xml)$/, 'downloads and feeds'],
  [/^\/watch\/data\/:table$/, 'an open-data file'],
  [/\/files\//, 'files uploaded to a case or a question (a signed letter)'],
  [/\/receipt$/, 'the scan of an expense’s receipt'],
  [/^\/(lang|digits)\/:[a-z]+$/, 'the switches of language and numerals, which send the visitor back'],
  [/^\/favicon\.(svg|ico)$/, 'the icon'],
  [/^\/robots\.txt$/, 'two lines for crawlers'],
  [/^\/telegram\/link\/:token$/, 'a redirect to the Telegram bot'],
];

const PAGES: RouteDef[] = MODULES.flatMap((m) => m.routes).filter(
  (r) => r.method === 'GET' && r.kind === 'page' && !NOT_HTML.some(([pattern]) => pattern.test(r.path)),
);

type Visitor = Role | 'anonymous';

function mayOpen(route: RouteDef, visitor: Visitor): boolean {
  if (route.access === 'public') return true;
  if (visitor === 'anonymous') return false;
  return route.access === 'signed-in' || route.access.includes(visitor);
}

/**
 * Who opens which page: anonymous every public page; then, role after role, the role that may open the most
 * staff pages no role before it opens (the first in ROLES on a tie), until every page has its visitor.
 */
function visitorsOfPages(): Map<Visitor, RouteDef[]> {
  const plan = new Map<Visitor, RouteDef[]>([['anonymous', PAGES.filter((r) => r.access === 'public')]]);
  let left = PAGES.filter((r) => r.access !== 'public');
  while (left.length > 0) {
    const [best] = ROLES.map((role) => ({ role, opens: left.filter((r) => mayOpen(r, role)) })).sort(
      (a, b) => b.opens.length - a.opens.length,
    );
    if (!best || best.opens.length === 0) throw new Error(`no role may open ${left.map((r) => r.path)}`);
    plan.set(best.role, best.opens);
    left = left.filter((r) => !best.opens.includes(r));
  }
  return plan;
}

const PLAN = visitorsOfPages();

/** A visitor's phone: its context (signed in once, when a role) and the one tab it reads every page in. */
interface Phone {
  context: BrowserContext;
  tab: Page;
  /** The site's links the visitor's pages showed, without query or fragment. */
  links: Set<string>;
  /** Whether the pages without parameters the visitor was not given have been read for their links. */
  linksGathered: boolean;
}

function linksOf(hrefs: (string | null)[]): string[] {
  return hrefs.flatMap((h) => {
    const path = h?.split(/[?#]/)[0] ?? '';
    return path.startsWith('/') ? [decodeURIComponent(path)] : [];
  });
}

describe.skipIf(!HAVE_CHROMIUM)(browserSuiteTitle('axe on every page at 360×640'), () => {
  let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
  const phones = new Map<Visitor, Phone>();
  /** Demo records for a page no link of its visitor leads to, by parameter name. */
  let demoRecords: Record<string, string[]> = {};
  /** Each page route opened, with the path and visitor it was checked at. */
  const walked = new Map<RouteDef, string>();
  const started = Date.now();

  beforeAll(async () => {
    sala = await startSalaAndChromium({ demoCases: true });
    // A citizen's private page: the demo holds no citizen's key in clear, so one concern is sent here, by SMS.
    const { citizenKey } = await submitSample(sala.db, { preferredContact: 'sms' });
    // The network refuses every message due, so the offices' lists of messages not delivered have rows.
    const refusing = {
      channel: 'test',
      send: async () => {
        throw new Error('SMSC refused: invalid destination');
      },
    };
    await dispatchDue(sala.db.kysely, { sms: refusing, email: refusing }, new Date(Date.now() + 1000), {
      baseUrl: 'http://localhost',
      maxAttempts: 1,
    });
    const k = sala.db.kysely;
    // One case of each status, so a page only some cases have (a forwarding letter) is reached too.
    const codes = await sql<{ v: string }>`select min(tracking_code) as v from cases group by status`.execute(
      k,
    );
    const receipts = await sql<{ v: string }>`select number as v from owso_receipts order by number`.execute(
      k,
    );
    demoRecords = {
      code: codes.rows.map((r) => r.v),
      number: receipts.rows.slice(0, 3).map((r) => r.v),
      key: [citizenKey],
    };
  }, 120_000);

  afterAll(async () => {
    for (const phone of phones.values()) await phone.context.close();
    await sala?.stop();
  });

  async function phoneOf(visitor: Visitor): Promise<Phone> {
    const known = phones.get(visitor);
    if (known) return known;
    if (!sala) throw new Error('Sala did not start');
    const context = await sala.browser.newContext({ locale: 'km-KH', viewport: PHONE });
    context.setDefaultTimeout(30_000);
    await addAxeToEveryPage(context);
    if (visitor !== 'anonymous') {
      // Signed in once, over HTTP: the context's cookies are the session every page of the role is read with.
      await context.request.get(`${sala.base}/login`);
      const csrf = (await context.cookies()).find((c) => c.name === 'sala_csrf')?.value ?? '';
      const res = await context.request.post(`${sala.base}/login`, {
        form: { _csrf: csrf, username: visitor, password: TEST_PASSWORD, next: '/' },
        maxRedirects: 0,
      });
      expect(res.status(), `${visitor} signs in`).toBe(303);
    }
    const phone: Phone = { context, tab: await context.newPage(), links: new Set(), linksGathered: false };
    phones.set(visitor, phone);
    return phone;
  }

  /**
   * Opens `path` in the visitor's tab; when it answers with an HTML page, adds its links to the visitor's and
   * returns what is wrong with it (axe's findings, a sideways scroll), else undefined.
   */
  async function check(phone: Phone, path: string): Promise<string[] | undefined> {
    if (!sala) throw new Error('Sala did not start');
    const res = await phone.tab.goto(`${sala.base}${path}`);
    if (res?.status() !== 200 || !res.headers()['content-type']?.startsWith('text/html')) return undefined;
    const hrefs = await phone.tab.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
    for (const link of linksOf(hrefs)) phone.links.add(link);
    const problems: string[] = [];
    const width = await phone.tab.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE.width)
      problems.push(`${path} is ${width}px wide: it scrolls sideways on a 360px phone`);
    // axe asks for a keyboard's way into a box only when it scrolls with the demo's data; longer data makes any
    // such box scroll, so each must be reachable (tabindex) and named for the reader, whatever it holds now.
    const unreachable = await phone.tab.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
        .filter(
          (e) =>
            e.tabIndex < 0 ||
            !(
              e.matches('textarea, select') ||
              e.hasAttribute('aria-label') ||
              e.hasAttribute('aria-labelledby')
            ),
        )
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    for (const box of unreachable)
      problems.push(`${path} has a box that scrolls sideways, without a keyboard's way in or a name: ${box}`);
    const report = await axeReport(phone.tab);
    if (report !== '') problems.push(`${path}: axe found\n${report}`);
    return problems;
  }

  /**
   * The links the visitor's other pages show, read without rendering, for pages with parameters: those without
   * parameters, then the first linked page of each route with parameters (a case's page links its complaint).
   */
  async function gatherLinks(visitor: Visitor, phone: Phone) {
    if (phone.linksGathered || !sala) return;
    phone.linksGathered = true;
    const base = sala.base;
    const read = async (path: string) => {
      const res = await phone.context.request.get(`${base}${path}`, { maxRedirects: 0 });
      if (res.status() !== 200) return;
      const html = await res.text();
      for (const link of linksOf(
        [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&')),
      ))
        phone.links.add(link);
    };
    const mine = PAGES.filter((r) => mayOpen(r, visitor));
    for (const route of mine.filter((r) => !r.path.includes(':'))) await read(route.path);
    for (const route of mine.filter((r) => r.path.includes(':'))) {
      const pattern = new RegExp(`^${route.path.replace(/:[A-Za-z]+/g, '[^/]+')}$`);
      const first = [...phone.links].find((l) => pattern.test(l));
      if (first) await read(first);
    }
  }

  function demoPaths(route: RouteDef): string[] {
    const name = route.path.match(/:([A-Za-z]+)/)?.[1] ?? '';
    const values = demoRecords[name]?.length ? (demoRecords[name] ?? []) : [route.example?.[name] ?? ''];
    return values.map((v) => route.path.replace(/:[A-Za-z]+/g, () => encodeURIComponent(v)));
  }

  /**
   * Opens each route once as `visitor` and returns what is wrong on them and the routes no path opened: first
   * those without parameters, then, round by round, each other one at a link the visitor was shown, after the
   * rest of the visitor's pages were read for links, and at last at demo records.
   */
  async function walk(visitor: Visitor, routes: RouteDef[]) {
    const phone = await phoneOf(visitor);
    const problems: string[] = [];
    const unreached: RouteDef[] = [];
    const open = async (route: RouteDef, paths: string[]) => {
      for (const path of paths) {
        const found = await check(phone, path);
        if (!found) continue;
        problems.push(...found.map((p) => `${p} (as ${visitor})`));
        walked.set(route, `${path} as ${visitor}`);
        return true;
      }
      return false;
    };
    for (const route of routes.filter((r) => !r.path.includes(':')))
      if (!(await open(route, [route.path]))) unreached.push(route);
    let pending = routes.filter((r) => r.path.includes(':'));
    const tried = new Map<RouteDef, Set<string>>(pending.map((r) => [r, new Set()]));
    for (let round = 0; round < 3 && pending.length > 0; round++) {
      if (round === 1) await gatherLinks(visitor, phone);
      for (const route of pending) {
        const pattern = new RegExp(`^${route.path.replace(/:[A-Za-z]+/g, '[^/]+')}$`);
        const seen = tried.get(route) ?? new Set();
        const candidates =
          round < 2 ? [...phone.links].filter((l) => pattern.test(l)) : [...phone.links, ...demoPaths(route)];
        const paths = candidates.filter((p) => pattern.test(p) && !seen.has(p)).slice(0, 5);
        for (const p of paths) seen.add(p);
        if (paths.length > 0 && (await open(route, paths))) pending = pending.filter((r) => r !== route);
      }
    }
    unreached.push(...pending);
    return { problems, unreached };
  }

  for (const [visitor, routes] of PLAN) {
    it(`shows no axe violation and no sideways scroll on the ${routes.length} pages it opens as ${visitor}`, async () => {
      const { problems, unreached } = await walk(visitor, routes);
      // A page this visitor's records do not lead to is opened as another visitor who may open it.
      for (const route of unreached) {
        for (const other of ROLES.filter((r) => r !== visitor && mayOpen(route, r))) {
          const again = await walk(other, [route]);
          problems.push(...again.problems);
          if (again.unreached.length === 0) break;
        }
      }
      expect(problems).toEqual([]);
    }, 600_000);
  }

  it('has opened every page route once', () => {
    const missed = PAGES.filter((r) => !walked.has(r)).map((r) => r.path);
    expect(missed, 'pages no visitor could open').toEqual([]);
    expect(walked.size).toBe(PAGES.length);
    if (process.env.AXE_REPORT) {
      console.log(`${walked.size} pages in ${Math.round((Date.now() - started) / 1000)} s`);
      console.log([...walked.values()].join('\n'));
    }
  });
});
