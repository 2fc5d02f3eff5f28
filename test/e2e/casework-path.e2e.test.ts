// The whole path in real Chromium: a citizen sends a concern in Khmer (no JavaScript, small phone) → sees
// the tracking page → the director forwards it to a commission → commission staff answer → the tracking
// page shows the answer, and the citizen says it resolved the concern. Axe on every public page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casePageMessages } from '../../src/modules/casework/case-page.messages';
import { intakeMessages } from '../../src/modules/casework/messages';
import {
  axeReport,
  browserSuiteTitle,
  HAVE_CHROMIUM,
  SMALL_PHONE,
  signInOnPage,
  startSalaAndChromium,
} from '../support/chromium';

const km = intakeMessages.km;
const staffKm = casePageMessages.km;
const CONCERN = 'ស្ពានឈើចូលភូមិបាក់ ហើយសិស្សមិនអាចទៅសាលារៀនបានទេ។';
const ANSWER = 'គណៈកម្មការបានស្នើឱ្យក្រសួងជួសជុលស្ពាននេះក្នុងខែក្រោយ។ (fictional test answer)';

describe.skipIf(!HAVE_CHROMIUM)(
  browserSuiteTitle('a concern from the citizen to the commission and back'),
  () => {
    let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
    let base = '';
    let browser: Browser;
    let citizen: Page;
    let axePage: Page;
    let code = '';
    let privatePath = '';

    beforeAll(async () => {
      sala = await startSalaAndChromium();
      base = sala.base;
      browser = sala.browser;
      const phone = await browser.newContext({
        locale: 'km-KH',
        viewport: SMALL_PHONE,
        javaScriptEnabled: false,
      });
      phone.setDefaultTimeout(10_000);
      citizen = await phone.newPage();
      axePage = await (await browser.newContext({ locale: 'km-KH', viewport: SMALL_PHONE })).newPage();
    });

    afterAll(async () => {
      await sala?.stop();
    });

    async function expectNoAxeViolations(page: Page, what: string) {
      await axePage.setContent(await page.content());
      expect(await axeReport(axePage), `axe found violations on ${what}`).toBe('');
    }

    /** A staff member's laptop session, in Khmer, signed in. */
    async function staffPage(username: string): Promise<{ context: BrowserContext; page: Page }> {
      const context = await browser.newContext({ locale: 'km-KH', javaScriptEnabled: false });
      context.setDefaultTimeout(10_000);
      const page = await context.newPage();
      await signInOnPage(page, base, username);
      return { context, page };
    }

    it('the citizen sends a concern in Khmer and sees its tracking page', async () => {
      await citizen.goto(`${base}/concerns/new`);
      await citizen.getByLabel(km.category).selectOption('infrastructure');
      await citizen.getByLabel(km.description).fill(CONCERN);
      await citizen.getByLabel(km.province).selectOption('12');
      await citizen.getByRole('button', { name: km.showDistricts }).click();
      await citizen.getByLabel(km.district).selectOption('1201');
      await citizen.getByRole('button', { name: km.showCommunes }).click();
      await citizen.getByLabel(km.commune).selectOption('120101');
      await citizen.getByRole('button', { name: km.submit }).click();
      // The citizen lands on their private page: its address is the private link.
      await citizen.waitForURL(/\/k\/[A-Za-z0-9_-]{22}\?new=1$/);
      privatePath = new URL(citizen.url()).pathname;
      code = /action="\/track\/(\d{10})\//.exec(await citizen.content())?.[1] ?? '';
      expect(code).toMatch(/^\d{10}$/);
      expect(await citizen.getByText(km.statuses.received).first().isVisible()).toBe(true);
      await expectNoAxeViolations(citizen, 'the new concern’s tracking page');
    });

    it('the director finds it in the queue and forwards it to a commission', async () => {
      const { context, page } = await staffPage('co_director');
      await page.goto(`${base}/office/cases`);
      // The queue has the case as a table row and as a card (for phones); one of them is shown.
      await page.locator(`a[href="/office/cases/${code}"]:visible`).click();
      await page.waitForURL(`${base}/office/cases/${code}`);
      expect(await page.getByText(CONCERN).isVisible()).toBe(true);
      await expectNoAxeViolations(page, 'the director’s case page');

      const forward = page.locator('details', {
        has: page.locator('summary', { hasText: staffKm.actions.forward }),
      });
      await forward.locator('summary').click();
      await forward.getByRole('radio', { name: staffKm.destinations.commission }).check();
      await forward.getByLabel(staffKm.fields.commission, { exact: true }).selectOption('C01');
      await forward.getByRole('button', { name: staffKm.actions.forward }).click();
      await page.waitForURL(`${base}/office/cases/${code}?done=forward`);
      expect(await page.getByText(km.statuses.forwarded).first().isVisible()).toBe(true);
      await context.close();
    });

    it('commission staff answer it', async () => {
      const { context, page } = await staffPage('commission_staff');
      await page.goto(`${base}/commission/cases`);
      await page.locator(`a[href="/commission/cases/${code}"]:visible`).click();
      const answer = page.locator('details', {
        has: page.locator('summary', { hasText: staffKm.actions.answer }),
      });
      await answer.locator('summary').click();
      await answer.getByLabel(staffKm.fields.answer).fill(ANSWER);
      await answer.getByRole('button', { name: staffKm.actions.answer }).click();
      await page.waitForURL(`${base}/commission/cases/${code}?done=answer`);
      await expectNoAxeViolations(page, 'the commission’s case page after the answer');
      await context.close();
    });

    it('the private page shows the answer, and the citizen says it resolved the concern', async () => {
      await citizen.goto(`${base}${privatePath}`);
      expect(await citizen.getByText(ANSWER).first().isVisible()).toBe(true);
      expect(await citizen.getByText(km.statuses.answered).first().isVisible()).toBe(true);
      await expectNoAxeViolations(citizen, 'the tracking page with the answer');
      await citizen.getByRole('radio', { name: km.feedbackYes }).check();
      await citizen.locator('form[action$="/feedback"] button[type=submit]').click();
      await citizen.waitForURL((url) => url.pathname === privatePath);
      expect(await citizen.getByText(km.statuses.closed).first().isVisible()).toBe(true);
      await expectNoAxeViolations(citizen, 'the tracking page of the closed concern');
    });
  },
);
