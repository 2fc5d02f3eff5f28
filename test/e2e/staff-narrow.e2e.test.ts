// Staff pages that were wider than a phone, in real Chromium at 360×640 (Khmer, no JavaScript), each as a role
// that sees it: nothing scrolls sideways, a wide table scrolls inside a region the keyboard reaches, and axe
// finds nothing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoOwso } from '../../src/modules/owso/demo-owso';
import {
  axeReport,
  browserSuiteTitle,
  HAVE_CHROMIUM,
  signInOnPage,
  startSalaAndChromium,
} from '../support/chromium';

const PHONE = { width: 360, height: 640 };

/** Each page, as the role it is measured as. */
const PAGES: { path: string; as: string | null }[] = [
  { path: '/admin/holidays', as: 'admin' },
  { path: '/admin/audit', as: 'admin' },
  { path: '/admin/audit', as: 'auditor' },
  { path: '/owso/rollout', as: 'moi_monitor' },
  // The commissions list, public: its table scrolled in a box the keyboard could not reach.
  { path: '/commissions', as: null },
];

/** The elements that stick out past the screen's right edge, outermost first, to say what to fix. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.right <= width + 0.5) continue;
      // An element inside a box that scrolls by itself does not widen the page.
      let p = el.parentElement;
      let clipped = false;
      while (p && p !== document.body) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') clipped = true;
        p = p.parentElement;
      }
      if (clipped) continue;
      const path: string[] = [];
      for (let a: Element | null = el; a && a !== document.body; a = a.parentElement)
        path.unshift(`${a.tagName.toLowerCase()}${a.className ? `.${String(a.className)}` : ''}`);
      out.push(`${path.join('>')} right=${Math.round(r.right)} «${(el.textContent ?? '').slice(0, 30)}»`);
    }
    return out.slice(0, 8);
  }, PHONE.width);
}

describe.skipIf(!HAVE_CHROMIUM)(browserSuiteTitle('wide staff pages on a 360×640 phone'), () => {
  let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
  let base = '';
  let axePage: Page;

  beforeAll(async () => {
    sala = await startSalaAndChromium();
    base = sala.base;
    // The rollout page counts the demo service offices.
    await createDemoOwso(sala.db, new Date());
    const context = await sala.browser.newContext({ locale: 'km-KH', viewport: PHONE });
    axePage = await context.newPage();
  });

  afterAll(async () => {
    await sala?.stop();
  });

  for (const { path, as } of PAGES)
    it(`${path} as ${as ?? 'a visitor'} fits 360 px, its tables scroll in a region the keyboard reaches, and axe finds nothing`, async () => {
      const s = sala as NonNullable<typeof sala>;
      const context = await s.browser.newContext({
        locale: 'km-KH',
        viewport: PHONE,
        javaScriptEnabled: false,
      });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      try {
        if (as) await signInOnPage(page, base, as);
        const response = await page.goto(`${base}${path}`);
        expect(response?.status()).toBe(200);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(
          width,
          `${path} is ${width}px wide; sticking out: ${(await overflowing(page)).join('; ')}`,
        ).toBeLessThanOrEqual(PHONE.width);
        // Every box that scrolls sideways can be reached with the keyboard (axe checks this only when the
        // box overflows; here every table box is asked, whatever the data's length).
        const unreachable = await page.evaluate(() =>
          Array.from(document.querySelectorAll('main *'))
            .filter((el) => {
              const o = getComputedStyle(el).overflowX;
              return (o === 'auto' || o === 'scroll') && el.scrollWidth > el.clientWidth;
            })
            .filter(
              (el) =>
                (el as HTMLElement).tabIndex < 0 && !el.querySelector('a, button, input, select, textarea'),
            )
            .map((el) => el.outerHTML.slice(0, 80)),
        );
        expect(unreachable, `scrollable boxes the keyboard cannot reach on ${path}`).toEqual([]);
        await axePage.setContent(await page.content());
        expect(await axeReport(axePage), `axe found violations on ${path}`).toBe('');
      } finally {
        await context.close();
      }
    });
});
