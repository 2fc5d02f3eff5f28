// GET /citizens-office/reports/monthly?month= — the ombudsman's own office's month: counts only, small counts
// protected as in the secretariat's national view.

import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { queryText } from '../../platform/http/query';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { textFor } from '../../platform/i18n/i18n';
import { renderErrorPage, renderPage } from '../../web/page';
import { currentMonth, parseReportMonth } from '../casework';
import { listServices } from '../owso';
import { CITIZENS_OFFICE_STAFF, ombudsmanOffice } from './citizens-office.policy';
import { citizensOfficeMessages } from './complaint.messages';
import { MonthlyReportView, type ReportColumn } from './complaint.pages';
import { complaintsReceived, findCitizensOffice } from './complaint.queries';
import { monthlyFigures } from './report.rules';

async function monthlyReportPage(c: Ctx) {
  const lang = c.get('lang');
  const m = citizensOfficeMessages[lang];
  const db = c.get('deps').db.kysely;
  const code = ombudsmanOffice(c.get('user'));
  const office = code ? await findCitizensOffice(db, code) : undefined;
  if (!office) return renderErrorPage(c, 'forbidden');
  const typed = queryText(c, 'month') ?? currentMonth(new Date());
  const month = parseReportMonth(typed);
  const officeName = lang === 'km' ? office.name_km : office.name_en;
  if (!month) {
    return renderPage(
      c,
      m.reportTitle,
      <MonthlyReportView
        lang={lang}
        digits={c.get('digits')}
        officeName={officeName}
        month={typed}
        monthError
        columns={[]}
      />,
      400,
    );
  }
  const [rows, services] = await Promise.all([
    complaintsReceived(db, office.code, month.from, month.to),
    listServices(db, [], phnomPenhDate(new Date())),
  ]);
  const serviceName = new Map(services.map((s) => [s.code, lang === 'km' ? s.name_km : s.name_en]));
  const figures = monthlyFigures(
    rows,
    services.map((s) => s.code),
  );
  const labelOf = (column: string, key: string): string => {
    if (column === 'kind') return textFor(m.kindShort, key) ?? key;
    if (column === 'service') return key === 'other' ? m.otherService : (serviceName.get(key) ?? key);
    return (
      textFor(
        {
          onTime: m.onTime,
          late: m.late,
          notAnswered: m.notAnswered,
          referred: m.referred,
          notReferred: m.notReferred,
        },
        key,
      ) ?? key
    );
  };
  const titles: Record<string, string> = {
    kind: m.byKind,
    service: m.byService,
    answer: m.byAnswer,
    referral: m.byReferral,
  };
  const columns: ReportColumn[] = figures.map((f) => ({
    title: titles[f.key],
    rows: f.rows.map((r) => ({ label: labelOf(f.key, r.key), count: r.count })),
    total: f.total,
  }));
  return renderPage(
    c,
    m.reportTitle,
    <MonthlyReportView
      lang={lang}
      digits={c.get('digits')}
      officeName={officeName}
      month={month.month}
      monthError={false}
      columns={columns}
    />,
  );
}

export const monthlyReportRoute: RouteDef = {
  method: 'GET',
  path: '/citizens-office/reports/monthly',
  kind: 'page',
  access: CITIZENS_OFFICE_STAFF,
  handler: monthlyReportPage,
};
