// The tracking page after intake over HTTP: who holds the case, the answer, the citizen's reply and feedback — nothing personal.

import { beforeAll, beforeEach, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { SAMPLE_CONCERN, SAMPLE_PERSONAL, stepAs, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { commissionName } from '../../platform/i18n/commission-name';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { findCommission } from '../assembly/commission.queries';
import { CITIZEN_STEP_LIMIT } from './citizen-steps.routes';
import { intakeMessages } from './messages';

const km = intakeMessages.km;
const en = intakeMessages.en;
const ANSWER = 'The commune will repair the road before the rainy season; the works start next month.';
const QUESTION = 'Which village is it, and how long is the damaged part of the road?';

const escapeHtml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

describeEachDatabase(
  'the tracking page and the citizen’s steps',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });
    // Every test starts with a fresh allowance of steps for the test's one address.
    beforeEach(async () => {
      await t.db.kysely.deleteFrom('rate_events').execute();
    });

    const page = async (code: string, lang: 'km' | 'en' = 'km') => {
      const res = await app.request(`/track/${code}`, { headers: { 'accept-language': lang } });
      expect(res.status).toBe(200);
      return res.text();
    };
    const statusOf = async (code: string) =>
      (
        await t.db.kysely
          .selectFrom('cases')
          .select(['status', 'outcome_reason'])
          .where('tracking_code', '=', code)
          .executeTakeFirstOrThrow()
      ).status;
    const expectNothingPersonal = (html: string) => {
      for (const personal of SAMPLE_PERSONAL) expect(html).not.toContain(personal);
      expect(html).not.toContain(SAMPLE_CONCERN.description);
    };
    const forwardedToC01 = async () => {
      const { trackingCode, citizenKey } = await submitSample(t.db);
      await stepAs(t.db, 'co_staff', trackingCode, { action: 'accept' });
      await stepAs(t.db, 'co_staff', trackingCode, {
        action: 'forward',
        destinationKind: 'commission',
        commission: 'C01',
      });
      return { code: trackingCode, key: citizenKey };
    };
    const answeredByC01 = async () => {
      const made = await forwardedToC01();
      const { code } = made;
      await stepAs(t.db, 'commission_staff', code, { action: 'acknowledge' });
      await stepAs(t.db, 'commission_staff', code, { action: 'answer', answer: ANSWER });
      return made;
    };
    /** The citizen's private page, as the private link opens it. */
    const ownPage = async (key: string, lang: 'km' | 'en' = 'km') => {
      const res = await app.request(`/k/${key}`, { headers: { 'accept-language': lang } });
      expect(res.status).toBe(200);
      return res.text();
    };

    it('names the office and, once forwarded, the commission in the reader’s language', async () => {
      const { code } = await forwardedToC01();
      const commission = await findCommission(t.db.kysely, 'C01');
      if (!commission) throw new Error('no demo commission C01');
      const khmer = await page(code, 'km');
      expect(khmer).toContain(km.sentTo);
      // A commission without a Khmer name yet is shown by its Khmer number, never in English.
      expect(khmer).toContain(escapeHtml(commissionName('km', commission)));
      if (!commission.name_km) expect(khmer).not.toContain(escapeHtml(commission.name_en));
      expect(khmer).toContain(km.statuses.forwarded);
      expect(khmer).toContain('ការិយាល័យមណ្ឌលភ្នំពេញ');
      expectNothingPersonal(khmer);
      const english = await page(code, 'en');
      expect(english).toContain(escapeHtml(commission.name_en));
      expect(english).toContain(en.statuses.forwarded);
      expectNothingPersonal(english);
    });

    it('shows the answer and the feedback form; “No” reopens the case, and the comment stays off the page', async () => {
      const { code, key } = await answeredByC01();
      // The public page shows the answer, but the feedback form only on the private page.
      const publicHtml = await page(code, 'en');
      expect(publicHtml).toContain(ANSWER);
      expect(publicHtml).not.toContain(`action="/track/${code}/feedback"`);
      const html = await ownPage(key, 'en');
      expect(html).toContain(en.answerTitle);
      expect(html).toContain(ANSWER);
      expect(html).toContain(en.feedbackLegend);
      expect(html).toContain(`action="/track/${code}/feedback"`);
      expectNothingPersonal(html);

      const browser = new Browser(app);
      const comment = 'The road is still flooded in front of my house.';
      const res = await browser.post(`/track/${code}/feedback`, { key, resolved: 'no', comment });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/k/${key}?thanks=unresolved`);
      expect(await statusOf(code)).toBe('reopened');
      const after = await (await browser.get(`/k/${key}?thanks=unresolved`)).text();
      expect(after).toContain(km.thanksUnresolved);
      expect(after).toContain(km.statuses.reopened);
      expect(after).not.toContain(comment);
      expect(after).not.toContain(km.feedbackLegend);
      // The office reads the comment among its staff notes.
      const event = await t.db.kysely
        .selectFrom('case_events')
        .select(['internal_note', 'public_note'])
        .where('action', '=', 'report_unresolved')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(event).toEqual({ internal_note: comment, public_note: null });
    });

    it('“Yes” closes the case as resolved', async () => {
      const { trackingCode: code, citizenKey: key } = await submitSample(t.db);
      await stepAs(t.db, 'co_staff', code, { action: 'accept' });
      await stepAs(t.db, 'co_staff', code, { action: 'answer_directly', answer: ANSWER });
      const browser = new Browser(app);
      const res = await browser.post(`/track/${code}/feedback`, { key, resolved: 'yes', comment: '' });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/k/${key}?thanks=resolved`);
      const row = await t.db.kysely
        .selectFrom('cases')
        .select(['status', 'outcome_reason'])
        .where('tracking_code', '=', code)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'closed', outcome_reason: 'resolved' });
      const html = await page(code, 'en');
      expect(html).toContain(en.statuses.closed);
      expect(html).toContain(ANSWER);
      expect(html).not.toContain(en.feedbackLegend);
    });

    it('refuses feedback without a choice with 422, keeping the comment, and changes nothing', async () => {
      const { code, key } = await answeredByC01();
      const browser = new Browser(app);
      const res = await browser.post(`/track/${code}/feedback`, { key, comment: 'Half of it is done.' });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain(km.feedbackMissing);
      expect(html).toContain('aria-describedby="resolved-error"');
      expect(html).toContain('Half of it is done.');
      const tooLong = await browser.post(`/track/${code}/feedback`, {
        key,
        resolved: 'no',
        comment: 'x'.repeat(2001),
      });
      expect(tooLong.status).toBe(422);
      expect(await tooLong.text()).toContain(km.commentTooLong);
      expect(await statusOf(code)).toBe('answered');
    });

    it('shows the office’s question and takes the reply, which never appears on the public page', async () => {
      const { trackingCode: code, citizenKey: key } = await submitSample(t.db);
      await stepAs(t.db, 'co_staff', code, { action: 'request_info', question: QUESTION });
      expect(await page(code, 'en')).toContain(QUESTION);
      const html = await ownPage(key, 'en');
      expect(html).toContain(en.questionTitle);
      expect(html).toContain(QUESTION);
      expect(html).toContain(`action="/track/${code}/reply"`);
      expect(html).toContain('<label for="reply">');

      const reply = 'Prey Sar village, about 300 metres; my neighbour Dara can show you.';
      const browser = new Browser(app);
      const res = await browser.post(`/track/${code}/reply`, { key, reply });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/k/${key}?thanks=reply`);
      expect(await statusOf(code)).toBe('received');
      const after = await (await browser.get(`/track/${code}?thanks=reply`)).text();
      expect(after).toContain(km.thanksReply);
      expect(after).toContain(km.statuses.received);
      expect(after).not.toContain(reply);
      expect(after).not.toContain('Prey Sar');
      expect(after).not.toContain(`action="/track/${code}/reply"`);
      expectNothingPersonal(after);
      const event = await t.db.kysely
        .selectFrom('case_events')
        .select(['internal_note', 'public_note'])
        .where('action', '=', 'citizen_replies')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(event).toEqual({ internal_note: reply, public_note: null });
    });

    it('refuses an empty, too long or broken reply with 422 by the field, the text kept and the case unchanged', async () => {
      const { trackingCode: code, citizenKey: key } = await submitSample(t.db);
      await stepAs(t.db, 'co_staff', code, { action: 'request_info', question: QUESTION });
      const browser = new Browser(app);

      const empty = await browser.post(`/track/${code}/reply`, { key, reply: '   ' });
      expect(empty.status).toBe(422);
      const emptyHtml = await empty.text();
      expect(emptyHtml).toContain(km.errors.required);
      expect(emptyHtml).toContain('aria-describedby="reply-hint reply-error"');
      expect(emptyHtml).toContain('id="reply-error"');

      const long = `ផ្លូវ${'ក'.repeat(4000)}`;
      const tooLong = await browser.post(`/track/${code}/reply`, { key, reply: long });
      expect(tooLong.status).toBe(422);
      const tooLongHtml = await tooLong.text();
      expect(tooLongHtml).toContain(km.replyTooLong);
      expect(tooLongHtml).toContain(long);

      const broken = await browser.post(`/track/${code}/reply`, { key, reply: 'ភូមិ \uFFFD' });
      expect(broken.status).toBe(422);
      expect(await broken.text()).toContain(km.errors['broken-text']);

      expect(await statusOf(code)).toBe('awaiting_citizen');
      const replies = await t.db.kysely
        .selectFrom('case_events')
        .innerJoin('cases', 'cases.id', 'case_events.case_id')
        .select('case_events.id')
        .where('cases.tracking_code', '=', code)
        .where('case_events.action', '=', 'citizen_replies')
        .execute();
      expect(replies).toHaveLength(0);
    });

    it('answers 409 with a link back when the status no longer allows the step', async () => {
      const { trackingCode: code, citizenKey: key } = await submitSample(t.db);
      await stepAs(t.db, 'co_staff', code, { action: 'request_info', question: QUESTION });
      const browser = new Browser(app);
      // The page was read while the case waited; then the citizen's other tap got there first.
      expect((await browser.post(`/track/${code}/reply`, { key, reply: 'First tap.' })).status).toBe(303);
      const again = await browser.post(`/track/${code}/reply`, { key, reply: 'Second tap.' });
      expect(again.status).toBe(409);
      const html = await again.text();
      expect(html).toContain(km.conflictTitle);
      expect(html).toContain(`href="/track/${code}"`);
      const feedback = await browser.post(`/track/${code}/feedback`, { key, resolved: 'yes' });
      expect(feedback.status).toBe(409);
      expect(await statusOf(code)).toBe('received');
    });

    it('answers 404 for an unknown or mistyped code, on the page and on both steps', async () => {
      const browser = new Browser(app);
      expect((await browser.get('/track/1000000005')).status).toBe(404);
      const reply = await browser.post('/track/1000000005/reply', { reply: 'Hello' });
      expect(reply.status).toBe(404);
      expect(await reply.text()).toContain(km.trackUnknownTitle);
      expect((await browser.post('/track/1000000005/feedback', { resolved: 'yes' })).status).toBe(404);
      expect((await browser.post('/track/12345/reply', { reply: 'Hello' })).status).toBe(404);
    });

    it('translates reason codes, and says a duplicate is handled with another concern without giving its code', async () => {
      const { trackingCode: original } = await submitSample(t.db);
      const { trackingCode: declined } = await submitSample(t.db);
      await stepAs(t.db, 'co_staff', declined, { action: 'decline', reason: 'outside_mandate' });
      const declinedHtml = await page(declined, 'km');
      expect(declinedHtml).toContain(km.declineReasons.outside_mandate);
      expect(declinedHtml).not.toContain('>outside_mandate<');

      const { trackingCode: copy } = await submitSample(t.db);
      await stepAs(t.db, 'co_staff', copy, { action: 'mark_duplicate', duplicateOf: original });
      const copyHtml = await page(copy, 'en');
      expect(copyHtml).toContain(en.duplicateOf);
      // The original is another citizen's concern: its code would let anyone act on it.
      expect(copyHtml).not.toContain(original);
      expect(copyHtml).not.toContain(formatTrackingCode(original));
      expectNothingPersonal(copyHtml);
    });
  },
  seedDemo,
);

describeEachDatabase(
  'the limit on the citizen’s steps',
  (t) => {
    it(`takes ${CITIZEN_STEP_LIMIT.max} steps an hour from one address, then refuses with 429 and changes nothing`, async () => {
      const app = testApp(t.db);
      const cases: { trackingCode: string; citizenKey: string }[] = [];
      for (let i = 0; i <= CITIZEN_STEP_LIMIT.max; i++) {
        const made = await submitSample(t.db);
        await stepAs(t.db, 'co_staff', made.trackingCode, { action: 'request_info', question: QUESTION });
        cases.push(made);
      }
      const browser = new Browser(app);
      for (const { trackingCode, citizenKey } of cases.slice(0, -1)) {
        const res = await browser.post(`/track/${trackingCode}/reply`, {
          key: citizenKey,
          reply: 'Here is more.',
        });
        expect(res.status).toBe(303);
      }
      const { trackingCode: last, citizenKey } = cases.at(-1) ?? { trackingCode: '', citizenKey: '' };
      const refused = await browser.post(`/track/${last}/reply`, { key: citizenKey, reply: 'Here is more.' });
      expect(refused.status).toBe(429);
      expect(await refused.text()).toContain(intakeMessages.km.tooManyStepsTitle);
      const row = await t.db.kysely
        .selectFrom('cases')
        .select('status')
        .where('tracking_code', '=', last)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('awaiting_citizen');
    });
  },
  seedDemo,
);
