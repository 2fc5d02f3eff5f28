// The provinces' own OWSO leagues: everyone reads the published ones; a monitor held for a province sets its
// league (period and measures) and publishes the result once the period is over.
import { pathId } from '../../platform/http/path-params';
import { queryText } from '../../platform/http/query';
import { userOf } from '../../platform/http/signed-in-user';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { textFor } from '../../platform/i18n/i18n';
import { renderErrorPage, renderPage } from '../../web/page';
import { leagueProvincesOf, mayRunProvinceLeague, PROVINCE_LEAGUE_ROLES } from './owso.policy';
import {
  measuresOf,
  type PublishedResult,
  provinceLeagueInputSchema,
  publishProvinceLeague,
  setProvinceLeague,
} from './province-league.commands';
import { provinceLeagueMessages } from './province-league.messages';
import { type LeagueSummary, ProvinceLeaguesView, ProvinceLeagueView } from './province-league.pages';
import { findProvinceLeague, listProvinceLeagues, provinceName } from './province-league.queries';

const describe = (c: Ctx, codes: readonly string[]) => {
  const errors = provinceLeagueMessages[c.get('lang')].errors;
  return [...new Set(codes)].map((code) => textFor(errors, code) ?? errors.invalid);
};

async function listPage(c: Ctx, form?: { errors: string[]; values: Record<string, string | string[]> }) {
  const db = c.get('deps').db.kysely;
  const lang = c.get('lang');
  const own = leagueProvincesOf(c.get('user'));
  const rows = await listProvinceLeagues(db, own);
  const leagues: LeagueSummary[] = rows.map((r) => ({
    id: r.id,
    provinceCode: r.province_code,
    provinceName: (lang === 'km' ? r.name_km : r.name_latin) ?? r.province_code,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    measures: measuresOf(r.measures),
    published: r.published_at !== null,
    isDemo: r.is_demo === 1,
  }));
  const provinces = [];
  for (const code of own) {
    const place = await provinceName(db, code);
    if (place) provinces.push({ code, name: lang === 'km' ? place.name_km : place.name_latin });
  }
  return renderPage(
    c,
    provinceLeagueMessages[lang].title,
    <ProvinceLeaguesView
      lang={lang}
      digits={c.get('digits')}
      csrfToken={c.get('csrfToken')}
      leagues={leagues}
      provinces={provinces}
      errors={form?.errors}
      values={form?.values}
    />,
    form ? 422 : 200,
  );
}

async function postLeague(c: Ctx) {
  const body = await c.req.parseBody({ all: true });
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const list = (v: unknown) => (Array.isArray(v) ? v.map(text) : typeof v === 'string' ? [v] : []);
  const values = {
    province: text(body.province),
    periodFrom: text(body.periodFrom),
    periodTo: text(body.periodTo),
    measures: list(body.measures),
  };
  const parsed = provinceLeagueInputSchema.safeParse(values);
  if (!parsed.success)
    return listPage(c, {
      errors: describe(
        c,
        parsed.error.issues.map((i) => i.message),
      ),
      values,
    });
  const result = await setProvinceLeague(c.get('deps').db, parsed.data, userOf(c), new Date());
  if (!result.ok && result.error === 'not-your-province') return renderErrorPage(c, 'forbidden');
  if (!result.ok) return listPage(c, { errors: describe(c, [result.error]), values });
  return c.redirect(`/owso/province-leagues/${result.value.id}?done=saved`, 303);
}

async function leaguePage(c: Ctx, errors?: string[]) {
  const id = pathId(c);
  const db = c.get('deps').db.kysely;
  const league = id === undefined ? undefined : await findProvinceLeague(db, id);
  const user = c.get('user');
  // A draft is the province's own business until it is published.
  if (!league || (league.published_at === null && !mayRunProvinceLeague(user, league.province_code)))
    return renderErrorPage(c, 'notFound');
  const lang = c.get('lang');
  const m = provinceLeagueMessages[lang];
  const place = await provinceName(db, league.province_code);
  const provinceLabel = place ? (lang === 'km' ? place.name_km : place.name_latin) : league.province_code;
  const done = queryText(c, 'done');
  return renderPage(
    c,
    `${m.title}: ${provinceLabel}`,
    <ProvinceLeagueView
      lang={lang}
      digits={c.get('digits')}
      csrfToken={c.get('csrfToken')}
      league={{
        id: league.id,
        provinceCode: league.province_code,
        provinceName: provinceLabel,
        periodFrom: league.period_from,
        periodTo: league.period_to,
        measures: measuresOf(league.measures),
        published: league.published_at !== null,
        isDemo: league.is_demo === 1,
      }}
      result={league.results ? (JSON.parse(league.results) as PublishedResult) : null}
      mayPublish={mayRunProvinceLeague(user, league.province_code)}
      notice={done === 'saved' ? m.saved : done === 'published' ? m.publishedNotice : undefined}
      errors={errors}
    />,
    errors ? 409 : 200,
  );
}

async function postPublish(c: Ctx) {
  const id = pathId(c);
  if (id === undefined) return renderErrorPage(c, 'notFound');
  const result = await publishProvinceLeague(c.get('deps').db, id, userOf(c), new Date());
  if (!result.ok && result.error === 'not-found') return renderErrorPage(c, 'notFound');
  if (!result.ok && result.error === 'not-your-province') return renderErrorPage(c, 'forbidden');
  if (!result.ok) return leaguePage(c, describe(c, [result.error]));
  return c.redirect(`/owso/province-leagues/${id}?done=published`, 303);
}

export const provinceLeagueRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/owso/province-leagues',
    kind: 'page',
    access: 'public',
    handler: (c) => listPage(c),
  },
  {
    method: 'POST',
    path: '/owso/province-leagues',
    kind: 'page',
    access: PROVINCE_LEAGUE_ROLES,
    handler: postLeague,
  },
  {
    method: 'GET',
    path: '/owso/province-leagues/:id',
    kind: 'page',
    access: 'public',
    handler: (c) => leaguePage(c),
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/owso/province-leagues/:id/publish',
    kind: 'page',
    access: PROVINCE_LEAGUE_ROLES,
    handler: postPublish,
    example: { id: '1' },
  },
];
