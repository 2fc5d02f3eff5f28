// The staff's phone in real Chromium (360×640, Khmer, no JavaScript): the demo office director signs in and
// lands on the queue with its counts of new, overdue and waiting cases; each case is a card whose status and
// due date are inside the screen's width; nothing scrolls sideways; marking a case a duplicate asks on a page
// of its own before anything changes. Axe on every page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseStatusText } from '../../src/modules/casework/case.presenter';
import { casePageMessages } from '../../src/modules/casework/case-page.messages';
import { createDemoCases } from '../../src/modules/casework/demo-cases';
import { duplicateConfirmMessages } from '../../src/modules/casework/duplicate-confirm.messages';
import { queueCountsMessages } from '../../src/modules/casework/queue-counts.messages';
import {
  browserSuiteTitle,
  HAVE_CHROMIUM,
  phonePages,
  signInOnPage,
  startSalaAndChromium,
} from '../support/chromium';

const PHONE = { width: 360, height: 640 };
const counts = queueCountsMessages.km;
const staffKm = casePageMessages.km;
const confirmKm = duplicateConfirmMessages.km;

describe.skipIf(!HAVE_CHROMIUM)(browserSuiteTitle('the office director’s phone (360×640)'), () => {
  let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
  let base = '';
  let page: Page;
  let expectNoAxeViolations: (what: string) => Promise<void>;
  let cardCodes: string[] = [];

  beforeAll(async () => {
    sala = await startSalaAndChromium();
    base = sala.base;
    // The demo office's concerns at every stage of handling, as a demo install has them.
    await createDemoCases(sala.db, new Date());
    ({ page, expectNoAxeViolations } = await phonePages(sala.browser, PHONE));
  });

  afterAll(async () => {
    await sala?.stop();
  });

  async function expectNoSidewaysScroll(what: string) {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${what} is ${width}px wide on a 360px screen`).toBeLessThanOrEqual(PHONE.width);
  }

  async function statusOf(code: string): Promise<string> {
    const row = await (sala as NonNullable<typeof sala>).db.kysely
      .selectFrom('cases')
      .select('status')
      .where('tracking_code', '=', code)
      .executeTakeFirstOrThrow();
    return row.status;
  }

  it('the director signs in and lands on the queue with the counts of new, overdue and waiting cases', async () => {
    await signInOnPage(page, base, 'co_director');
    expect(new URL(page.url()).pathname).toBe('/office/cases');
    const countLinks = page.getByRole('navigation', { name: counts.countsLabel }).getByRole('link');
    const texts = await countLinks.allInnerTexts();
    for (const label of [counts.fresh, counts.overdue, counts.waitingCitizen])
      expect(
        texts.some((t) => t.includes(label)),
        `a count of "${label}" among ${JSON.stringify(texts)}`,
      ).toBe(true);
    for (const box of await Promise.all((await countLinks.all()).map((l) => l.boundingBox()))) {
      expect(box).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
    }
    await expectNoSidewaysScroll('the queue');
    await expectNoAxeViolations('the queue on a phone');
  });

  it('shows each case as a card whose status and due date are inside the screen’s width', async () => {
    const cards = page.locator('ol.case-cards > li');
    const n = await cards.count();
    expect(n).toBeGreaterThan(1);
    // The wide table is not what the phone shows.
    expect(await page.locator('.queue-wide').first().isVisible()).toBe(false);
    for (let i = 0; i < n; i++) {
      const card = cards.nth(i);
      const link = card.locator('.card-head a');
      expect(await link.isVisible()).toBe(true);
      const code = (await link.getAttribute('href'))?.split('/').pop() ?? '';
      cardCodes.push(code);
      const status = card.locator('.card-status');
      const due = card.locator('dd').first();
      for (const [what, part] of [
        ['status', status],
        ['due date', due],
      ] as const) {
        expect(await part.isVisible(), `the ${what} of card ${code}`).toBe(true);
        const box = await part.boundingBox();
        expect(box, `the ${what} of card ${code} has a box`).not.toBeNull();
        if (!box) continue;
        expect(box.x, `the ${what} of card ${code} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `the ${what} of card ${code} ends on screen`).toBeLessThanOrEqual(
          PHONE.width,
        );
      }
      expect((await status.innerText()).trim()).toBe(caseStatusText((await statusOf(code)) as never, 'km'));
    }
    cardCodes = cardCodes.filter((c) => /^\d{10}$/.test(c));
    expect(cardCodes.length).toBe(n);
  });

  it('opens a case and marks it a duplicate only after confirming on a second page', async () => {
    // A case the director may still mark, and another case of the office it repeats.
    let copy = '';
    for (const code of cardCodes) {
      await page.goto(`${base}/office/cases/${code}`);
      if ((await page.locator('summary', { hasText: staffKm.actions.mark_duplicate }).count()) > 0) {
        copy = code;
        break;
      }
    }
    expect(copy, 'a case in the queue that can be marked a duplicate').not.toBe('');
    const original = cardCodes.find((c) => c !== copy) as string;
    await expectNoSidewaysScroll('the case page');
    await expectNoAxeViolations('the case page on a phone');
    const before = await statusOf(copy);

    const step = page.locator('details', {
      has: page.locator('summary', { hasText: staffKm.actions.mark_duplicate }),
    });
    await step.locator('summary').click();
    await step.getByLabel(staffKm.fields.duplicateOf).fill(original);
    await step.getByRole('button', { name: staffKm.actions.mark_duplicate }).click();

    // The second page asks; nothing has changed yet.
    await page.getByRole('heading', { name: confirmKm.title }).waitFor();
    expect(await statusOf(copy)).toBe(before);
    await expectNoSidewaysScroll('the duplicate confirmation page');
    await expectNoAxeViolations('the duplicate confirmation page');

    await page.getByRole('button', { name: confirmKm.confirm }).click();
    await page.waitForURL(`${base}/office/cases/${copy}?done=mark_duplicate`);
    expect(await statusOf(copy)).toBe('duplicate');
    expect(await page.getByText(caseStatusText('duplicate', 'km')).first().isVisible()).toBe(true);
    await expectNoSidewaysScroll('the case page after marking');
    await expectNoAxeViolations('the case page after marking it a duplicate');
  });
});
