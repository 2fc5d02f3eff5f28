// Views of the promise tracker: the summary per year and sector with bars drawn as SVG on the server,
// a promise with its indicators and its history of assessments, and the watchdog's forms.
import type { Child } from 'hono/jsx';
import { dateInputHint } from '../../platform/i18n/date-input';
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { formatCalendarDate, formatDateTime, formatNumber, formatYear } from '../../platform/i18n/i18n';
import { ColumnHeads, DataTable } from '../../web/data-table';
import { CsrfField } from '../../web/layout';
import {
  ExternalLink,
  Field,
  Problems as FormProblems,
  type FormState,
  refilled,
  type ViewBase,
} from './form-parts.pages';
import { errorText, type PromiseMessages, promiseMessages } from './promises.messages';
import { BAR_ORDER, type VerdictCounts } from './promises.rules';
import type { TrackerTable } from './promises-csv.commands';
import { TRACKER_TABLES } from './promises-csv.commands';
import type { AssessmentRow, IndicatorRow, MeasurementRow, PromiseRow } from './watch.rows';
import { VERDICTS, type Verdict } from './watch.table';

/** Colours of the verdicts; the words always stand beside them, so colour is never the only sign. */
const VERDICT_COLOUR: Record<(typeof BAR_ORDER)[number], string> = {
  fulfilled: '#2e7d32',
  partly_fulfilled: '#c28a00',
  not_fulfilled: '#b3261e',
  cannot_assess: '#6b6b6b',
  not_assessed: '#d9d9d9',
};

const fmt = (v: ViewBase) => (n: number) => formatNumber(n, v.lang, v.digits);
const fmtYear = (v: ViewBase) => (y: number) => formatYear(y, v.lang, v.digits);
const fmtDay = (v: ViewBase) => (day: string) => formatCalendarDate(day, v.lang, v.digits);
const pct = (v: ViewBase, share: number) => `${fmt(v)(Math.round(share * 100))}%`;

/** A stacked bar of promises by verdict; the counts are written in its label and in the table beside it. */
export function VerdictBar(p: ViewBase & { id: string; counts: VerdictCounts & { total: number } }) {
  const m = promiseMessages[p.lang];
  const width = 300;
  let x = 0;
  const parts = BAR_ORDER.filter((k) => p.counts[k] > 0).map((k) => `${m.verdict[k]} ${fmt(p)(p.counts[k])}`);
  return (
    <svg
      role="img"
      aria-labelledby={`${p.id}-t`}
      viewBox={`0 0 ${width} 16`}
      width={width}
      height="16"
      class="verdict-bar"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${p.id}-t`}>{m.barLabel(parts.join(', '))}</title>
      {p.counts.total === 0 ? (
        <rect x="0" y="0" width={width} height="16" fill={VERDICT_COLOUR.not_assessed} />
      ) : (
        BAR_ORDER.filter((k) => p.counts[k] > 0).map((k) => {
          const w = (p.counts[k] / p.counts.total) * width;
          const rect = (
            <rect x={x.toFixed(1)} y="0" width={w.toFixed(1)} height="16" fill={VERDICT_COLOUR[k]} />
          );
          x += w;
          return rect;
        })
      )}
    </svg>
  );
}

/** How far an indicator has come from baseline to target, as a bar with its share written out. */
export function ProgressBar(p: ViewBase & { id: string; name: string; share: number | null }) {
  const m = promiseMessages[p.lang];
  if (p.share === null) return <span class="muted">{m.noProgress}</span>;
  const label = m.progressLabel(p.name, pct(p, p.share));
  return (
    <span>
      <svg
        role="img"
        aria-labelledby={`${p.id}-t`}
        viewBox="0 0 200 12"
        width="200"
        height="12"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${p.id}-t`}>{label}</title>
        <rect x="0" y="0" width="200" height="12" fill="#e6e6e6" />
        <rect x="0" y="0" width={(p.share * 200).toFixed(1)} height="12" fill="#1f5f8b" />
      </svg>{' '}
      {pct(p, p.share)}
    </span>
  );
}

