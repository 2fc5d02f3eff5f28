// Axe (WCAG 2.1 AA) and the small-phone width on every state of the tracking page after intake and of the
// office's logging form: pages rendered by the app in-process, shown in Chromium at a cheap phone's size.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connect';
import { Browser, seedDemo, type TestApp, testApp } from '../support/app';
import { stepAs, submitSample } from '../support/cases';
import {
  axeReport,
  browserSuiteTitle,
  HAVE_CHROMIUM,
  SMALL_PHONE,
  startSalaAndChromium,
} from '../support/chromium';
import { createTestDatabase } from '../support/databases';

const SCREENSHOTS = process.env.SCREENSHOT_DIR;
const QUESTION =
  'Which village is it, and how long is the damaged part?\nPlease say which side of the pagoda.';
const ANSWER = 'The commune will repair the road before the rainy season; the works start next month.';

describe.skipIf(!HAVE_CHROMIUM)(
  browserSuiteTitle('the citizen’s steps and the office’s logging form'),
  () => {
    let sala: Awaited<ReturnType<typeof startSalaAndChromium>> | undefined;
    let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
    let db: Db;
    let app: TestApp;
    let axePage: Page;

    beforeAll(async () => {
      sala = await startSalaAndChromium();
      database = await createTestDatabase('sqlite');
      db = database.db;
      await seedDemo(db);
      app = testApp(db);
      axePage = await (await sala.browser.newContext({ locale: 'km-KH', viewport: SMALL_PHONE })).newPage();
    });

    afterAll(async () => {
      await sala?.stop();
      await database?.drop();
    });

    async function expectAccessible(what: string, res: Response, status: number) {
      expect(res.status, what).toBe(status);
      await axePage.setContent(await res.text());
      expect(await axeReport(axePage), `axe found violations on ${what}`).toBe('');
      const width = await axePage.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${what} scrolls sideways`).toBeLessThanOrEqual(SMALL_PHONE.width);
      if (SCREENSHOTS) {
        const name = what.replace(/[^a-z]+/gi, '-');
        await axePage.screenshot({ path: `${SCREENSHOTS}/steps-${name}-360.png`, fullPage: true });
      }
    }

    it('the tracking page while waiting for the citizen, and its refused reply', async () => {
      const { trackingCode: code, citizenKey: key } = await submitSample(db);
      await stepAs(db, 'co_staff', code, { action: 'request_info', question: QUESTION });
      const browser = new Browser(app);
      await expectAccessible('the public page with the way to act', await browser.get(`/track/${code}`), 200);
      await expectAccessible('the private page after intake', await browser.get(`/k/${key}?new=1`), 200);
      await expectAccessible(
        'the refusal of a step without the private link',
        await browser.post(`/track/${code}/reply`, { reply: 'Not the citizen.' }),
        403,
      );
      await expectAccessible('the question and reply form', await browser.get(`/k/${key}`), 200);
      await expectAccessible(
        'the refused reply',
        await browser.post(`/track/${code}/reply`, { key, reply: ' ' }),
        422,
      );
      const sent = await browser.post(`/track/${code}/reply`, {
        key,
        reply: 'Prey Sar village, 300 metres.',
      });
      await expectAccessible(
        'the thank-you note',
        await browser.get(sent.headers.get('location') ?? ''),
        200,
      );
      await expectAccessible(
        'the conflict page',
        await browser.post(`/track/${code}/reply`, { key, reply: 'Again' }),
        409,
      );
      await expectAccessible('the one-time code sent', await browser.post(`/track/${code}/code`, {}), 200);
      await expectAccessible(
        'a wrong one-time code',
        await browser.post(`/track/${code}/code/check`, { code: '12' }),
        403,
      );
      await expectAccessible(
        'the withdrawn concern',
        await browser.get(
          (await browser.post(`/track/${code}/withdraw`, { key, reason: 'Solved.' })).headers.get(
            'location',
          ) ?? '',
        ),
        200,
      );
    });

    it('the answered case with its feedback form, refused and sent', async () => {
      const { trackingCode: code, citizenKey: key } = await submitSample(db);
      await stepAs(db, 'co_staff', code, { action: 'accept' });
      await stepAs(db, 'co_staff', code, {
        action: 'forward',
        destinationKind: 'commission',
        commission: 'C01',
      });
      await stepAs(db, 'commission_staff', code, { action: 'acknowledge' });
      await stepAs(db, 'commission_staff', code, { action: 'answer', answer: ANSWER });
      const browser = new Browser(app);
      await browser.get('/lang/en');
      await expectAccessible('the answer and feedback form', await browser.get(`/k/${key}`), 200);
      await expectAccessible(
        'the refused feedback',
        await browser.post(`/track/${code}/feedback`, { key, comment: 'x'.repeat(2001) }),
        422,
      );
      await expectAccessible(
        'the refused additional information',
        await browser.post(`/track/${code}/information`, { key, note: ' ' }),
        422,
      );
      const sent = await browser.post(`/track/${code}/feedback`, {
        key,
        resolved: 'no',
        comment: 'Still flooded.',
      });
      await expectAccessible('the reopened case', await browser.get(sent.headers.get('location') ?? ''), 200);
    });

    it('a declined case and a duplicate', async () => {
      const { trackingCode: original } = await submitSample(db);
      const { trackingCode: copy } = await submitSample(db);
      await stepAs(db, 'co_staff', copy, { action: 'mark_duplicate', duplicateOf: original });
      const { trackingCode: declined } = await submitSample(db);
      await stepAs(db, 'co_staff', declined, { action: 'decline', reason: 'not_enough_information' });
      const browser = new Browser(app);
      await expectAccessible('the duplicate', await browser.get(`/track/${copy}`), 200);
      await expectAccessible('the declined case', await browser.get(`/track/${declined}`), 200);
    });

    it('the office’s logging form, empty and refused', async () => {
      const browser = await new Browser(app).signIn('co_staff');
      const form = await browser.get('/office/concerns/new');
      const html = await form.clone().text();
      const token = /name="form_token" value="([^"]+)"/.exec(html)?.[1] ?? '';
      await expectAccessible('the empty logging form', form, 200);
      const refused = await browser.post('/office/concerns', {
        province: '12',
        description: 'short',
        form_token: token,
      });
      await expectAccessible('the refused logging form', refused, 422);
      const { trackingCode: code } = await submitSample(db);
      await expectAccessible(
        'the slip with a new private link',
        await browser.post(`/office/cases/${code}/citizen-key`, {}),
        200,
      );
    });
  },
);
