// Views of the provinces' own OWSO leagues: the list (with the provincial monitor's form), one league with
// its published ranking and winners.
import { type Digits, formatCalendarDate, formatNumber, type Lang } from '../../platform/i18n/i18n';
import { ColumnHeads, DataTable } from '../../web/data-table';
import { DateHint, DateInput, ErrorSummary } from '../../web/form';
import { CsrfField } from '../../web/layout';
import type { PublishedResult } from './province-league.commands';
import { provinceLeagueMessages } from './province-league.messages';
import { MEASURE_VALUE, PROVINCE_MEASURES, type ProvinceMeasure } from './province-league.rules';

interface ViewBase {
  lang: Lang;
  digits: Digits;
  csrfToken: string;
}

export interface LeagueSummary {
  id: number;
  provinceCode: string;
  provinceName: string;
  periodFrom: string;
  periodTo: string;
  measures: ProvinceMeasure[];
  published: boolean;
  isDemo: boolean;
}

const period = (v: ViewBase, l: { periodFrom: string; periodTo: string }) =>
  `${formatCalendarDate(l.periodFrom, v.lang, v.digits)} – ${formatCalendarDate(l.periodTo, v.lang, v.digits)}`;

export function ProvinceLeaguesView(
  p: ViewBase & {
    leagues: LeagueSummary[];
    provinces: { code: string; name: string }[];
    errors?: string[];
    values?: Record<string, string | string[]>;
  },
) {
  const m = provinceLeagueMessages[p.lang];
  const ticked = (measure: string) => {
    const v = p.values?.measures;
    return Array.isArray(v) ? v.includes(measure) : v === measure;
  };
  const value = (name: string) => {
    const v = p.values?.[name];
    return typeof v === 'string' ? v : '';
  };
  return (
    <>
      <p>{m.intro}</p>
      <p>
        <a href="/owso/league">{m.national}</a>
      </p>
      {p.leagues.length === 0 ? <p>{m.none}</p> : null}
      {p.leagues.length > 0 ? (
        <DataTable label={m.title}>
          <ColumnHeads columns={[m.province, m.period, m.measures, m.status]} />
          <tbody>
            {p.leagues.map((l) => (
              <tr>
                <th scope="row">
                  <a href={`/owso/province-leagues/${l.id}`}>{l.provinceName}</a>
                  {l.isDemo ? <span class="muted"> ({m.demo})</span> : null}
                </th>
                <td>{period(p, l)}</td>
                <td>{l.measures.map((x) => m.measureNames[x]).join('; ')}</td>
                <td>{l.published ? m.published : m.draft}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {p.provinces.length > 0 ? (
        <section>
          <h2>{m.setTitle}</h2>
          <p>{m.setIntro}</p>
          {p.errors && p.errors.length > 0 ? <ErrorSummary title={m.errorTitle} items={p.errors} /> : null}
          <form method="post" action="/owso/province-leagues">
            <CsrfField token={p.csrfToken} />
            <p>
              <label for="league-province">{m.province}</label>
              <select id="league-province" name="province">
                {p.provinces.map((o) => (
                  <option value={o.code} selected={value('province') === o.code}>
                    {o.name}
                  </option>
                ))}
              </select>
            </p>
            {(
              [
                ['league-from', 'periodFrom'],
                ['league-to', 'periodTo'],
              ] as const
            ).map(([id, name]) => (
              <p>
                <label for={id}>{m[name]}</label> <DateHint id={id} lang={p.lang} digits={p.digits} />
                <br />
                <DateInput id={id} name={name} value={value(name)} />
              </p>
            ))}
            <fieldset>
              <legend>{m.measuresLegend}</legend>
              {PROVINCE_MEASURES.map((x) => (
                <p>
                  <input type="checkbox" id={`measure-${x}`} name="measures" value={x} checked={ticked(x)} />{' '}
                  <label for={`measure-${x}`} style="display:inline">
                    {m.measureNames[x]}
                  </label>
                </p>
              ))}
              <p class="muted">{m.notRecorded}</p>
            </fieldset>
            <button type="submit">{m.save}</button>
          </form>
        </section>
      ) : null}
    </>
  );
}

function measureText(v: ViewBase, measure: ProvinceMeasure, row: PublishedResult['ranked'][number]): string {
  const value = MEASURE_VALUE[measure].of({ ...row, overchargeReports: 0 });
  if (value === null) return provinceLeagueMessages[v.lang].noValue;
  const shown = measure === 'on_time_share' ? value * 100 : value;
  const text = new Intl.NumberFormat(
    v.lang === 'km' ? `km-KH${v.digits === 'khmr' ? '-u-nu-khmr' : ''}` : 'en-GB',
    {
      maximumFractionDigits: 1,
      minimumFractionDigits: measure === 'median_days' ? 0 : 1,
    },
  ).format(shown);
  return measure === 'on_time_share' ? `${text}%` : text;
}

export function ProvinceLeagueView(
  p: ViewBase & {
    league: LeagueSummary;
    result: PublishedResult | null;
    mayPublish: boolean;
    notice?: string;
    errors?: string[];
  },
) {
  const m = provinceLeagueMessages[p.lang];
  const { league, result } = p;
  const name = (r: PublishedResult['ranked'][number]) => (p.lang === 'km' ? r.nameKm : r.nameLatin);
  return (
    <>
      <p>
        <a href="/owso/province-leagues">{m.title}</a>
      </p>
      {p.notice ? (
        <p class="notice" role="status">
          {p.notice}
        </p>
      ) : null}
      {p.errors && p.errors.length > 0 ? <ErrorSummary title={m.errorTitle} items={p.errors} /> : null}
      <p>
        {m.period}: {period(p, league)}
        {league.isDemo ? <span class="muted"> ({m.demo})</span> : null}
      </p>
      <p>
        {m.measures}: {league.measures.map((x) => m.measureNames[x]).join('; ')}
      </p>
      {result === null ? (
        <>
          <p>{m.notPublished}</p>
          {p.mayPublish ? (
            <form method="post" action={`/owso/province-leagues/${league.id}/publish`}>
              <CsrfField token={p.csrfToken} />
              <button type="submit">{m.publish}</button>
            </form>
          ) : null}
        </>
      ) : (
        <>
          <h2>{m.winners}</h2>
          {result.winners.length === 0 ? (
            <p>{m.noWinners}</p>
          ) : (
            <ol>
              {result.winners.map((code) => {
                const row = result.ranked.find((r) => r.area === code);
                return <li>{row ? name(row) : code}</li>;
              })}
            </ol>
          )}
          <h2>{m.ranking}</h2>
          <DataTable label={m.ranking}>
            <thead>
              <tr>
                <th scope="col">{m.rank}</th>
                <th scope="col">{m.office}</th>
                <th scope="col">{m.receipts}</th>
                {league.measures.map((x) => (
                  <th scope="col">{m.measureNames[x]}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.ranked.map((r, i) => (
                <tr>
                  <td>{formatNumber(i + 1, p.lang, p.digits)}</td>
                  <th scope="row">{name(r)}</th>
                  <td>{formatNumber(r.receipts, p.lang, p.digits)}</td>
                  {league.measures.map((x) => (
                    <td>{measureText(p, x, r)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </>
  );
}