function Legend({ m }: { m: PromiseMessages }) {
  return (
    <p class="legend">
      {BAR_ORDER.map((k) => (
        <span>
          <svg width="12" height="12" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
            <rect width="12" height="12" fill={VERDICT_COLOUR[k]} />
          </svg>{' '}
          {m.verdict[k]}{' '}
        </span>
      ))}
    </p>
  );
}

function Problems(p: { m: PromiseMessages; state?: FormState; form: string }) {
  return <FormProblems title={p.m.errorTitle} state={p.state} form={p.form} />;
}

function VerdictChoice(p: { form: string; m: PromiseMessages; state?: FormState }) {
  const chosen = refilled(p.state, p.form, 'verdict');
  return (
    <fieldset>
      <legend>{p.m.verdictLegend}</legend>
      {VERDICTS.map((v) => (
        <label>
          <input type="radio" name="verdict" value={v} checked={chosen === v} /> {p.m.verdict[v]}{' '}
        </label>
      ))}
    </fieldset>
  );
}

export interface SectorSummary {
  code: string;
  name: string;
  counts: VerdictCounts & { total: number };
}

export interface TrackerProps extends ViewBase {
  platforms: { code: string; title: string; firstYear: number; lastYear: number; isDemo: boolean }[];
  platform: { code: string; title: string; firstYear: number; lastYear: number; isDemo: boolean } | null;
  year: number;
  overall: VerdictCounts & { total: number };
  sectors: SectorSummary[];
  promises: (PromiseRow & { verdict: Verdict | null })[];
  mayEdit: boolean;
  notice?: string;
  state?: FormState;
}

