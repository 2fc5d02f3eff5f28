// Browser test in real Chromium without JavaScript: the "rules explained" page's calculators, in Khmer on a small phone and in English, with axe on every state.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rulesMessages } from '../../src/modules/assembly/procedure/rules.messages';
import {
  axeReport,
  browserSuiteTitle,
  HAVE_CHROMIUM,
  SMALL_PHONE,
  startSalaAndChromium,
} from '../support/chromium';

const SCREENSHOTS = process.env.SCREENSHOT_DIR;
const km = rulesMessages.km;
const en = rulesMessages.en;

describe.skipIf(!HAVE_CHROMIUM)(browserSuiteTitle('the Assembly rules calculators'), () => {
  let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
  let base = '';
  let context: BrowserContext;
  let page: Page;
  // Axe is a script: it runs in a second page, with JavaScript, over the HTML the no-JS page shows.
  let axePage: Page;

  beforeAll(async () => {
    sala = await startSalaAndChromium();
    base = sala.base;
    context = await sala.browser.newContext({
      locale: 'km-KH',
      viewport: SMALL_PHONE,
      javaScriptEnabled: false,
    });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    axePage = await (await sala.browser.newContext({ locale: 'km-KH', viewport: SMALL_PHONE })).newPage();
  });

  afterAll(async () => {
    await sala?.stop();
  });

  async function expectNoAxeViolations(what: string) {
    await axePage.setContent(await page.content());
    expect(await axeReport(axePage), `axe found violations on ${what}`).toBe('');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${what} scrolls sideways`).toBeLessThanOrEqual(SMALL_PHONE.width);
  }

  const voteForm = () => page.locator('#vote form');

  it('decides a vote in Khmer without JavaScript and shows the article', async () => {
    await page.goto(`${base}/assembly/rules`);
    expect(await page.getAttribute('html', 'lang')).toBe('km');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(km.title);
    await expectNoAxeViolations('the rules page');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/assembly-rules-360.png`, fullPage: true });

    await voteForm().getByLabel(km.matter).selectOption('confidence');
    await voteForm().getByLabel(km.members).fill('125');
    await voteForm().getByLabel(km.present).fill('100');
    await voteForm().getByLabel(km.votesYes).fill('83');
    await voteForm().getByLabel(km.votesNo).fill('17');
    await voteForm().getByLabel(km.abstain).fill('0');
    await voteForm().getByRole('button', { name: km.calculate }).click();

    const result = page.locator('#vote section');
    await result.getByRole('heading', { name: km.result }).waitFor();
    expect(await result.textContent()).toContain(km.outcomes.rejected);
    expect(await result.textContent()).toContain('មាត្រា 90.7');
    // The typed values stay in the form, to change one and calculate again.
    expect(await voteForm().getByLabel(km.votesYes).inputValue()).toBe('83');
    await expectNoAxeViolations('a vote result');

    await voteForm().getByLabel(km.votesYes).fill('84');
    await voteForm().getByLabel(km.votesNo).fill('16');
    await voteForm().getByRole('button', { name: km.calculate }).click();
    await result.getByText(km.outcomes.adopted, { exact: true }).waitFor();
  });

  it('shows an impossible count by its field, in Khmer', async () => {
    await voteForm().getByLabel(km.present).fill('130');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('calc=vote')),
      voteForm().getByRole('button', { name: km.calculate }).click(),
    ]);
    expect(response.status()).toBe(422);
    const present = voteForm().getByLabel(km.present);
    expect(await present.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#vote-present-error').textContent()).toBe(
      km.problems.more_present_than_members,
    );
    await expectNoAxeViolations('a refused vote');
  });

  it('computes when a law takes effect, in English', async () => {
    await page.getByRole('link', { name: 'English' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const lawForm = page.locator('#law form');
    await lawForm.getByLabel(en.signedOn).fill('2026-03-01');
    await lawForm.getByRole('button', { name: en.calculate }).click();
    const result = page.locator('#law section');
    await result.getByRole('heading', { name: en.result }).waitFor();
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('11 March 2026');
    expect(text).toContain('21 March 2026');
    expect(text).toContain('Art. 93');
    await expectNoAxeViolations('a law result in English');

    await lawForm.getByLabel(en.urgent).check();
    await lawForm.getByRole('button', { name: en.calculate }).click();
    await page.locator('#law section').getByText('(2026-03-01)').first().waitFor();
  });
});
