// Development plans as pages: office staff keep their constituency's priorities; auditors and the
// secretariat (Constituency Department) read every constituency's, and the national view.
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { toCsv } from '../../platform/csv';
import { pathId } from '../../platform/http/path-params';
import { queryText } from '../../platform/http/query';
import { userOf } from '../../platform/http/signed-in-user';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { formatNumber, formatRecordNumber, formatYear } from '../../platform/i18n/i18n';
import { typedYear } from '../../platform/khmer/input';
import { renderErrorPage, renderPage } from '../../web/page';
import { findOffice, listOffices } from './budget.queries';
import {
  NATIONAL_READERS,
  OFFICE_STAFF,
  REPORT_READERS,
  readableReports,
  worksIn,
} from './constituency.policy';
import { PLAN_STATUSES, type PlanStatus } from './constituency.table';
import {
  addProject,
  importProjects,
  linkConcern,
  moveProject,
  PLAN_CSV_COLUMNS,
  projectInputSchema,
  statusInputSchema,
} from './plans.commands';
import { type PlanErrorCode, planMessages } from './plans.messages';
import { NationalPlans, type NationalRow, PlansPage, ProjectPage } from './plans.pages';
import {
  findProject,
  listProjects,
  nationalPlanCounts,
  placeNames,
  projectCases,
  projectHistory,
  provincePlaces,
} from './plans.queries';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const view = (c: Ctx) => ({ lang: c.get('lang'), digits: c.get('digits'), csrfToken: c.get('csrfToken') });
const thisYear = () => Number(phnomPenhDate(new Date()).slice(0, 4));
const inRange = (year: number | null) => (year !== null && year >= 2000 && year <= 2099 ? year : null);
const parseYear = (raw: string | undefined) =>
  raw === undefined || raw === '' ? thisYear() : inRange(typedYear(raw));
const mayRead = (c: Ctx, office: string) => {
  const scope = readableReports(c.get('user'));
  return scope === 'all' || scope.includes(office);
};

/** Another office's form is forbidden; a form naming no known office is simply bad. */
async function notYours(c: Ctx, office: string) {
  return (await findOffice(c.get('deps').db.kysely, office))
    ? renderErrorPage(c, 'forbidden')
    : renderErrorPage(c, 'badRequest');
}

async function renderPlans(
  c: Ctx,
  code: string,
  year: number,
  extra: { error?: PlanErrorCode; problems?: string[]; status?: 200 | 422 } = {},
) {
  const db = c.get('deps').db.kysely;
  const t = planMessages[c.get('lang')];
  const scope = readableReports(c.get('user'));
  const offices = (await listOffices(db)).filter((o) => scope === 'all' || scope.includes(o.code));
  const office = offices.find((o) => o.code === code);
  const chooser = (
    <form method="get" action="/office/plans" class="inline-form">
      <label for="office">{t.office}</label>
      <select id="office" name="office">
        {offices.map((o) => (
          <option value={o.code} selected={o.code === code}>
            {o.code} — {c.get('lang') === 'km' ? o.name_km : o.name_en}
          </option>
        ))}
      </select>
      <label for="year">{t.year}</label>
      <input
        id="year"
        name="year"
        inputmode="numeric"
        maxlength={4}
        value={formatYear(year, c.get('lang'), c.get('digits'))}
      />
      <button type="submit">{t.show}</button>
    </form>
  );
  if (!office) {
    if (code !== '' && (await findOffice(db, code))) return renderErrorPage(c, 'forbidden');
    return renderPage(
      c,
      t.title,
      <>
        <p>{t.intro}</p>
        {chooser}
        {scope === 'all' ? (
          <p>
            <a href="/office/plans/national">{t.national}</a>
          </p>
        ) : null}
        <p>{t.chooseOffice}</p>
      </>,
      code === '' ? 200 : 404,
    );
  }
  const done = queryText(c, 'done');
  const imported = queryText(c, 'imported');
  return renderPage(
    c,
    t.title,
    <>
      <p>{t.intro}</p>
      {chooser}
      {scope === 'all' ? (
        <p>
          <a href="/office/plans/national">{t.national}</a>
        </p>
      ) : null}
      <PlansPage
        {...view(c)}
        office={office}
        year={year}
        projects={await listProjects(db, office.code, year)}
        places={await provincePlaces(db, office.place_code)}
        mayEdit={worksIn(c.get('user'), office.code)}
        error={extra.error}
        problems={extra.problems}
        notice={
          done === 'saved'
            ? t.saved
            : imported
              ? t.imported(formatNumber(Number(imported), c.get('lang'), c.get('digits')))
              : undefined
        }
      />
    </>,
    extra.status ?? 200,
  );
}

