// The MP comparison filters by constituency, party and commission (a GET form: works without JavaScript),
// names each constituency instead of showing its code, and each constituency office links its MPs' scorecards.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { createDemoAssembly } from '../assembly/demo-assembly';

/** The scorecard links of the comparison table, as person ids. */
const listedIds = (html: string) =>
  [...new Set([...html.matchAll(/<td><a href="\/watch\/members\/(\d+)">/g)].map((m) => Number(m[1])))].sort(
    (a, b) => a - b,
  );

describeEachDatabase(
  'the MP comparison filters and the offices linking their MPs',
  (t) => {
    let app: TestApp;
    const page = async (path: string) =>
      (await app.request(path, { headers: { 'accept-language': 'en' } })).text();
    /** Every member the list shows, following its "Next" links page by page (as a reader without JavaScript). */
    const listedOnEveryPage = async (path: string) => {
      const ids: number[] = [];
      let next: string | undefined = path;
      for (let pages = 0; next && pages < 50; pages++) {
        const html = await page(next);
        ids.push(...listedIds(html));
        next = html.match(/<a href="([^"]+)" rel="next">/)?.[1].replaceAll('&amp;', '&');
      }
      return ids.sort((a, b) => a - b);
    };

    beforeAll(async () => {
      await createDemoAssembly(t.db, new Date());
      app = testApp(t.db);
    });

    const memberships = () =>
      t.db.kysely
        .selectFrom('assembly_memberships as m')
        .innerJoin('assembly_parties as p', 'p.id', 'm.party_id')
        .select(['m.person_id', 'm.province_code', 'p.code as party'])
        .where('m.end_date', 'is', null)
        .execute();

    it('shows the constituency by name, and filters by constituency', async () => {
      const all = await memberships();
      const html = await page('/watch/members');
      expect(await listedOnEveryPage('/watch/members')).toEqual(
        all.map((m) => m.person_id).sort((a, b) => a - b),
      );
      expect(html).toContain('<td>Phnom Penh</td>');
      expect(html).not.toMatch(/<td>\d\d<\/td>/);
      const inPhnomPenh = all.filter((m) => m.province_code === '12').map((m) => m.person_id);
      expect(inPhnomPenh.length).toBeGreaterThan(0);
      const filtered = await page('/watch/members?province=12');
      expect(await listedOnEveryPage('/watch/members?province=12')).toEqual(
        [...inPhnomPenh].sort((a, b) => a - b),
      );
      expect(filtered).toMatch(/<option value="12" selected="">Phnom Penh<\/option>/);
    });

    it('filters by party and by commission, and keeps the filters when sorting', async () => {
      const all = await memberships();
      const party = all[0].party;
      const ofParty = all.filter((m) => m.party === party).map((m) => m.person_id);
      expect(ofParty.length).toBeLessThan(all.length);
      const byParty = await page(`/watch/members?party=${party}`);
      expect(await listedOnEveryPage(`/watch/members?party=${party}`)).toEqual(
        [...ofParty].sort((a, b) => a - b),
      );
      expect(byParty).toContain(`party=${party}`);
      const post = await t.db.kysely
        .selectFrom('assembly_posts as po')
        .innerJoin('assembly_memberships as m', 'm.id', 'po.membership_id')
        .select(['po.commission_code', 'm.person_id'])
        .where('po.commission_code', 'is not', null)
        .where('po.end_date', 'is', null)
        .executeTakeFirstOrThrow();
      const byCommission = await page(`/watch/members?commission=${post.commission_code}`);
      const onCommission = await listedOnEveryPage(`/watch/members?commission=${post.commission_code}`);
      expect(onCommission).toContain(post.person_id);
      expect(onCommission.length).toBeLessThan(all.length);
      expect(byCommission).toContain(`commission=${post.commission_code}`);
      // An unknown code filters nothing rather than failing.
      expect(await listedOnEveryPage('/watch/members?party=NOPE')).toHaveLength(all.length);
    });

    it('shows 25 members a page, so a phone lays out a small page; the pages keep the filter and the sort', async () => {
      const all = await memberships();
      expect(all.length).toBeGreaterThan(25);
      const first = await page('/watch/members?sort=votes');
      expect(listedIds(first)).toHaveLength(25);
      expect(first).toContain(`Page 1 of ${Math.ceil(all.length / 25)}`);
      expect(first).toContain(`${all.length} of ${all.length} members`);
      const party = all[0].party;
      const byParty = await page(`/watch/members?party=${party}&sort=votes`);
      const next = byParty.match(/<a href="([^"]+)" rel="next">/)?.[1] ?? '';
      if (all.filter((m) => m.party === party).length > 25) {
        expect(next).toContain(`party=${party}`);
        expect(next).toContain('sort=votes');
        expect(next).toContain('page=2');
      }
      // A page past the end shows the last page rather than an empty table or an error.
      const past = await app.request('/watch/members?page=999', { headers: { 'accept-language': 'en' } });
      expect(past.status).toBe(200);
      expect(listedIds(await past.text()).length).toBeGreaterThan(0);
    });

    it("links each MP on a constituency office's page to the MP's scorecard", async () => {
      const inPhnomPenh = (await memberships()).filter((m) => m.province_code === '12');
      const html = await page('/offices/CO-12');
      for (const m of inPhnomPenh) expect(html).toContain(`<a href="/watch/members/${m.person_id}">`);
    });
  },
  seedDemo,
);
