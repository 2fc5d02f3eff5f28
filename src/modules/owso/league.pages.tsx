// Views of the OWSO league table: the form, the table, bar charts drawn as SVG on the server, and the CSV.

import { toCsv } from '../../platform/csv';
import { monthInputHint } from '../../platform/i18n/date-input';
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { formatNumber, inDigits } from '../../platform/i18n/i18n';
import type { PageOf } from '../../platform/paging';
import { ColumnHeads, DataTable } from '../../web/data-table';
import { dateControlAttrs } from '../../web/form';
import { Pager, pageHref } from '../../web/pager';
import { type LeagueMessages, leagueMessages } from './league.messages';
import { LEAGUE_LEVELS, type LeagueLevel } from './league.rules';
import type { NamedLeagueRow } from './league.service';

const areaName = (r: NamedLeagueRow, lang: Lang) => (lang === 'km' ? r.nameKm : r.nameLatin);

function fmt(value: number | null, lang: Lang, digits: Digits, places: number, m: LeagueMessages): string {
  if (value === null) return m.noValue;
  return new Intl.NumberFormat(lang === 'km' ? `km-KH${digits === 'khmr' ? '-u-nu-khmr' : ''}` : 'en-GB', {
    maximumFractionDigits: places,
    minimumFractionDigits: places,
  }).format(value);
}

const CHART_ROWS = 20;

/**
 * A horizontal bar chart in HTML: one bar per area, the value written beside it; no script. Its words are
 * the page's text (at least 12 px on a phone and in print), not SVG text that shrinks with the picture.
 */
