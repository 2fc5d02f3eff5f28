// The monthly activity report per office and per MP, as a printable page and as CSV.
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { toCsv } from '../../platform/csv';
import { queryText } from '../../platform/http/query';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { parseTypedMonth } from '../../platform/i18n/date-input';
import { formatMonth, formatNumber, inDigits } from '../../platform/i18n/i18n';
import { ColumnHeads, DataTable } from '../../web/data-table';
import { DateHint, DateInput } from '../../web/form';
import { renderErrorPage, renderPage } from '../../web/page';
import { activityMessages } from './activity.messages';
import { type ActivityRow, activityRows } from './activity.rules';
import { findOffice, listOffices } from './budget.queries';
import { REPORT_READERS, readableReports } from './constituency.policy';
import { missionCaseProgress, missionCommunes, missionMembers, missionsStartingIn } from './missions.queries';

type Chosen =
  | {
      kind: 'report';
      office: { code: string; name_en: string; name_km: string };
      month: string;
      rows: ActivityRow[];
    }
  | { kind: 'form'; badMonth: boolean }
  | { kind: 'forbidden' }
  | { kind: 'not-found' };

async function choose(c: Ctx): Promise<Chosen> {
  const db = c.get('deps').db.kysely;
  const scope = readableReports(c.get('user'));
  let code = queryText(c, 'office')?.trim() ?? '';
  if (code === '' && scope !== 'all' && scope.length === 1) code = scope[0];
  const typed = queryText(c, 'month') ?? phnomPenhDate(new Date()).slice(0, 7);
  const month = parseTypedMonth(typed) ?? typed.trim();
  const badMonth = !/^(20\d\d)-(0[1-9]|1[0-2])$/.test(month);
  if (code === '' || badMonth) return { kind: 'form', badMonth };
  const office = await findOffice(db, code);
  if (!office) return { kind: 'not-found' };
  if (scope !== 'all' && !scope.includes(code)) return { kind: 'forbidden' };
  const missions = await missionsStartingIn(db, code, month);
  const ids = missions.map((m) => m.id);
  const [members, communes, cases] = await Promise.all([
    missionMembers(db, ids),
    missionCommunes(db, ids),
    missionCaseProgress(db, ids),
  ]);
  const rows = activityRows(
    { en: office.name_en, km: office.name_km },
    missions.map((m) => ({
      id: m.id,
      reported: m.reported_at !== null,
      members: members
        .filter((x) => x.mission_id === m.id)
        .map((x) => ({ id: x.membership_id, name_en: x.name_en, name_km: x.name_km })),
      communes: communes.filter((x) => x.mission_id === m.id).map((x) => x.code),
      cases: cases
        .filter((x) => x.mission_id === m.id)
        .map((x) => ({ forwarded: x.forwarded_at !== null, answered: x.first_answered_at !== null })),
    })),
  );
  return { kind: 'report', office, month, rows };
}

async function activityPage(c: Ctx) {
  const lang = c.get('lang');
  const digits = c.get('digits');
  const t = activityMessages[lang];
  const chosen = await choose(c);
  if (chosen.kind === 'forbidden') return renderErrorPage(c, 'forbidden');
  if (chosen.kind === 'not-found') return renderErrorPage(c, 'notFound');
  const scope = readableReports(c.get('user'));
  const offices = (await listOffices(c.get('deps').db.kysely)).filter(
    (o) => scope === 'all' || scope.includes(o.code),
  );
  const office = chosen.kind === 'report' ? chosen.office.code : (queryText(c, 'office') ?? '');
  const month = chosen.kind === 'report' ? chosen.month : (queryText(c, 'month') ?? '');
  const n = (v: number) => formatNumber(v, lang, digits);
  const badMonth = chosen.kind === 'form' && chosen.badMonth && month !== '';
  return renderPage(
    c,
    t.title,
    <>
      <p>{t.intro}</p>
      <form method="get" action="/office/activity" class="inline-form no-print">
        <label for="office">{t.office}</label>
        <select id="office" name="office">
          {offices.map((o) => (
            <option value={o.code} selected={o.code === office}>
              {o.code} — {lang === 'km' ? o.name_km : o.name_en}
            </option>
          ))}
        </select>
        <label for="month">{t.month}</label> <DateHint id="month" kind="month" lang={lang} digits={digits} />{' '}
        <DateInput id="month" name="month" kind="month" value={inDigits(month, digits)} error={badMonth} />
        <button type="submit">{t.show}</button>
        {badMonth ? (
          <p class="error" id="month-error">
            {t.badMonth}
          </p>
        ) : null}
      </form>
      {chosen.kind === 'report' ? (
        <>
          <h2>
            {chosen.office.code}, {formatMonth(chosen.month, lang, digits)}
          </h2>
          <DataTable label={t.title}>
            <ColumnHeads columns={[t.who, t.missions, t.communes, t.concerns, t.forwarded, t.answered]} />
            <tbody>
              {chosen.rows.map((r) => (
                <tr>
                  <th scope="row">
                    {r.membershipId === null ? t.total : lang === 'km' ? r.name_km : r.name_en}
                  </th>
                  <td>{n(r.missions)}</td>
                  <td>{n(r.communesVisited)}</td>
                  <td>{n(r.concerns)}</td>
                  <td>{n(r.forwarded)}</td>
                  <td>{n(r.answered)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <p class="no-print">
            <a
              href={`/office/activity.csv?office=${encodeURIComponent(chosen.office.code)}&month=${chosen.month}`}
            >
              {t.csv}
            </a>
          </p>
          <p class="muted no-print">{t.print}</p>
        </>
      ) : (
        <p>{t.chooseOffice}</p>
      )}
    </>,
    badMonth ? 422 : 200,
  );
}

async function activityCsv(c: Ctx) {
  const chosen = await choose(c);
  if (chosen.kind === 'forbidden') return renderErrorPage(c, 'forbidden');
  if (chosen.kind !== 'report')
    return renderErrorPage(c, chosen.kind === 'not-found' ? 'notFound' : 'badRequest');
  const body = toCsv([
    [
      'office',
      'month',
      'member_en',
      'member_km',
      'missions',
      'communes_visited',
      'concerns',
      'forwarded',
      'answered',
    ],
    ...chosen.rows.map((r) => [
      chosen.office.code,
      chosen.month,
      r.membershipId === null ? '' : r.name_en,
      r.membershipId === null ? '' : r.name_km,
      String(r.missions),
      String(r.communesVisited),
      String(r.concerns),
      String(r.forwarded),
      String(r.answered),
    ]),
  ]);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="activity-${chosen.office.code}-${chosen.month}.csv"`,
      'cache-control': 'no-store',
    },
  });
}

export const activityRoutes: RouteDef[] = [
  { method: 'GET', path: '/office/activity', kind: 'page', access: REPORT_READERS, handler: activityPage },
  { method: 'GET', path: '/office/activity.csv', kind: 'page', access: REPORT_READERS, handler: activityCsv },
];
