// The voters' scorecard of platform promises: everyone reads, watchdogs edit (forms and CSV import);
// CSV export of every table and an Atom feed of new assessments.
import type { ZodType } from 'zod';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { pathId } from '../../platform/http/path-params';
import { queryText } from '../../platform/http/query';
import { userOf } from '../../platform/http/signed-in-user';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { formatNumber, type Lang } from '../../platform/i18n/i18n';
import { typedYear } from '../../platform/khmer/input';
import { renderErrorPage, renderPage } from '../../web/page';
import { FEED_SIZE, feedResponse } from './feeds.routes';
import { readForm, str, view } from './form.input';
import type { FormState } from './form-parts.pages';
import {
  assessmentInputSchema,
  assessPromise,
  createPlatform,
  indicatorInputSchema,
  inTransaction,
  measurementInputSchema,
  platformInputSchema,
  promiseInputSchema,
  recordMeasurement,
  saveIndicator,
  savePromise,
} from './promises.commands';
import { promiseMessages } from './promises.messages';
import { describeProblems, PromiseView, TrackerView } from './promises.pages';
import {
  findIndicator,
  findPlatformByCode,
  findPromise,
  latestAssessedYear,
  listPlatforms,
  newestAssessments,
} from './promises.queries';
import { countVerdicts } from './promises.rules';
import { promiseDetail, trackerSummary } from './promises.service';
import { exportTracker, importTracker, isTrackerTable } from './promises-csv.commands';
import { EDITORS, mayEdit } from './watch.policy';

const thisYear = () => Number(phnomPenhDate(new Date()).slice(0, 4));

/**
 * The year a page shows: the one asked for, else `fallback` (the latest year assessed), else this year
 * within the platform's years.
 */
function yearOf(c: Ctx, first: number, last: number, fallback?: number | null): number | null {
  const raw = queryText(c, 'year');
  if (raw === undefined || raw === '') return fallback ?? Math.min(Math.max(thisYear(), first), last);
  const year = typedYear(raw);
  if (year === null) return null;
  return year >= first && year <= last ? year : null;
}

/** Error codes as the reader reads them (a form's reasons have no line or column). */
const describeCodes = (lang: Lang, codes: string[]) =>
  describeProblems(
    lang,
    'latn',
    codes.map((code) => ({ code })),
  );

async function trackerPage(c: Ctx, state?: FormState, status: 200 | 409 | 422 = 200) {
  const db = c.get('deps').db.kysely;
  const m = promiseMessages[c.get('lang')];
  const platforms = await listPlatforms(db);
  const asked = queryText(c, 'platform') ?? state?.values.platformCode;
  const platform = asked ? platforms.find((p) => p.code === asked) : platforms[0];
  if (asked && !platform) return renderErrorPage(c, 'notFound');
  // A first visit shows the latest year assessed: the current year is often not assessed yet.
  const year = platform
    ? yearOf(c, platform.first_year, platform.last_year, await latestAssessedYear(db, platform.id))
    : thisYear();
  if (year === null) return renderErrorPage(c, 'badRequest');
  const summary = platform
    ? await trackerSummary(db, platform.id, year)
    : {
        promises: [],
        overall: countVerdicts([]),
        sectors: [],
      };
  const lang = c.get('lang');
  const shape = (p: (typeof platforms)[number]) => ({
    code: p.code,
    title: lang === 'km' ? p.title_km : p.title_en,
    firstYear: p.first_year,
    lastYear: p.last_year,
    isDemo: p.is_demo === 1,
  });
  const done = queryText(c, 'done');
  const counts = (queryText(c, 'imported') ?? '').split('-').map(Number);
  const figure = (n: number) => formatNumber(n, lang, c.get('digits'));
  return renderPage(
    c,
    m.title,
    <TrackerView
      {...view(c)}
      platforms={platforms.map(shape)}
      platform={platform ? shape(platform) : null}
      year={year}
      overall={summary.overall}
      sectors={summary.sectors.map((s) => ({
        code: s.code,
        name: lang === 'km' ? s.name_km : s.name_en,
        counts: s.counts,
      }))}
      promises={summary.promises}
      mayEdit={mayEdit(c.get('user'))}
      notice={
        done === 'saved'
          ? m.saved
          : counts.length === 3 && counts.every(Number.isInteger)
            ? m.imported(figure(counts[0]), figure(counts[1]), figure(counts[2]))
            : undefined
      }
      state={state}
    />,
    status,
  );
}

