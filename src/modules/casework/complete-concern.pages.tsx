// The form by which the holding office completes a concern's topic and place: one select of topics and one
// of the province's communes grouped by district (the district follows from the commune).
import type { Lang } from '../../platform/i18n/i18n';
import { ErrorSummary, Field, fieldAria } from '../../web/form';
import { CsrfField } from '../../web/layout';
import { completeConcernMessages } from './complete-concern.messages';

export interface CompletionChoices {
  categories: { code: string; name_km: string; name_en: string }[];
  districts: {
    code: string;
    name_km: string;
    name_latin: string;
    communes: { code: string; name_km: string; name_latin: string }[];
  }[];
}

export interface CompletionFormProps {
  lang: Lang;
  csrfToken: string;
  formToken: string;
  /** '/office/cases/…' */
  base: string;
  current: { category_code: string; commune_code: string | null };
  choices: CompletionChoices;
  /** A sending that was refused: what it said and the error of each field. */
  failed?: {
    values: { category?: string; commune?: string };
    errors: { category?: string; commune?: string };
  };
}

export function CompletionForm(p: CompletionFormProps) {
  const m = completeConcernMessages[p.lang];
  const category = p.failed?.values.category ?? p.current.category_code;
  const commune = p.failed?.values.commune ?? p.current.commune_code ?? '';
  const errors = p.failed?.errors ?? {};
  const text = (e?: string) =>
    e
      ? ((m.fieldErrors as Record<string, string>)[e] ?? (m.refusals as Record<string, string>)[e])
      : undefined;
  const name = (n: { name_km: string; name_latin: string }) => (p.lang === 'km' ? n.name_km : n.name_latin);
  return (
    <section aria-labelledby="complete-title">
      <details open={!!p.failed || !p.current.commune_code} class="step">
        <summary id="complete-title">{m.title}</summary>
        <p class="muted">{m.hint}</p>
        {p.failed ? <ErrorSummary title={m.errorSummary} /> : null}
        <form method="post" action={`${p.base}/complete`}>
          <CsrfField token={p.csrfToken} />
          <input type="hidden" name="form_token" value={p.formToken} />
          <Field id="complete-category" label={m.category} error={text(errors.category)}>
            <select
              id="complete-category"
              name="category"
              required
              {...fieldAria('complete-category', false, errors.category)}
            >
              <option value="">{m.choose}</option>
              {p.choices.categories.map((c) => (
                <option value={c.code} selected={c.code === category}>
                  {p.lang === 'km' ? c.name_km : c.name_en}
                </option>
              ))}
            </select>
          </Field>
          <Field id="complete-commune" label={m.commune} error={text(errors.commune)}>
            <select
              id="complete-commune"
              name="commune"
              required
              {...fieldAria('complete-commune', false, errors.commune)}
            >
              <option value="">{m.choose}</option>
              {p.choices.districts.map((d) => (
                <optgroup label={name(d)}>
                  {d.communes.map((c) => (
                    <option value={c.code} selected={c.code === commune}>
                      {name(c)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
          <p>
            <button type="submit">{m.save}</button>
          </p>
        </form>
      </details>
    </section>
  );
}
