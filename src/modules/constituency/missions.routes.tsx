// MPs' field missions for office staff, and the public office page with its iCalendar feed.

import { ICALENDAR_TYPE, renderICalendar } from '../../platform/calendar/icalendar';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { apiError } from '../../platform/http/api-errors';
import { pageWithForm } from '../../platform/http/page-with-form';
import { pathId } from '../../platform/http/path-params';
import { queryText } from '../../platform/http/query';
import { userOf } from '../../platform/http/signed-in-user';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { formatNumber, formatRecordNumber } from '../../platform/i18n/i18n';
import { CsrfField } from '../../web/layout';
import { renderErrorPage, renderPage } from '../../web/page';
import { listCategories } from '../casework';
import { findOffice, listOffices } from './budget.queries';
import { DIRECTOR, directs, OFFICE_STAFF, officesWhere, worksIn } from './constituency.policy';
import {
  missionInputSchema,
  planMission,
  publishMission,
  recordMissionReport,
  reportInputSchema,
} from './missions.commands';
import { type MissionErrorCode, missionMessages } from './missions.messages';
import {
  CONCERN_SLOTS,
  EMPTY_PLAN,
  MissionPage,
  type MissionRow,
  MissionsPage,
  MissionTelegramLinks,
  OfficePage,
  type PlanValues,
} from './missions.pages';
import {
  findMission,
  listMissions,
  missionCases,
  missionCommunes,
  missionMembers,
  officeDetails,
  officeMps,
  officeStaff,
  officesWithStaff,
  provinceCommunes,
} from './missions.queries';
import { detailsInputSchema, saveOfficeDetails } from './office-details.commands';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strs = (v: unknown) =>
  Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : [];
const view = (c: Ctx) => ({ lang: c.get('lang'), digits: c.get('digits'), csrfToken: c.get('csrfToken') });

/** Missions with their members and communes, in two queries. */
async function withDetails(c: Ctx, rows: Awaited<ReturnType<typeof listMissions>>): Promise<MissionRow[]> {
  const db = c.get('deps').db.kysely;
  const ids = rows.map((r) => r.id);
  const [members, communes] = await Promise.all([missionMembers(db, ids), missionCommunes(db, ids)]);
  return rows.map((r) => ({
    ...r,
    members: members.filter((m) => m.mission_id === r.id),
    communes: communes.filter((m) => m.mission_id === r.id),
  }));
}

/** The staff member's office: the one asked for if theirs, else their first. */
async function staffOffice(c: Ctx, asked: string) {
  const own = officesWhere(c.get('user'), OFFICE_STAFF);
  const code = asked && own.includes(asked) ? asked : own[0];
  return code ? findOffice(c.get('deps').db.kysely, code) : undefined;
}

async function renderMissions(
  c: Ctx,
  asked: string,
  values: PlanValues = EMPTY_PLAN,
  errors: Partial<Record<string, MissionErrorCode>> = {},
) {
  const office = await staffOffice(c, asked);
  if (!office) return renderErrorPage(c, 'forbidden');
  const db = c.get('deps').db.kysely;
  const t = missionMessages[c.get('lang')];
  const done = queryText(c, 'done');
  return renderPage(
    c,
    t.title,
    <MissionsPage
      {...view(c)}
      office={office}
      missions={await withDetails(c, await listMissions(db, office.code))}
      mps={await officeMps(db, office.place_code, phnomPenhDate(new Date()))}
      communes={await provinceCommunes(db, office.place_code)}
      values={values}
      errors={errors}
      notice={done === 'planned' ? t.plannedNotice : undefined}
    />,
    Object.keys(errors).length > 0 ? 422 : 200,
  );
}

