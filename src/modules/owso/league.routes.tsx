// The public league table of OWSO offices by month and level, as a page with SVG charts and as CSV.
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { parseTypedMonth } from '../../platform/i18n/date-input';
import { inDigits } from '../../platform/i18n/i18n';
import { digitsToLatin } from '../../platform/khmer/fold';
import { pageOf, requestedPage } from '../../platform/paging';
import { renderPage } from '../../web/page';
import { leagueMessages } from './league.messages';
import { LeagueView, leagueCsv } from './league.pages';
import { LEAGUE_LEVELS, type LeagueLevel, monthRange } from './league.rules';
import { loadLeague } from './league.service';

function readParams(c: Ctx) {
  const today = phnomPenhDate(new Date());
  // ២០២៦-០៣ as well as 2026-03 and 3/2026.
  const typed = c.req.query('month') ?? today.slice(0, 7);
  const month = parseTypedMonth(typed) ?? digitsToLatin(typed).trim();
  const level = (c.req.query('level') ?? 'commune').trim();
  const error = !monthRange(month)
    ? ('badMonth' as const)
    : !(LEAGUE_LEVELS as readonly string[]).includes(level)
      ? ('badLevel' as const)
      : undefined;
  return { today, month, level, error };
}

const LEAGUE_PAGE_ROWS = 100;

/** GET /owso/league?month=YYYY-MM&level=commune|district|province&page=N */
async function leaguePage(c: Ctx) {
  const m = leagueMessages[c.get('lang')];
  const { today, month, level, error } = readParams(c);
  const rows = error ? null : await loadLeague(c.get('deps').db.kysely, month, level as LeagueLevel, today);
  // A commune table has a row for each of 1,652 communes: one page of it keeps the answer in one round trip.
  const page = rows ? pageOf(rows, requestedPage(c.req.query('page')), LEAGUE_PAGE_ROWS) : null;
  return renderPage(
    c,
    m.title,
    <LeagueView
      lang={c.get('lang')}
      digits={c.get('digits')}
      month={month}
      level={level}
      rows={rows}
      page={page}
      error={error}
    />,
    error ? 400 : 200,
  );
}

/** GET /owso/league.csv */
async function leagueCsvFile(c: Ctx) {
  const m = leagueMessages[c.get('lang')];
  const { today, month, level, error } = readParams(c);
  if (error)
    return c.text(error === 'badMonth' ? m.badMonth(inDigits('2026-05', c.get('digits'))) : m.badLevel, 400);
  const rows = (await loadLeague(c.get('deps').db.kysely, month, level as LeagueLevel, today)) ?? [];
  return c.body(leagueCsv(month, level as LeagueLevel, rows), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="owso-league-${month}-${level}.csv"`,
  });
}

export const leagueRoutes: RouteDef[] = [
  { method: 'GET', path: '/owso/league', kind: 'page', access: 'public', handler: leaguePage },
  { method: 'GET', path: '/owso/league.csv', kind: 'page', access: 'public', handler: leagueCsvFile },
];
