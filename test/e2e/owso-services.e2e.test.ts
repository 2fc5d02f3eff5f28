// Browser test in real Chromium: the public OWSO pages (fee list, search, an office, its poster, the
// overcharging form) work without JavaScript on a small phone, in Khmer, and pass axe.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoOwso, DEMO_COMMUNE_OFFICE } from '../../src/modules/owso/demo-owso';
import { owsoMessages } from '../../src/modules/owso/messages';
import {
  axeReport,
  browserSuiteTitle,
  HAVE_CHROMIUM,
  SMALL_PHONE,
  startSalaAndChromium,
} from '../support/chromium';

const km = owsoMessages.km;

describe.skipIf(!HAVE_CHROMIUM)(browserSuiteTitle('OWSO public fee lists'), () => {
  let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
  let base = '';
  let citizen: Page;
  let axePage: Page;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    sala = await startSalaAndChromium();
    base = sala.base;
    await createDemoOwso(sala.db, new Date());
    const open = async (options: Parameters<NonNullable<typeof sala>['browser']['newContext']>[0]) => {
      const context = await (sala as NonNullable<typeof sala>).browser.newContext(options);
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      return context.newPage();
    };
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

  it('a citizen searches the fee list in Khmer and opens a service', async () => {
    await citizen.goto(`${base}/services`);
    expect(await citizen.locator('main').textContent()).toContain(km.sampleWarning);
    await expectNoAxeViolations(citizen, 'the fee list');
    await citizen.getByLabel(km.search).fill('មរណភាព');
    await citizen.getByRole('button', { name: km.searchButton }).click();
    await citizen.waitForURL(/q=/);
    const rows = citizen.locator('main tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().textContent()).toContain('មរណភាព');
    await citizen.locator('main tbody tr a').first().click();
    expect(await citizen.locator('main').textContent()).toContain(km.documents);
    await expectNoAxeViolations(citizen, 'a service');
  });

  it("an office's list, its poster and the overcharging form pass axe", async () => {
    await citizen.goto(`${base}/owso/offices/${DEMO_COMMUNE_OFFICE}`);
    expect(await citizen.locator('main').textContent()).toContain(km.officeServices);
    await expectNoAxeViolations(citizen, 'the office page');
    await citizen.goto(`${base}/owso/offices/${DEMO_COMMUNE_OFFICE}/poster?size=a4`);
    // Every printed sheet carries the QR code.
    expect(await citizen.locator('main svg').count()).toBe(
      await citizen.locator('main section.sheet').count(),
    );
    await expectNoAxeViolations(citizen, 'the poster');
    await citizen.goto(`${base}/owso/overcharging/new?office=${DEMO_COMMUNE_OFFICE}`);
    await expectNoAxeViolations(citizen, 'the overcharging form');
    await citizen.getByLabel(km.service).selectOption('REG-06');
    await citizen.getByLabel(km.amount).fill('9000');
    await citizen.getByRole('button', { name: km.send }).click();
    expect(await citizen.locator('main').textContent()).toMatch(/លើស (4,000|៤,០០០) រៀល/);
    await expectNoAxeViolations(citizen, 'the report sent');
  });
});
