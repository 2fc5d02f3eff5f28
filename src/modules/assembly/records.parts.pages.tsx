// View pieces the Assembly's records pages share: a form section with its refusals, each with the
// article when the Constitution is the reason, and the reader's texts.
import type { Ctx } from '../../platform/http/types';
import { type Digits, formatDate, formatNumber, type Lang } from '../../platform/i18n/i18n';
import type { Refusal } from '../../platform/result';
import { CsrfField } from '../../web/layout';
import { ARTICLES, type ArticleRef, citation } from './procedure/articles';
import type { Posted } from './questions-laws.forms';
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
