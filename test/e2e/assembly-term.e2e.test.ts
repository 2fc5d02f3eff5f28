// Browser test in real Chromium without JavaScript, on a small phone and on a desktop screen: the secretariat
// records a state of emergency and sees what it means — the Assembly meets every day (Art. 86.1) and a
// dissolution is refused (86.3) — ends it, records the dissolution, and reads the dates that follow on its own
// page and on the public sessions page: the election (78.3) and the new Assembly's first session (82.1). Axe on
// every page.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoAssembly } from '../../src/modules/assembly/demo-assembly';
import { citation } from '../../src/modules/assembly/procedure/articles.rules';
import { addDays } from '../../src/modules/assembly/procedure/dates.rules';
import { recordsMessages } from '../../src/modules/assembly/records.messages';
import { formatDate } from '../../src/platform/i18n/i18n';
import {
  axeReport,
  browserSuiteTitle,
  HAVE_CHROMIUM,
  signInOnPage,
  startSalaAndChromium,
} from '../support/chromium';

const km = recordsMessages.km;
const day = (d: string) => formatDate(d, 'km');
const cite = (ref: Parameters<typeof citation>[0]) => citation(ref, 'km');

const SCREENS = [
  { name: 'a small phone', viewport: { width: 360, height: 640 } },
  { name: 'a desktop', viewport: { width: 1280, height: 800 } },
] as const;

