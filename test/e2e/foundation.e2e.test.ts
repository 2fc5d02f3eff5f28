// Browser test in real Chromium: Khmer home page, the switch to English, sign-in, the admin user list, and axe on each.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeMessages } from '../../src/modules/home/messages';
import { placesMessages } from '../../src/modules/places/messages';
import { authMessages } from '../../src/platform/auth/messages';
import { layoutMessages } from '../../src/web/messages';
import { TEST_PASSWORD } from '../support/app';
import {
  axeReport,
  browserSuiteTitle,
  HAVE_CHROMIUM,
  SMALL_PHONE,
  startSalaAndChromium,
} from '../support/chromium';

const title = browserSuiteTitle('foundation');

/** Runs axe on the page as it stands and fails with a readable list of what it found. */
async function expectNoAxeViolations(page: Page, what: string) {
  const report = await axeReport(page);
  expect(report, `axe found violations on ${what}`).toBe('');
}

/** Nothing may be wider than the phone's screen: a sideways scroll hides half of every line. */
async function expectNoSidewaysScroll(page: Page, what: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${what} is wider than a ${SMALL_PHONE.width}px phone`).toBeLessThanOrEqual(
    SMALL_PHONE.width,
  );
}

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel(/Username|ឈ្មោះអ្នកប្រើ/).fill(username);
  await page.getByLabel(/Password|ពាក្យសម្ងាត់/).fill(password);
  await page.locator('main form button[type=submit]').click();
}

describe.skipIf(!HAVE_CHROMIUM)(title, () => {
  let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
  let base = '';

  beforeAll(async () => {
    sala = await startSalaAndChromium();
    base = sala.base;
  });

  afterAll(async () => {
    await sala?.stop();
  });

  /** A fresh browser profile: no cookies, a Khmer-speaking phone. */
  async function khmerPhone(): Promise<{ context: BrowserContext; page: Page }> {
    if (!sala) throw new Error('Chromium did not start');
    const context = await sala.browser.newContext({ locale: 'km-KH', viewport: SMALL_PHONE });
    // Shorter than the test's own timeout, so a missing element fails with Playwright's message naming it.
    context.setDefaultTimeout(10_000);
    return { context, page: await context.newPage() };
  }

  describe('a visitor, then co_director', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      ({ context, page } = await khmerPhone());
    });
    afterAll(async () => {
      await context?.close();
    });

    it('sees the home page in Khmer by default', async () => {
      await page.goto(`${base}/`);
      expect(await page.getAttribute('html', 'lang')).toBe('km');
      const heading = page.getByRole('heading', { level: 1 });
      expect(await heading.textContent()).toBe(homeMessages.km.title);
      expect(await heading.isVisible()).toBe(true);
      await expectNoSidewaysScroll(page, 'the Khmer home page');
      await expectNoAxeViolations(page, 'the Khmer home page');
    });

    it('folds the site’s links behind "Menu" on the phone, and opens them without JavaScript', async () => {
      const noScript = await sala!.browser.newContext({
        locale: 'km-KH',
        viewport: SMALL_PHONE,
        javaScriptEnabled: false,
      });
      noScript.setDefaultTimeout(10_000);
      const phone = await noScript.newPage();
      await phone.goto(`${base}/`);
      const places = phone.locator('header nav a[href="/places"]');
      expect(await places.isVisible()).toBe(false);
      // The whole header fits in the top quarter of the screen, so the page's own title is seen at once.
      const header = await phone.locator('header.site').boundingBox();
      expect(header?.height).toBeLessThanOrEqual(SMALL_PHONE.height / 4);
      await phone.getByText(layoutMessages.km.menu, { exact: true }).click();
      expect(await places.isVisible()).toBe(true);
      await noScript.close();
      // axe runs as a script: on the same phone with JavaScript on.
      await page.goto(`${base}/`);
      await page.getByText(layoutMessages.km.menu, { exact: true }).click();
      await expectNoAxeViolations(page, 'the home page with the menu open');

      const wide = await sala!.browser.newContext({
        locale: 'km-KH',
        viewport: { width: 1280, height: 800 },
      });
      const desk = await wide.newPage();
      await desk.goto(`${base}/`);
      expect(await desk.locator('header nav a[href="/places"]').isVisible()).toBe(true);
      expect(await desk.getByText(layoutMessages.km.menu, { exact: true }).isVisible()).toBe(false);
      await wide.close();
    });

    it('switches to English with the visible switch, and stays in English on other pages', async () => {
      // Found by its visible text, as a sighted or voice-control user finds it.
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(homeMessages.en.title);
      await expectNoAxeViolations(page, 'the English home page');

      await page.goto(`${base}/places`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.reload();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        placesMessages.en.provincesTitle,
      );
    });

    it('is told when the password is wrong', async () => {
      await page.goto(`${base}/`);
      await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname === '/login');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(authMessages.en.loginTitle);
      await expectNoSidewaysScroll(page, 'the login page');
      await expectNoAxeViolations(page, 'the login page');

      await signIn(page, 'co_director', 'not-the-password');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toBe(authMessages.en.invalidCredentials);
      expect(await page.getByRole('banner').textContent()).not.toContain('Signed in as');
      await expectNoAxeViolations(page, 'the login page with its error');
    });

    it('signs in as co_director through the form, and signs out', async () => {
      await signIn(page, 'co_director', TEST_PASSWORD);
      const header = page.getByRole('banner');
      await header.getByRole('button', { name: 'Sign out' }).waitFor();
      expect((await header.innerText()).replace(/\s+/g, ' ')).toContain('Signed in as co_director');
      await expectNoAxeViolations(page, 'the page after co_director signs in');

      await header.getByRole('button', { name: 'Sign out' }).click();
      await header.getByRole('link', { name: 'Sign in' }).waitFor();
      expect(await header.textContent()).not.toContain('co_director');
      // The session is gone on the server too, not just hidden: a staff page now sends to sign-in.
      await page.goto(`${base}/admin/users`);
      expect(new URL(page.url()).pathname).toBe('/login');
    });
  });

  describe('admin', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      ({ context, page } = await khmerPhone());
    });
    afterAll(async () => {
      await context?.close();
    });

    it('signs in and sees the demo accounts in the user list', async () => {
      await page.goto(`${base}/login?next=%2Fadmin%2Fusers`);
      await signIn(page, 'admin', TEST_PASSWORD);
      await page.waitForURL((url) => url.pathname === '/admin/users');
      expect(await page.getAttribute('html', 'lang')).toBe('km');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(authMessages.km.usersTitle);
      const table = page.getByRole('table');
      for (const username of ['admin', 'co_director', 'watchdog', 'owso_clerk']) {
        expect(await table.getByRole('link', { name: username, exact: true }).count()).toBe(1);
      }
      await expectNoSidewaysScroll(page, '/admin/users');
      await expectNoAxeViolations(page, '/admin/users as admin');
    });
  });
});
