// The citizen's first screen on a 360×640 phone, in Khmer, without JavaScript: what people came for is on it
// (the status and the answer, the form's first field), a step of the place keeps the place on the page, a
// refused form lists each wrong field as a link at the top, the fee list fits 360 px, and fees, checking a
// receipt and reporting an overcharge are one tap from the home page. Axe on each.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeMessages } from '../../src/modules/casework/messages';
import { createDemoOwso } from '../../src/modules/owso/demo-owso';
import { stepAs, submitSample } from '../support/cases';
import { browserSuiteTitle, HAVE_CHROMIUM, phonePages, startSalaAndChromium } from '../support/chromium';

const PHONE = { width: 360, height: 640 };
const km = intakeMessages.km;
const ANSWER = 'The commune will repair the road before the rainy season; the works start next month.';

describe.skipIf(!HAVE_CHROMIUM)(browserSuiteTitle('the first screen of a 360×640 phone'), () => {
  let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
  let base = '';
  let page: Page;
  let expectNoAxeViolations: (what: string) => Promise<void>;

  beforeAll(async () => {
    sala = await startSalaAndChromium();
    base = sala.base;
    await createDemoOwso(sala.db, new Date());
    ({ page, expectNoAxeViolations } = await phonePages(sala.browser, PHONE));
  });

  afterAll(async () => {
    await sala?.stop();
  });

  /** Whether the element lies wholly inside the screen as it is scrolled now. */
  async function onScreen(selector: string): Promise<boolean> {
    const box = await page.locator(selector).first().boundingBox();
    if (!box) return false;
    return box.y >= 0 && box.y + box.height <= PHONE.height && box.x >= 0 && box.x + box.width <= PHONE.width;
  }

  it('shows the status and the answer on the tracking page’s first screen', async () => {
    const db = (sala as NonNullable<typeof sala>).db;
    const { trackingCode: code } = await submitSample(db);
    await stepAs(db, 'co_staff', code, { action: 'accept' });
    await stepAs(db, 'co_staff', code, {
      action: 'forward',
      destinationKind: 'commission',
      commission: 'C01',
    });
    await stepAs(db, 'commission_staff', code, { action: 'acknowledge' });
    await stepAs(db, 'commission_staff', code, { action: 'answer', answer: ANSWER });
    await page.goto(`${base}/track/${code}`);
    expect(await page.locator('main dd strong').first().textContent()).toBe(km.statuses.answered);
    expect(await onScreen('main dd strong')).toBe(true);
    expect(await onScreen('#answer-title')).toBe(true);
    const answer = page.locator('main p.prewrap', { hasText: ANSWER.slice(0, 20) });
    const box = await answer.boundingBox();
    expect(box?.y ?? PHONE.height).toBeLessThan(PHONE.height - 40);
    await expectNoAxeViolations('the tracking page');
  });

  it('puts the concern form’s first field on the first screen, and a place step lands at the next list', async () => {
    await page.goto(`${base}/concerns/new`);
    expect(await onScreen('#category')).toBe(true);
    await page.locator('#province').selectOption('12');
    await page.getByRole('button', { name: km.showDistricts }).click();
    await page.waitForURL(/#district$/);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await onScreen('#district')).toBe(true);
    await page.locator('#district').selectOption({ index: 1 });
    await page.getByRole('button', { name: km.showCommunes }).click();
    await page.waitForURL(/#commune$/);
    expect(await onScreen('#commune')).toBe(true);
    await expectNoAxeViolations('the concern form at the commune step');
  });

  it('lists each wrong field at the top of a refused concern form, each a link to its field', async () => {
    await page.goto(`${base}/concerns/new`);
    await page.locator('form button[type=submit].button').click();
    const summary = page.locator('#error-summary');
    expect(await onScreen('#error-summary')).toBe(true);
    const targets = await summary
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(targets).toEqual(expect.arrayContaining(['#category', '#description', '#province']));
    for (const target of targets) expect(await page.locator(target ?? '').count(), `${target}`).toBe(1);
    await summary.locator('a[href="#description"]').click();
    await page.waitForURL(/#description$/);
    expect(await onScreen('#description')).toBe(true);
    await expectNoAxeViolations('the refused concern form');
  });

  it('fits the fee list in 360 px, each fee on one line', async () => {
    await page.goto(`${base}/services`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const fees = await page.locator('main td.fee').evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return {
          text: cell.textContent ?? '',
          lines: new Set([...range.getClientRects()].map((r) => r.top)).size,
        };
      }),
    );
    expect(fees.length).toBeGreaterThan(5);
    for (const fee of fees) expect(fee.lines, fee.text).toBe(1);
    await expectNoAxeViolations('the fee list');
  });

  it('reaches the fees, a receipt check and an overcharge report in one tap from the home page', async () => {
    for (const href of ['/services', '/verify', '/owso/overcharging/new']) {
      await page.goto(`${base}/`);
      await page.locator(`main a[href="${href}"]`).first().click();
      await page.waitForURL(`${base}${href}`);
      expect(await page.locator('main h1').count()).toBe(1);
    }
    await page.goto(`${base}/`);
    await expectNoAxeViolations('the home page');
  });
});