describe.skipIf(!HAVE_CHROMIUM).each(SCREENS)('on $name', ({ name, viewport }) => {
  describe(browserSuiteTitle(`the Assembly's term (${name})`), () => {
    let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
    let base = '';
    let clerk: Page;
    let axePage: Page;
    const contexts: BrowserContext[] = [];
    /** The demo's latest session: the emergency starts the day after it closes, outside every session. */
    let closes = '';

    beforeAll(async () => {
      sala = await startSalaAndChromium();
      base = sala.base;
      await createDemoAssembly(sala.db, new Date());
      closes = (
        await sala.db.kysely
          .selectFrom('assembly_sessions')
          .select('closes_on')
          .orderBy('opens_on', 'desc')
          .executeTakeFirstOrThrow()
      ).closes_on;
      const open = async (javaScriptEnabled: boolean) => {
        const context = await (sala as NonNullable<typeof sala>).browser.newContext({
          locale: 'km-KH',
          viewport,
          javaScriptEnabled,
        });
        context.setDefaultTimeout(15_000);
        contexts.push(context);
        return context.newPage();
      };
      clerk = await open(false);
      axePage = await open(true);
      await signInOnPage(clerk, base, 'secretariat');
    });

    afterAll(async () => {
      for (const context of contexts) await context.close();
      await sala?.stop();
    });

    async function expectNoAxeViolations(page: Page, what: string) {
      await axePage.setContent(await page.content());
      expect(await axeReport(axePage), `axe found violations on ${what}`).toBe('');
    }

    /** Nothing wider than the screen: no sideways scrolling to reach a form. */
    async function expectFitsTheScreen(page: Page, what: string) {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${what} is wider than the screen`).toBeLessThanOrEqual(0);
    }

    /** Records a sitting of the latest session on `on` through the secretariat's form. */
    async function sitting(on: string) {
      await clerk.goto(`${base}/secretariat/assembly`);
      const form = clerk.locator('#sitting form');
      const session = await form.getByLabel(km.session).locator('option').last().getAttribute('value');
      await form.getByLabel(km.session).selectOption(session ?? '');
      await form.getByLabel(km.sittingOn).fill(on);
      await form.getByLabel(km.titleKm).fill('កិច្ចប្រជុំក្នុងភាពអាសន្ន (សាកល្បង)');
      await form.getByLabel(km.titleEn).fill('Emergency sitting (test)');
      await form.getByRole('button', { name: km.save }).click();
      await clerk.waitForLoadState();
    }

    /** Fills the day of the form in section `id` and sends it. */
    async function send(id: string, on: string) {
      const form = clerk.locator(`#${id} form`);
      await form.locator('input[name="on"]').fill(on);
      await form.getByRole('button', { name: km.save }).click();
      await clerk.waitForLoadState();
    }

    it('records a state of emergency: the Assembly meets every day, in its sessions or not (Art. 86.1)', async () => {
      await clerk.goto(`${base}/secretariat/assembly/term`);
      expect(await clerk.getByRole('heading', { level: 1 }).textContent()).toBe(km.termTitle);
      expect(await clerk.getByText(km.noTermEvents).isVisible()).toBe(true);
      await expectNoAxeViolations(clerk, 'the term page');
      await expectFitsTheScreen(clerk, 'the term page');

      // Two deposals of the government within 12 months: a dissolution would now be possible (Art. 78.2).
      await send('deposal', addDays(closes, -200));
      expect(await clerk.getByText(km.saved).isVisible()).toBe(true);
      await send('deposal', addDays(closes, -10));

      // Outside its sessions the Assembly does not sit …
      const from = addDays(closes, 1);
      await sitting(from);
      expect(await clerk.locator('#sitting [role="alert"]').textContent()).toContain(
        km.errors['outside-session'],
      );

      await clerk.goto(`${base}/secretariat/assembly/term`);
      await send('emergency', from);
      expect(clerk.url()).toBe(`${base}/secretariat/assembly/term?saved=1`);
      const line = clerk.getByText(km.emergencySince(day(from)));
      expect(await line.isVisible()).toBe(true);
      expect(await clerk.locator('p', { has: line }).textContent()).toContain(
        `${cite('86.1')}, ${cite('86.3')}`,
      );
      // Ending it is now offered.
      expect(await clerk.getByRole('heading', { name: km.endEmergency }).isVisible()).toBe(true);
      await expectNoAxeViolations(clerk, 'the term page in an emergency');

      // The public calendar says so, with the article.
      await clerk.goto(`${base}/assembly/sessions`);
      const publicLine = clerk.getByText(km.emergencySince(day(from)));
      expect(await clerk.locator('p', { has: publicLine }).textContent()).toContain(cite('86.1'));
      await expectNoAxeViolations(clerk, 'the sessions page in an emergency');
      await expectFitsTheScreen(clerk, 'the sessions page');

      // The day after the session closed, the Assembly now sits: the sitting refused before is recorded.
      await sitting(from);
      expect(clerk.url()).toMatch(/\/assembly\/sittings\/\d+\?saved=1$/);
    }, 120_000);

    it('refuses the dissolution while the emergency is in force, citing Art. 86.3', async () => {
      await clerk.goto(`${base}/secretariat/assembly/term`);
      await send('dissolution', addDays(closes, 2));
      const alert = clerk.locator('#dissolution [role="alert"]');
      expect(await alert.textContent()).toContain(
        `${km.errors['dissolution-during-emergency']} (${cite('86.3')})`,
      );
      expect(await clerk.getByText(km.dissolvedOn(day(addDays(closes, 2)))).count()).toBe(0);
      await expectNoAxeViolations(clerk, 'the refused dissolution');
    }, 60_000);

    it('ends the emergency, records the dissolution and shows the election and first session (Art. 78)', async () => {
      await clerk.goto(`${base}/secretariat/assembly/term`);
      const endForm = clerk.locator('section[id^="emergency-end-"] form');
      await endForm.locator('input[name="endsOn"]').fill(addDays(closes, 3));
      await endForm.getByRole('button', { name: km.save }).click();
      await clerk.waitForURL(`${base}/secretariat/assembly/term?saved=1`);
      expect(
        await clerk
          .getByText(km.emergencyFromTo(day(addDays(closes, 1)), day(addDays(closes, 3))))
          .isVisible(),
      ).toBe(true);
      expect(await clerk.locator('section[id^="emergency-end-"]').count()).toBe(0);

      const dissolvedOn = addDays(closes, 5);
      await send('dissolution', dissolvedOn);
      expect(clerk.url()).toBe(`${base}/secretariat/assembly/term?saved=1`);
      for (const page of ['/secretariat/assembly/term', '/assembly/sessions']) {
        await clerk.goto(`${base}${page}`);
        const dissolved = clerk.locator('div.alert', { hasText: km.dissolvedOn(day(dissolvedOn)) });
        const text = (await dissolved.textContent()) ?? '';
        expect(text).toContain(`${km.dissolvedOn(day(dissolvedOn))} (${cite('78.2')})`);
        expect(text).toContain(`${km.electionBy(day(addDays(dissolvedOn, 60)))} (${cite('78.3')})`);
        expect(text).toContain(`${km.firstSessionBy(day(addDays(dissolvedOn, 120)))} (${cite('82.1')})`);
        await expectNoAxeViolations(clerk, `${page} after the dissolution`);
        await expectFitsTheScreen(clerk, page);
      }

      // A second dissolution of the same Assembly is refused, citing Art. 78.2.
      await clerk.goto(`${base}/secretariat/assembly/term`);
      await send('dissolution', dissolvedOn);
      expect(await clerk.locator('#dissolution [role="alert"]').textContent()).toContain(
        `${km.errors['already-dissolved']} (${cite('78.2')})`,
      );
    }, 120_000);
  });
});
