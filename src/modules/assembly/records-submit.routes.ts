// How a secretariat's form on the Assembly's records is answered: read, validated, run through its
// command, then a redirect, or the page again with each refusal and what was typed.
import type { ZodType } from 'zod';
import type { Ctx } from '../../platform/http/types';
import type { Refusal } from '../../platform/result';
import { renderErrorPage } from '../../web/page';
import { one, type Posted, postedOf } from './questions-laws-forms.pages';
import type { RecordResult } from './records.input';

/** Who acts: the signed-in member of the secretariat (the route's access rule guarantees one). */
export const actorOf = (c: Ctx) => {
  const user = c.get('user')!;
  return { userId: user.id, label: user.username };
};

/** Validates a form with `schema`, runs the command, and answers with a redirect or the page again. */
export async function submit<S extends ZodType, T>(
  c: Ctx,
  read: (posted: Posted) => unknown,
  schema: S,
  run: (input: S['_zod']['output']) => Promise<RecordResult<T>>,
  done: (value: T) => string,
  again: (refusals: Refusal[], posted: Posted) => Promise<Response> | Response,
) {
  const posted = postedOf(await c.req.parseBody({ all: true }));
  const parsed = schema.safeParse(read(posted));
  if (!parsed.success) {
    const codes = new Set(
      parsed.error.issues.map((i) => (/^[a-z-]+$/.test(i.message) ? i.message : 'invalid')),
    );
    return again(
      [...codes].map((code) => ({ code })),
      posted,
    );
  }
  const result = await run(parsed.data);
  if (!result.ok) {
    if (result.error.code === 'not-found') return renderErrorPage(c, 'notFound');
    return again([result.error], posted);
  }
  return c.redirect(done(result.value), 303);
}

/** A person's fields, as the member and the replacement forms post them. */
export const personOf = (p: Posted) => ({
  nameKm: one(p, 'nameKm'),
  nameEn: one(p, 'nameEn'),
  gender: one(p, 'gender'),
  birthDate: one(p, 'birthDate'),
  khmerByBirth: one(p, 'khmerByBirth') === '1',
  province: one(p, 'province'),
  party: one(p, 'party'),
  startDate: one(p, 'startDate'),
});
