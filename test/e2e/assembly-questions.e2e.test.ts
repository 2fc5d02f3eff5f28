// Browser test in real Chromium without JavaScript: the secretariat records a question to two ministries
// and its answer on a laptop; a citizen on a small phone reads it on the public page, in Khmer, with axe.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionsLawsMessages } from '../../src/modules/assembly/questions-laws.messages';
import { createTinyAssembly } from '../../src/modules/assembly/questions-laws.test-data';
import {
  axeReport,
  browserSuiteTitle,
  HAVE_CHROMIUM,
  SMALL_PHONE,
  signInOnPage,
  startSalaAndChromium,
} from '../support/chromium';

const km = questionsLawsMessages.km;
const SUBJECT = 'ផ្លូវលិចទឹក (សាកល្បង)';

describe.skipIf(!HAVE_CHROMIUM)(browserSuiteTitle('questions to the government'), () => {
  let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
  let base = '';
  let clerk: Page;
  let citizen: Page;
  let axePage: Page;
  const contexts: BrowserContext[] = [];
  let questionPath = '';

  beforeAll(async () => {
    sala = await startSalaAndChromium();
    base = sala.base;
    await createTinyAssembly(sala.db.kysely);
    const open = async (options: Parameters<NonNullable<typeof sala>['browser']['newContext']>[0]) => {
      const context = await (sala as NonNullable<typeof sala>).browser.newContext(options);
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      return context.newPage();
    };
    clerk = await open({ locale: 'km-KH', javaScriptEnabled: false });
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

  it('the secretariat records a question to two ministries', async () => {
    await signInOnPage(clerk, base, 'secretariat');

    await clerk.goto(`${base}/secretariat/assembly/questions/new`);
    await clerk.getByLabel(km.member).selectOption({ index: 1 });
    await clerk.getByLabel(km.receivedOn).fill('2026-01-05');
    await clerk.getByLabel('ក្រសួងសាកល្បង ក', { exact: true }).check();
    await clerk.getByLabel('ក្រសួងសាកល្បង ខ', { exact: true }).check();
    await clerk.getByLabel(km.subject).fill(SUBJECT);
    await clerk.getByLabel(km.body).fill('តើនៅពេលណាផ្លូវនឹងត្រូវជួសជុល? (សាកល្បង)');
    await expectNoAxeViolations(clerk, 'the question form');
    await clerk.getByRole('button', { name: km.save }).click();
    await clerk.getByText(km.saved).waitFor();
    questionPath = new URL(clerk.url()).pathname;
    expect(questionPath).toMatch(/^\/assembly\/questions\/\d+$/);
  });

  it('a citizen sees it overdue, with the article, on a small phone', async () => {
    await citizen.goto(`${base}${questionPath}`);
    expect(await citizen.getByRole('heading', { level: 2 }).textContent()).toBe(SUBJECT);
    const text = (await citizen.locator('main').textContent()) ?? '';
    expect(text).toContain(km.status.overdue);
    expect(text).toContain('ក្រសួងសាកល្បង ក');
    expect(text).toContain('មាត្រា 96');
    expect(await citizen.getByRole('button', { name: km.save }).count()).toBe(0);
    await expectNoAxeViolations(citizen, 'the public question page');
    const width = await citizen.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(SMALL_PHONE.width);
  });

  it('the secretariat records the oral answer; the citizen then reads it as answered late', async () => {
    await clerk.goto(`${base}${questionPath}`);
    await clerk.getByLabel(km.kind).selectOption('oral');
    await clerk.getByLabel(km.answeredOn).fill('2026-01-20');
    await clerk.getByLabel(km.summary).fill('ក្រសួងគ្រោងជួសជុលផ្លូវ (សាកល្បង)');
    await clerk.getByLabel(km.debateQuestion).check();
    await clerk.getByRole('button', { name: km.save }).click();
    await clerk.getByText(km.saved).waitFor();

    await citizen.goto(`${base}${questionPath}`);
    const text = (await citizen.locator('main').textContent()) ?? '';
    expect(text).toContain(km.status.answered_late);
    expect(text).toContain('ក្រសួងគ្រោងជួសជុលផ្លូវ (សាកល្បង)');
    expect(text).toContain(km.debateOpened);
    await citizen.goto(`${base}/assembly/questions`);
    expect(await citizen.getByRole('link', { name: SUBJECT }).count()).toBe(1);
    await expectNoAxeViolations(citizen, 'the list of questions');
  });
});
