// What the watchdogs' form handlers share: the view props every page takes, and reading a
// posted form through its schema into either the parsed value or the form's state to show it again.
import type { ZodType } from 'zod';
import type { Ctx } from '../../platform/http/types';
import type { Lang } from '../../platform/i18n/i18n';
import type { FormState, ViewBase } from './form-parts.pages';

/** A posted value as text: a file or a repeated field reads as empty. */
export const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The props every watch view takes from the request. */
export const view = (c: Ctx): ViewBase => ({
  lang: c.get('lang'),
  digits: c.get('digits'),
  csrfToken: c.get('csrfToken'),
});

/**
 * Reads the named fields of a posted form (plus `fixed` ones the page, not the user, decides) and parses
 * them with `schema`. On failure, the form's state: what was typed and every distinct reason, in field
 * order, in the reader's language. `refused` turns a command's refusal into the same state.
 */
export async function readForm<T>(
  c: Ctx,
  form: string,
  names: readonly string[],
  schema: ZodType<T>,
  describe: (lang: Lang, codes: string[]) => string[],
  fixed: Record<string, string> = {},
) {
  const body = await c.req.parseBody();
  const values: Record<string, string> = {
    ...Object.fromEntries(names.map((n) => [n, str(body[n])])),
    ...fixed,
  };
  const refused = (codes: string[]): FormState => ({ form, codes: describe(c.get('lang'), codes), values });
  const parsed = schema.safeParse(values);
  return parsed.success
    ? { ok: true as const, value: parsed.data, values, refused }
    : { ok: false as const, values, state: refused([...new Set(parsed.error.issues.map((i) => i.message))]) };
}