export function TrackerView(p: TrackerProps) {
  const m = promiseMessages[p.lang];
  const n = fmt(p);
  const y = fmtYear(p);
  const platform = p.platform;
  return (
    <>
      <p>{m.intro}</p>
      {p.notice ? (
        <p class="notice" role="status">
          {p.notice}
        </p>
      ) : null}
      {!platform ? (
        <p>{m.noPlatform}</p>
      ) : (
        <>
          <form method="get" action="/watch/promises" class="filters">
            <label for="platform">{m.platform}</label>{' '}
            <select id="platform" name="platform">
              {p.platforms.map((x) => (
                <option value={x.code} selected={x.code === platform.code}>
                  {x.title} ({m.years(y(x.firstYear), y(x.lastYear))})
                </option>
              ))}
            </select>{' '}
            <label for="year">{m.year}</label>{' '}
            <select id="year" name="year">
              {Array.from(
                { length: platform.lastYear - platform.firstYear + 1 },
                (_, i) => platform.firstYear + i,
              ).map((year) => (
                <option value={String(year)} selected={year === p.year}>
                  {y(year)}
                </option>
              ))}
            </select>{' '}
            <button type="submit">{m.show}</button>
          </form>
          {platform.isDemo ? <p class="notice">{m.demoNote}</p> : null}
          <h2>{m.summary(n(p.overall.fulfilled), n(p.overall.total), y(p.year))}</h2>
          <figure>
            <VerdictBar {...p} id="bar-all" counts={p.overall} />
            <figcaption>{m.summaryTitle(y(p.year))}</figcaption>
          </figure>
          <Legend m={m} />
          <h3>{m.bySector}</h3>
          <DataTable label={m.bySector}>
            <thead>
              <tr>
                <th scope="col">{m.sector}</th>
                <th scope="col">{m.total}</th>
                {BAR_ORDER.map((k) => (
                  <th scope="col">{m.verdict[k]}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {p.sectors.map((s) => (
                <tr>
                  <th scope="row">
                    <a href={`#sector-${s.code}`}>{s.name}</a>
                  </th>
                  <td>{n(s.counts.total)}</td>
                  {BAR_ORDER.map((k) => (
                    <td>{n(s.counts[k])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </DataTable>
          {p.sectors.map((s) => (
            <section id={`sector-${s.code}`}>
              <h3>{s.name}</h3>
              <VerdictBar {...p} id={`bar-${s.code}`} counts={s.counts} />
              <ul class="promises">
                {p.promises
                  .filter((x) => x.sector_code === s.code)
                  .map((x) => (
                    <li>
                      <a href={`/watch/promises/${x.id}?year=${p.year}`}>
                        {x.code}: {p.lang === 'km' ? x.text_km : x.text_en}
                      </a>{' '}
                      — <strong>{m.verdict[x.verdict ?? 'not_assessed']}</strong>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
          <h3>{m.method}</h3>
          <p>{m.methodText}</p>
          <h3>{m.downloads}</h3>
          <ul>
            {TRACKER_TABLES.map((t) => (
              <li>
                <a href={`/watch/promises.csv?platform=${encodeURIComponent(platform.code)}&table=${t}`}>
                  {m.csvTable[t]}
                </a>
              </li>
            ))}
            <li>
              <a href="/watch/assessments.atom">{m.feed}</a>
            </li>
          </ul>
        </>
      )}
      {p.mayEdit ? <TrackerForms {...p} /> : null}
    </>
  );
}

function TrackerForms(p: TrackerProps) {
  const m = promiseMessages[p.lang];
  const platformCode = p.platform?.code ?? '';
  return (
    <section>
      <h2>{m.editTitle}</h2>
      {p.platform ? (
        <>
          <h3>{m.newPromise}</h3>
          <form method="post" action="/watch/promises">
            <CsrfField token={p.csrfToken} />
            <Problems m={m} state={p.state} form="promise" />
            <input type="hidden" name="platformCode" value={platformCode} />
            <Field form="promise" name="sectorCode" label={m.sectorCode} hint={m.codeHint} state={p.state} />
            <Field form="promise" name="sectorKm" label={m.sectorKm} state={p.state} />
            <Field form="promise" name="sectorEn" label={m.sectorEn} state={p.state} />
            <Field form="promise" name="code" label={m.code} hint={m.codeHint} state={p.state} />
            <Field form="promise" name="textKm" label={m.textKm} state={p.state} area />
            <Field form="promise" name="textEn" label={m.textEn} state={p.state} area />
            <button type="submit">{m.save}</button>
          </form>
          <h3>{m.importTitle}</h3>
          <p>{m.importIntro}</p>
          <form method="post" action="/watch/promises/import" enctype="multipart/form-data">
            <CsrfField token={p.csrfToken} />
            <Problems m={m} state={p.state} form="import" />
            <input type="hidden" name="platformCode" value={platformCode} />
            <p>
              <label for="import-table">{m.table}</label>{' '}
              <select id="import-table" name="table">
                {TRACKER_TABLES.map((t: TrackerTable) => (
                  <option value={t} selected={refilled(p.state, 'import', 'table') === t}>
                    {m.csvTable[t]}
                  </option>
                ))}
              </select>
            </p>
            <p>
              <label for="import-csv">{m.file}</label>{' '}
              <input id="import-csv" name="csv" type="file" accept=".csv,text/csv" />
            </p>
            <button type="submit">{m.importButton}</button>
          </form>
        </>
      ) : null}
      <h3>{m.newPlatform}</h3>
      <form method="post" action="/watch/platforms">
        <CsrfField token={p.csrfToken} />
        <Problems m={m} state={p.state} form="platform" />
        <Field form="platform" name="code" label={m.code} hint={m.codeHint} state={p.state} />
        <Field form="platform" name="titleKm" label={m.titleKm} state={p.state} />
        <Field form="platform" name="titleEn" label={m.titleEn} state={p.state} />
        <Field form="platform" name="firstYear" label={m.firstYear} state={p.state} />
        <Field form="platform" name="lastYear" label={m.lastYear} state={p.state} />
        <button type="submit">{m.save}</button>
      </form>
    </section>
  );
}

export interface PromiseProps extends ViewBase {
  promise: PromiseRow;
  year: number;
  indicators: (IndicatorRow & {
    latest: MeasurementRow | null;
    share: number | null;
    values: MeasurementRow[];
  })[];
  /** The standing assessment of each assessed year, newest year first. */
  byYear: AssessmentRow[];
  history: AssessmentRow[];
  mayEdit: boolean;
  notice?: string;
  state?: FormState;
}

const link = (href: string, text: Child) => <ExternalLink href={href}>{text}</ExternalLink>;

export function PromiseView(p: PromiseProps) {
  const m = promiseMessages[p.lang];
  const n = fmt(p);
  const y = fmtYear(p);
  const day = fmtDay(p);
  const km = p.lang === 'km';
  const standing = new Set(p.byYear.map((a) => a.id));
  return (
    <>
      <p>
        <a href={`/watch/promises?platform=${encodeURIComponent(p.promise.platform_code)}&year=${p.year}`}>
          {km ? p.promise.platform_km : p.promise.platform_en}
        </a>{' '}
        · {m.sector}: {km ? p.promise.sector_km : p.promise.sector_en}
      </p>
      {p.promise.platform_is_demo ? <p class="notice">{m.demoNote}</p> : null}
      {p.notice ? (
        <p class="notice" role="status">
          {p.notice}
        </p>
      ) : null}
      <blockquote>
        <p>{km ? p.promise.text_km : p.promise.text_en}</p>
      </blockquote>

      <h2>{m.assessments}</h2>
      {p.byYear.length === 0 ? (
        <p>{m.noAssessments}</p>
      ) : (
        <table>
          <ColumnHeads columns={[m.year, m.standing, m.reasoning, m.evidence]} />
          <tbody>
            {p.byYear.map((a) => (
              <tr>
                <th scope="row">{y(a.year)}</th>
                <td>
                  <strong>{m.verdict[a.verdict]}</strong>
                </td>
                <td>{a.reasoning}</td>
                <td>{a.evidence_url ? link(a.evidence_url, m.evidence) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{m.indicators}</h2>
      {p.indicators.length === 0 ? <p>{m.noIndicators}</p> : null}
      {p.indicators.map((i) => {
        const name = km ? i.name_km : i.name_en;
        return (
          <section id={`indicator-${i.code}`}>
            <h3>
              {i.code}: {name}
            </h3>
            <dl>
              <dt>{m.baseline}</dt>
              <dd>{m.inYear(`${n(i.baseline)} ${i.unit}`, y(i.baseline_year))}</dd>
              <dt>{m.target}</dt>
              <dd>{m.inYear(`${n(i.target)} ${i.unit}`, y(i.target_year))}</dd>
              <dt>{m.latest}</dt>
              <dd>{i.latest ? `${n(i.latest.value)} ${i.unit} (${day(i.latest.measured_on)})` : '—'}</dd>
              <dt>{m.progress}</dt>
              <dd>
                <ProgressBar {...p} id={`progress-${i.id}`} name={name} share={i.share} />
              </dd>
            </dl>
            {i.values.length === 0 ? (
              <p>{m.noMeasurements}</p>
            ) : (
              <table>
                <caption>{m.measurements}</caption>
                <ColumnHeads columns={[m.measuredOn, m.value, m.source]} />
                <tbody>
                  {i.values.map((v) => (
                    <tr>
                      <td>{day(v.measured_on)}</td>
                      <td>
                        {n(v.value)} {i.unit}
                      </td>
                      <td>{link(v.source_url, v.source_note || v.source_url)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {p.mayEdit ? (
              <form method="post" action={`/watch/indicators/${i.id}/measurements`}>
                <CsrfField token={p.csrfToken} />
                <Problems m={m} state={p.state} form={`measure-${i.id}`} />
                <h4>{m.newMeasurement}</h4>
                <Field
                  form={`measure-${i.id}`}
                  name="measuredOn"
                  label={m.measuredOn}
                  date
                  hint={dateInputHint(p.lang, p.digits)}
                  state={p.state}
                />
                <Field
                  form={`measure-${i.id}`}
                  name="value"
                  label={`${m.value} (${i.unit})`}
                  state={p.state}
                />
                <Field
                  form={`measure-${i.id}`}
                  name="sourceUrl"
                  label={m.sourceUrl}
                  type="url"
                  state={p.state}
                />
                <Field form={`measure-${i.id}`} name="sourceNote" label={m.sourceNote} state={p.state} />
                <button type="submit">{m.save}</button>
              </form>
            ) : null}
          </section>
        );
      })}

      <h2>{m.history}</h2>
      <p>{m.historyIntro}</p>
      {p.history.length === 0 ? (
        <p>{m.noAssessments}</p>
      ) : (
        <ol reversed class="history">
          {p.history.map((a) => (
            <li>
              <strong>
                {y(a.year)}: {m.verdict[a.verdict]}
              </strong>{' '}
              — {formatDateTime(a.assessed_at, p.lang, p.digits)}
              {a.assessor ? ` — ${m.assessedBy} ${a.assessor}` : ''}
              {standing.has(a.id) ? ` (${m.standing})` : ` (${m.superseded})`}
              <br />
              {a.reasoning}
              {a.evidence_url ? <> — {link(a.evidence_url, m.evidence)}</> : null}
            </li>
          ))}
        </ol>
      )}

      {p.mayEdit ? <PromiseForms {...p} /> : null}
    </>
  );
}

function PromiseForms(p: PromiseProps) {
  const m = promiseMessages[p.lang];
  return (
    <section>
      <h2>{m.editTitle}</h2>
      <h3>{m.assess}</h3>
      <form method="post" action={`/watch/promises/${p.promise.id}/assessments`}>
        <CsrfField token={p.csrfToken} />
        <Problems m={m} state={p.state} form="assess" />
        <Field form="assess" name="year" label={m.year} state={p.state} value={String(p.year)} />
        <VerdictChoice form="assess" m={m} state={p.state} />
        <Field form="assess" name="reasoning" label={m.reasoning} state={p.state} area />
        <Field form="assess" name="evidenceUrl" label={m.evidenceUrl} type="url" state={p.state} />
        <button type="submit">{m.save}</button>
      </form>
      <h3>{m.newIndicator}</h3>
      <form method="post" action={`/watch/promises/${p.promise.id}/indicators`}>
        <CsrfField token={p.csrfToken} />
        <Problems m={m} state={p.state} form="indicator" />
        <Field form="indicator" name="code" label={m.code} hint={m.codeHint} state={p.state} />
        <Field form="indicator" name="nameKm" label={m.nameKm} state={p.state} />
        <Field form="indicator" name="nameEn" label={m.nameEn} state={p.state} />
        <Field form="indicator" name="unit" label={m.unit} state={p.state} />
        <Field form="indicator" name="baseline" label={m.baseline} state={p.state} />
        <Field form="indicator" name="baselineYear" label={m.baselineYear} state={p.state} />
        <Field form="indicator" name="target" label={m.target} state={p.state} />
        <Field form="indicator" name="targetYear" label={m.targetYear} state={p.state} />
        <button type="submit">{m.save}</button>
      </form>
    </section>
  );
}

/** The error list of a refused form or import, in the reader's language. */
export function describeProblems(
  lang: Lang,
  digits: Digits,
  problems: { code: string; line?: number; column?: string }[],
): string[] {
  const m = promiseMessages[lang];
  return problems.map((x) =>
    x.line !== undefined
      ? m.importProblem(formatNumber(x.line, lang, digits), x.column ?? '', errorText(m, x.code))
      : errorText(m, x.code),
  );
}
