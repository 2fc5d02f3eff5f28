// Views of the admin's service standards and public holidays: plain forms that work without JavaScript.

import { dateInputHint } from '../../platform/i18n/date-input';
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { formatCalendarDate, formatDateTime, formatNumber, formatYear } from '../../platform/i18n/i18n';
import { CodeText } from '../../web/code-text';
import { ColumnHeads, DataTable } from '../../web/data-table';
import {
  dateControlAttrs,
  describedBy,
  ErrorSummary,
  FieldError,
  FieldHint,
  fieldAria,
} from '../../web/form';
import { CsrfField } from '../../web/layout';
import { type HolidayOrigin, SERVICE_STAGES, type ServiceStage } from './case.table';
import type { AdminFieldError } from './edit-standards.commands';
import type { ImportProblem } from './import-holidays.commands';
import { type StandardsAdminMessages, standardsAdminMessages } from './standards-admin.messages';

interface ViewContext {
  lang: Lang;
  digits: Digits;
  csrfToken: string;
}

function Notice(props: { text?: string }) {
  return props.text ? (
    <p class="notice" role="status">
      {props.text}
    </p>
  ) : null;
}

function RefusedSummary(props: { show: boolean; m: StandardsAdminMessages }) {
  return props.show ? <ErrorSummary title={props.m.errorSummary} /> : null;
}

export interface StandardsFormProps extends ViewContext {
  /** The values as typed (or as stored), by stage. */
  values: Record<ServiceStage, string>;
  updatedAt: Partial<Record<ServiceStage, string>>;
  errors: Partial<Record<ServiceStage, AdminFieldError>>;
  notice?: 'saved' | 'unchanged';
}

export function StandardsForm(props: StandardsFormProps) {
  const m = standardsAdminMessages[props.lang];
  const hasErrors = Object.keys(props.errors).length > 0;
  return (
    <>
      <p>{m.standardsIntro}</p>
      <p class="notice">{m.standardsAppliesNext}</p>
      <p>
        <a href="/admin/holidays">{m.holidaysLink}</a>
      </p>
      <Notice text={props.notice ? m[props.notice] : undefined} />
      <RefusedSummary show={hasErrors} m={m} />
      <form method="post" action="/admin/service-standards" novalidate>
        <CsrfField token={props.csrfToken} />
        {SERVICE_STAGES.map((stage) => {
          const id = `days_${stage}`;
          const error = props.errors[stage];
          const updated = props.updatedAt[stage];
          return (
            <div>
              <label for={id}>{m.stageLabels[stage]}</label>
              <span class="muted" id={`${id}-hint`}>
                {m.stageHints[stage]} {m.workingDaysUnit}
              </span>
              <br />
              {/* Text, not type=number: a Khmer keyboard types Khmer numerals, which a number field refuses. */}
              <input
                id={id}
                name={id}
                type="text"
                inputmode="numeric"
                maxlength={4}
                required
                value={props.values[stage]}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={describedBy(id, true, error)}
                style="max-width:8rem"
              />
              <FieldError id={id} text={error ? m.errors[error] : undefined} />
              <p class="muted">
                {m.lastChanged}: {updated ? formatDateTime(updated, props.lang, props.digits) : m.notSetYet}
              </p>
            </div>
          );
        })}
        <button type="submit">{m.save}</button>
      </form>
    </>
  );
}

export type HolidayField = 'date' | 'nameKm' | 'nameEn';

export interface HolidaysPageProps extends ViewContext {
  holidays: { date: string; name_km: string; name_en: string; origin: HolidayOrigin }[];
  values: Record<HolidayField, string>;
  errors: Partial<Record<HolidayField, AdminFieldError | 'duplicate-date'>>;
  notice?: 'added' | 'deleted' | 'imported' | 'confirmedYear';
  /** After an import: how many holidays it added. */
  added?: number;
  /** After a change: how many running cases' due dates moved with it. */
  dueDatesMoved?: number;
  importProblems?: { format: 'csv' | 'ics'; problems: ImportProblem[] };
}

function importProblemText(
  m: StandardsAdminMessages,
  format: 'csv' | 'ics',
  p: ImportProblem,
  digits: Digits,
  lang: Lang,
) {
  const reason =
    p.reason === 'duplicate-in-file' || p.reason === 'unreadable' || p.reason === 'empty'
      ? m.importReasons[p.reason]
      : m.errors[p.reason];
  return p.row === 0 ? reason : `${m.importRow(format, formatNumber(p.row, lang, digits))}: ${reason}`;
}

/** A holiday's date with its weekday, in the reader's language and numerals (a calendar date: no time zone). */
export function holidayDate(date: string, lang: Lang, digits: Digits): string {
  return formatCalendarDate(date, lang, digits, 'full');
}

/** A holiday's name in the reader's language (both names are required, in the form, the import and data/). */
function holidayName(h: { name_km: string; name_en: string }, lang: Lang): string {
  return lang === 'km' ? h.name_km : h.name_en;
}

/** A year as written, without the thousands separator a number would get; Khmer numerals on request. */
function yearText(year: string, lang: Lang, digits: Digits): string {
  return formatYear(Number(year), lang, digits);
}