/** POST /office/missions */
async function postMission(c: Ctx) {
  const form = await c.req.parseBody({ all: true });
  const values: PlanValues = {
    purpose: str(form.purpose),
    startsOn: str(form.startsOn),
    endsOn: str(form.endsOn),
    members: strs(form.members),
    communes: strs(form.communes),
  };
  const office = str(form.office);
  const parsed = missionInputSchema.safeParse({ ...values, office, publish: str(form.publish) === '1' });
  if (!parsed.success) {
    const errors: Partial<Record<string, MissionErrorCode>> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      const code = issue.message as MissionErrorCode;
      errors[field] ??= code in missionMessages.en.errors ? code : 'invalid';
    }
    return renderMissions(c, office, values, errors);
  }
  const result = await planMission(c.get('deps').db, parsed.data, userOf(c), new Date());
  if (!result.ok) {
    if (result.error === 'not-your-office' || result.error === 'unknown-office')
      return renderErrorPage(c, 'forbidden');
    const field =
      result.error === 'unknown-member'
        ? 'members'
        : result.error === 'unknown-commune'
          ? 'communes'
          : 'form';
    return renderMissions(c, office, values, { [field]: result.error });
  }
  return c.redirect(`/office/missions/${result.value.id}?done=planned`, 303);
}

/** The mission in the path, if the user works in its office. */
async function staffMission(c: Ctx) {
  const id = pathId(c);
  if (id === undefined) return null;
  const mission = await findMission(c.get('deps').db.kysely, id);
  return mission && worksIn(c.get('user'), mission.office_code) ? mission : null;
}

/** GET /office/missions/:id */
async function missionPage(c: Ctx, error?: MissionErrorCode, status: 200 | 409 | 422 = 200) {
  const mission = await staffMission(c);
  if (!mission) return renderErrorPage(c, 'notFound');
  const db = c.get('deps').db.kysely;
  const t = missionMessages[c.get('lang')];
  const [full] = await withDetails(c, [mission]);
  const cases = await missionCases(db, mission.id);
  const done = queryText(c, 'done');
  const notice =
    done === 'planned'
      ? t.plannedNotice
      : done === 'published'
        ? t.publishedNotice
        : done === 'reported'
          ? t.reportedNotice(formatNumber(cases.length, c.get('lang'), c.get('digits')))
          : undefined;
  return renderPage(
    c,
    t.mission(formatRecordNumber(mission.id, c.get('lang'), c.get('digits'))),
    <MissionPage
      {...view(c)}
      mission={{ ...full, ...mission }}
      categories={await listCategories(db)}
      cases={cases}
      error={error}
      notice={notice}
    />,
    status,
  );
}

/** POST /office/missions/:id/publish */
async function postPublish(c: Ctx) {
  const mission = await staffMission(c);
  if (!mission) return renderErrorPage(c, 'notFound');
  const result = await publishMission(c.get('deps').db, mission.id, userOf(c));
  if (!result.ok) return missionPage(c, result.error, 409);
  return c.redirect(`/office/missions/${mission.id}?done=published`, 303);
}

/** POST /office/missions/:id/report — the report and the concerns heard, each becoming a case. */
async function postReport(c: Ctx) {
  const mission = await staffMission(c);
  if (!mission) return renderErrorPage(c, 'notFound');
  const form = await c.req.parseBody();
  const concerns = [];
  for (let i = 0; i < CONCERN_SLOTS; i++) {
    const category = str(form[`c${i}-category`]);
    const description = str(form[`c${i}-description`]).trim();
    // An untouched slot (no topic, no words) is not a concern; a half-filled one is refused below.
    if (category === '' && description === '') continue;
    concerns.push({
      category,
      commune: str(form[`c${i}-commune`]),
      description,
      phone: str(form[`c${i}-phone`]),
      email: str(form[`c${i}-email`]),
      preferredContact: str(form[`c${i}-preferredContact`]),
    });
  }
  const parsed = reportInputSchema.safeParse({
    meetingsHeld: str(form.meetingsHeld) || '0',
    citizensMet: str(form.citizensMet) || '0',
    authoritiesMet: str(form.authoritiesMet),
    followUps: str(form.followUps),
    concerns,
  });
  if (!parsed.success) {
    const inConcern = parsed.error.issues.some((i) => i.path[0] === 'concerns');
    return missionPage(c, inConcern ? 'concern-invalid' : 'invalid', 422);
  }
  const allowed = new Set((await missionCommunes(c.get('deps').db.kysely, [mission.id])).map((m) => m.code));
  if (parsed.data.concerns.some((x) => !allowed.has(x.commune)))
    return missionPage(c, 'concern-invalid', 422);
  const result = await recordMissionReport(c.get('deps').db, mission.id, parsed.data, userOf(c), new Date(), {
    telegramOn: !!c.get('deps').telegram,
  });
  if (!result.ok) return missionPage(c, result.error, result.error === 'concern-invalid' ? 422 : 409);
  if (result.value.telegram.length === 0)
    return c.redirect(`/office/missions/${mission.id}?done=reported`, 303);
  // Citizens who chose Telegram need the bot's one-time link now: shown this once, like the intake slip.
  const t = missionMessages[c.get('lang')];
  return renderPage(
    c,
    t.reported,
    <MissionTelegramLinks
      lang={c.get('lang')}
      digits={c.get('digits')}
      missionId={mission.id}
      count={result.value.trackingCodes.length}
      steps={result.value.telegram}
    />,
  );
}

