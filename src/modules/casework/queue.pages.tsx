// The queue pages' view: a GET filter form that works without JavaScript, the overdue banner, the table
// of cases (codes, places, dates and status; never the citizen's words or contacts) and paging links.
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { formatDate, formatNumber } from '../../platform/i18n/i18n';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { ColumnHeads, DataTable } from '../../web/data-table';
import { describedBy, FieldError, FieldHint, fieldAria } from '../../web/form';
import { caseStatusText } from './case.presenter';
import { CASE_STATUSES } from './case.rules';
import { CHANNELS } from './case.table';
import type { QueuePage } from './casework.rows';
import { type QueueFilterError, type QueueMessages, queueMessages } from './queue.messages';
import { CaseCards, placeOf } from './queue-cards.pages';
import { queueCountsMessages } from './queue-counts.messages';
import { QueueCountLinks } from './queue-counts.pages';
import type { QueueCounts } from './queue-counts.rules';

/** The filter fields as typed in the address, so the form is refilled exactly. */
export interface QueueFormValues {
  status: string;
  category: string;
  district: string;
  commune: string;
  channel: string;
  overdue: string;
  sort: string;
  q: string;
  page: string;
}
export type QueueField = keyof QueueFormValues;
export type QueueErrors = Partial<Record<QueueField, QueueFilterError>>;

export interface Choice {
  code: string;
  label: string;
}
export interface ChoiceGroup {
  label: string;
  choices: Choice[];
}

export interface QueueViewProps {
  lang: Lang;
  digits: Digits;
  /** The page's own path: the form's action and the paging links' base. */
  path: string;
  /** Where a row links to: `${caseBase}/${code}`. */
  caseBase: string;
  values: QueueFormValues;
  errors: QueueErrors;
  categories: Choice[];
  /** Districts by province; absent on the commission's page, which spans the country. */
  districts?: ChoiceGroup[];
  communes?: Choice[];
  overdueCount: number;
  /** The new, overdue and waiting cases of the desk, each count a link to its list. */
  desk: 'office' | 'commission';
  counts: QueueCounts;
  result?: QueuePage;
  today: string;
}

function ErrorText(props: { id: string; error?: QueueFilterError; m: QueueMessages }) {
  return <FieldError id={props.id} text={props.error ? props.m.errors[props.error] : undefined} inline />;
}

function Options(props: { choices: Choice[]; value: string }) {
  return (
    <>
      {props.choices.map((choice) => (
        <option value={choice.code} selected={choice.code === props.value}>
          {choice.label}
        </option>
      ))}
    </>
  );
}

function Select(props: {
  id: QueueField;
  label: string;
  any?: string;
  value: string;
  error?: QueueFilterError;
  hint?: string;
  m: QueueMessages;
  children: unknown;
}) {
  return (
    <p>
      <label for={props.id}>{props.label}</label>
      <FieldHint id={props.id} text={props.hint} />
      <select id={props.id} name={props.id} {...fieldAria(props.id, !!props.hint, props.error)}>
        {props.any ? <option value="">{props.any}</option> : null}
        {props.children}
      </select>
      <ErrorText id={props.id} error={props.error} m={props.m} />
    </p>
  );
}

/** A drop-down filter of the queue: which field, its label, its "any" choice and its options. */
interface SelectFilter {
  id: QueueField;
  label: string;
  any?: string;
  hint?: string;
  options: unknown;
}