function HolidayInput(props: {
  id: HolidayField;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  lang?: Lang;
  maxlength: number;
}) {
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <FieldHint id={props.id} text={props.hint} />
      <input
        id={props.id}
        name={props.id}
        lang={props.lang}
        required
        value={props.value}
        {...(props.id === 'date'
          ? dateControlAttrs(props.id, { error: props.error })
          : { type: 'text', maxlength: props.maxlength, ...fieldAria(props.id, !!props.hint, props.error) })}
      />
      <FieldError id={props.id} text={props.error} />
    </div>
  );
}

export function HolidaysPage(props: HolidaysPageProps) {
  const m = standardsAdminMessages[props.lang];
  const errorText = (field: HolidayField) => {
    const error = props.errors[field];
    if (!error) return undefined;
    return error === 'duplicate-date' ? m.duplicateDate : m.errors[error];
  };
  const years = [...new Set(props.holidays.map((h) => h.date.slice(0, 4)))];
  const computedYears = years
    .filter((year) => props.holidays.some((h) => h.origin === 'computed' && h.date.startsWith(year)))
    .sort();
  return (
    <>
      <p>
        <CodeText text={m.holidaysIntro} />
      </p>
      <p class="notice">{m.holidaysAppliesNext}</p>
      {computedYears.length > 0 ? (
        <div class="notice" id="computed-notice">
          <p>
            {m.computedNotice(
              computedYears.map((year) => yearText(year, props.lang, props.digits)).join(', '),
            )}
          </p>
          {computedYears.map((year) => (
            <form method="post" action={`/admin/holidays/confirm/${year}`} class="inline">
              <CsrfField token={props.csrfToken} />
              <button type="submit" class="secondary">
                {m.confirmYear(yearText(year, props.lang, props.digits))}
              </button>
            </form>
          ))}
        </div>
      ) : null}
      <p>
        <a href="/admin/service-standards">{m.standardsLink}</a>
      </p>
      <Notice
        text={
          props.notice === 'imported'
            ? m.imported(formatNumber(props.added ?? 0, props.lang, props.digits))
            : props.notice
              ? m[props.notice]
              : undefined
        }
      />
      <Notice
        text={
          props.dueDatesMoved === undefined
            ? undefined
            : m.dueDatesMoved(formatNumber(props.dueDatesMoved, props.lang, props.digits))
        }
      />
      <h2>{m.addHeading}</h2>
      <RefusedSummary show={Object.keys(props.errors).length > 0} m={m} />
      <form method="post" action="/admin/holidays" novalidate>
        <CsrfField token={props.csrfToken} />
        {(
          [
            { id: 'date', label: m.date, hint: dateInputHint(props.lang, props.digits), maxlength: 10 },
            { id: 'nameKm', label: m.nameKm, lang: 'km', maxlength: 200 },
            { id: 'nameEn', label: m.nameEn, lang: 'en', maxlength: 200 },
          ] as const
        ).map((field) => (
          <HolidayInput {...field} value={props.values[field.id]} error={errorText(field.id)} />
        ))}
        <button type="submit">{m.add}</button>
      </form>
      <h2>{m.filesHeading}</h2>
      <ul>
        <li>
          <a href="/admin/holidays.csv">{m.downloadCsv}</a>
        </li>
        <li>
          <a href="/admin/holidays.ics">{m.downloadIcs}</a>
        </li>
      </ul>
      <h3>{m.importHeading}</h3>
      {props.importProblems ? (
        <ErrorSummary
          id="import-problems"
          title={m.importRefused}
          items={props.importProblems.problems.map((p) => (
            <CodeText
              text={importProblemText(m, props.importProblems!.format, p, props.digits, props.lang)}
            />
          ))}
        />
      ) : null}
      <form method="post" action="/admin/holidays/import" enctype="multipart/form-data">
        <CsrfField token={props.csrfToken} />
        <p id="import-hint">
          <CodeText text={m.importHint} />
        </p>
        <label for="import-file">{m.importFile}</label>{' '}
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,text/csv,.ics,text/calendar"
          aria-describedby="import-hint"
        />{' '}
        <button type="submit">{m.importButton}</button>
      </form>
      <h2>{m.listHeading}</h2>
      {years.length === 0 ? <p>{m.none}</p> : null}
      {years.map((year) => (
        <DataTable label={m.yearCaption(yearText(year, props.lang, props.digits))}>
          <caption>{m.yearCaption(yearText(year, props.lang, props.digits))}</caption>
          <ColumnHeads columns={[m.date, m.name, m.source, m.actions]} />
          <tbody>
            {props.holidays
              .filter((h) => h.date.startsWith(year))
              .map((h) => (
                <tr>
                  <th scope="row">
                    <time datetime={h.date}>{holidayDate(h.date, props.lang, props.digits)}</time>
                  </th>
                  <td>{holidayName(h, props.lang)}</td>
                  <td>{m.origins[h.origin]}</td>
                  <td>
                    <form method="post" action={`/admin/holidays/${h.date}/delete`} class="inline">
                      <CsrfField token={props.csrfToken} />
                      <button type="submit" class="secondary">
                        {m.remove}{' '}
                        <span class="sr-only">{holidayDate(h.date, props.lang, props.digits)}</span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
          </tbody>
        </DataTable>
      ))}
    </>
  );
}
