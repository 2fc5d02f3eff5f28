// Views of development plans: a constituency's priorities, one priority with its history, the national view.
import {
  type Digits,
  formatDateTime,
  formatNumber,
  formatRecordNumber,
  formatYear,
  type Lang,
} from '../../platform/i18n/i18n';
import { CodeText } from '../../web/code-text';
import { ColumnHeads, DataTable, ListOrNone, TableOrNone } from '../../web/data-table';
import { ErrorSummary, Notice } from '../../web/form';
import { CsrfField, type FormContext } from '../../web/layout';
import {
  PLAN_SECTORS,
  type PlanSector,
  type PlanStatus,
  RAISED_BY,
  type RaisedBy,
} from './constituency.table';
import { type LinkedCase, TopicAndStatus } from './linked-cases.pages';
import { type PlanErrorCode, planMessages } from './plans.messages';
import { nextPlanStatuses } from './plans.rules';

export interface ProjectRow {
  id: number;
  place_code: string;
  place_name_km: string;
  place_name_latin: string;
  sector: PlanSector;
  description: string;
  estimated_cost_riel: number | null;
  funding_source: string;
  raised_by: RaisedBy;
  status: PlanStatus;
  is_demo: number;
}

export interface PlansPageProps extends FormContext {
  office: { code: string; name_en: string; name_km: string };
  year: number;
  projects: ProjectRow[];
  places: { code: string; level: string; name_km: string; name_latin: string }[];
  mayEdit: boolean;
  error?: PlanErrorCode;
  problems?: string[];
  notice?: string;
}

export function PlansPage(props: PlansPageProps) {
  const { lang, digits } = props;
  const t = planMessages[lang];
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, lang, digits));
  const q = `office=${encodeURIComponent(props.office.code)}&year=${props.year}`;
  return (
    <>
      <h2>
        {props.office.code} — {lang === 'km' ? props.office.name_km : props.office.name_en},{' '}
        {formatYear(props.year, lang, digits)}
      </h2>
      <Notice text={props.notice} />
      {props.error ? (
        <ErrorSummary
          title={t.errors[props.error]}
          items={props.problems?.map((p) => <CodeText text={p} />)}
        />
      ) : null}
      <TableOrNone
        label={t.title}
        columns={['#', t.place, t.sector, t.description, t.cost, t.funding, t.status]}
        rows={props.projects}
        none={t.none}
        row={(p) => (
          <tr>
            <td>
              <a href={`/office/plans/${p.id}`}>{formatRecordNumber(p.id, lang, digits)}</a>
            </td>
            <td>{lang === 'km' ? p.place_name_km : p.place_name_latin}</td>
            <td>{t.sectors[p.sector]}</td>
            <td>
              {p.description}
              {p.is_demo ? <span class="muted"> ({t.demo})</span> : null}
            </td>
            <td>{n(p.estimated_cost_riel)}</td>
            <td>{p.funding_source}</td>
            <td>{t.statuses[p.status]}</td>
          </tr>
        )}
      />
      <p>
        <a href={`/office/plans.csv?${q}`}>{t.csv}</a>
      </p>
      {props.mayEdit ? (
        <>
          <h3>{t.add}</h3>
          <form method="post" action="/office/plans">
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="office" value={props.office.code} />
            <input type="hidden" name="year" value={String(props.year)} />
            <p>
              <label for="place">{t.place}</label>
              <select id="place" name="place">
                {props.places.map((p) => (
                  <option value={p.code}>
                    {lang === 'km' ? p.name_km : p.name_latin} ({p.code})
                  </option>
                ))}
              </select>
            </p>
            <p>
              <label for="sector">{t.sector}</label>
              <select id="sector" name="sector">
                {PLAN_SECTORS.map((s) => (
                  <option value={s}>{t.sectors[s]}</option>
                ))}
              </select>
            </p>
            <p>
              <label for="description">{t.description}</label>
              <textarea id="description" name="description" rows={2} />
            </p>
            <p>
              <label for="estimatedCostRiel">{t.cost}</label>
              <input id="estimatedCostRiel" name="estimatedCostRiel" inputmode="numeric" />
            </p>
            <p>
              <label for="fundingSource">{t.funding}</label>
              <input id="fundingSource" name="fundingSource" />
            </p>
            <p>
              <label for="raisedBy">{t.raisedBy}</label>
              <select id="raisedBy" name="raisedBy">
                {RAISED_BY.map((r) => (
                  <option value={r}>{t.raisedByOptions[r]}</option>
                ))}
              </select>
            </p>
            <button type="submit">{t.addButton}</button>
          </form>
          <h3>{t.importTitle}</h3>
          <p class="muted" id="import-hint">
            <CodeText text={t.importHint} />
          </p>
          <form method="post" action="/office/plans/import" enctype="multipart/form-data">
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="office" value={props.office.code} />
            <input type="hidden" name="year" value={String(props.year)} />
            <label for="csv">{t.importFile}</label>
            <input id="csv" name="csv" type="file" accept=".csv,text/csv" aria-describedby="import-hint" />
            <button type="submit">{t.importButton}</button>
          </form>
        </>
      ) : null}
    </>
  );
}

