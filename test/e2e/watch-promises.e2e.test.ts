// Browser test in real Chromium without JavaScript, on a small phone in Khmer: a reader follows the
// government's platform promises year by year and opens one; a watchdog assesses it; axe on each page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoPromises } from '../../src/modules/watch/demo-watch-promises';
import { promiseMessages } from '../../src/modules/watch/promises.messages';
import { phnomPenhDate } from '../../src/platform/calendar/working-days.rules';
import {
  browserSuiteTitle,
  HAVE_CHROMIUM,
  phonePages,
  signInOnPage,
  startSalaAndChromium,
} from '../support/chromium';

const km = promiseMessages.km;
const LAST_YEAR = Number(phnomPenhDate(new Date()).slice(0, 4)) - 1;

describe.skipIf(!HAVE_CHROMIUM)(browserSuiteTitle('the platform-promise tracker'), () => {
  let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
  let base = '';
  let page: Page;
  let expectNoAxeViolations: (what: string) => Promise<void>;
  let closePages: () => Promise<void> = async () => {};

  beforeAll(async () => {
    sala = await startSalaAndChromium();
    base = sala.base;
    await createDemoPromises(sala.db, new Date());
    ({ page, expectNoAxeViolations, close: closePages } = await phonePages(sala.browser));
  });

  afterAll(async () => {
    await closePages();
    await sala?.stop();
  });

  it("shows last year's summary, then the year before, with bars the reader can name", async () => {
    await page.goto(`${base}/watch/promises`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(km.title);
    await page.getByLabel(km.year).selectOption(String(LAST_YEAR));
    await page.getByRole('button', { name: km.show }).click();
    await page.waitForURL(new RegExp(`year=${LAST_YEAR}`));
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(
      km.summary('6', '16', String(LAST_YEAR)),
    );
    const bars = page.getByRole('img', { name: new RegExp(`^${km.barLabel('')}`) });
    expect(await bars.count()).toBe(4);
    await expectNoAxeViolations('the summary');

    await page.getByLabel(km.year).selectOption(String(LAST_YEAR - 1));
    await page.getByRole('button', { name: km.show }).click();
    await page.waitForURL(new RegExp(`year=${LAST_YEAR - 1}`));
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(
      km.summary('3', '16', String(LAST_YEAR - 1)),
    );
  });

  it('opens a promise: indicator progress, standing assessment and its history', async () => {
    await page.goto(`${base}/watch/promises?year=${LAST_YEAR}`);
    await page.getByRole('link', { name: /^P12:/ }).click();
    await page.waitForURL(/\/watch\/promises\/\d+/);
    const progress = page.getByRole('img', { name: /ផ្លូវជនបទដែលបានក្រាលកៅស៊ូ/ });
    expect(await progress.getAttribute('aria-labelledby')).toMatch(/^progress-/);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(km.history);
    expect(text).toContain(`${LAST_YEAR}: ${km.verdict.partly_fulfilled}`);
    expect(text).toContain(`${LAST_YEAR - 1}: ${km.verdict.not_fulfilled}`);
    await expectNoAxeViolations('a promise');
  });

  it('lets a watchdog assess the promise; the summary counts it', async () => {
    await signInOnPage(page, base, 'watchdog');
    await page.goto(`${base}/watch/promises?year=${LAST_YEAR}`);
    await page.getByRole('link', { name: /^P12:/ }).click();
    await page.waitForURL(/\/watch\/promises\/\d+/);
    const form = page.locator('form[action$="/assessments"]');
    await form.getByRole('textbox', { name: km.year, exact: true }).fill(String(LAST_YEAR));
    await form.getByRole('radio', { name: km.verdict.fulfilled, exact: true }).check();
    await form.getByRole('textbox', { name: km.reasoning }).fill('ផ្លូវ ១,០០០ គីឡូម៉ែត្របានបញ្ចប់ (សាកល្បង)');
    await form.getByRole('button', { name: km.save }).click();
    await page.waitForURL(/done=saved/);
    expect(await page.getByRole('status').textContent()).toBe(km.saved);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(`${LAST_YEAR}: ${km.verdict.fulfilled}`);
    expect(text).toContain(km.superseded);
    await expectNoAxeViolations("the watchdog's promise page");

    await page.goto(`${base}/watch/promises?year=${LAST_YEAR}`);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(
      km.summary('7', '16', String(LAST_YEAR)),
    );
    await expectNoAxeViolations("the watchdog's summary with its forms");
  });
});