/** GET /offices/:code — whom to reach and how; published missions. Public. */
async function officePage(c: Ctx) {
  const db = c.get('deps').db.kysely;
  const office = await findOffice(db, c.req.param('code') ?? '');
  if (!office) return renderErrorPage(c, 'notFound');
  const lang = c.get('lang');
  const today = phnomPenhDate(new Date());
  const staff = await officeStaff(db, office.code);
  return renderPage(
    c,
    lang === 'km' ? office.name_km : office.name_en,
    <OfficePage
      lang={lang}
      digits={c.get('digits')}
      office={office}
      details={await officeDetails(db, office.code)}
      mps={await officeMps(db, office.place_code, today)}
      staff={staff}
      staffedOffices={staff.length === 0 ? await officesWithStaff(db) : []}
      missions={
        await withDetails(c, await listMissions(db, office.code, { publishedOnly: true, from: today }))
      }
    />,
  );
}

/** GET /offices/:code/calendar.ics — published missions as all-day events (RFC 5545). */
async function officeCalendar(c: Ctx) {
  const db = c.get('deps').db.kysely;
  const code = c.req.param('code') ?? '';
  const office = await findOffice(db, code);
  if (!office) return apiError(c, 404, 'not_found');
  const missions = await withDetails(c, await listMissions(db, office.code, { publishedOnly: true }));
  const base = c.get('deps').config.baseUrl;
  const host = new URL(base).host;
  const body = renderICalendar(
    `${office.name_km} / ${office.name_en}`,
    missions.map((m) => ({
      uid: `co-mission-${m.id}@${host}`,
      startDate: m.starts_on,
      endDate: m.ends_on,
      summary: `${m.purpose}${m.is_demo ? ' (demo)' : ''}`,
      description: m.members.map((p) => `${p.name_km} (${p.name_en})`).join(', '),
      location: m.communes.map((x) => `${x.name_km} (${x.name_latin})`).join(', '),
      url: `${base}/offices/${encodeURIComponent(office.code)}`,
      free: true,
    })),
    new Date(),
  );
  return new Response(body, {
    headers: {
      'content-type': ICALENDAR_TYPE,
      'content-disposition': `inline; filename="${office.code}.ics"`,
      'cache-control': 'public, max-age=300',
    },
  });
}