export interface ProjectPageProps extends FormContext {
  p: ProjectRow & { office_code: string; year: number };
  history: {
    id: number;
    from_status: PlanStatus | null;
    to_status: PlanStatus;
    note: string;
    changed_at: string;
    display_name: string | null;
  }[];
  cases: LinkedCase[];
  mayEdit: boolean;
  error?: PlanErrorCode;
  notice?: string;
}

export function ProjectPage(props: ProjectPageProps) {
  const { lang, digits, p } = props;
  const t = planMessages[lang];
  const next = nextPlanStatuses(p.status);
  return (
    <>
      <Notice text={props.notice} />
      <ErrorSummary title={props.error ? t.errors[props.error] : undefined} />
      <dl>
        <dt>{t.office}</dt>
        <dd>
          <a href={`/office/plans?office=${encodeURIComponent(p.office_code)}&year=${p.year}`}>
            {p.office_code}, {formatYear(p.year, lang, digits)}
          </a>
        </dd>
        <dt>{t.place}</dt>
        <dd>{lang === 'km' ? p.place_name_km : p.place_name_latin}</dd>
        <dt>{t.sector}</dt>
        <dd>{t.sectors[p.sector]}</dd>
        <dt>{t.description}</dt>
        <dd>{p.description}</dd>
        <dt>{t.cost}</dt>
        <dd>{p.estimated_cost_riel === null ? '—' : formatNumber(p.estimated_cost_riel, lang, digits)}</dd>
        <dt>{t.funding}</dt>
        <dd>{p.funding_source || '—'}</dd>
        <dt>{t.raisedBy}</dt>
        <dd>{t.raisedByOptions[p.raised_by]}</dd>
        <dt>{t.status}</dt>
        <dd>{t.statuses[p.status]}</dd>
      </dl>
      {props.mayEdit && next.length > 0 ? (
        <form method="post" action={`/office/plans/${p.id}/status`}>
          <CsrfField token={props.csrfToken} />
          <h3>{t.move}</h3>
          <p>
            <label for="to">{t.to}</label>
            <select id="to" name="to">
              {next.map((s) => (
                <option value={s}>{t.statuses[s]}</option>
              ))}
            </select>
          </p>
          <p>
            <label for="note">{t.note}</label>
            <input id="note" name="note" />
          </p>
          <button type="submit">{t.moveButton}</button>
        </form>
      ) : null}
      <h3>{t.history}</h3>
      <DataTable label={t.history}>
        <ColumnHeads columns={[t.when, t.from, t.to, t.who, t.note]} />
        <tbody>
          {props.history.map((h) => (
            <tr>
              <td>{formatDateTime(h.changed_at, lang, digits)}</td>
              <td>{h.from_status ? t.statuses[h.from_status] : '—'}</td>
              <td>{t.statuses[h.to_status]}</td>
              <td>{h.display_name ?? '—'}</td>
              <td>{h.note}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <h3>{t.concerns}</h3>
      <ListOrNone
        items={props.cases}
        none={t.noConcerns}
        item={(c) => (
          <>
            {props.mayEdit ? (
              <a href={`/office/cases/${c.tracking_code}`}>{c.tracking_code}</a>
            ) : (
              c.tracking_code
            )}{' '}
            <TopicAndStatus c={c} lang={lang} />
          </>
        )}
      />
      {props.mayEdit ? (
        <form method="post" action={`/office/plans/${p.id}/cases`} class="inline-form">
          <CsrfField token={props.csrfToken} />
          <label for="trackingCode">{t.linkConcern}</label>
          <input id="trackingCode" name="trackingCode" inputmode="numeric" />
          <button type="submit">{t.linkButton}</button>
        </form>
      ) : null}
    </>
  );
}

export interface NationalRow {
  code: string;
  name_en: string;
  name_km: string;
  byStatus: Partial<Record<PlanStatus, number>>;
  projects: number;
  cost: number;
}

export function NationalPlans(props: { lang: Lang; digits: Digits; year: number; rows: NationalRow[] }) {
  const { lang, digits } = props;
  const t = planMessages[lang];
  const n = (v: number) => formatNumber(v, lang, digits);
  const statuses = Object.keys(t.statuses) as PlanStatus[];
  return (
    <>
      <form method="get" action="/office/plans/national" class="inline-form">
        <label for="year">{t.year}</label>
        <input
          id="year"
          name="year"
          inputmode="numeric"
          maxlength={4}
          value={formatYear(props.year, lang, digits)}
        />
        <button type="submit">{t.show}</button>
      </form>
      <DataTable label={t.nationalTitle}>
        <thead>
          <tr>
            <th scope="col">{t.office}</th>
            {statuses.map((s) => (
              <th scope="col">{t.statuses[s]}</th>
            ))}
            <th scope="col">{t.projects}</th>
            <th scope="col">{t.totalCost}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <th scope="row">
                <a href={`/office/plans?office=${encodeURIComponent(r.code)}&year=${props.year}`}>
                  {lang === 'km' ? r.name_km : r.name_en}
                </a>
              </th>
              {statuses.map((s) => (
                <td>{n(r.byStatus[s] ?? 0)}</td>
              ))}
              <td>{n(r.projects)}</td>
              <td>{n(r.cost)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
