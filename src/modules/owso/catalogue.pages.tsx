// The ministry's views: catalogue list with CSV, service and fee forms, office forms, the rollout table.
// Plain forms (no JavaScript); each field shows its own error, linked by aria-describedby.
import { type Digits, formatDate, formatNumber, type Lang, textFor } from '../../platform/i18n/i18n';
import { CodeText } from '../../web/code-text';
import { ColumnHeads, DataTable } from '../../web/data-table';
import { DateHint, dateControlAttrs, ErrorSummary } from '../../web/form';
import { CsrfField } from '../../web/layout';
import { owsoMessages } from './messages';
import type { OfficeRow, ServiceRow } from './owso.rows';
import { FeeText, SampleWarning } from './services.pages';

interface View {
  lang: Lang;
  digits: Digits;
  csrfToken: string;
}

export type FormValues = Record<string, string>;
export type FormErrors = Record<string, string>;

export interface FieldDef {
  name: string;
  label: string;
  kind?: 'text' | 'textarea' | 'select' | 'checkbox' | 'date' | 'number';
  options?: { value: string; label: string }[];
  readonly?: boolean;
}

function Field(props: { f: FieldDef; values: FormValues; errors: FormErrors; lang: Lang; digits: Digits }) {
  const { f, values, errors } = props;
  const m = owsoMessages[props.lang];
  const value = values[f.name] ?? '';
  const error = errors[f.name];
  const errorText = error
    ? (textFor(m.commandErrors, error) ?? textFor(m.errors, error) ?? m.errors.invalid)
    : null;
  const describedBy = error ? `${f.name}-error` : undefined;
  const id = `f-${f.name}`;
  const errorP = errorText ? (
    <p class="error" id={`${f.name}-error`}>
      {errorText}
    </p>
  ) : null;
  if (f.kind === 'checkbox') {
    return (
      <p>
        <input type="checkbox" id={id} name={f.name} value="1" checked={value === '1'} />{' '}
        <label for={id}>{f.label}</label>
        {errorP}
      </p>
    );
  }
  return (
    <p>
      <label for={id}>{f.label}</label>
      {errorP}
      {f.kind === 'textarea' ? (
        <textarea id={id} name={f.name} rows={3} aria-describedby={describedBy}>
          {value}
        </textarea>
      ) : f.kind === 'select' ? (
        <select id={id} name={f.name} aria-describedby={describedBy}>
          {(f.options ?? []).map((o) => (
            <option value={o.value} selected={o.value === value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : f.kind === 'date' ? (
        <>
          <DateHint id={id} lang={props.lang} digits={props.digits} />
          <br />
          <input
            id={id}
            name={f.name}
            value={value}
            readonly={f.readonly}
            {...dateControlAttrs(id)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={[`${id}-hint`, describedBy].filter(Boolean).join(' ')}
          />
        </>
      ) : (
        <input
          id={id}
          name={f.name}
          value={value}
          readonly={f.readonly}
          inputmode={f.kind === 'number' ? 'numeric' : undefined}
          aria-describedby={describedBy}
        />
      )}
    </p>
  );
}

export function AdminForm(
  props: View & {
    action: string;
    fields: FieldDef[];
    values: FormValues;
    errors: FormErrors;
    button: string;
  },
) {
  const m = owsoMessages[props.lang];
  return (
    <form method="post" action={props.action}>
      <CsrfField token={props.csrfToken} />
      {Object.keys(props.errors).length > 0 ? (
        <ErrorSummary
          title={
            props.errors.form
              ? (textFor(m.commandErrors, props.errors.form) ?? m.errors.invalid)
              : m.errorSummary
          }
        />
      ) : null}
      {props.fields.map((f) => (
        <Field f={f} values={props.values} errors={props.errors} lang={props.lang} digits={props.digits} />
      ))}
      <button type="submit">{props.button}</button>
    </form>
  );
}

export function serviceFields(
  lang: Lang,
  isNew: boolean,
  categories: { code: string; name_en: string; name_km: string }[],
): FieldDef[] {
  const m = owsoMessages[lang];
  const fields: FieldDef[] = [
    { name: 'code', label: m.code, readonly: !isNew },
    {
      name: 'category_code',
      label: m.category,
      kind: 'select',
      options: categories.map((c) => ({ value: c.code, label: lang === 'km' ? c.name_km : c.name_en })),
    },
    {
      name: 'level',
      label: m.level,
      kind: 'select',
      options: (['commune', 'district', 'province'] as const).map((l) => ({ value: l, label: m.levels[l] })),
    },
    { name: 'name_km', label: m.nameKm },
    { name: 'name_en', label: m.nameEn },
    { name: 'max_days', label: m.maxDays, kind: 'number' },
    { name: 'documents_km', label: m.docsKm, kind: 'textarea' },
    { name: 'documents_en', label: m.docsEn, kind: 'textarea' },
    { name: 'who_may_apply_km', label: m.whoKm },
    { name: 'who_may_apply_en', label: m.whoEn },
    { name: 'legal_basis', label: m.legalBasis },
    { name: 'pay_at_counter', label: m.payCounter, kind: 'checkbox' },
    { name: 'pay_at_agency', label: m.payAgency, kind: 'checkbox' },
    { name: 'is_sample', label: m.sample, kind: 'checkbox' },
    { name: 'is_active', label: m.active, kind: 'checkbox' },
  ];
  if (isNew) {
    fields.push(
      { name: 'fee_riel', label: m.newFee, kind: 'number' },
      { name: 'effective_from', label: m.effectiveFrom, kind: 'date' },
    );
  }
  return fields;
}

export function feeFields(lang: Lang): FieldDef[] {
  const m = owsoMessages[lang];
  return [
    { name: 'fee_riel', label: m.newFee, kind: 'number' },
    { name: 'effective_from', label: m.effectiveFrom, kind: 'date' },
    { name: 'note', label: m.note },
  ];
}

export function officeFields(lang: Lang, isNew: boolean): FieldDef[] {
  const m = owsoMessages[lang];
  return [
    { name: 'code', label: m.code, readonly: !isNew },
    {
      name: 'level',
      label: m.level,
      kind: 'select',
      options: (['commune', 'district', 'province'] as const).map((l) => ({ value: l, label: m.levels[l] })),
    },
    { name: 'place_code', label: m.place },
    { name: 'name_km', label: m.nameKm },
    { name: 'name_en', label: m.nameEn },
    {
      name: 'rollout_status',
      label: m.status,
      kind: 'select',
      options: (['planned', 'working_group', 'outreach_done', 'operating'] as const).map((s) => ({
        value: s,
        label: m.rollout[s],
      })),
    },
    { name: 'working_group_on', label: m.workingGroupOn, kind: 'date' },
    { name: 'outreach_on', label: m.outreachOn, kind: 'date' },
    { name: 'operating_since', label: m.operatingSince, kind: 'date' },
    { name: 'opening_hours_km', label: m.hoursKm },
    { name: 'opening_hours_en', label: m.hoursEn },
    { name: 'counters', label: m.counters, kind: 'number' },
    { name: 'services', label: m.servicesOffered, kind: 'textarea' },
  ];
}

export function CatalogueAdmin(
  props: View & {
    services: ServiceRow[];
    newForm: { values: FormValues; errors: FormErrors; fields: FieldDef[] };
    importText: string;
    importProblems: string[];
    notice?: string;
    /** False for a ministry monitor without the admin grant: the list and CSV only. */
    canEdit: boolean;
  },
) {
  const m = owsoMessages[props.lang];
  return (
    <>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <SampleWarning lang={props.lang} show={props.services.some((s) => s.is_sample === 1)} />
      <p>
        <a href="/owso/admin/catalogue.csv">{m.exportCsv}</a> ·{' '}
        <a href="/owso/admin/offices">{m.officesAdminTitle}</a> · <a href="/owso/rollout">{m.rolloutTitle}</a>
      </p>
      <DataTable label={m.catalogueAdminTitle}>
        <ColumnHeads columns={[m.code, m.service, m.level, m.fee]} />
        <tbody>
          {props.services.map((s) => (
            <tr>
              <td>
                <a href={`/owso/admin/services/${encodeURIComponent(s.code)}`}>{s.code}</a>
              </td>
              <td>{props.lang === 'km' ? s.name_km : s.name_en}</td>
              <td>{m.levels[s.level]}</td>
              <td>
                <FeeText {...props} fee={s.fee_riel} />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {props.canEdit ? <EditForms {...props} /> : <p class="notice">{m.needAdmin}</p>}
    </>
  );
}

function EditForms(props: Parameters<typeof CatalogueAdmin>[0]) {
  const m = owsoMessages[props.lang];
  return (
    <>
      <h2>{m.importCsv}</h2>
      <ErrorSummary items={props.importProblems.map((text) => <CodeText text={text} />)} />
      <form method="post" action="/owso/admin/catalogue/import">
        <CsrfField token={props.csrfToken} />
        <p>
          <label for="csv">{m.importFile}</label>
          <textarea id="csv" name="csv" rows={6}>
            {props.importText}
          </textarea>
        </p>
        <button type="submit">{m.importButton}</button>
      </form>
      <h2>{m.newService}</h2>
      <AdminForm {...props} action="/owso/admin/services" {...props.newForm} button={m.save} />
    </>
  );
}

export function RolloutTable(
  props: Omit<View, 'csrfToken'> & {
    rows: {
      code: string;
      name_km: string;
      name_latin: string;
      planned: number;
      working_group: number;
      outreach_done: number;
      operating: number;
      total: number;
      outreach: number;
      operatingOffices: OfficeRow[];
    }[];
  },
) {
  const m = owsoMessages[props.lang];
  const n = (x: number) => formatNumber(x, props.lang, props.digits);
  return (
    <>
      <DataTable label={m.rolloutTitle}>
        <ColumnHeads
          columns={[
            m.province,
            m.rollout.planned,
            m.rollout.working_group,
            m.rollout.outreach_done,
            m.rollout.operating,
            m.total,
            m.outreachDone,
          ]}
        />
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <th scope="row">{props.lang === 'km' ? r.name_km : r.name_latin}</th>
              <td>{n(r.planned)}</td>
              <td>{n(r.working_group)}</td>
              <td>{n(r.outreach_done)}</td>
              <td>{n(r.operating)}</td>
              <td>{n(r.total)}</td>
              <td>{n(r.outreach)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <h2 id="operating-list">{m.operatingList}</h2>
      <DataTable labelledby="operating-list">
        <ColumnHeads columns={[m.office, m.level, m.operatingSince]} />
        <tbody>
          {props.rows.flatMap((r) =>
            r.operatingOffices.map((o) => (
              <tr>
                <td>
                  <a href={`/owso/offices/${encodeURIComponent(o.code)}`}>
                    {props.lang === 'km' ? o.name_km : o.name_en}
                  </a>
                </td>
                <td>{m.levels[o.level]}</td>
                <td>{o.operating_since ? formatDate(o.operating_since, props.lang, props.digits) : '—'}</td>
              </tr>
            )),
          )}
        </tbody>
      </DataTable>
    </>
  );
}
