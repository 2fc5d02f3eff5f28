// Form pieces every module shares: a field with its label, hint and error tied to the control for screen
// readers (aria-describedby, aria-invalid), the control where a day or a month is typed, and the error
// summary that opens a refused form.
import type { Child } from 'hono/jsx';
import { dateInputHint, monthInputHint } from '../platform/i18n/date-input';
import type { Digits, Lang } from '../platform/i18n/i18n';

/** The ids a control's aria-describedby names: its hint and its error, when it has them. */
export const describedBy = (id: string, hint: boolean, error: unknown): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** The attributes that tie a control to its hint and error; spread them on the input, select or textarea. */
export const fieldAria = (id: string, hint: boolean, error: unknown) => ({
  'aria-invalid': error ? ('true' as const) : undefined,
  'aria-describedby': describedBy(id, hint, error),
});

/** A field's hint; its id is what the control's aria-describedby names. */
export function FieldHint(p: { id: string; text?: Child }) {
  if (!p.text) return null;
  return (
    <span class="muted" id={`${p.id}-hint`}>
      {p.text}
    </span>
  );
}

/** What a typed-date control takes: a day (31/12/2026) or a month (11/2026). */
export type DateKind = 'date' | 'month';

/**
 * The attributes of a control where a day (or a month) is typed: a text input, never the browser's own
 * picker (`type="date"` shows "mm/dd/yyyy" on a Khmer page, as the browser's locale says, and takes neither
 * Khmer digits nor day/month/year); the decimal keypad (an iPhone's numeric one has no separator, its
 * decimal one a "." that the reader takes: 31.12.2026), room for ៣១/១២/២០២៦ (or ១១/២០២៦), no autofill,
 * and tied to its hint (`<id>-hint`, always shown: `DateHint`) and its error. The server reads what was typed
 * with `parseTypedDate` / `calendarDay` (or `parseTypedMonth`).
 */
export const dateControlAttrs = (id: string, opts: { kind?: DateKind; error?: unknown } = {}) => ({
  type: 'text' as const,
  inputmode: 'decimal' as const,
  maxlength: opts.kind === 'month' ? 7 : 10,
  autocomplete: 'off',
  ...fieldAria(id, true, opts.error),
});

/** How to type a day ("ថ្ងៃ/ខែ/ឆ្នាំ ឧ. ៣១/១២/២០២៦") or a month, in the reader's language and numerals. */
export const typedDateHint = (lang: Lang, digits: Digits, kind: DateKind = 'date') =>
  kind === 'month' ? monthInputHint(lang, digits) : dateInputHint(lang, digits);

/** The hint of a typed day or month; its id (`<id>-hint`) is what `dateControlAttrs` names. */
export function DateHint(p: { id: string; lang: Lang; digits: Digits; kind?: DateKind }) {
  return <FieldHint id={p.id} text={typedDateHint(p.lang, p.digits, p.kind)} />;
}

/**
 * A control where a day (or a month) is typed, with `dateControlAttrs`; `value` is what was typed (shown
 * back as typed after a refusal) or the day proposed. Its hint is the caller's `DateHint` with the same id.
 */
export function DateInput(p: {
  id: string;
  name: string;
  value?: string;
  kind?: DateKind;
  error?: unknown;
  required?: boolean;
}) {
  return (
    <input
      id={p.id}
      name={p.name}
      value={p.value ?? ''}
      required={p.required}
      {...dateControlAttrs(p.id, { kind: p.kind, error: p.error })}
    />
  );
}

/** A field's error text; its id is what the control's aria-describedby names. */
export function FieldError(p: { id: string; text?: Child; inline?: boolean }) {
  if (!p.text) return null;
  return p.inline ? (
    <span class="error" id={`${p.id}-error`}>
      {p.text}
    </span>
  ) : (
    <p class="error" id={`${p.id}-error`}>
      {p.text}
    </p>
  );
}

/** A status line after an action ("saved", "sent"), read out politely (role=status); nothing without text. */
export function Notice(p: { text?: Child }) {
  return p.text ? (
    <p class="notice" role="status">
      {p.text}
    </p>
  ) : null;
}

/** One sentence on what went wrong, read out at once (role=alert); nothing without text. */
export function Alert(p: { text?: Child }) {
  return p.text ? (
    <p class="alert" role="alert">
      {p.text}
    </p>
  ) : null;
}

/**
 * A labelled field: the label, its hint, the control (the children, which spread `fieldAria(id, …)`), and
 * its error under it.
 */
export function Field(p: { id: string; label: Child; hint?: Child; error?: Child; children: Child }) {
  return (
    <p>
      <label for={p.id}>{p.label}</label>
      {p.hint ? (
        <>
          <br />
          <FieldHint id={p.id} text={p.hint} />
        </>
      ) : null}
      <br />
      {p.children}
      <FieldError id={p.id} text={p.error} inline />
    </p>
  );
}

/**
 * What was wrong with a refused form, at its top, read out at once (role=alert): a title and the list of
 * problems, each already a sentence in the reader's language. Nothing when there is neither.
 */
export function ErrorSummary(p: { title?: Child; items?: readonly Child[]; id?: string }) {
  const items = p.items ?? [];
  if (!p.title && items.length === 0) return null;
  return (
    <div class="alert" role="alert" id={p.id}>
      {p.title ? <p>{p.title}</p> : null}
      {items.length > 0 ? (
        <ul>
          {items.map((item) => (
            <li>{item}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