/** GET /office/details — the director's form for the public page's address, hours and contacts. */
async function detailsPage(c: Ctx, values?: Record<string, string>, failed = false) {
  const own = officesWhere(c.get('user'), DIRECTOR);
  const db = c.get('deps').db.kysely;
  const office = own[0] ? await findOffice(db, own[0]) : undefined;
  if (!office) return renderErrorPage(c, 'forbidden');
  const t = missionMessages[c.get('lang')];
  const d = await officeDetails(db, office.code);
  const v = values ?? {
    addressKm: d?.address_km ?? '',
    addressEn: d?.address_en ?? '',
    hoursKm: d?.hours_km ?? '',
    hoursEn: d?.hours_en ?? '',
    phone: d?.phone ?? '',
    email: d?.email ?? '',
  };
  const fields = [
    ['addressKm', `${t.address} (ខ្មែរ)`],
    ['addressEn', `${t.address} (English)`],
    ['hoursKm', `${t.hours} (ខ្មែរ)`],
    ['hoursEn', `${t.hours} (English)`],
    ['phone', t.phone],
    ['email', t.email],
  ] as const;
  return renderPage(
    c,
    t.contact,
    <>
      {queryText(c, 'done') ? (
        <p class="notice" role="status">
          {t.detailsSaved}
        </p>
      ) : null}
      {failed ? (
        <p class="alert" role="alert">
          {t.detailsInvalid}
        </p>
      ) : null}
      <p>
        <a href={`/offices/${office.code}`}>{lang(c) === 'km' ? office.name_km : office.name_en}</a>
      </p>
      <form method="post" action="/office/details">
        <CsrfField token={c.get('csrfToken')} />
        <input type="hidden" name="office" value={office.code} />
        {fields.map(([name, label]) => (
          <p>
            <label for={name}>{label}</label>
            <input id={name} name={name} value={v[name] ?? ''} />
          </p>
        ))}
        <button type="submit">{t.detailsSave}</button>
      </form>
    </>,
    failed ? 422 : 200,
  );
}

const lang = (c: Ctx) => c.get('lang');

/** POST /office/details */
async function postDetails(c: Ctx) {
  const form = await c.req.parseBody();
  const values: Record<string, string> = {};
  for (const k of ['office', 'addressKm', 'addressEn', 'hoursKm', 'hoursEn', 'phone', 'email'])
    values[k] = str(form[k]);
  if (!directs(c.get('user'), values.office)) {
    // Another office's form is forbidden; a form naming no office is simply incomplete.
    if (await findOffice(c.get('deps').db.kysely, values.office)) return renderErrorPage(c, 'forbidden');
    return detailsPage(c, values, true);
  }
  const parsed = detailsInputSchema.safeParse(values);
  if (!parsed.success) return detailsPage(c, values, true);
  const result = await saveOfficeDetails(c.get('deps').db, parsed.data, userOf(c), new Date());
  if (!result.ok) return renderErrorPage(c, 'forbidden');
  return c.redirect('/office/details?done=1', 303);
}

/** GET /offices — every constituency office, linking to its page. */
async function officesIndex(c: Ctx) {
  const offices = await listOffices(c.get('deps').db.kysely);
  const lang = c.get('lang');
  const t = missionMessages[lang];
  return renderPage(
    c,
    t.offices,
    <ul>
      {offices.map((o) => (
        <li>
          <a href={`/offices/${o.code}`}>{lang === 'km' ? o.name_km : o.name_en}</a>
        </li>
      ))}
    </ul>,
  );
}

export const missionRoutes: RouteDef[] = [
  ...pageWithForm({
    path: '/office/missions',
    access: OFFICE_STAFF,
    page: (c) => renderMissions(c, queryText(c, 'office') ?? ''),
    post: postMission,
  }),
  {
    method: 'GET',
    path: '/office/missions/:id',
    kind: 'page',
    access: OFFICE_STAFF,
    handler: (c) => missionPage(c),
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/office/missions/:id/publish',
    kind: 'page',
    access: OFFICE_STAFF,
    handler: postPublish,
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/office/missions/:id/report',
    kind: 'page',
    access: OFFICE_STAFF,
    handler: postReport,
    example: { id: '1' },
  },
  { method: 'GET', path: '/office/details', kind: 'page', access: DIRECTOR, handler: (c) => detailsPage(c) },
  { method: 'POST', path: '/office/details', kind: 'page', access: DIRECTOR, handler: postDetails },
  { method: 'GET', path: '/offices', kind: 'page', access: 'public', handler: officesIndex },
  {
    method: 'GET',
    path: '/offices/:code',
    kind: 'page',
    access: 'public',
    handler: officePage,
    example: { code: 'CO-12' },
  },
  {
    method: 'GET',
    path: '/offices/:code/calendar.ics',
    kind: 'api',
    access: 'public',
    handler: officeCalendar,
    example: { code: 'CO-12' },
  },
];