const trackerUrl = (platform: string, extra = '') =>
  `/watch/promises?platform=${encodeURIComponent(platform)}${extra}`;

async function postPlatform(c: Ctx) {
  const form = await readForm(
    c,
    'platform',
    ['code', 'titleKm', 'titleEn', 'firstYear', 'lastYear'],
    platformInputSchema,
    describeCodes,
  );
  if (!form.ok) return trackerPage(c, form.state, 422);
  const result = await createPlatform(c.get('deps').db, form.value, userOf(c), new Date());
  if (!result.ok) return trackerPage(c, form.refused([result.error]), 409);
  return c.redirect(trackerUrl(form.value.code, '&done=saved'), 303);
}

async function postPromise(c: Ctx) {
  const db = c.get('deps').db;
  const form = await readForm(
    c,
    'promise',
    ['platformCode', 'sectorCode', 'sectorKm', 'sectorEn', 'code', 'textKm', 'textEn'],
    promiseInputSchema,
    describeCodes,
  );
  if (!(await findPlatformByCode(db.kysely, form.values.platformCode.trim().toUpperCase())))
    return renderErrorPage(c, 'badRequest');
  if (!form.ok) return trackerPage(c, form.state, 422);
  const { value } = form;
  const result = await inTransaction(db, (trx) => savePromise(trx, value, userOf(c), new Date()));
  if (!result.ok) return trackerPage(c, form.refused([result.error]), 409);
  return c.redirect(`/watch/promises/${result.value.id}?done=saved`, 303);
}

async function postImport(c: Ctx) {
  const form = await c.req.parseBody();
  const table = str(form.table);
  const platformCode = str(form.platformCode);
  if (!isTrackerTable(table)) return renderErrorPage(c, 'badRequest');
  const file = form.csv;
  const text = file instanceof File ? await file.text() : str(file);
  const result = await importTracker(c.get('deps').db, table, text, userOf(c), new Date());
  if (!result.ok) {
    return trackerPage(
      c,
      {
        form: 'import',
        codes: describeProblems(c.get('lang'), c.get('digits'), result.problems),
        values: { table, platformCode },
      },
      422,
    );
  }
  const { added, updated, unchanged } = result.value;
  const back = (await findPlatformByCode(c.get('deps').db.kysely, platformCode))
    ? trackerUrl(platformCode, '&')
    : '/watch/promises?';
  return c.redirect(`${back}imported=${added}-${updated}-${unchanged}`, 303);
}

