// After signing in, each role lands on its own page of work (not the public home page), and the director's
// and the commission's queues open with the counts of new, overdue and waiting cases, each a link to them.
import { beforeAll, expect, it } from 'vitest';
import { ROLES, type Role } from '../src/platform/auth/roles';
import { Browser, seedDemo, TEST_PASSWORD, type TestApp, testApp } from './support/app';
import { stepAs, submitSample } from './support/cases';
import { describeEachDatabase } from './support/databases';

/** Where each role's demo account should land, written out by hand: a change is seen in review. */
const LANDS_ON: Record<Role, string> = {
  admin: '/admin/users',
  co_director: '/office/cases',
  co_staff: '/office/cases',
  commission_staff: '/commission/cases',
  secretariat: '/secretariat/sms-concerns',
  minister_office: '/ministry',
  owso_clerk: '/owso/counter',
  owso_chief: '/owso/counter',
  moi_monitor: '/owso/rollout',
  auditor: '/admin/audit',
  watchdog: '/watch/promises',
  organisation_member: '/watch/statements',
  ombudsman: '/office/cases',
};

const DAY_MS = 86_400_000;

describeEachDatabase('each role’s page of work', (t) => {
  let app: TestApp;
  beforeAll(async () => {
    await seedDemo(t.db);
    app = testApp(t.db);
    // One of each kind on top of the demo cases: a case never triaged for three weeks (new and overdue),
    // a case waiting for the citizen, and a case the commission has to take up.
    await submitSample(t.db, {}, { now: new Date(Date.now() - 21 * DAY_MS) });
    const asked = (await submitSample(t.db, { category: 'water' })).trackingCode;
    await stepAs(t.db, 'co_director', asked, { action: 'request_info', question: 'Which village?' });
    const forwarded = (await submitSample(t.db, { category: 'land' })).trackingCode;
    await stepAs(t.db, 'co_director', forwarded, {
      action: 'forward',
      destinationKind: 'commission',
      commission: 'C01',
    });
  });

  const signIn = async (username: string, next?: string) => {
    const browser = new Browser(app);
    await browser.get('/login');
    const res = await browser.post('/login', {
      username,
      password: TEST_PASSWORD,
      ...(next === undefined ? {} : { next }),
    });
    return { browser, res };
  };

  it.each(ROLES.map((role) => [role]))('signs %s in to its own page of work', async (role) => {
    for (const next of [undefined, '/']) {
      const { browser, res } = await signIn(role, next);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(LANDS_ON[role]);
      const page = await browser.get(LANDS_ON[role]);
      expect(page.status).toBe(200);
    }
  });

  it('sends someone who signed in from a page back to that page', async () => {
    const { res } = await signIn('co_director', '/office/missions');
    expect(res.headers.get('location')).toBe('/office/missions');
  });

  /** The number shown on the count link to `href`, and the cases that link lists. */
  async function countAndList(browser: Browser, href: string) {
    const html = await (await browser.get(LANDS_ON.co_director)).text();
    const escaped = href.replaceAll('&', '&amp;');
    const match = html.match(new RegExp(`href="${escaped.replace(/[?]/g, '\\?')}"><strong>(\\d+)</strong>`));
    expect(match, `a count linking to ${href}`).not.toBeNull();
    const list = await (await browser.get(href)).text();
    const base = href.split('?')[0];
    const codes = new Set([...list.matchAll(new RegExp(`href="${base}/(\\d+)"`, 'g'))].map((x) => x[1]));
    return { shown: Number(match?.[1]), listed: codes.size };
  }

  it('opens the director’s queue with the new, overdue and waiting counts, each the size of its list', async () => {
    const { browser } = await signIn('co_director');
    await browser.get('/lang/en');
    for (const href of [
      '/office/cases?status=received&sort=oldest',
      '/office/cases?overdue=1&sort=due',
      '/office/cases?status=awaiting_citizen&sort=oldest',
    ]) {
      const { shown, listed } = await countAndList(browser, href);
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBe(listed);
    }
    const html = await (await browser.get('/office/cases')).text();
    expect(html).toMatch(/<strong>\d+<\/strong> new/);
    expect(html).toMatch(/<strong>\d+<\/strong> waiting for the citizen/);
  });

  it('opens the commission’s inbox with the cases forwarded to it counted as new', async () => {
    const { browser } = await signIn('commission_staff');
    await browser.get('/lang/en');
    const html = await (await browser.get('/commission/cases')).text();
    const match = html.match(
      /href="\/commission\/cases\?status=forwarded&amp;sort=oldest"><strong>(\d+)<\/strong> new/,
    );
    expect(match).not.toBeNull();
    const list = await (await browser.get('/commission/cases?status=forwarded&sort=oldest')).text();
    const codes = new Set([...list.matchAll(/href="\/commission\/cases\/(\d+)"/g)].map((x) => x[1]));
    expect(Number(match?.[1])).toBe(codes.size);
    expect(codes.size).toBeGreaterThan(0);
  });
});
