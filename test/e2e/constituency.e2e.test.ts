// Browser test in real Chromium without JavaScript: staff plan an MPs' mission and record its report with two
// concerns, which reach the director's casework queue; staff record an expense with a scanned receipt, which
// the auditor sees. Axe on every page used.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetMessages } from '../../src/modules/constituency/budget.messages';
import { missionMessages } from '../../src/modules/constituency/missions.messages';
import { planMessages } from '../../src/modules/constituency/plans.messages';
import { auditActionText } from '../../src/platform/audit';
import { phnomPenhDate } from '../../src/platform/calendar/working-days.rules';
import { seedDemo, testApp } from '../support/app';
import {
  axeReport,
  browserSuiteTitle,
  CHROMIUM,
  HAVE_CHROMIUM,
  SMALL_PHONE,
  signInOnPage,
} from '../support/chromium';
import { createTestDatabase } from '../support/databases';

const mk = missionMessages.km;
const bk = budgetMessages.km;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

describe.skipIf(!HAVE_CHROMIUM)(
  browserSuiteTitle('constituency office: mission → cases, expense → auditor'),
  () => {
    let stop: (() => Promise<void>) | undefined;
    let base = '';
    let browser: Browser;
    let axePage: Page;
    let visitor: Page;
    const contexts: BrowserContext[] = [];
    const pages: Record<'staff' | 'director' | 'auditor', Page> = {} as never;
    let codes: string[] = [];
    const today = phnomPenhDate(new Date());
    let previousDataDir: string | undefined;
    let dataDir = '';

    beforeAll(async () => {
      previousDataDir = process.env.SALA_DATA_DIR;
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sala-e2e-co-'));
      process.env.SALA_DATA_DIR = dataDir;
      const { db, drop } = await createTestDatabase('sqlite');
      await seedDemo(db);
      const server = serve({ fetch: testApp(db).fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise<void>((resolve) =>
        server.listening ? resolve() : server.once('listening', () => resolve()),
      );
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      stop = async () => {
        await browser.close();
        await new Promise((resolve) => server.close(resolve));
        await drop();
      };
      const open = async (javaScriptEnabled: boolean) => {
        const context = await browser.newContext({
          locale: 'km-KH',
          viewport: SMALL_PHONE,
          javaScriptEnabled,
        });
        context.setDefaultTimeout(10_000);
        contexts.push(context);
        return context.newPage();
      };
      for (const who of ['staff', 'director', 'auditor'] as const) {
        const page = await open(false);
        const username = who === 'staff' ? 'co_staff' : who === 'director' ? 'co_director' : 'auditor';
        await signInOnPage(page, base, username);
        pages[who] = page;
      }
      visitor = await open(false);
      axePage = await open(true);
    }, 120_000);

    afterAll(async () => {
      await stop?.();
      if (previousDataDir === undefined) delete process.env.SALA_DATA_DIR;
      else process.env.SALA_DATA_DIR = previousDataDir;
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    async function expectNoAxeViolations(page: Page, what: string) {
      await axePage.setContent(await page.content());
      expect(await axeReport(axePage), `axe found violations on ${what}`).toBe('');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${what} scrolls sideways`).toBeLessThanOrEqual(SMALL_PHONE.width);
    }

    it('staff plan a mission, publish it and record its report with two concerns', async () => {
      const staff = pages.staff;
      await staff.goto(`${base}/office/missions`);
      await expectNoAxeViolations(staff, 'the missions page');
      await staff.locator('#purpose').fill('Demo mission: listening to residents (fictional)');
      await staff.locator('#startsOn').fill(today);
      await staff.locator('#endsOn').fill(today);
      const communes = await staff
        .locator('#communes option')
        .evaluateAll((os) => os.slice(0, 2).map((o) => (o as HTMLOptionElement).value));
      await staff.locator('#communes').selectOption(communes);
      await staff.getByLabel(mk.publishNow).check();
      await staff.getByRole('button', { name: mk.save }).click();
      await staff.waitForURL(/\/office\/missions\/\d+/);
      expect(await staff.locator('main').textContent()).toContain(mk.published);
      await expectNoAxeViolations(staff, 'the mission page');

      await staff.locator('#meetingsHeld').fill('2');
      await staff.locator('#citizensMet').fill('35');
      await staff.locator('#c0-category').selectOption('water');
      await staff.locator('#c0-commune').selectOption(communes[0]);
      await staff.locator('#c0-description').fill('Demo, fictional: the village well is dry.');
      await staff.locator('#c1-category').selectOption('infrastructure');
      await staff.locator('#c1-commune').selectOption(communes[1]);
      await staff.locator('#c1-description').fill('Demo, fictional: the school road floods.');
      await staff.getByRole('button', { name: mk.saveReport }).click();
      await staff.waitForURL(/done=reported/);
      codes = await staff
        .locator('main a[href^="/office/cases/"]')
        .evaluateAll((as) => as.map((a) => (a.textContent ?? '').trim()));
      expect(codes).toHaveLength(2);
      await expectNoAxeViolations(staff, 'the reported mission');

      // The public office page shows whom to reach.
      await visitor.goto(`${base}/offices/CO-12`);
      expect(await visitor.locator('main').textContent()).toContain('គណនីសាកល្បង៖ co_director');
      await expectNoAxeViolations(visitor, 'the public office page');
    });

    it('the two concerns appear in the director’s casework queue', async () => {
      const director = pages.director;
      await director.goto(`${base}/office/cases`);
      for (const code of codes) {
        expect(await director.locator(`main a[href^="/office/cases/${code}"]:visible`).count()).toBe(1);
      }
    });

    it('staff record an expense with a scanned receipt, and the auditor sees it read-only', async () => {
      const staff = pages.staff;
      await staff.goto(`${base}/office/budget`);
      await expectNoAxeViolations(staff, 'the books (staff)');
      await staff.locator('#line').selectOption('supplies');
      await staff.locator('#spentOn').fill(today);
      await staff.locator('#payee').fill('Demo Stationery Shop (fictional)');
      await staff.locator('#amountRiel').fill('80000');
      await staff.locator('#purpose').fill('Paper for mission reports (demo)');
      await staff
        .locator('#receipt')
        .setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: PNG });
      await staff.getByRole('button', { name: bk.record }).click();
      await staff.waitForURL(/done=recorded/);
      expect(await staff.locator('main').textContent()).toContain(bk.recorded);

      const auditor = pages.auditor;
      await auditor.goto(`${base}/office/budget?office=CO-12&year=${today.slice(0, 4)}`);
      const main = (await auditor.locator('main').textContent()) ?? '';
      expect(main).toContain('Demo Stationery Shop (fictional)');
      expect(main).toContain(bk.readOnly);
      expect(await auditor.locator('main form[method="post"]').count()).toBe(0);
      expect(await auditor.locator(`a:has-text("${bk.viewReceipt}")`).count()).toBe(1);
      await expectNoAxeViolations(auditor, 'the books (auditor)');
      await auditor.locator('main a[href^="/office/budget/expenses/"]').first().click();
      // The trail names the step in the reader's words, not by its code.
      expect(await auditor.locator('main').textContent()).toContain(
        auditActionText('co-expense-recorded', 'km'),
      );
      await expectNoAxeViolations(auditor, 'an expense and its audit trail');
    });

    it('the plans, coordination and activity pages pass axe, for staff and for an auditor', async () => {
      const staff = pages.staff;
      await staff.goto(`${base}/office/plans`);
      await staff.locator('#description').fill('Demo: a well for the school (fictional)');
      await staff.getByRole('button', { name: planMessages.km.addButton }).click();
      await staff.waitForURL(/done=saved/);
      await expectNoAxeViolations(staff, 'the plans page');
      await staff.locator('main table a').first().click();
      await expectNoAxeViolations(staff, 'a plan priority');
      await staff.goto(`${base}/office/coordination`);
      await expectNoAxeViolations(staff, 'the coordination log');
      await staff.goto(`${base}/office/activity`);
      expect(await staff.locator('main table tbody tr').count()).toBeGreaterThanOrEqual(1);
      await expectNoAxeViolations(staff, 'the activity report');
      const auditor = pages.auditor;
      await auditor.goto(`${base}/office/plans/national`);
      await expectNoAxeViolations(auditor, 'the national plans view');
    });
  },
);
