// Views of the national view of concerns: the page and its CSV, both with the small counts protected.
import { toCsv } from '../../platform/csv';
import { type Digits, formatNumber, formatYear, type Lang } from '../../platform/i18n/i18n';
import { DataTable } from '../../web/data-table';
import { nationalMessages } from './national.messages';
import { NATIONAL_FIGURES, type ProtectedBreakdown, type ShownCount, shownCountCsv } from './national.rules';

/** A row key's names in both languages. */
export type KeyLabels = ReadonlyMap<string, { en: string; km: string }>;

export interface NationalViewProps {
  lang: Lang;
  digits: Digits;
  year: string;
  yearError: boolean;
  breakdowns: ProtectedBreakdown[];
  labels: Record<ProtectedBreakdown['dimension'], KeyLabels>;
}

/** One protected count as a reader sees it: the number, or "fewer than 5" / "withheld". */
export function ShownCountText(props: { count: ShownCount; lang: Lang; digits: Digits }) {
  const m = nationalMessages[props.lang];
  if (props.count.kind === 'count') return <>{formatNumber(props.count.value, props.lang, props.digits)}</>;
  return <span class="muted">{props.count.kind === 'fewer' ? m.fewer : m.withheld}</span>;
}

export function NationalView(props: NationalViewProps) {
  const { lang, digits } = props;
  const m = nationalMessages[lang];
  const label = (b: ProtectedBreakdown, key: string) => props.labels[b.dimension].get(key)?.[lang] ?? key;
  return (
    <>
      <p>{m.intro}</p>
      <p>{m.smallCounts}</p>
      <form method="get" action="/secretariat/concerns">
        <label for="year">{m.year}</label>
        <span class="muted" id="year-hint">
          {m.yearHint}
        </span>
        <br />
        <input
          id="year"
          name="year"
          type="text"
          inputmode="numeric"
          maxlength={4}
          value={props.year}
          aria-invalid={props.yearError ? 'true' : undefined}
          aria-describedby={props.yearError ? 'year-hint year-error' : 'year-hint'}
        />
        {props.yearError ? (
          <p class="error" id="year-error">
            {m.badYear}
          </p>
        ) : null}
        <button type="submit">{m.show}</button>
      </form>
      {props.yearError ? null : (
        <>
          <h2>{formatYear(Number(props.year), lang, digits)}</h2>
          <p>
            <a href={`/secretariat/concerns.csv?year=${props.year}`} download>
              {m.download}
            </a>
          </p>
          <p class="muted">{m.notRecorded}</p>
          {props.breakdowns.map((b) => (
            <>
              <h3>{m.dimensions[b.dimension]}</h3>
              <DataTable label={m.dimensions[b.dimension]}>
                <thead>
                  <tr>
                    <th scope="col">{m.columns[b.dimension]}</th>
                    {NATIONAL_FIGURES.map((f) => (
                      <th scope="col">{m.figures[f]}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {b.rows.map((r) => (
                    <tr>
                      <th scope="row">{label(b, r.key)}</th>
                      {NATIONAL_FIGURES.map((f) => (
                        <td>
                          <ShownCountText count={r.counts[f]} lang={lang} digits={digits} />
                        </td>
                      ))}
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">{m.total}</th>
                    {NATIONAL_FIGURES.map((f) => (
                      <td>
                        <ShownCountText count={b.total[f]} lang={lang} digits={digits} />
                      </td>
                    ))}
                  </tr>
                </tbody>
              </DataTable>
            </>
          ))}
        </>
      )}
    </>
  );
}

export const NATIONAL_CSV_HEADER = [
  'year',
  'breakdown',
  'key',
  'label_en',
  'label_km',
  'received',
  'answered_on_time',
  'answered_late',
] as const;

/** One row per breakdown row and one "total" row per breakdown; hidden counts as words, never numbers. */
export function nationalCsv(props: Pick<NationalViewProps, 'year' | 'breakdowns' | 'labels'>): string {
  const en = nationalMessages.en;
  const km = nationalMessages.km;
  const rows: string[][] = [[...NATIONAL_CSV_HEADER]];
  for (const b of props.breakdowns) {
    for (const r of b.rows) {
      const names = props.labels[b.dimension].get(r.key);
      rows.push([
        props.year,
        b.dimension,
        r.key,
        names?.en ?? r.key,
        names?.km ?? r.key,
        ...NATIONAL_FIGURES.map((f) => shownCountCsv(r.counts[f])),
      ]);
    }
    rows.push([
      props.year,
      b.dimension,
      'total',
      en.total,
      km.total,
      ...NATIONAL_FIGURES.map((f) => shownCountCsv(b.total[f])),
    ]);
  }
  return toCsv(rows);
}
