// The monthly report of a constituency office, as a page and CSV: office staff see their own office(s),
// an auditor the offices of their scope (national: every office).
import { queryText } from '../../platform/http/query';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { renderErrorPage, renderPage } from '../../web/page';
import { REPORT_READERS, reportableOffices } from './casework.policy';
import { reportMessages } from './report.messages';
import { ReportFigures, ReportForm, reportCsv } from './report.pages';
import {
  currentMonth,
  findOffice,
  listOffices,
  monthlyReport,
  parseReportMonth,
  type ReportOffice,
} from './report.queries';

type Choice =
  | { kind: 'report'; office: ReportOffice; offices: ReportOffice[] }
  | { kind: 'choose'; offices: ReportOffice[]; unknownOffice: boolean }
  | { kind: 'forbidden' };

/** The office the request asks for (or the user's own by default), if the user may report on it. */
async function chooseOffice(c: Ctx): Promise<Choice> {
  const db = c.get('deps').db.kysely;
  const scope = reportableOffices(c.get('user'));
  const all = await listOffices(db);
  const offices = scope === 'all' ? all : all.filter((o) => scope.includes(o.code));
  const asked = queryText(c, 'office')?.trim() ?? '';
  if (asked === '') {
    // Office staff get their office; a national auditor chooses one first.
    return scope !== 'all' && offices[0]
      ? { kind: 'report', office: offices[0], offices }
      : { kind: 'choose', offices, unknownOffice: false };
  }
  if (scope !== 'all' && !scope.includes(asked)) return { kind: 'forbidden' };
  const office = await findOffice(db, asked);
  if (!office) return { kind: 'choose', offices, unknownOffice: true };
  return { kind: 'report', office, offices };
}

async function reportPage(c: Ctx) {
  const lang = c.get('lang');
  const digits = c.get('digits');
  const m = reportMessages[lang];
  const choice = await chooseOffice(c);
  if (choice.kind === 'forbidden') return renderErrorPage(c, 'forbidden');
  const typedMonth = queryText(c, 'month') ?? currentMonth(new Date());
  const month = parseReportMonth(typedMonth);
  const form = (errors: { office?: boolean; month?: boolean }) => (
    <ReportForm
      lang={lang}
      digits={digits}
      offices={choice.offices}
      office={choice.kind === 'report' ? choice.office.code : ''}
      month={typedMonth}
      errors={errors}
    />
  );
  if (!month || choice.kind === 'choose') {
    const unknownOffice = choice.kind === 'choose' && choice.unknownOffice;
    return renderPage(
      c,
      m.title,
      <>
        <p>{m.intro}</p>
        {form({ month: !month, office: unknownOffice })}
        {month && !unknownOffice ? <p>{m.chooseFirst}</p> : null}
      </>,
      month && !unknownOffice ? 200 : 400,
    );
  }
  const report = await monthlyReport(c.get('deps').db.kysely, choice.office, month, new Date());
  return renderPage(
    c,
    m.title,
    <>
      <p>{m.intro}</p>
      {form({})}
      <ReportFigures report={report} lang={lang} digits={digits} />
    </>,
  );
}

async function reportCsvFile(c: Ctx) {
  const m = reportMessages[c.get('lang')];
  const choice = await chooseOffice(c);
  if (choice.kind === 'forbidden') return renderErrorPage(c, 'forbidden');
  if (choice.kind === 'choose') return renderErrorPage(c, 'badRequest', m.unknownOffice);
  const month = parseReportMonth(queryText(c, 'month') ?? currentMonth(new Date()));
  if (!month) return renderErrorPage(c, 'badRequest', m.badMonth);
  const report = await monthlyReport(c.get('deps').db.kysely, choice.office, month, new Date());
  return c.body(reportCsv(report), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="sala-monthly-report-${report.office.code}-${report.month}.csv"`,
    'Cache-Control': 'no-store',
  });
}

export const reportRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/office/reports/monthly',
    kind: 'page',
    access: REPORT_READERS,
    handler: reportPage,
  },
  {
    method: 'GET',
    path: '/office/reports/monthly.csv',
    kind: 'page',
    access: REPORT_READERS,
    handler: reportCsvFile,
  },
];
