// Every public page arrives in a 2G phone's first round trip: at most 14,336 bytes in Brotli (the page with its
import zlib from 'node:zlib';
// styles, which are inline), in Khmer and in English — with Sala at full size: 125 members, a whole catalogue,
// a commune office in each of the 1,652 communes (the league table), 25 constituency offices.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { MODULES } from '../src/app';
import {
  provinceLeagueInputSchema,
  publishProvinceLeague,
  setProvinceLeague,
} from '../src/modules/owso/province-league.commands';
import { currentUserByUsername } from '../src/platform/auth/current-user';
import { phnomPenhDate } from '../src/platform/calendar/working-days.rules';
import { testApp } from './support/app';
import { describeEachDatabase } from './support/databases';
import { FULL_SIZE_SERVICES, seedFullSize } from './support/full-size';

const FIRST_ROUND_TRIP_BYTES = 14_336;
const today = phnomPenhDate(new Date());

/** Public HTML routes that are not pages to measure, and why. */
const NOT_MEASURED: Record<string, string> = {
  '/favicon.svg': 'an icon (212 bytes)',
  '/favicon.ico': 'an icon (212 bytes)',
  '/robots.txt': 'two lines of text for crawlers',
  '/lang/:lang': 'a redirect',
  '/digits/:digits': 'a redirect',
  '/owso/league.csv': 'a download',
  '/watch/promises.csv': 'a download',
  '/watch/members.csv': 'a download',
  '/k/:key': "a citizen's private page (the tracking page shows the same case)",
  '/telegram/link/:token': 'a one-time link',
  '/assembly/questions/:id/files/letter': "a ministry's signed letter (PDF or image), a download",
};

/** Phnom Penh's league over every commune office of the full-size data, set and published by its monitor. */
async function publishedLeagueAtFullSize(db: import('../src/db/connect').Db): Promise<number> {
  const monitor = await currentUserByUsername(db.kysely, 'moi_monitor_phnompenh');
  if (!monitor) throw new Error('the demo has no Phnom Penh monitor');
  const now = new Date();
  const set = await setProvinceLeague(
    db,
    provinceLeagueInputSchema.parse({
      province: '12',
      periodFrom: phnomPenhDate(new Date(now.getTime() - 60 * 86_400_000)),
      periodTo: phnomPenhDate(new Date(now.getTime() - 86_400_000)),
      measures: ['on_time_share', 'average_rating'],
    }),
    monitor,
    now,
    { demo: true },
  );
  if (!set.ok) throw new Error(`league not set: ${set.error}`);
  const published = await publishProvinceLeague(db, set.value.id, monitor, now);
  if (!published.ok) throw new Error(`league not published: ${published.error}`);
  return set.value.id;
}

/** The routes with parameters, filled with records of the full-size data; extra pages of the paged lists. */
async function samplePaths(db: import('../src/db/connect').Db): Promise<Record<string, string[]>> {
  const k = db.kysely;
  const first = async (query: string) =>
    String(Object.values((await sql.raw<Record<string, unknown>>(query).execute(k)).rows[0] ?? {})[0] ?? '');
  const trackingCode = await first('select tracking_code from cases order by id limit 1');
  const receipt = await first('select number from owso_receipts order by id limit 1');
  const owsoOffice = await first(
    "select code from owso_offices where level = 'commune' order by code limit 1",
  );
  const person = await first('select person_id from assembly_memberships order by id limit 1');
  return {
    '/track/:code': [`/track/${trackingCode}`],
    '/places/:code': ['/places/12', '/places/1201'],
    '/assembly/members/:id': [`/assembly/members/${person}`],
    '/assembly/sittings/:id': [
      `/assembly/sittings/${await first('select id from assembly_sittings limit 1')}`,
    ],
    '/assembly/questions/:id': [
      `/assembly/questions/${await first('select id from assembly_questions limit 1')}`,
    ],
    '/assembly/laws/:id': [`/assembly/laws/${await first('select id from assembly_bills limit 1')}`],
    '/services': ['/services', '/services?page=2', '/services?q=registration'],
    '/services/:code': ['/services/FULL-001'],
    '/owso/offices': ['/owso/offices', '/owso/offices?province=12', '/owso/offices?page=3'],
    '/owso/offices/:code': [`/owso/offices/${owsoOffice}`, `/owso/offices/${owsoOffice}?page=2`],
    '/owso/offices/:code/poster': [`/owso/offices/${owsoOffice}/poster?size=a4`],
    '/owso/overcharging/new': [
      '/owso/overcharging/new',
      '/owso/overcharging/new?province=12',
      `/owso/overcharging/new?office=${owsoOffice}`,
    ],
    '/verify/:number': [`/verify/${receipt}`],
    '/owso/league': ['/owso/league', '/owso/league?level=commune&page=20', '/owso/league?level=district'],
    '/offices/:code': ['/offices/CO-12'],
    '/watch/promises/:id': [`/watch/promises/${await first('select id from watch_promises limit 1')}`],
    '/watch/statements/:id': [`/watch/statements/${await first('select id from watch_statements limit 1')}`],
    '/watch/members': ['/watch/members', '/watch/members?province=12', '/watch/members?page=2'],
    '/watch/members/:personId': [`/watch/members/${person}`],
    '/watch/data/:table': ['/watch/data/members'],
    // The demo's league, published before the full-size communes were added, and one published now over them.
    '/owso/province-leagues/:id': [
      `/owso/province-leagues/${await first('select id from owso_province_leagues order by id limit 1')}`,
      `/owso/province-leagues/${await publishedLeagueAtFullSize(db)}`,
    ],
  };
}

