// Printed on paper: an office's fee poster fills whole A4 or A3 sheets, each with the QR code to report
// overcharging and its sheet number, however many services; the league table's chart words stay at least
// 12 px on the page and in print.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoOwso, DEMO_COMMUNE_OFFICE } from '../../src/modules/owso/demo-owso';
import { createDemoOwsoCounter } from '../../src/modules/owso/demo-owso-counter';
import { POSTER_ROWS_PER_SHEET } from '../../src/modules/owso/services.pages';
import { browserSuiteTitle, HAVE_CHROMIUM, startSalaAndChromium } from '../support/chromium';

const MM = 96 / 25.4;
/** The printable area inside the poster's 12 mm margins, in CSS pixels. */
const PAPER = {
  a4: { width: Math.floor((210 - 24) * MM), height: Math.floor((297 - 24) * MM), format: 'A4' },
  a3: { width: Math.floor((297 - 24) * MM), height: Math.floor((420 - 24) * MM), format: 'A3' },
} as const;
const EXTRA_SERVICES = 25;

describe.skipIf(!HAVE_CHROMIUM)(browserSuiteTitle('printed posters and charts'), () => {
  let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
  let page: Page;

  beforeAll(async () => {
    sala = await startSalaAndChromium();
    const today = new Date();
    await createDemoOwso(sala.db, today);
    await createDemoOwsoCounter(sala.db, today);
    // A long list: more commune services than one sheet holds (fictional, marked as samples).
    const at = today.toISOString();
    await sala.db.kysely
      .insertInto('owso_services')
      .values(
        Array.from({ length: EXTRA_SERVICES }, (_, i) => ({
          code: `PRINT-${i + 1}`,
          category_code: 'registration',
          level: 'commune' as const,
          name_en: `Sample service number ${i + 1} with a long name to wrap`,
          name_km: `សេវាគំរូលេខ ${i + 1} ដែលមានឈ្មោះវែង`,
          max_days: 5,
          documents_en: 'Identity card\nResidence book\nA letter from the village chief',
          documents_km: 'អត្តសញ្ញាណប័ណ្ណ\nសៀវភៅស្នាក់នៅ\nលិខិតពីមេភូមិ',
          who_may_apply_en: 'Anyone',
          who_may_apply_km: 'គ្រប់គ្នា',
          legal_basis: 'Sample (not official)',
          is_sample: 1,
          search_text: `print-${i + 1}`,
          updated_at: at,
        })),
      )
      .execute();
    const context = await sala.browser.newContext({ locale: 'km-KH' });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
  });

  afterAll(async () => {
    await sala?.stop();
  });

  for (const size of ['a4', 'a3'] as const) {
    it(`prints the poster on ${size.toUpperCase()} sheets, each with the QR code and its number`, async () => {
      const paper = PAPER[size];
      await page.setViewportSize({ width: paper.width, height: paper.height });
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${sala?.base}/owso/offices/${DEMO_COMMUNE_OFFICE}/poster?size=${size}`);
      const sheets = page.locator('main section.sheet');
      const count = await sheets.count();
      const rows = await page.locator('main section.sheet tbody tr').count();
      expect(rows).toBeGreaterThan(EXTRA_SERVICES);
      expect(count).toBe(Math.ceil(rows / POSTER_ROWS_PER_SHEET[size]));
      for (let i = 0; i < count; i++) {
        const sheet = sheets.nth(i);
        const box = await sheet.boundingBox();
        expect(box?.height ?? Infinity, `sheet ${i + 1} is taller than its paper`).toBeLessThanOrEqual(
          paper.height,
        );
        const qr = await sheet.locator('svg').boundingBox();
        expect(qr?.width ?? 0, `sheet ${i + 1} has no visible QR code`).toBeGreaterThan(100);
        expect(await sheet.textContent()).toContain(`Sheet ${i + 1} of ${count}`);
      }
      const pdf = (await page.pdf({ format: paper.format, preferCSSPageSize: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, 'one printed page per sheet').toBe(count);
      await page.emulateMedia({ media: 'screen' });
    });
  }

  it("keeps the league chart's words at 12 px or more, on a phone and in print", async () => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`${sala?.base}/owso/league`);
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      const sizes = await page
        .locator('main .league-chart li span, main .league-chart figcaption')
        .evaluateAll((nodes) =>
          nodes.filter((n) => n.textContent?.trim()).map((n) => parseFloat(getComputedStyle(n).fontSize)),
        );
      expect(sizes.length, 'the league has charts').toBeGreaterThan(4);
      expect(Math.min(...sizes), media).toBeGreaterThanOrEqual(12);
    }
    await page.emulateMedia({ media: 'screen' });
  });
});
