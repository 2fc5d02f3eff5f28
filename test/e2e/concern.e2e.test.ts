// Browser test in real Chromium without JavaScript: a citizen sends a concern in Khmer on a small phone, and follows it; axe on every state.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeMessages } from '../../src/modules/casework/messages';
import { formatTrackingCode } from '../../src/platform/ids/tracking-code';
import {
  axeReport,
  browserSuiteTitle,
  HAVE_CHROMIUM,
  SMALL_PHONE,
  startSalaAndChromium,
} from '../support/chromium';

const SCREENSHOTS = process.env.SCREENSHOT_DIR;
const km = intakeMessages.km;

const title = browserSuiteTitle('a citizen’s concern');

describe.skipIf(!HAVE_CHROMIUM)(title, () => {
  let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
  let base = '';
  let context: BrowserContext;
  let page: Page;
  // Axe is a script: it runs in a second page, with JavaScript, over the HTML the no-JS page shows.
  let axePage: Page;

  beforeAll(async () => {
    sala = await startSalaAndChromium();
    base = sala.base;
    const browser = sala.browser;
    // A Khmer-speaking phone with JavaScript off: the form must work on the oldest, slowest browser.
    context = await browser.newContext({ locale: 'km-KH', viewport: SMALL_PHONE, javaScriptEnabled: false });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    axePage = await (await browser.newContext({ locale: 'km-KH', viewport: SMALL_PHONE })).newPage();
  });

  afterAll(async () => {
    await sala?.stop();
  });

  async function expectNoAxeViolations(what: string) {
    await axePage.setContent(await page.content());
    const report = await axeReport(axePage);
    expect(report, `axe found violations on ${what}`).toBe('');
    // Playwright's own evaluate works with the page's scripts off.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${what} scrolls sideways`).toBeLessThanOrEqual(SMALL_PHONE.width);
  }

  it('fills the form in Khmer without JavaScript, choosing province, district and commune', async () => {
    await page.goto(`${base}/concerns/new`);
    expect(await page.getAttribute('html', 'lang')).toBe('km');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(km.formTitle);
    await expectNoAxeViolations('the empty form');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/concern-form-360.png`, fullPage: true });

    await page.getByLabel(km.category).selectOption('water');
    await page.getByLabel(km.description).fill('អណ្ដូងទឹកក្នុងភូមិយើងខូចអស់រយៈពេលបីខែហើយ។');
    await page.getByLabel(km.province).selectOption('02');
    await page.getByRole('button', { name: km.showDistricts }).click();
    await page.getByLabel(km.district).waitFor();
    expect(await page.getByLabel(km.description).inputValue()).toContain('អណ្ដូងទឹក');
    await expectNoAxeViolations('the form with districts');

    await page.getByLabel(km.district).selectOption('0201');
    await page.getByRole('button', { name: km.showCommunes }).click();
    await page.getByLabel(km.commune).waitFor();
    await expectNoAxeViolations('the form with communes');
    await page.getByLabel(km.commune).selectOption('020101');

    // A wrong e-mail first: the error state, refilled, in Khmer.
    await page.getByRole('textbox', { name: km.email }).fill('not-an-email');
    await page.getByRole('button', { name: km.submit }).click();
    // Said under the field, and in the summary at the top with a link to it.
    await page.locator('#email-error', { hasText: km.errors.invalid }).waitFor();
    expect(await page.locator('#error-summary a[href="#email"]').count()).toBe(1);
    expect(await page.getByLabel(km.commune).inputValue()).toBe('020101');
    await expectNoAxeViolations('the form with an error');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/concern-error-360.png`, fullPage: true });

    // Enter (the phone keyboard's Go) sends the concern, not a place step.
    await page.getByRole('textbox', { name: km.email }).fill('');
    await page.getByRole('textbox', { name: km.email }).press('Enter');
    // The citizen lands on their private page: its address is the private link.
    await page.waitForURL(/\/k\/[A-Za-z0-9_-]{22}\?new=1$/);
  });

  it('shows the tracking code big and the public tracking page', async () => {
    const code = /action="\/track\/(\d{10})\//.exec(await page.content())?.[1] ?? '';
    expect(code).toMatch(/^\d{10}$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(km.createdTitle);
    expect(await page.locator('.tracking-code').textContent()).toBe(formatTrackingCode(code));
    expect(await page.getByText(new URL(page.url()).pathname).isVisible()).toBe(true);
    expect(await page.getByText(km.statuses.received).first().isVisible()).toBe(true);
    await expectNoAxeViolations('the new case’s tracking page');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/track-360.png`, fullPage: true });

    // Typing the code with Khmer numerals on the tracking form finds the same page.
    await page.goto(`${base}/track`);
    await expectNoAxeViolations('the tracking form');
    const khmerCode = code.replace(/\d/g, (d) => String.fromCharCode(0x17e0 + Number(d)));
    await page.getByLabel(km.trackLabel).fill(khmerCode);
    await page.getByRole('button', { name: km.trackButton }).click();
    await page.waitForURL(`${base}/track/${code}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      km.caseTitle(formatTrackingCode(code)),
    );
    await expectNoAxeViolations('the tracking page');
  });
});