/** The drop-down filters in the order they are shown; district and channel only where the queue spans districts. */
function selectFilters(props: QueueViewProps & { m: QueueMessages }): SelectFilter[] {
  const { m, values, lang, districts, communes } = props;
  const options = (choices: Choice[], value: string) => <Options choices={choices} value={value} />;
  const filters: (SelectFilter | null)[] = [
    {
      id: 'status',
      label: m.status,
      any: m.anyStatus,
      options: (
        <>
          <option value="open" selected={values.status === 'open'}>
            {m.openCases}
          </option>
          <option value="final" selected={values.status === 'final'}>
            {m.finalCases}
          </option>
          <optgroup label={m.singleStatuses}>
            {options(
              CASE_STATUSES.map((s) => ({ code: s, label: caseStatusText(s, lang) })),
              values.status,
            )}
          </optgroup>
        </>
      ),
    },
    {
      id: 'category',
      label: m.category,
      any: m.anyCategory,
      options: options(props.categories, values.category),
    },
    districts
      ? {
          id: 'district',
          label: m.district,
          any: m.anyDistrict,
          options:
            districts.length === 1
              ? options(districts[0].choices, values.district)
              : districts.map((group) => (
                  <optgroup label={group.label}>{options(group.choices, values.district)}</optgroup>
                )),
        }
      : null,
    communes
      ? {
          id: 'commune',
          label: m.commune,
          any: m.anyCommune,
          hint: communes.length === 0 ? m.communeHint : undefined,
          options: options(communes, values.commune),
        }
      : null,
    districts
      ? {
          id: 'channel',
          label: m.channel,
          any: m.anyChannel,
          options: options(
            CHANNELS.map((ch) => ({ code: ch, label: m.channels[ch] })),
            values.channel,
          ),
        }
      : null,
    {
      id: 'sort',
      label: m.sort,
      options: options(
        [
          { code: 'newest', label: m.sortNewest },
          { code: 'oldest', label: m.sortOldest },
          { code: 'due', label: m.sortDue },
        ],
        values.sort || 'newest',
      ),
    },
  ];
  return filters.filter((f) => f !== null);
}

/** The filters folded away on a phone; the search stays in view. */
const FOLDED_FIELDS = ['status', 'category', 'district', 'commune', 'channel', 'overdue', 'sort'] as const;

function FilterForm(props: QueueViewProps & { m: QueueMessages }) {
  const { m, values, errors, lang } = props;
  const pm = queueCountsMessages[lang];
  // Folded on a phone unless a filter is in use (or wrong), so the cases come first.
  const open = FOLDED_FIELDS.some((f) => values[f] !== '' || errors[f]);
  return (
    <form method="get" action={props.path} class="queue-filters">
      <p>
        <label for="q">{m.search}</label>
        <span class="muted" id="q-hint">
          {m.searchHint} {pm.codeHint}
        </span>
        <input
          type="search"
          id="q"
          name="q"
          value={values.q}
          maxlength={200}
          aria-invalid={errors.q ? 'true' : undefined}
          aria-describedby={describedBy('q', true, errors.q)}
        />
        <ErrorText id="q" error={errors.q} m={m} />
      </p>
      <details class="queue-fold" open={open}>
        <summary>{pm.moreFilters}</summary>
        <fieldset>
          <legend>{m.filtersLegend}</legend>
          <div class="queue-fields">
            {selectFilters(props).map((f) => (
              <Select
                id={f.id}
                label={f.label}
                any={f.any}
                value={values[f.id]}
                error={errors[f.id]}
                hint={f.hint}
                m={m}
              >
                {f.options}
              </Select>
            ))}
          </div>
          <div class="check">
            <input
              type="checkbox"
              id="overdue"
              name="overdue"
              value="1"
              checked={values.overdue === '1'}
              aria-invalid={errors.overdue ? 'true' : undefined}
              aria-describedby={describedBy('overdue', false, errors.overdue)}
            />
            <label for="overdue">{m.overdueOnly}</label>
            <ErrorText id="overdue" error={errors.overdue} m={m} />
          </div>
        </fieldset>
      </details>
      <p>
        <button type="submit">{m.show}</button> <a href={props.path}>{m.clear}</a>
      </p>
    </form>
  );
}