async function plansPage(c: Ctx) {
  const year = parseYear(queryText(c, 'year'));
  if (year === null) return renderErrorPage(c, 'badRequest');
  let office = queryText(c, 'office')?.trim() ?? '';
  const scope = readableReports(c.get('user'));
  if (office === '' && scope !== 'all' && scope.length === 1) office = scope[0];
  return renderPlans(c, office, year);
}

async function postProject(c: Ctx) {
  const form = await c.req.parseBody();
  const office = str(form.office);
  const year = parseYear(str(form.year)) ?? thisYear();
  if (!worksIn(c.get('user'), office)) return notYours(c, office);
  const parsed = projectInputSchema.safeParse({
    year: str(form.year),
    place: str(form.place),
    sector: str(form.sector),
    description: str(form.description),
    estimatedCostRiel: str(form.estimatedCostRiel),
    fundingSource: str(form.fundingSource),
    raisedBy: str(form.raisedBy),
  });
  if (!parsed.success) {
    const code = parsed.error.issues[0]?.message;
    return renderPlans(c, office, year, {
      error: code === 'too-short' ? 'too-short' : 'invalid',
      status: 422,
    });
  }
  const result = await addProject(c.get('deps').db, office, parsed.data, userOf(c), new Date());
  if (!result.ok) return renderPlans(c, office, year, { error: result.error, status: 422 });
  return c.redirect(
    `/office/plans?office=${encodeURIComponent(office)}&year=${parsed.data.year}&done=saved`,
    303,
  );
}

async function postImport(c: Ctx) {
  const form = await c.req.parseBody();
  const office = str(form.office);
  const year = parseYear(str(form.year)) ?? thisYear();
  if (!worksIn(c.get('user'), office)) return notYours(c, office);
  const t = planMessages[c.get('lang')];
  const file = form.csv;
  const text = file instanceof File ? await file.text() : '';
  const result = await importProjects(c.get('deps').db, office, text, userOf(c), new Date());
  if (!result.ok) {
    return renderPlans(c, office, year, {
      error: result.error,
      problems: (result.problems ?? []).map((p) =>
        t.importProblem(formatNumber(p.line, c.get('lang'), c.get('digits')), p.column),
      ),
      status: 422,
    });
  }
  return c.redirect(
    `/office/plans?office=${encodeURIComponent(office)}&year=${year}&imported=${result.value.added}`,
    303,
  );
}