function BarChart(p: {
  title: string;
  rows: { label: string; value: number | null }[];
  max: number;
  format: (v: number) => string;
  note: string;
}) {
  return (
    <figure class="league-chart">
      <figcaption>
        {p.title}. {p.note}
      </figcaption>
      <ol>
        {p.rows.map((r) => {
          const share = r.value === null || p.max <= 0 ? 0 : Math.max(0.5, (r.value / p.max) * 100);
          return (
            <li>
              <span>{r.label}</span>
              <span class="chart-row">
                <span class="chart-track">
                  <span class="chart-bar" style={`width:${share.toFixed(1)}%`} />
                </span>
                <span>{r.value === null ? '—' : p.format(r.value)}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}

export interface LeagueViewProps {
  lang: Lang;
  digits: Digits;
  month: string;
  level: string;
  rows: NamedLeagueRow[] | null;
  /** The page of `rows` the table shows; the charts show the top of the whole table. */
  page: PageOf<NamedLeagueRow> | null;
  error?: 'badMonth' | 'badLevel';
}

export function LeagueView(p: LeagueViewProps) {
  const m = leagueMessages[p.lang];
  const f = (v: number | null, places: number) => fmt(v, p.lang, p.digits, places, m);
  const rows = p.rows ?? [];
  const shown = p.page ?? { items: rows, page: 1, pages: 1, offset: 0 };
  const top = rows.slice(0, CHART_ROWS);
  const chartNote = m.chartTop(formatNumber(1, p.lang, p.digits), formatNumber(top.length, p.lang, p.digits));
  const badMonth = m.badMonth(inDigits('2026-05', p.digits));
  const label = (r: NamedLeagueRow) => areaName(r, p.lang);
  const maxOf = (values: (number | null)[]) => Math.max(0, ...values.map((v) => v ?? 0));
  const csvHref = `/owso/league.csv?month=${encodeURIComponent(p.month)}&level=${encodeURIComponent(p.level)}`;
  return (
    <>
      <p>{m.intro}</p>
      <p class="muted">{m.howLate}</p>
      <form method="get" action="/owso/league" class="no-print">
        <p>
          <label for="month">{m.month}</label>
          <br />
          <span class="muted" id="month-hint">
            {monthInputHint(p.lang, p.digits)}
          </span>
          <br />
          <input
            id="month"
            name="month"
            value={inDigits(p.month, p.digits)}
            {...dateControlAttrs('month', { kind: 'month', error: p.error === 'badMonth' })}
          />
          {p.error === 'badMonth' ? (
            <span class="error" id="month-error">
              <br />
              {badMonth}
            </span>
          ) : null}
        </p>
        <p>
          <label for="level">{m.level}</label>
          <br />
          <select id="level" name="level">
            {LEAGUE_LEVELS.map((l) => (
              <option value={l} selected={l === p.level}>
                {m.levels[l]}
              </option>
            ))}
          </select>
          {p.error === 'badLevel' ? <span class="error"> {m.badLevel}</span> : null}
        </p>
        <p>
          <button type="submit" class="button">
            {m.show}
          </button>
        </p>
      </form>
      {p.error ? (
        <p class="alert" role="alert">
          {p.error === 'badMonth' ? badMonth : m.badLevel}
        </p>
      ) : rows.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <>
          <p>
            <a href={csvHref}>{m.csv}</a>
          </p>
          <DataTable label={m.title} class="league">
            <ColumnHeads
              columns={[
                m.rank,
                m.area,
                m.receipts,
                m.onTime,
                m.medianDays,
                m.reports,
                m.perThousand,
                m.rating,
                m.ratings,
              ]}
            />
            <tbody>
              {shown.items.map((r, i) => (
                <tr data-area={r.area}>
                  <td>{formatNumber(shown.offset + i + 1, p.lang, p.digits)}</td>
                  <th scope="row">{label(r)}</th>
                  <td>{formatNumber(r.receipts, p.lang, p.digits)}</td>
                  <td>{r.onTimeShare === null ? m.noValue : `${f(r.onTimeShare * 100, 1)}%`}</td>
                  <td>{f(r.medianDays, 1)}</td>
                  <td>{formatNumber(r.overchargeReports, p.lang, p.digits)}</td>
                  <td>{f(r.reportsPerThousand, 2)}</td>
                  <td>{f(r.averageRating, 2)}</td>
                  <td>{formatNumber(r.ratings, p.lang, p.digits)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <Pager
            lang={p.lang}
            digits={p.digits}
            page={shown.page}
            pages={shown.pages}
            href={(page) => pageHref('/owso/league', { month: p.month, level: p.level }, page)}
          />
          {shown.page > 1 ? null : (
            <>
              <BarChart
                title={m.chartOnTime}
                note={chartNote}
                rows={top.map((r) => ({
                  label: label(r),
                  value: r.onTimeShare === null ? null : r.onTimeShare * 100,
                }))}
                max={100}
                format={(v) => f(v, 1)}
              />
              <BarChart
                title={m.chartMedian}
                note={chartNote}
                rows={top.map((r) => ({ label: label(r), value: r.medianDays }))}
                max={maxOf(top.map((r) => r.medianDays))}
                format={(v) => f(v, 1)}
              />
              <BarChart
                title={m.chartReports}
                note={chartNote}
                rows={top.map((r) => ({ label: label(r), value: r.reportsPerThousand }))}
                max={maxOf(top.map((r) => r.reportsPerThousand))}
                format={(v) => f(v, 2)}
              />
              <BarChart
                title={m.chartRating}
                note={chartNote}
                rows={top.map((r) => ({ label: label(r), value: r.averageRating }))}
                max={5}
                format={(v) => f(v, 2)}
              />
            </>
          )}
        </>
      )}
    </>
  );
}

const round = (v: number | null, places: number) => (v === null ? '' : v.toFixed(places));

/** The table as CSV: one row per area, plain numbers (no locale), empty when there is no value. */
export function leagueCsv(month: string, level: LeagueLevel, rows: NamedLeagueRow[]): string {
  return toCsv([
    [
      'month',
      'level',
      'rank',
      'area_code',
      'name_km',
      'name_latin',
      'receipts',
      'on_time_share',
      'median_processing_days',
      'overcharging_reports',
      'reports_per_1000_receipts',
      'average_rating',
      'ratings',
    ],
    ...rows.map((r, i) => [
      month,
      level,
      String(i + 1),
      r.area,
      r.nameKm,
      r.nameLatin,
      String(r.receipts),
      round(r.onTimeShare, 4),
      round(r.medianDays, 1),
      String(r.overchargeReports),
      round(r.reportsPerThousand, 2),
      round(r.averageRating, 2),
      String(r.ratings),
    ]),
  ]);
}