function OverdueBanner(props: { count: number; path: string; lang: Lang; digits: Digits; m: QueueMessages }) {
  const { m } = props;
  if (props.count === 0) return <p class="notice">{m.noneOverdue}</p>;
  return (
    <p class="alert" role="status">
      <strong>
        {props.count === 1
          ? m.overdueBannerOne
          : m.overdueBanner(formatNumber(props.count, props.lang, props.digits))}
      </strong>{' '}
      <a href={`${props.path}?overdue=1&sort=due`}>{m.showOverdue}</a>
    </p>
  );
}

function CaseTable(props: QueueViewProps & { m: QueueMessages; result: QueuePage }) {
  const { m, lang, digits } = props;
  if (props.result.rows.length === 0) return <p>{m.empty}</p>;
  return (
    <>
      <CaseCards lang={lang} digits={digits} caseBase={props.caseBase} result={props.result} m={m} />
      <div class="queue-wide">
        <DataTable label={m.tableCaption} class="queue">
          <caption>{m.tableCaption}</caption>
          <ColumnHeads
            columns={[m.trackingCode, m.category, m.place, m.channel, m.status, m.submitted, m.due]}
          />
          <tbody>
            {props.result.rows.map((row) => (
              <tr class={row.overdue ? 'overdue' : undefined}>
                <th scope="row">
                  <a href={`${props.caseBase}/${row.tracking_code}`} translate="no">
                    {formatTrackingCode(row.tracking_code)}
                  </a>
                </th>
                <td>{lang === 'km' ? row.category_km : row.category_en}</td>
                <td>{placeOf(row, lang)}</td>
                <td>{m.channels[row.channel] ?? row.channel}</td>
                <td>{caseStatusText(row.status, lang)}</td>
                <td>{formatDate(row.submitted_at, lang, digits)}</td>
                <td>
                  {row.due_date ? formatDate(row.due_date, lang, digits) : m.noDueDate}
                  {row.overdue ? (
                    <>
                      {' '}
                      <strong class="overdue-flag">{m.overdueFlag}</strong>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </div>
    </>
  );
}

/** The address of another page of the same filters. */
function pageHref(path: string, values: QueueFormValues, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value && key !== 'page') params.set(key, value);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

function Paging(props: QueueViewProps & { m: QueueMessages; result: QueuePage }) {
  const { m, result } = props;
  if (result.page === 1 && !result.hasMore) return null;
  return (
    <nav aria-label={m.pagination} class="inline">
      {result.page > 1 ? (
        <a href={pageHref(props.path, props.values, result.page - 1)}>{m.previous}</a>
      ) : null}
      <span>{m.pageOf(formatNumber(result.page, props.lang, props.digits))}</span>
      {result.hasMore ? <a href={pageHref(props.path, props.values, result.page + 1)}>{m.next}</a> : null}
    </nav>
  );
}

/** The whole queue page's body: filters, the overdue flag, and the table when the filters were valid. */
export function QueueView(props: QueueViewProps) {
  const m = queueMessages[props.lang];
  const invalid = Object.keys(props.errors).length > 0;
  return (
    <>
      <QueueCountLinks
        counts={props.counts}
        desk={props.desk}
        path={props.path}
        lang={props.lang}
        digits={props.digits}
      />
      {invalid ? (
        <div class="alert" role="alert">
          <p>
            <strong>{m.badFilterTitle}</strong>
          </p>
          <p>{m.badFilterBody}</p>
          {/* The page number has no field of its own: its error is told here. */}
          {props.errors.page ? <p>{m.errors[props.errors.page]}</p> : null}
        </div>
      ) : (
        <OverdueBanner
          count={props.overdueCount}
          path={props.path}
          lang={props.lang}
          digits={props.digits}
          m={m}
        />
      )}
      <FilterForm {...props} m={m} />
      {props.result ? (
        <>
          {props.values.q ? <p class="muted">{m.searchOrder}</p> : null}
          <CaseTable {...props} m={m} result={props.result} />
          <Paging {...props} m={m} result={props.result} />
        </>
      ) : null}
    </>
  );
}
