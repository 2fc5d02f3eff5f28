// View pieces the Assembly's records pages share: a form section with its refusals, each with the
// article when the Constitution is the reason, and the reader's texts.
import type { Ctx } from '../../platform/http/types';
import { type Digits, formatDate, formatNumber, type Lang } from '../../platform/i18n/i18n';
import type { Refusal } from '../../platform/result';
import { CsrfField } from '../../web/layout';
import { ARTICLES, type ArticleRef, citation } from './procedure/articles.rules';
import { CheckField, type Posted, SelectField, TextField } from './questions-laws-forms.pages';
import { recordsErrorText, recordsMessages } from './records.messages';

/** A form that was refused: which one, why, and what was typed, so the page shows it again. */
export type Failed = { form: string; refusals: Refusal[]; posted: Posted } | undefined;

/** The typed values and the refusals of `form`, when it is the one that failed. */
export function failedForm(failed: Failed) {
  return {
    posted: (form: string) => (failed?.form === form ? failed.posted : undefined),
    refusals: (form: string) => (failed?.form === form ? failed.refusals : []),
  };
}

export function texts(c: Ctx) {
  const lang = c.get('lang');
  const digits = c.get('digits');
  return {
    lang,
    digits,
    m: recordsMessages[lang],
    n: (value: number) => formatNumber(value, lang, digits),
    date: (d: string) => formatDate(d, lang, digits),
    name: (row: { name_km: string; name_en: string }) => (lang === 'km' ? row.name_km : row.name_en),
  };
}

export function Article({ refs, lang, digits }: { refs: ArticleRef; lang: Lang; digits: Digits }) {
  return (
    <p class="muted">
      <strong>{citation(refs, lang, digits)}</strong> — {ARTICLES[refs][lang]}
    </p>
  );
}

/** What went wrong, as sentences; the article when the Constitution is the reason. */
export function Problems({ c, refusals }: { c: Ctx; refusals: Refusal[] }) {
  const m = recordsMessages[c.get('lang')];
  if (refusals.length === 0) return null;
  return (
    <div class="alert" role="alert">
      <p>{m.fixErrors}</p>
      <ul>
        {refusals.map(({ code, article }) => (
          <li>
            {recordsErrorText(m, code)}
            {article ? ` (${citation(article as ArticleRef, c.get('lang'), c.get('digits'))})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FormSection(props: {
  c: Ctx;
  id: string;
  title: string;
  action: string;
  refusals: Refusal[];
  children: unknown;
}) {
  const m = recordsMessages[props.c.get('lang')];
  return (
    <section id={props.id}>
      <h2>{props.title}</h2>
      <Problems c={props.c} refusals={props.refusals} />
      <form method="post" action={props.action}>
        <CsrfField token={props.c.get('csrfToken')} />
        {props.children}
        <button type="submit">{m.save}</button>
      </form>
    </section>
  );
}

type Option = { value: string; label: string };
interface More {
  /** The control's id when it is not `<prefix>-<name>`. */
  id?: string;
  required?: boolean;
  maxlength?: number;
  multiline?: boolean;
}

/**
 * The fields of one form on a records page: each control's id is `<prefix>-<name>` (or `more.id`), what was
 * typed comes back into it after a refusal, and a date field carries the day/month/year hint.
 */
export function formFields(prefix: string, posted: Posted | undefined, dateHint: string) {
  const idOf = (name: string, more: More) => more.id ?? `${prefix}-${name}`;
  const text = (name: string, label: string, more: More & { lang?: 'km' | 'en' } = {}) => (
    <TextField {...more} id={idOf(name, more)} name={name} label={label} posted={posted} />
  );
  return {
    text,
    /** A text in Khmer and its English: `<base>Km` and `<base>En`. */
    bilingual: (base: string, labels: { km: string; en: string }, more: More) => (
      <>
        {text(`${base}Km`, labels.km, { ...more, lang: 'km' })}
        {text(`${base}En`, labels.en, { ...more, lang: 'en' })}
      </>
    ),
    date: (name: string, label: string, more: More = {}) => (
      <TextField
        {...more}
        id={idOf(name, more)}
        name={name}
        label={label}
        date
        hint={dateHint}
        posted={posted}
      />
    ),
    select: (name: string, label: string, options: Option[], more: More & { placeholder?: string } = {}) => (
      <SelectField
        id={idOf(name, more)}
        name={name}
        label={label}
        options={options}
        placeholder={more.placeholder}
        posted={posted}
      />
    ),
    check: (name: string, label: string, more: More = {}) => (
      <CheckField id={idOf(name, more)} name={name} label={label} posted={posted} />
    ),
  };
}