async function plansCsv(c: Ctx) {
  const year = parseYear(queryText(c, 'year'));
  const office = queryText(c, 'office')?.trim() ?? '';
  if (year === null || office === '') return renderErrorPage(c, 'badRequest');
  if (!(await findOffice(c.get('deps').db.kysely, office))) return renderErrorPage(c, 'notFound');
  if (!mayRead(c, office)) return renderErrorPage(c, 'forbidden');
  const rows = await listProjects(c.get('deps').db.kysely, office, year);
  // The import's columns first (so an export can be edited and imported again), then the read-only ones.
  const body = toCsv([
    [...PLAN_CSV_COLUMNS, 'id', 'office', 'place_name'],
    ...rows.map((p) => [
      String(p.year),
      p.place_code,
      p.sector,
      p.description,
      p.estimated_cost_riel === null ? '' : String(p.estimated_cost_riel),
      p.funding_source,
      p.raised_by,
      p.status,
      String(p.id),
      office,
      p.place_name_latin,
    ]),
  ]);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="plans-${office}-${year}.csv"`,
      'cache-control': 'no-store',
    },
  });
}

async function readableProject(c: Ctx) {
  const id = pathId(c);
  if (id === undefined) return null;
  const p = await findProject(c.get('deps').db.kysely, id);
  return p && mayRead(c, p.office_code) ? p : null;
}

async function projectPage(c: Ctx, error?: PlanErrorCode, status: 200 | 409 | 422 = 200) {
  const p = await readableProject(c);
  if (!p) return renderErrorPage(c, 'notFound');
  const db = c.get('deps').db.kysely;
  const t = planMessages[c.get('lang')];
  const place = await placeNames(db, p.place_code);
  return renderPage(
    c,
    t.project(formatRecordNumber(p.id, c.get('lang'), c.get('digits'))),
    <ProjectPage
      {...view(c)}
      p={{
        ...p,
        place_name_km: place?.name_km ?? p.place_code,
        place_name_latin: place?.name_latin ?? p.place_code,
      }}
      history={await projectHistory(db, p.id)}
      cases={await projectCases(db, p.id)}
      mayEdit={worksIn(c.get('user'), p.office_code)}
      error={error}
      notice={queryText(c, 'done') === 'saved' ? t.saved : undefined}
    />,
    status,
  );
}

async function postStatus(c: Ctx) {
  const p = await readableProject(c);
  if (!p || !worksIn(c.get('user'), p.office_code)) return renderErrorPage(c, 'notFound');
  const form = await c.req.parseBody();
  const parsed = statusInputSchema.safeParse({ to: str(form.to), note: str(form.note) });
  if (!parsed.success) return projectPage(c, 'invalid', 422);
  const result = await moveProject(
    c.get('deps').db,
    p.id,
    parsed.data.to,
    parsed.data.note,
    userOf(c),
    new Date(),
  );
  if (!result.ok) return projectPage(c, result.error, 409);
  return c.redirect(`/office/plans/${p.id}?done=saved`, 303);
}

async function postCase(c: Ctx) {
  const p = await readableProject(c);
  if (!p || !worksIn(c.get('user'), p.office_code)) return renderErrorPage(c, 'notFound');
  const form = await c.req.parseBody();
  const code = str(form.trackingCode).replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(code)) return projectPage(c, 'unknown-case', 422);
  const result = await linkConcern(c.get('deps').db, p.id, code, userOf(c));
  if (!result.ok) return projectPage(c, result.error, 422);
  return c.redirect(`/office/plans/${p.id}?done=saved`, 303);
}

async function nationalPage(c: Ctx) {
  const year = parseYear(queryText(c, 'year'));
  if (year === null) return renderErrorPage(c, 'badRequest');
  const db = c.get('deps').db.kysely;
  const t = planMessages[c.get('lang')];
  const counts = await nationalPlanCounts(db, year);
  const rows: NationalRow[] = (await listOffices(db)).map((o) => {
    const mine = counts.filter((x) => x.office_code === o.code);
    const byStatus: Partial<Record<PlanStatus, number>> = {};
    for (const x of mine)
      if ((PLAN_STATUSES as readonly string[]).includes(x.status)) byStatus[x.status] = Number(x.projects);
    return {
      ...o,
      byStatus,
      projects: mine.reduce((s, x) => s + Number(x.projects), 0),
      cost: mine.reduce((s, x) => s + Number(x.cost ?? 0), 0),
    };
  });
  return renderPage(
    c,
    t.nationalTitle,
    <>
      <p>{t.intro}</p>
      <NationalPlans lang={c.get('lang')} digits={c.get('digits')} year={year} rows={rows} />
    </>,
  );
}

export const planRoutes: RouteDef[] = [
  { method: 'GET', path: '/office/plans', kind: 'page', access: REPORT_READERS, handler: plansPage },
  { method: 'POST', path: '/office/plans', kind: 'page', access: OFFICE_STAFF, handler: postProject },
  { method: 'POST', path: '/office/plans/import', kind: 'page', access: OFFICE_STAFF, handler: postImport },
  { method: 'GET', path: '/office/plans.csv', kind: 'page', access: REPORT_READERS, handler: plansCsv },
  {
    method: 'GET',
    path: '/office/plans/national',
    kind: 'page',
    access: NATIONAL_READERS,
    handler: nationalPage,
  },
  {
    method: 'GET',
    path: '/office/plans/:id',
    kind: 'page',
    access: REPORT_READERS,
    handler: (c) => projectPage(c),
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/office/plans/:id/status',
    kind: 'page',
    access: OFFICE_STAFF,
    handler: postStatus,
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/office/plans/:id/cases',
    kind: 'page',
    access: OFFICE_STAFF,
    handler: postCase,
    example: { id: '1' },
  },
];
