// Browser test in real Chromium without JavaScript: a member of a fictional organisation signs a joint
// statement in its name and withdraws the signature, in Khmer; a citizen on a small phone reads the
// signatures and the support form. axe checks each page.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoStatements, DEMO_ORGANISATIONS } from '../../src/modules/watch/demo-watch-statements';
import { statementMessages } from '../../src/modules/watch/statements.messages';
import {
  axeReport,
  browserSuiteTitle,
  HAVE_CHROMIUM,
  SMALL_PHONE,
  signInOnPage,
  startSalaAndChromium,
} from '../support/chromium';

const km = statementMessages.km;
const YOUTH = DEMO_ORGANISATIONS.find((o) => o.username === 'organisation_member_youth')?.name ?? '';

describe.skipIf(!HAVE_CHROMIUM)(browserSuiteTitle('an organisation signs a joint statement'), () => {
  let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
  let base = '';
  let member: Page;
  let citizen: Page;
  let axePage: Page;
  const contexts: BrowserContext[] = [];
  let statementPath = '';

  beforeAll(async () => {
    sala = await startSalaAndChromium();
    base = sala.base;
    await createDemoStatements(sala.db, new Date());
    const open = async (options: Parameters<NonNullable<typeof sala>['browser']['newContext']>[0]) => {
      const context = await (sala as NonNullable<typeof sala>).browser.newContext(options);
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      return context.newPage();
    };
    member = await open({ locale: 'km-KH', javaScriptEnabled: false });
    citizen = await open({ locale: 'km-KH', viewport: SMALL_PHONE, javaScriptEnabled: false });
    axePage = await open({ locale: 'km-KH', viewport: SMALL_PHONE });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await sala?.stop();
  });

  async function expectNoAxeViolations(page: Page, what: string) {
    await axePage.setContent(await page.content());
    expect(await axeReport(axePage), `axe found violations on ${what}`).toBe('');
  }

  it('a member of the youth association signs the water statement in its name', async () => {
    await signInOnPage(member, base, 'organisation_member_youth');
    await member.goto(`${base}/watch/statements`);
    await member.getByRole('link', { name: /តេស្តគុណភាពទឹក/ }).click();
    statementPath = new URL(member.url()).pathname;
    expect(statementPath).toMatch(/^\/watch\/statements\/\d+$/);
    expect(await member.locator('main').textContent()).toContain(`${km.signAs} ${YOUTH}`);
    await expectNoAxeViolations(member, 'the statement with the signing form');
    await member.getByRole('button', { name: km.sign }).click();
    await member.getByText(km.signed).waitFor();
    expect(await member.getByRole('cell', { name: YOUTH }).count()).toBe(1);
    await expectNoAxeViolations(member, 'the statement after signing');
  });

  it('a citizen on a small phone sees the signature and can ask for a code to add their support', async () => {
    await citizen.goto(`${base}${statementPath}`);
    expect(await citizen.getByRole('cell', { name: YOUTH }).count()).toBe(1);
    expect(await citizen.getByRole('button', { name: km.sign }).count()).toBe(0);
    expect(await citizen.getByRole('button', { name: km.sendCode }).count()).toBe(1);
    await expectNoAxeViolations(citizen, 'the public statement page');
    const width = await citizen.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(SMALL_PHONE.width);
  });

  it('the member withdraws the signature, and it is no longer shown', async () => {
    await member.getByRole('button', { name: km.withdraw }).click();
    await member.getByText(km.withdrawn).waitFor();
    expect(await member.getByRole('cell', { name: YOUTH }).count()).toBe(0);
    await citizen.goto(`${base}${statementPath}`);
    expect(await citizen.getByRole('cell', { name: YOUTH }).count()).toBe(0);
  });
});
