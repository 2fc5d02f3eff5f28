// Views of the monthly office report: the page (figures in the reader's language and numerals) and its CSV.
import { toCsv } from '../../platform/csv';
import { monthInputHint } from '../../platform/i18n/date-input';
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { formatCalendarDate, formatMonth, formatNumber, inDigits } from '../../platform/i18n/i18n';
import { ColumnHeads, DataTable } from '../../web/data-table';
import { dateControlAttrs } from '../../web/form';
import type { MonthlyReport, ReportCount, ReportOffice } from './casework.rows';
import { type ReportMessages, reportMessages } from './report.messages';

function locale(lang: Lang, digits: Digits): string {
  return `${lang === 'km' ? 'km-KH' : 'en-GB'}${digits === 'khmr' ? '-u-nu-khmr' : ''}`;
}

/** "November 2026" / "វិច្ឆិកា ២០២៦": the month's name, not its number. */
export const monthName = (month: string, lang: Lang, digits: Digits): string =>
  formatMonth(month, lang, digits);

const calendarDate = (date: string, lang: Lang, digits: Digits): string =>
  formatCalendarDate(date, lang, digits);

/** Days with exactly one decimal, as the issue asks (2.0, not 2). */
function oneDecimal(value: number, lang: Lang, digits: Digits): string {
  return new Intl.NumberFormat(locale(lang, digits), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

export interface ReportFormProps {
  lang: Lang;
  digits: Digits;
  offices: ReportOffice[];
  office: string;
  month: string;
  errors: { office?: boolean; month?: boolean };
}

/** The office and month chooser: a GET form, so the report's address can be bookmarked and shared. */
export function ReportForm(props: ReportFormProps) {
  const m = reportMessages[props.lang];
  const name = (o: ReportOffice) => (props.lang === 'km' ? o.name_km : o.name_en);
  return (
    <form method="get" action="/office/reports/monthly">
      <div>
        <label for="office">{m.office}</label>
        <select
          id="office"
          name="office"
          aria-invalid={props.errors.office ? 'true' : undefined}
          aria-describedby={props.errors.office ? 'office-error' : undefined}
        >
          {props.offices.length > 1 ? <option value="">{m.chooseOffice}</option> : null}
          {props.offices.map((o) => (
            <option value={o.code} selected={o.code === props.office}>
              {name(o)} ({o.code})
            </option>
          ))}
        </select>
        {props.errors.office ? (
          <p class="error" id="office-error">
            {m.unknownOffice}
          </p>
        ) : null}
      </div>
      <div>
        <label for="month">{m.month}</label>
        <span class="muted" id="month-hint">
          {monthInputHint(props.lang, props.digits)}
        </span>
        <br />
        <input
          id="month"
          name="month"
          value={inDigits(props.month, props.digits)}
          {...dateControlAttrs('month', { kind: 'month', error: props.errors.month })}
        />
        {props.errors.month ? (
          <p class="error" id="month-error">
            {m.badMonth}
          </p>
        ) : null}
      </div>
      <button type="submit">{m.show}</button>
    </form>
  );
}

function Breakdown(props: {
  title: string;
  column: string;
  rows: ReportCount[];
  lang: Lang;
  digits: Digits;
  m: ReportMessages;
}) {
  return (
    <>
      <h3>{props.title}</h3>
      {props.rows.length === 0 ? (
        <p>{props.m.none}</p>
      ) : (
        <DataTable label={props.title}>
          <ColumnHeads columns={[props.column, props.m.count]} />
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <th scope="row">{props.lang === 'km' ? r.labelKm : r.labelEn}</th>
                <td>{formatNumber(r.count, props.lang, props.digits)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </>
  );
}

export function ReportFigures(props: { report: MonthlyReport; lang: Lang; digits: Digits }) {
  const { report, lang, digits } = props;
  const m = reportMessages[lang];
  const n = (value: number) => formatNumber(value, lang, digits);
  const office = lang === 'km' ? report.office.name_km : report.office.name_en;
  const csv = `/office/reports/monthly.csv?office=${encodeURIComponent(report.office.code)}&month=${report.month}`;
  return (
    <>
      <h2>{m.heading(office, monthName(report.month, lang, digits))}</h2>
      <p>
        <a href={csv} download>
          {m.download}
        </a>
      </p>
      <h3>{m.summary}</h3>
      <DataTable label={m.summary}>
        <ColumnHeads columns={[m.figure, m.value]} />
        <tbody>
          <tr>
            <th scope="row">{m.received}</th>
            <td>{n(report.received)}</td>
          </tr>
          <tr>
            <th scope="row">{m.forwarded}</th>
            <td>{n(report.forwarded)}</td>
          </tr>
          <tr>
            <th scope="row">{m.answered}</th>
            <td>{n(report.answered)}</td>
          </tr>
          <tr>
            <th scope="row">{m.medianDays}</th>
            <td>
              {report.medianDaysToAnswer === null
                ? m.noAnswers
                : oneDecimal(report.medianDaysToAnswer, lang, digits)}
            </td>
          </tr>
          <tr>
            <th scope="row">{m.overdueNow(calendarDate(report.today, lang, digits))}</th>
            <td>{n(report.overdueNow)}</td>
          </tr>
        </tbody>
      </DataTable>
      {(
        [
          [m.byCategory, m.category, report.byCategory],
          [m.byChannel, m.channel, report.byChannel],
          [m.byCommune, m.commune, report.byCommune],
          [m.byDestination, m.destination, report.byDestination],
        ] as const
      ).map(([title, column, rows]) => (
        <Breakdown title={title} column={column} rows={rows} lang={lang} digits={digits} m={m} />
      ))}
    </>
  );
}

export const CSV_HEADER = ['section', 'key', 'label_en', 'label_km', 'value'] as const;

/** The report as tidy rows, one figure a row; numbers in Latin digits, the median with a decimal point. */
export function reportRows(report: MonthlyReport): string[][] {
  const en = reportMessages.en;
  const km = reportMessages.km;
  const rows: string[][] = [
    ['report', 'office', en.officeOfReport, km.officeOfReport, report.office.code],
    ['report', 'month', en.monthOfReport, km.monthOfReport, report.month],
    ['summary', 'received', en.received, km.received, String(report.received)],
    ['summary', 'forwarded', en.forwarded, km.forwarded, String(report.forwarded)],
    ['summary', 'answered', en.answered, km.answered, String(report.answered)],
    [
      'summary',
      'median_days_to_first_answer',
      en.medianDays,
      km.medianDays,
      report.medianDaysToAnswer === null ? '' : report.medianDaysToAnswer.toFixed(1),
    ],
    [
      'summary',
      'overdue_now',
      en.overdueNow(report.today),
      km.overdueNow(report.today),
      String(report.overdueNow),
    ],
  ];
  const section = (name: string, counts: ReportCount[]) => {
    for (const c of counts) rows.push([name, c.key, c.labelEn, c.labelKm, String(c.count)]);
  };
  section('received_by_category', report.byCategory);
  section('received_by_channel', report.byChannel);
  section('received_by_commune', report.byCommune);
  section('forwarded_by_destination', report.byDestination);
  return rows;
}

export function reportCsv(report: MonthlyReport): string {
  return toCsv([CSV_HEADER, ...reportRows(report)]);
}
