// Form pieces every module shares: a field with its label, hint and error tied to the control for screen
// readers (aria-describedby, aria-invalid), and the error summary that opens a refused form.
import type { Child } from 'hono/jsx';

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
