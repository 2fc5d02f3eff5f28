// Views of the ministry's page of approved payment agencies: the list, the form to add one, the form to edit one.
import type { Lang } from '../../platform/i18n/i18n';
import { importMessages } from '../../platform/import/import.messages';
import type { ImportReason } from '../../platform/import/import-kit';
import { CodeText } from '../../web/code-text';
import { ColumnHeads, DataTable } from '../../web/data-table';
import { ErrorSummary, Field, fieldAria } from '../../web/form';
import { CsrfField } from '../../web/layout';
import { agencyMessages } from './agencies.messages';

export type AgencyField = 'code' | 'name_km' | 'name_en' | 'is_active';
export type AgencyValues = Partial<Record<AgencyField, string>>;
export type AgencyErrors = Partial<Record<AgencyField, ImportReason | 'code-taken'>>;

interface AgencyRow {
  code: string;
  name_km: string;
  name_en: string;
  is_active: number;
}

interface FormProps {
  lang: Lang;
  csrfToken: string;
  action: string;
  values: AgencyValues;
  errors: AgencyErrors;
  /** The code of an agency being edited: shown, not typed again. */
  fixedCode?: string;
}

function AgencyForm(p: FormProps) {
  const m = agencyMessages[p.lang];
  const errorText = (f: AgencyField) => {
    const e = p.errors[f];
    return e === undefined ? undefined : e === 'code-taken' ? m.codeTaken : importMessages[p.lang].reasons[e];
  };
  const input = (id: AgencyField, lang: 'km' | 'en' | undefined, hint?: string) => (
    <input
      id={id}
      name={id}
      type="text"
      lang={lang}
      maxlength={id === 'code' ? 24 : 200}
      required
      value={p.values[id] ?? ''}
      {...fieldAria(id, hint !== undefined, errorText(id))}
    />
  );
  return (
    <form method="post" action={p.action} novalidate>
      <CsrfField token={p.csrfToken} />
      {p.fixedCode ? (
        <input type="hidden" name="code" value={p.fixedCode} />
      ) : (
        <Field id="code" label={m.code} hint={<CodeText text={m.codeHint} />} error={errorText('code')}>
          {input('code', undefined, m.codeHint)}
        </Field>
      )}
      <Field id="name_km" label={m.nameKm} error={errorText('name_km')}>
        {input('name_km', 'km')}
      </Field>
      <Field id="name_en" label={m.nameEn} error={errorText('name_en')}>
        {input('name_en', 'en')}
      </Field>
      <p>
        <input
          type="checkbox"
          id="is_active"
          name="is_active"
          value="1"
          checked={p.values.is_active !== '0'}
        />{' '}
        <label for="is_active">{m.active}</label>
      </p>
      <button type="submit">{m.save}</button>
    </form>
  );
}

export function AgenciesPage(p: {
  lang: Lang;
  csrfToken: string;
  agencies: AgencyRow[];
  values: AgencyValues;
  errors: AgencyErrors;
  saved: boolean;
}) {
  const m = agencyMessages[p.lang];
  return (
    <>
      <p>
        <CodeText text={m.intro} />
      </p>
      {p.saved ? (
        <p class="notice" role="status">
          {m.saved}
        </p>
      ) : null}
      {p.agencies.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <DataTable label={m.title}>
          <ColumnHeads columns={[m.code, m.name, m.active, m.edit]} />
          <tbody>
            {p.agencies.map((a) => (
              <tr>
                <th scope="row">
                  <code>{a.code}</code>
                </th>
                <td>{p.lang === 'km' ? a.name_km : a.name_en}</td>
                <td>{Number(a.is_active) === 1 ? m.yes : m.no}</td>
                <td>
                  <a href={`/owso/admin/agencies/${encodeURIComponent(a.code)}`}>{m.edit}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <h2>{m.addHeading}</h2>
      {Object.keys(p.errors).length > 0 ? <ErrorSummary title={m.refused} /> : null}
      <AgencyForm
        lang={p.lang}
        csrfToken={p.csrfToken}
        action="/owso/admin/agencies"
        values={p.values}
        errors={p.errors}
      />
    </>
  );
}

export function AgencyEditPage(p: {
  lang: Lang;
  csrfToken: string;
  code: string;
  values: AgencyValues;
  errors: AgencyErrors;
  saved: boolean;
}) {
  const m = agencyMessages[p.lang];
  return (
    <>
      <p>
        <a href="/owso/admin/agencies">{m.back}</a>
      </p>
      {p.saved ? (
        <p class="notice" role="status">
          {m.saved}
        </p>
      ) : null}
      {Object.keys(p.errors).length > 0 ? <ErrorSummary title={m.refused} /> : null}
      <AgencyForm
        lang={p.lang}
        csrfToken={p.csrfToken}
        action={`/owso/admin/agencies/${encodeURIComponent(p.code)}`}
        values={p.values}
        errors={p.errors}
        fixedCode={p.code}
      />
    </>
  );
}
