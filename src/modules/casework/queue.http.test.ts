// The queue pages over HTTP: a Khmer search in the address, the overdue banner, 400 on a bad filter,
// the commission's own cases only, and never a citizen's personal data.
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { SAMPLE_CONCERN, SAMPLE_PERSONAL, stepAs, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { queueMessages } from './queue.messages';

const DAY_MS = 86_400_000;
const LATIN = 'The village well near the market has been broken since May.';

describeEachDatabase('the queue pages', (t) => {
  let app: TestApp;
  const codes: Record<string, string> = {};
  beforeAll(async () => {
    await seedDemo(t.db);
    app = testApp(t.db);
    // Received three weeks ago and never triaged: overdue today, whatever today is.
    const longAgo = new Date(Date.now() - 21 * DAY_MS);
    codes.road = (await submitSample(t.db, {}, { now: longAgo })).trackingCode;
    codes.well = (await submitSample(t.db, { category: 'water', description: LATIN })).trackingCode;
    codes.forwarded = (await submitSample(t.db, { category: 'land' })).trackingCode;
    await stepAs(t.db, 'co_director', codes.forwarded, {
      action: 'forward',
      destinationKind: 'commission',
      commission: 'C01',
    });
  });

  const signedIn = async (role: string) => {
    const browser = new Browser(app);
    await browser.get('/');
    return browser.signIn(role);
  };
  const link = (base: string, code: string) => `href="${base}/${code}"`;

  it('shows the director the office’s cases, the overdue banner, and no personal data', async () => {
    const browser = await signedIn('co_director');
    const res = await browser.get('/office/cases');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(queueMessages.km.officeTitle);
    for (const code of Object.values(codes)) expect(html).toContain(link('/office/cases', code));
    expect(html).toContain(formatTrackingCode(codes.road));
    expect(html).toContain(queueMessages.km.overdueBannerOne);
    expect(html).toContain(queueMessages.km.overdueFlag);
    expect(html).toContain('href="/office/cases?overdue=1&amp;sort=due"');
    for (const personal of SAMPLE_PERSONAL) expect(html).not.toContain(personal);
    // The citizen's own words stay on the case page, out of lists.
    expect(html).not.toContain(SAMPLE_CONCERN.description);
    expect(html).not.toContain(LATIN);
  });

  it('finds a Khmer word inside a phrase from the address, and a Latin word, in English too', async () => {
    const browser = await signedIn('co_staff');
    const khmer = await browser.get(`/office/cases?q=${encodeURIComponent('ខូច')}`);
    expect(khmer.status).toBe(200);
    const html = await khmer.text();
    expect(html).toContain(link('/office/cases', codes.road));
    expect(html).not.toContain(link('/office/cases', codes.well));
    // The search box is refilled with what was typed.
    expect(html).toContain('value="ខូច"');

    const latin = await browser.get('/office/cases?q=Well&overdue=&sort=newest', { 'accept-language': 'en' });
    expect(latin.status).toBe(200);
    const english = await latin.text();
    expect(english).toContain(link('/office/cases', codes.well));
    expect(english).not.toContain(link('/office/cases', codes.road));

    const overdue = await (await browser.get('/office/cases?overdue=1&sort=due')).text();
    expect(overdue).toContain(link('/office/cases', codes.road));
    expect(overdue).not.toContain(link('/office/cases', codes.well));
  });

  it('answers an unknown filter with 400 and the refilled form, never a 500', async () => {
    const browser = await signedIn('co_director');
    const km = queueMessages.km;
    for (const [query, message] of [
      ['status=lost', km.errors['unknown-choice']],
      ['category=nope', km.errors['unknown-choice']],
      // A district of another province (Battambang) is not one of this office's.
      ['district=0201', km.errors['unknown-choice']],
      ['commune=020101', km.errors['unknown-choice']],
      ['channel=pigeon', km.errors['unknown-choice']],
      ['sort=random', km.errors['unknown-choice']],
      ['overdue=yes', km.errors['unknown-choice']],
      ['page=0', km.errors['bad-page']],
      ['page=abc', km.errors['bad-page']],
      [`q=${'ក'.repeat(201)}`, km.errors['query-too-long']],
    ] as const) {
      const res = await browser.get(`/office/cases?${encodeURI(query)}&q2=kept`);
      expect(res.status, query).toBe(400);
      const html = await res.text();
      expect(html).toContain(km.badFilterTitle);
      expect(html).toContain(message);
      if (!query.startsWith('page')) expect(html).toContain('aria-invalid="true"');
      expect(html).not.toContain(link('/office/cases', codes.road));
    }
    // The other filters stay as typed.
    const refilled = await (
      await browser.get(`/office/cases?status=lost&q=${encodeURIComponent('ផ្លូវ')}`)
    ).text();
    expect(refilled).toContain('value="ផ្លូវ"');
    // Broken percent-encoding and a lone surrogate are refused or read, not a crash.
    for (const query of ['q=%E0%A4', 'q=%ED%A0%80', 'q=%', 'q=%22%27%5C*']) {
      expect((await browser.get(`/office/cases?${query}`)).status, query).toBeLessThan(500);
    }
    expect(
      (await browser.get(`/office/cases?district=1201&commune=120101&q=${encodeURIComponent('!!!')}`)).status,
    ).toBe(200);
  });

  it('shows commission staff only the cases forwarded to their commission', async () => {
    const browser = await signedIn('commission_staff');
    const res = await browser.get('/commission/cases');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(queueMessages.km.commissionTitle);
    expect(html).toContain(link('/commission/cases', codes.forwarded));
    expect(html).not.toContain(formatTrackingCode(codes.road));
    expect(html).not.toContain(formatTrackingCode(codes.well));
    for (const personal of SAMPLE_PERSONAL) expect(html).not.toContain(personal);
    expect((await browser.get('/commission/cases?status=nope')).status).toBe(400);
    // The office's place filters do not exist here: no district list to choose from.
    expect(html).not.toContain('id="district"');
  });
});