describeEachDatabase(
  'public pages at full size',
  (t) => {
    it('has the full-size data: 125 members, the catalogue, 1,652 communes in the league, 25 offices', async () => {
      const k = t.db.kysely;
      const count = async (table: 'assembly_memberships' | 'owso_services' | 'offices') =>
        Number(
          (
            await k
              .selectFrom(table)
              .select((e) => e.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      expect(await count('assembly_memberships')).toBeGreaterThanOrEqual(125);
      expect(await count('owso_services')).toBeGreaterThanOrEqual(FULL_SIZE_SERVICES);
      const league = await testApp(t.db).request(`/owso/league.csv?level=commune&month=${today.slice(0, 7)}`);
      expect((await league.text()).trim().split('\n').length - 1).toBe(1652);
      const constituencyOffices = await k
        .selectFrom('offices')
        .select((e) => e.fn.countAll().as('n'))
        .where('kind', '=', 'constituency_office')
        .executeTakeFirstOrThrow();
      expect(Number(constituencyOffices.n)).toBe(25);
    });

    it('sends every public page in at most 14,336 bytes of Brotli, in Khmer and in English, with an ETag a repeat visit gets 304 for', async () => {
      const app = testApp(t.db);
      const samples = await samplePaths(t.db);
      const routes = MODULES.flatMap((m) => m.routes).filter(
        (r) => r.method === 'GET' && r.access === 'public' && r.kind === 'page' && !(r.path in NOT_MEASURED),
      );
      const tooBig: string[] = [];
      let measured = 0;
      for (const route of routes) {
        const paths = samples[route.path] ?? (route.path.includes(':') ? [] : [route.path]);
        expect(paths, `no sample for ${route.path}`).not.toHaveLength(0);
        for (const path of paths) {
          for (const lang of ['km', 'en']) {
            const res = await app.request(path, {
              headers: { 'accept-encoding': 'br', 'accept-language': lang },
            });
            expect(res.status, `${path} (${lang})`).toBe(200);
            expect(res.headers.get('content-encoding'), path).toBe('br');
            const html = new Uint8Array(await res.arrayBuffer());
            // The styles are inline: a page that linked a same-origin stylesheet would have to count it too.
            expect(Buffer.from(html).toString('latin1'), path).not.toMatch(/<link rel="stylesheet"/);
            // Every such answer varies by encoding, and a page without personal data revalidates.
            expect(res.headers.get('vary') ?? '', path).toMatch(/accept-encoding/i);
            const etag = res.headers.get('etag');
            const cacheControl = res.headers.get('cache-control') ?? '';
            if (route.personalData) expect(cacheControl, path).toBe('no-store');
            // Downloads (open data as CSV) choose their own caching; HTML pages revalidate.
            else if (
              !cacheControl.startsWith('public, max-age=') &&
              res.headers.get('content-type')?.startsWith('text/html')
            ) {
              // A form with a one-time token differs on every visit: an ETag of it could never match.
              if (/name="form_token"/.test(zlib.brotliDecompressSync(html).toString())) {
                expect(etag, `${path} (${lang}) carries a one-time token and an ETag`).toBeNull();
                expect(cacheControl, path).toBe('no-store');
              } else {
                expect(etag ?? 'none', `${path} (${lang}) has no ETag`).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
                expect(cacheControl, path).toBe('no-cache');
                // The same browser (its CSRF cookie, which a form on the page holds) asks again.
                const cookie = res.headers
                  .getSetCookie()
                  .map((line) => line.split(';')[0])
                  .join('; ');
                const again = await app.request(path, {
                  headers: {
                    'accept-encoding': 'br',
                    'accept-language': lang,
                    'if-none-match': etag ?? '',
                    cookie,
                  },
                });
                expect(again.status, `${path} (${lang}) with its ETag`).toBe(304);
              }
            }
            measured++;
            if (process.env.SHOW_BYTES) console.log(html.byteLength, path, lang);
            if (html.byteLength > FIRST_ROUND_TRIP_BYTES)
              tooBig.push(`${path} (${lang}): ${html.byteLength} bytes`);
          }
        }
      }
      expect(measured).toBeGreaterThan(60);
      expect(tooBig).toEqual([]);
    });
  },
  (db) => seedFullSize(db, today),
);
