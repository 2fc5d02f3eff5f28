// What every browser test shares: Debian's Chromium with this machine's flags, Sala on a real port, and axe.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { RunOptions } from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Db } from '../../src/db/connect';
import { prepareDatabase } from '../../src/setup/prepare-database';
import { seedDemo, TEST_PASSWORD, testApp } from './app';
import { createTestDatabase } from './databases';

export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = fs.existsSync(CHROMIUM);
// Flags this machine's Chromium needs to start headless in a container without reaching out to the network.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// Only the violations are read: axe then details one element of each other result, not every one.
const AXE_OPTIONS: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };

/** A cheap Android phone: the screen most citizens will see Sala on. */
export const SMALL_PHONE = { width: 360, height: 740 };

/** A suite's title, saying why it is skipped when Chromium is missing. */
export function browserSuiteTitle(name: string): string {
  return HAVE_CHROMIUM
    ? `${name} in Chromium`
    : `${name} in Chromium — skipped: ${CHROMIUM} is missing; install it with \`apt-get install chromium fonts-khmeros\``;
}

/**
 * Sala with reference and demo data on a fresh SQLite database, on a free port, and Chromium started.
 * `demoCases`: also every module's demo records (cases, Assembly business, OWSO receipts), as a demo install has.
 */
export async function startSalaAndChromium(opts: { demoCases?: boolean } = {}): Promise<{
  base: string;
  browser: Browser;
  /** The database Sala runs on, for a test to add what its story starts from. */
  db: Db;
  stop: () => Promise<void>;
}> {
  const { db, drop } = await createTestDatabase('sqlite');
  if (opts.demoCases) await prepareDatabase(db, { demo: true, demoPassword: TEST_PASSWORD, demoCases: true });
  else await seedDemo(db);
  const server = serve({ fetch: testApp(db).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => {
    if (server.listening) resolve();
    else server.once('listening', () => resolve());
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    base,
    browser,
    db,
    stop: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await drop();
    },
  };
}

/** axe-core as @axe-core/playwright depends on it. */
const AXE_PATH = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve(
  'axe-core/axe.min.js',
);
let axeSource: string | undefined;

/**
 * Puts axe into every page the context opens, for a walk over many pages: `axeReport` then runs it at once,
 * without sending its half megabyte to each page.
 */
export async function addAxeToEveryPage(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: AXE_PATH });
}

/**
 * What axe (WCAG 2.1 A and AA) finds on the page as it stands, as readable text; empty when nothing.
 * axe runs in the page itself: @axe-core/playwright's AxeBuilder would also open a blank page of its own to
 * put the results of the page's frames together, which doubles the time on a busy machine (Sala has no frames).
 */
export async function axeReport(page: Page): Promise<string> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    axeSource ??= fs.readFileSync(AXE_PATH, 'utf8');
    await page.evaluate(axeSource);
  }
  const violations = await page.evaluate(async (options) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(document, options);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, AXE_OPTIONS);
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
}

/** Signs `username` in on the page (a Khmer page: the labels are matched in Khmer), with TEST_PASSWORD. */
export async function signInOnPage(page: Page, base: string, username: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel(/ឈ្មោះអ្នកប្រើ/).fill(username);
  await page.getByLabel(/ពាក្យសម្ងាត់/).fill(TEST_PASSWORD);
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/**
 * A Khmer small-phone page without JavaScript (how the tests walk Sala, as the cheapest phones may), and a
 * page with JavaScript where axe checks a copy of what the first one shows; `viewport` for another screen.
 */
export async function phonePages(
  browser: Browser,
  viewport: { width: number; height: number } = SMALL_PHONE,
): Promise<{
  page: Page;
  /** Fails the test with axe's findings (WCAG 2.1 A and AA) on what `page` shows now. */
  expectNoAxeViolations: (what: string) => Promise<void>;
  close: () => Promise<void>;
}> {
  const contexts = await Promise.all(
    [false, true].map(async (javaScriptEnabled) => {
      const context = await browser.newContext({ locale: 'km-KH', viewport, javaScriptEnabled });
      context.setDefaultTimeout(15_000);
      return context;
    }),
  );
  const [page, axePage] = await Promise.all(contexts.map((c) => c.newPage()));
  return {
    page,
    expectNoAxeViolations: async (what) => {
      await axePage.setContent(await page.content());
      const report = await axeReport(axePage);
      if (report !== '') throw new Error(`axe found violations on ${what}:\n${report}`);
    },
    close: async () => {
      for (const context of contexts) await context.close();
    },
  };
}
