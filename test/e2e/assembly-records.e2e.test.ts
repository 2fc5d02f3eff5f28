// Browser test in real Chromium without JavaScript: the secretariat records a sitting, who is present and a
// vote by roll-call on a laptop; a citizen on a small phone reads the outcome and the article on the sitting's page (axe).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoAssembly } from '../../src/modules/assembly/demo-assembly';
import { recordsMessages } from '../../src/modules/assembly/records.messages';
import {
  axeReport,
  browserSuiteTitle,
  HAVE_CHROMIUM,
  SMALL_PHONE,
  signInOnPage,
  startSalaAndChromium,
} from '../support/chromium';

const km = recordsMessages.km;

describe.skipIf(!HAVE_CHROMIUM)(browserSuiteTitle("the Assembly's sittings and votes"), () => {
  let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
  let base = '';
  let clerk: Page;
  let citizen: Page;
  let axePage: Page;
  const contexts: BrowserContext[] = [];
  let sittingPath = '';

  beforeAll(async () => {
    sala = await startSalaAndChromium();
    base = sala.base;
    await createDemoAssembly(sala.db, new Date());
    const open = async (options: { viewport?: typeof SMALL_PHONE; javaScriptEnabled?: boolean }) => {
      const context = await (sala as NonNullable<typeof sala>).browser.newContext({
        locale: 'km-KH',
        ...options,
      });
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      return context.newPage();
    };
    clerk = await open({ javaScriptEnabled: false });
    citizen = await open({ viewport: SMALL_PHONE, javaScriptEnabled: false });
    axePage = await open({ viewport: SMALL_PHONE });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await sala?.stop();
  });

  async function expectNoAxeViolations(page: Page, what: string) {
    await axePage.setContent(await page.content());
    expect(await axeReport(axePage), `axe found violations on ${what}`).toBe('');
  }

  it('the secretariat records a sitting, its attendance and a vote', async () => {
    await signInOnPage(clerk, base, 'secretariat');

    await clerk.goto(`${base}/secretariat/assembly`);
    await expectNoAxeViolations(clerk, "the secretariat's page");
    const form = clerk.locator('#sitting form');
    const session = await form.getByLabel(km.session).locator('option').last().getAttribute('value');
    await form.getByLabel(km.session).selectOption(session ?? '');
    // The session's first day, as the secretariat reads it in the list (a Khmer date there, ISO in the record).
    const { opens_on: opens } = await (sala as NonNullable<typeof sala>).db.kysely
      .selectFrom('assembly_sessions')
      .select('opens_on')
      .where('id', '=', Number(session))
      .executeTakeFirstOrThrow();
    await form.getByLabel(km.sittingOn).fill(opens);
    await form.getByLabel(km.titleKm).fill('កិច្ចប្រជុំពិភាក្សាសន្ធិសញ្ញា (សាកល្បង)');
    await form.getByLabel(km.titleEn).fill('Treaty sitting (test)');
    await form.getByRole('button', { name: km.save }).click();
    await clerk.getByText(km.saved).waitFor();
    sittingPath = new URL(clerk.url()).pathname;

    const attendance = clerk.locator('#attendance form');
    const boxes = attendance.locator('input[type=checkbox]');
    for (let i = 0; i < 90; i++) await boxes.nth(i).check();
    await attendance.getByRole('button', { name: km.save }).click();
    await clerk.getByText(km.saved).waitFor();

    const vote = clerk.locator('#vote form');
    await vote.getByLabel(km.matter).selectOption('treaty');
    await vote.getByLabel(km.titleKm).fill('សន្ធិសញ្ញាសាកល្បង');
    await vote.getByLabel(km.titleEn).fill('Demo treaty');
    // The roll-call: the members absent at the sitting start absent; each present member's vote is chosen.
    const present = vote.locator('fieldset').filter({ hasText: km.presentAtSitting });
    expect(await present.count()).toBe(90);
    expect(await vote.locator('fieldset').filter({ hasText: km.absentAtSitting }).count()).toBe(35);
    await expectNoAxeViolations(clerk, 'the roll-call form');
    // Saved with one present member left out, the page names what is missing and keeps every choice.
    for (let i = 0; i < 89; i++) {
      const option = i < 70 ? 'yes' : i < 82 ? 'no' : 'abstain';
      await present.nth(i).locator(`input[value=${option}]`).check();
    }
    // The browser itself asks for the missing choice (required); the server refuses it as well.
    await vote.evaluate((form) => form.setAttribute('novalidate', ''));
    await vote.getByRole('button', { name: km.save }).click();
    await clerk.getByText(km.errors['member-without-vote']).waitFor();
    await clerk.getByText(km.noVoteChosen).waitFor();
    const again = clerk.locator('#vote form fieldset').filter({ hasText: km.presentAtSitting });
    expect(await again.nth(0).getByLabel(km.options.yes, { exact: true }).isChecked()).toBe(true);
    await again.nth(89).getByLabel(km.options.abstain, { exact: true }).check();
    await clerk.locator('#vote form').getByRole('button', { name: km.save }).click();
    await clerk.getByText(km.saved).waitFor();
  }, 240_000);

  it('a citizen reads the quorum, the outcome and the article on a small phone', async () => {
    await citizen.goto(`${base}${sittingPath}`);
    const text = (await citizen.locator('main').textContent()) ?? '';
    expect(text).toContain(km.quorum('90', '88', true));
    expect(text).toContain('សន្ធិសញ្ញាសាកល្បង: បានអនុម័ត');
    expect(text).toContain('មាត្រា 90.1–6');
    expect(text).toContain('មាត្រា 88.3');
    expect(await citizen.locator('#vote form').count()).toBe(0);
    await expectNoAxeViolations(citizen, 'the sitting page');
    expect(await citizen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      SMALL_PHONE.width,
    );

    for (const path of ['/assembly', '/assembly/members', '/assembly/sessions']) {
      await citizen.goto(`${base}${path}`);
      await expectNoAxeViolations(citizen, path);
    }
  }, 120_000);
});