async function trackerCsv(c: Ctx) {
  const db = c.get('deps').db.kysely;
  const table = queryText(c, 'table') ?? '';
  const code = queryText(c, 'platform') ?? '';
  if (!isTrackerTable(table)) return renderErrorPage(c, 'badRequest');
  const platform = await findPlatformByCode(db, code);
  if (!platform) return renderErrorPage(c, 'notFound');
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="sala-${platform.code}-${table}.csv"`);
  return c.body(await exportTracker(db, platform.id, table));
}

async function promisePage(c: Ctx, id: number | undefined, state?: FormState, status: 200 | 409 | 422 = 200) {
  const detail = id === undefined ? null : await promiseDetail(c.get('deps').db.kysely, id);
  if (!detail) return renderErrorPage(c, 'notFound');
  const { promise } = detail;
  const year = yearOf(c, promise.first_year, promise.last_year) ?? Math.min(thisYear(), promise.last_year);
  const m = promiseMessages[c.get('lang')];
  return renderPage(
    c,
    `${promise.code}: ${m.promise}`,
    <PromiseView
      {...view(c)}
      {...detail}
      year={year}
      mayEdit={mayEdit(c.get('user'))}
      notice={queryText(c, 'done') === 'saved' ? m.saved : undefined}
      state={state}
    />,
    status,
  );
}

/** Handles one of a promise page's forms: parse, run the command in a transaction, back to the page. */
async function promiseForm<T>(
  c: Ctx,
  form: string,
  fields: readonly string[],
  schema: ZodType<T>,
  found: { promiseId: number; code: Record<string, string> } | null,
  run: (value: T) => Promise<{ ok: true } | { ok: false; error: string }>,
) {
  if (!found) return renderErrorPage(c, 'notFound');
  const input = await readForm(c, form, fields, schema, describeCodes, found.code);
  if (!input.ok) return promisePage(c, found.promiseId, input.state, 422);
  const result = await run(input.value);
  if (!result.ok)
    return promisePage(
      c,
      found.promiseId,
      input.refused([result.error]),
      result.error === 'unchanged' ? 409 : 422,
    );
  return c.redirect(`/watch/promises/${found.promiseId}?done=saved`, 303);
}

const promiseTarget = async (c: Ctx) => {
  const id = pathId(c);
  const promise = id === undefined ? undefined : await findPromise(c.get('deps').db.kysely, id);
  return promise ? { promiseId: promise.id, code: { promiseCode: promise.code } } : null;
};

const postAssessment = async (c: Ctx) =>
  promiseForm(
    c,
    'assess',
    ['year', 'verdict', 'reasoning', 'evidenceUrl'],
    assessmentInputSchema,
    await promiseTarget(c),
    async (v) => {
      const result = await inTransaction(c.get('deps').db, (trx) =>
        assessPromise(trx, v, userOf(c), new Date()),
      );
      return result.ok && result.value.outcome === 'unchanged' ? { ok: false, error: 'unchanged' } : result;
    },
  );

const postIndicator = async (c: Ctx) =>
  promiseForm(
    c,
    'indicator',
    ['code', 'nameKm', 'nameEn', 'unit', 'baseline', 'baselineYear', 'target', 'targetYear'],
    indicatorInputSchema,
    await promiseTarget(c),
    (v) => inTransaction(c.get('deps').db, (trx) => saveIndicator(trx, v, userOf(c))),
  );

/** A measurement form sits on its promise's page; its errors show there, under the indicator. */
async function postMeasurement(c: Ctx) {
  const id = pathId(c);
  const indicator = id === undefined ? undefined : await findIndicator(c.get('deps').db.kysely, id);
  if (!indicator) return renderErrorPage(c, 'notFound');
  return promiseForm(
    c,
    `measure-${indicator.id}`,
    ['measuredOn', 'value', 'sourceUrl', 'sourceNote'],
    measurementInputSchema,
    { promiseId: indicator.promise_id, code: { indicatorCode: indicator.code } },
    async (v) => {
      const result = await inTransaction(c.get('deps').db, (trx) =>
        recordMeasurement(trx, v, userOf(c), new Date()),
      );
      return result.ok && result.value.outcome === 'unchanged'
        ? { ok: false, error: 'already-recorded' }
        : result;
    },
  );
}

async function assessmentsFeed(c: Ctx) {
  const base = c.get('deps').config.baseUrl;
  const m = promiseMessages.en;
  const km = promiseMessages.km;
  const rows = await newestAssessments(c.get('deps').db.kysely, FEED_SIZE);
  return feedResponse(
    c,
    'assessments',
    'Assessments of platform promises — ការវាយតម្លៃការសន្យា',
    rows.map((a) => ({
      id: `tag:sala,2026:assessment/${a.id}`,
      title: `${a.code} ${a.year}: ${m.verdict[a.verdict]} — ${km.verdict[a.verdict]}`,
      updated: a.assessed_at,
      link: `${base}/watch/promises/${a.promise_id}?year=${a.year}`,
      summary: `${a.text_en} — ${a.reasoning}`,
    })),
  );
}

export const promisesRoutes: RouteDef[] = [
  { method: 'GET', path: '/watch/promises', kind: 'page', access: 'public', handler: (c) => trackerPage(c) },
  { method: 'POST', path: '/watch/promises', kind: 'page', access: EDITORS, handler: postPromise },
  { method: 'GET', path: '/watch/promises.csv', kind: 'page', access: 'public', handler: trackerCsv },
  { method: 'POST', path: '/watch/promises/import', kind: 'page', access: EDITORS, handler: postImport },
  { method: 'POST', path: '/watch/platforms', kind: 'page', access: EDITORS, handler: postPlatform },
  {
    method: 'GET',
    path: '/watch/promises/:id',
    kind: 'page',
    access: 'public',
    handler: (c) => promisePage(c, pathId(c)),
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/watch/promises/:id/assessments',
    kind: 'page',
    access: EDITORS,
    handler: postAssessment,
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/watch/promises/:id/indicators',
    kind: 'page',
    access: EDITORS,
    handler: postIndicator,
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/watch/indicators/:id/measurements',
    kind: 'page',
    access: EDITORS,
    handler: postMeasurement,
    example: { id: '1' },
  },
  { method: 'GET', path: '/watch/assessments.atom', kind: 'api', access: 'public', handler: assessmentsFeed },
];
