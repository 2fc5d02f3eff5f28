// Browser test in real Chromium without JavaScript: a monitor compares MPs, sorts by attendance, opens an
// MP's record of work and the ministers' timeliness, on a small phone in Khmer, with axe on each page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoAssembly } from '../../src/modules/assembly/demo-assembly';
import { demoMemberName } from '../../src/modules/assembly/demo-names';
import { createDemoQuestionsLaws } from '../../src/modules/assembly/demo-questions-laws';
import { createDemoStatements } from '../../src/modules/watch/demo-watch-statements';
import { scorecardMessages } from '../../src/modules/watch/scorecard.messages';
import { statementMessages } from '../../src/modules/watch/statements.messages';
import { browserSuiteTitle, HAVE_CHROMIUM, phonePages, startSalaAndChromium } from '../support/chromium';

const km = scorecardMessages.km;

describe.skipIf(!HAVE_CHROMIUM)(browserSuiteTitle("MPs' records of work"), () => {
  let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
  let base = '';
  let page: Page;
  let expectNoAxeViolations: (what: string) => Promise<void>;
  let closePages: () => Promise<void> = async () => {};

  beforeAll(async () => {
    sala = await startSalaAndChromium();
    base = sala.base;
    await createDemoAssembly(sala.db, new Date());
    await createDemoQuestionsLaws(sala.db, new Date());
    await createDemoStatements(sala.db, new Date());
    ({ page, expectNoAxeViolations, close: closePages } = await phonePages(sala.browser));
  });

  afterAll(async () => {
    await closePages();
    await sala?.stop();
  });

  it('compares the members and sorts them by attendance, with the method written on the page', async () => {
    await page.goto(`${base}/watch/members`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(km.compareTitle);
    await page.getByRole('link', { name: km.attendance }).click();
    await page.waitForURL(/sort=attendance/);
    const firstRow = page.locator('tbody tr').first();
    // The first 80 demo members attended every sitting: 3 of 3.
    expect(await firstRow.textContent()).toContain('100%');
    expect(await page.getByRole('heading', { name: km.method }).count()).toBe(1);
    await expectNoAxeViolations('the comparison');
  });

  it("opens an MP's record, linked to the records it counts", async () => {
    await page.locator('tbody tr').first().getByRole('link').click();
    await page.waitForURL(/\/watch\/members\/\d+/);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(km.attendance);
    expect(text).toContain(km.questions);
    expect(await page.getByRole('link', { name: km.seeMember }).getAttribute('href')).toMatch(
      /^\/assembly\/members\/\d+$/,
    );
    await expectNoAxeViolations("an MP's record");
  });

  it("shows who a member is and the watchdogs' sourced notes on their record", async () => {
    const literally = (name: string) => name.replace(/[()]/g, '\\$&');
    const { en, km: khmer } = demoMemberName(1);
    const firstMember = new RegExp(`${literally(en)}$|${literally(khmer)}$`);
    await page.goto(`${base}/watch/members?sort=name`);
    // The list shows 25 members a page: follow "Next" to the page that lists this member.
    for (
      let pages = 0;
      pages < 10 && (await page.getByRole('link', { name: firstMember }).count()) === 0;
      pages++
    )
      await page.locator('a[rel="next"]').click();
    await page.getByRole('link', { name: firstMember }).first().click();
    await page.waitForURL(/\/watch\/members\/\d+/);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(km.office);
    expect(await page.getByRole('heading', { name: km.notes }).count()).toBe(1);
    await expectNoAxeViolations("an MP's record with notes");
  });

  it('lists joint statements and one statement with its signatories', async () => {
    const st = statementMessages.km;
    await page.goto(`${base}/watch/statements`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(st.title);
    await expectNoAxeViolations('the statements');
    await page.getByRole('link', { name: /សូមផ្សព្វផ្សាយលទ្ធផលតេស្តគុណភាពទឹក/ }).click();
    await page.waitForURL(/\/watch\/statements\/\d+/);
    expect(await page.locator('tbody tr').count()).toBe(4);
    await expectNoAxeViolations('a statement');
  });

  it("ranks ministers' answers", async () => {
    await page.goto(`${base}/watch/ministers`);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('ក្រសួងអភិវឌ្ឍន៍ជនបទ (សាកល្បង)');
    await expectNoAxeViolations("the ministers' timeliness");
  });
});
