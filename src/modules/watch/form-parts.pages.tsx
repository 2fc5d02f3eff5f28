// Pieces the watchdogs' forms share: a labelled field that comes back filled after a refused post, the
// list of what was wrong, and the link to a source they entered.
import type { Child } from 'hono/jsx';
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { CodeText } from '../../web/code-text';
import { DateInput, ErrorSummary } from '../../web/form';

/** What every watch view takes from the request: language, numerals, and the form token. */
export interface ViewBase {
  lang: Lang;
  digits: Digits;
  csrfToken: string;
}

/** What went wrong with a form, and what the watchdog had typed, so the form comes back filled. */
export interface FormState {
  form: string;
  /** The reasons, already in the reader's language. */
  codes: string[];
  values: Record<string, string>;
}

/** The error summary of `form`, when it is the form that was refused. */
export function Problems(p: { title: string; state?: FormState; form: string }) {
  if (!p.state || p.state.form !== p.form) return null;
  return <ErrorSummary title={p.title} items={p.state.codes.map((text) => <CodeText text={text} />)} />;
}

/**
 * A labelled text input (or text area) whose value comes back, as typed, after a refused post; `date` makes
 * it a day typed with its hint (`DateInput`), never the browser's picker.
 */
export function Field(p: {
  form: string;
  name: string;
  label: string;
  state?: FormState;
  type?: 'text' | 'url' | 'email';
  /** A day, typed (Khmer digits, day/month/year); give it its `hint`. */
  date?: boolean;
  hint?: string;
  area?: boolean;
  value?: string;
}) {
  const id = `${p.form}-${p.name}`;
  const value = p.state?.form === p.form ? (p.state.values[p.name] ?? '') : (p.value ?? '');
  return (
    <p>
      <label for={id}>
        <CodeText text={p.label} />
      </label>
      {p.hint ? (
        <span class="muted" id={`${id}-hint`}>
          {' '}
          ({p.hint})
        </span>
      ) : null}
      <br />
      {p.area ? (
        <textarea
          id={id}
          name={p.name}
          rows={4}
          cols={60}
          aria-describedby={p.hint ? `${id}-hint` : undefined}
        >
          {value}
        </textarea>
      ) : p.date ? (
        <DateInput id={id} name={p.name} value={value} />
      ) : (
        <input
          id={id}
          name={p.name}
          type={p.type ?? 'text'}
          value={value}
          aria-describedby={p.hint ? `${id}-hint` : undefined}
        />
      )}
    </p>
  );
}

/** The value a refused form had in `name`, for selects and radios. */
export const refilled = (state: FormState | undefined, form: string, name: string) =>
  state?.form === form ? state.values[name] : undefined;

/**
 * A link to a source or a website a watchdog entered: search engines are told not to vouch for it, and the
 * page it opens learns neither this window nor which Sala page the reader came from.
 */
export function ExternalLink(p: { href: string; children: Child }) {
  return (
    <a href={p.href} rel="nofollow noopener noreferrer">
      {p.children}
    </a>
  );
}
