// A ministry's office answers in real Chromium, without JavaScript: the office forwards a concern to a ministry
// chosen from the list (the radio shows the ministry list and hides the commission list), the ministry's office
// finds it on /ministry with its due date, records the answer with the signer and the signed letter, and the
// office's case page shows the answer. Axe on every page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casePageMessages } from '../../src/modules/casework/case-page.messages';
import { ministryMessages } from '../../src/modules/ministry/ministry.messages';
import { stepAs, submitSample } from '../support/cases';
import {
  axeReport,
  browserSuiteTitle,
  HAVE_CHROMIUM,
  SMALL_PHONE,
  signInOnPage,
  startSalaAndChromium,
} from '../support/chromium';

const staffKm = casePageMessages.km;
const m = ministryMessages.km;
const ANSWER = 'ក្រសួងនឹងបញ្ជូនឆ្មបពីរនាក់ទៅមណ្ឌលសុខភាពចាប់ពីខែក្រោយ។ (fictional test answer)';
const LETTER = Buffer.from('%PDF-1.4\n% a signed letter (fictional)\n%%EOF\n');

describe.skipIf(!HAVE_CHROMIUM)(browserSuiteTitle("a ministry's office answers a forwarded concern"), () => {
  let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
  let base = '';
  let browser: Browser;
  let axePage: Page;
  let code = '';

  beforeAll(async () => {
    sala = await startSalaAndChromium();
    base = sala.base;
    browser = sala.browser;
    axePage = await (await browser.newContext({ locale: 'km-KH', viewport: SMALL_PHONE })).newPage();
    const made = await submitSample(sala.db);
    code = made.trackingCode;
    await stepAs(sala.db, 'co_director', code, { action: 'accept' });
  });

  afterAll(async () => {
    await sala?.stop();
  });

  async function expectNoAxeViolations(page: Page, what: string) {
    await axePage.setContent(await page.content());
    expect(await axeReport(axePage), `axe found violations on ${what}`).toBe('');
  }

  async function staffPage(username: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      locale: 'km-KH',
      viewport: SMALL_PHONE,
      javaScriptEnabled: false,
    });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await signInOnPage(page, base, username);
    return { context, page };
  }

  it('the office forwards the concern to a ministry chosen from the list', async () => {
    const { context, page } = await staffPage('co_director');
    await page.goto(`${base}/office/cases/${code}`);
    const forward = page.locator('details', {
      has: page.locator('summary', { hasText: staffKm.actions.forward }),
    });
    await forward.locator('summary').click();
    const ministrySelect = forward.getByLabel(staffKm.fields.ministry, { exact: true });
    const commissionSelect = forward.getByLabel(staffKm.fields.commission, { exact: true });
    // Nothing chosen: neither list; the ministry chosen: its list alone.
    expect(await ministrySelect.isVisible()).toBe(false);
    await forward.getByRole('radio', { name: staffKm.destinations.ministry }).check();
    expect(await ministrySelect.isVisible()).toBe(true);
    expect(await commissionSelect.isVisible()).toBe(false);
    await expectNoAxeViolations(page, 'the forward step with the ministry list');
    await ministrySelect.selectOption('HEALTH-DEMO');
    await forward.getByRole('button', { name: staffKm.actions.forward }).click();
    await page.waitForURL(`${base}/office/cases/${code}?done=forward`);
    expect(await page.getByText('ក្រសួងសុខាភិបាល (សាកល្បង)').first().isVisible()).toBe(true);
    await context.close();
  });

  it("the ministry's office finds it with its due date, and records the answer with the signed letter", async () => {
    const { context, page } = await staffPage('minister_office');
    await page.goto(`${base}/ministry`);
    expect(await page.getByRole('heading', { name: m.casesTitle }).isVisible()).toBe(true);
    expect(await page.getByText(m.open).first().isVisible()).toBe(true);
    await expectNoAxeViolations(page, "the ministry's work list");
    await page.locator(`a[href="/ministry/cases/${code}"]`).click();
    await page.waitForURL(`${base}/ministry/cases/${code}`);
    await expectNoAxeViolations(page, 'the concern with the answer form');

    // Sent without the letter: refused, told why, the typed answer kept.
    await page.getByLabel(m.answer, { exact: true }).fill(ANSWER);
    await page.getByLabel(m.signerName).fill('Demo Signer (fictional)');
    await page.getByLabel(m.signerPost).fill('រដ្ឋលេខាធិការ');
    await page.locator('#letter').evaluate((el) => el.removeAttribute('required'));
    await page.getByRole('button', { name: m.submit }).click();
    expect(await page.getByText(m.errorSummary).isVisible()).toBe(true);
    expect(await page.getByLabel(m.answer, { exact: true }).inputValue()).toBe(ANSWER);
    await expectNoAxeViolations(page, 'the refused answer');

    await page
      .getByLabel(m.letter)
      .setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: LETTER });
    await page.getByRole('button', { name: m.submit }).click();
    await page.waitForURL(`${base}/ministry?done=answer`);
    expect(await page.getByText(m.saved).isVisible()).toBe(true);
    expect(await page.getByText(m.answered).first().isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'the work list after the answer');
    await context.close();
  });

  it("the office's case page shows the ministry's answer, its signer and the letter", async () => {
    const { context, page } = await staffPage('co_director');
    await page.goto(`${base}/office/cases/${code}`);
    expect(await page.getByText(ANSWER).first().isVisible()).toBe(true);
    expect(await page.getByText('Demo Signer (fictional), រដ្ឋលេខាធិការ').first().isVisible()).toBe(true);
    expect(await page.locator(`a[href^="/office/cases/${code}/files/"]`).count()).toBe(1);
    await expectNoAxeViolations(page, "the office's case page with the ministry's answer");
    await context.close();
  });
});
