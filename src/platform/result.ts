// The result of a command: expected failures are values with a code the caller turns into a message.
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <const E>(error: E): { ok: false; error: E } => ({ ok: false, error });

/**
 * Why a rule refused, carried to the view as it is: a message code and, where a law or standing order
 * grounds the refusal, the article the page cites beside the message. One object, not a "code@article" string
 * the view has to take apart again.
 */
export type Refusal<C extends string = string> = { code: C; article?: string };

export const refusal = <C extends string>(code: C, article?: string): Refusal<C> =>
  article === undefined ? { code } : { code, article };
