// Browser test in real Chromium without JavaScript: a clerk issues a receipt at the OWSO counter, and the
// public verify page shows it (no personal data); axe on the counter, the receipt and the public pages.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connect';
import { counterMessages } from '../../src/modules/owso/counter.messages';
import { addCounterTestCatalogue, TEST_OFFICE } from '../../src/modules/owso/counter-test-data';
import { owsoMessages } from '../../src/modules/owso/messages';
import { formatTrackingCode } from '../../src/platform/ids/tracking-code';
import {
  axeReport,
  browserSuiteTitle,
  HAVE_CHROMIUM,
  SMALL_PHONE,
  signInOnPage,
  startSalaAndChromium,
} from '../support/chromium';

const km = counterMessages.km;
describe.skipIf(!HAVE_CHROMIUM)(browserSuiteTitle('an OWSO receipt, issued and verified'), () => {
  let stop: (() => Promise<void>) | undefined;
  let base = '';
  let clerk: Page;
  let citizen: Page;
  let axePage: Page;
  const contexts: BrowserContext[] = [];
  let number = '';
  let database: Db;

  beforeAll(async () => {
    // Sala with the demo accounts and a small sample catalogue (an office where the demo clerk works).
    const sala = await startSalaAndChromium();
    const browser = sala.browser;
    base = sala.base;
    database = sala.db;
    stop = sala.stop;
    await addCounterTestCatalogue(database);
    const open = async (javaScriptEnabled: boolean) => {
      const context = await browser.newContext({ locale: 'km-KH', viewport: SMALL_PHONE, javaScriptEnabled });
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      return context.newPage();
    };
    clerk = await open(false);
    citizen = await open(false);
    // Axe is a script: it runs in a page with JavaScript, over the HTML the no-JS page shows.
    axePage = await open(true);
  }, 120_000);

  afterAll(async () => {
    await stop?.();
  });

  async function expectNoAxeViolations(page: Page, what: string) {
    await axePage.setContent(await page.content());
    expect(await axeReport(axePage), `axe found violations on ${what}`).toBe('');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${what} scrolls sideways`).toBeLessThanOrEqual(SMALL_PHONE.width);
  }

  it('the clerk chooses the service, sees the fee read-only and issues the receipt', async () => {
    await signInOnPage(clerk, base, 'owso_clerk');

    await clerk.goto(`${base}/owso/counter`);
    await clerk.getByLabel(km.service).selectOption('REG-01');
    await clerk.getByRole('button', { name: km.choose }).click();
    const fee = clerk.getByLabel(km.fee);
    expect(await fee.getAttribute('readonly')).not.toBeNull();
    expect(await fee.inputValue()).toMatch(/រៀល$/);
    await expectNoAxeViolations(clerk, 'the counter form');

    await clerk.getByLabel('អត្តសញ្ញាណប័ណ្ណ').check();
    await clerk.getByLabel('សៀវភៅស្នាក់នៅ').check();
    await clerk.getByLabel(km.applicantName).fill('Demo Applicant 1');
    await clerk.getByRole('button', { name: km.issue }).click();
    await clerk.waitForURL(/\/owso\/receipts\//);
    number = decodeURIComponent(new URL(clerk.url()).pathname.split('/').pop() ?? '');
    expect(number).toBe(`${TEST_OFFICE}-000001`);
    expect(await clerk.locator('.receipt svg').count()).toBe(1);
    expect(await clerk.locator('.receipt').textContent()).toContain('Demo Applicant 1');
    await expectNoAxeViolations(clerk, 'the receipt');
  });

  it('anyone opening the receipt’s verify link sees it valid, with no personal data', async () => {
    await citizen.goto(`${base}/verify/${number}`);
    const main = (await citizen.locator('main').textContent()) ?? '';
    expect(main).toContain(km.verifyValid);
    expect(main).toContain(number);
    expect(main).toContain('REG-01');
    expect(main).not.toContain('Demo Applicant 1');
    expect(await citizen.locator('[data-chain="intact"]').count()).toBe(1);
    await expectNoAxeViolations(citizen, 'the verify page');

    await citizen.goto(`${base}/owso/follow?number=${number}`);
    expect(await citizen.locator('[data-status="received"]').count()).toBe(1);
    await expectNoAxeViolations(citizen, 'the follow page');

    await citizen.goto(`${base}/owso/cancelled`);
    await expectNoAxeViolations(citizen, 'the register of cancelled receipts');
    await citizen.goto(`${base}/owso/league?level=district`);
    expect(await citizen.locator('table.league tbody tr').count()).toBe(1);
    await expectNoAxeViolations(citizen, 'the league table');
  });

  it("a citizen reports being asked to pay more; the case reaches the district's Citizens' Office", async () => {
    const om = owsoMessages.km;
    await citizen.goto(`${base}/owso/overcharging/new`);
    await expectNoAxeViolations(citizen, 'the overcharging form');
    await citizen.getByLabel(om.office).selectOption(TEST_OFFICE);
    await citizen.getByLabel(om.service).selectOption('REG-01');
    await citizen.getByLabel(om.amount).fill('999000');
    await citizen.getByLabel(om.receipt).fill(number);
    await citizen.getByRole('button', { name: om.send }).click();
    // The answer shows the reporter's private link once; following it opens the report's own page.
    await citizen.getByRole('link', { name: om.track }).click();
    await citizen.waitForURL(/\/k\/[A-Za-z0-9_-]{22}$/);
    await expectNoAxeViolations(citizen, "the reporter's private page");
    const { tracking_code: trackingCode } = await database.kysely
      .selectFrom('cases')
      .select('tracking_code')
      .where('category_code', '=', 'overcharging')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(await citizen.getByRole('heading', { level: 1 }).textContent()).toContain(
      formatTrackingCode(trackingCode),
    );

    // The Citizens' Office of district 1201 (the office's district) holds the case; its staff see it.
    const held = await database.kysely
      .selectFrom('cases')
      .select(['office_code', 'category_code'])
      .where('tracking_code', '=', trackingCode)
      .executeTakeFirstOrThrow();
    expect(held).toEqual({ office_code: 'CTZ-1201', category_code: 'overcharging' });
    await clerk.context().clearCookies();
    await signInOnPage(clerk, base, 'ombudsman');
    await clerk.goto(`${base}/office/cases`);
    expect(await clerk.locator('main').textContent()).toContain(formatTrackingCode(trackingCode));
  });
});
