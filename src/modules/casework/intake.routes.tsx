// The citizen's side of casework: the public concern form and the tracking page.
import type { ZodIssue } from 'zod';
import type { Executor } from '../../db/database';
import { hashSecret } from '../../platform/auth/tokens';
import { clientIp } from '../../platform/http/client-ip';
import {
  formContentHash,
  issueFormToken,
  openWithToken,
  sameAsFirst,
  sealWithToken,
  TokenAlreadyUsed,
} from '../../platform/http/form-tokens';
import { findFormToken, useFormToken } from '../../platform/http/form-tokens.queries';
import type { Ctx, RouteDef } from '../../platform/http/types';
import type { Lang } from '../../platform/i18n/i18n';
import { parseTrackingCode } from '../../platform/ids/tracking-code';
import { PUBLIC_INTAKE_LIMIT, takeRateSlot } from '../../platform/rate-limit/rate-limit.queries';
import { alreadySentPage } from '../../web/already-sent';
import { renderPage } from '../../web/page';
import { childrenOf, provinces } from '../places';
import { listCategories, trackingCodeOfCase } from './case.queries';
import { citizenKeyPath } from './citizen-key.service';
import { type Choice, ConcernForm, type ConcernFormValues } from './concern.pages';
import { type FieldError, intakeMessages } from './messages';
import { concernInputSchema, type SubmitError, submitConcern } from './submit-concern.commands';
import { trackCodePage, trackFormPage } from './track.routes';

const CITIZEN = { userId: null, label: 'citizen' };
const FIELD_ERRORS = new Set<string>(['required', 'too-short', 'invalid', 'broken-text']);

export type ConcernErrors = Partial<Record<keyof ConcernFormValues, FieldError>>;
type Errors = ConcernErrors;

function placeLabel(p: { name_km: string; name_latin: string }, lang: Lang) {
  return lang === 'km' ? p.name_km : p.name_latin;
}

/**
 * The lists the form shows: districts only once a province is chosen, communes once a district is.
 * `provinceCodes` narrows the provinces (staff log concerns of their own office's province only).
 */
export async function formChoices(
  db: Executor,
  values: ConcernFormValues,
  lang: Lang,
  provinceCodes?: readonly string[],
) {
  const categories: Choice[] = (await listCategories(db)).map((c) => ({
    code: c.code,
    label: lang === 'km' ? c.name_km : c.name_en,
  }));
  const toChoices = (rows: { code: string; name_km: string; name_latin: string }[]) =>
    rows.map((p) => ({ code: p.code, label: placeLabel(p, lang) }));
  const provinceList = toChoices(
    (await provinces(db)).filter((p) => !provinceCodes || provinceCodes.includes(p.code)),
  );
  const districts = /^\d{2}$/.test(values.province) ? toChoices(await childrenOf(db, values.province)) : [];
  const districtFits = districts.some((d) => d.code === values.district);
  const communes = districtFits ? toChoices(await childrenOf(db, values.district)) : [];
  return { categories, provinces: provinceList, districts, communes };
}

async function renderForm(c: Ctx, values: ConcernFormValues, formToken: string, errors: Errors = {}) {
  const lang = c.get('lang');
  const choices = await formChoices(c.get('deps').db.kysely, values, lang);
  const status = Object.keys(errors).length > 0 ? 422 : 200;
  return renderPage(
    c,
    intakeMessages[lang].formTitle,
    <ConcernForm
      lang={lang}
      csrfToken={c.get('csrfToken')}
      formToken={formToken}
      values={values}
      errors={errors}
      {...choices}
    />,
    status,
  );
}

export const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The form's fields as typed, so the page can be refilled exactly. */
export function valuesOf(source: Record<string, unknown>): ConcernFormValues {
  return {
    category: str(source.category),
    description: str(source.description),
    province: str(source.province),
    district: str(source.district),
    commune: str(source.commune),
    name: str(source.name),
    phone: str(source.phone),
    email: str(source.email),
    // Empty when no option is checked: the choice then follows the contacts given.
    preferredContact: str(source.preferredContact),
    confidential: str(source.confidential) !== '',
    consentToShare: str(source.consentToShare) !== '',
  };
}

/** A place below a changed parent no longer applies. */
export function dropStalePlaces(values: ConcernFormValues): ConcernFormValues {
  if (values.district && !values.district.startsWith(values.province))
    return { ...values, district: '', commune: '' };
  if (values.commune && !values.commune.startsWith(values.district)) return { ...values, commune: '' };
  return values;
}

async function newConcernPage(c: Ctx) {
  const values = dropStalePlaces(valuesOf(c.req.query()));
  return renderForm(c, values, await issueFormToken(c));
}

/** The form's one-time token is unknown (or its case is gone): open the form at `formPath` again. */
export function tokenProblemPage(c: Ctx, formPath = '/concerns/new') {
  const m = intakeMessages[c.get('lang')];
  return renderPage(
    c,
    m.tokenTitle,
    <>
      <p>{m.tokenBody}</p>
      <p>
        <a class="button" href={formPath}>
          {m.openForm}
        </a>
      </p>
    </>,
    422,
  );
}

/**
 * A form whose token a case already used. Sent again as it was (a double tap), it shows that case again
 * (at `pathOf` its tracking code); sent with other content, it says the second text was not saved and
 * links to that case. Null when the case is gone.
 */
export async function answerUsedToken(
  c: Ctx,
  tokenHash: string,
  contentHash: string,
  pathOf: (trackingCode: string) => string = (code) => `/track/${code}?new=1`,
  token?: string,
) {
  const db = c.get('deps').db.kysely;
  const record = await findFormToken(db, tokenHash);
  const found = record?.case_id != null ? await trackingCodeOfCase(db, record.case_id) : undefined;
  if (!found) return null;
  const path = pathOf(found.tracking_code);
  if (sameAsFirst(record?.content_hash, contentHash)) {
    // A double tap: the browser that holds the form's token may see the private link once more.
    const key = token && record?.sealed_key ? openWithToken(token, record.sealed_key) : undefined;
    return c.redirect(key ? `${citizenKeyPath(key)}?new=1` : path, 303);
  }
  return alreadySentPage(c, {
    href: path,
    label: intakeMessages[c.get('lang')].firstConcern(found.tracking_code),
  });
}

/** The refused fields of the concern, each with the first rule it failed, as the form shows them. */
export function concernErrors(issues: readonly ZodIssue[], values: ConcernFormValues): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const field = String(issue.path[0]) as keyof ConcernFormValues;
    if (errors[field]) continue;
    // An empty required field says so, whatever rule it failed.
    errors[field] =
      values[field] === ''
        ? 'required'
        : FIELD_ERRORS.has(issue.message)
          ? (issue.message as FieldError)
          : issue.code === 'too_big'
            ? 'too-long'
            : 'invalid';
  }
  return errors;
}

/** The form field a refusal of submitConcern belongs to. */
export function fieldOfSubmitError(error: SubmitError): keyof ConcernFormValues {
  return error === 'contact-missing'
    ? 'preferredContact'
    : (error.slice('unknown-'.length) as 'category' | 'province' | 'district' | 'commune');
}

async function postConcern(c: Ctx) {
  const form = await c.req.parseBody();
  const token = str(form.form_token);
  const db = c.get('deps').db;
  // The token first: a form not issued here, or already used, goes no further.
  const tokenHash = token ? hashSecret(token) : '';
  const record = tokenHash ? await findFormToken(db.kysely, tokenHash) : undefined;
  if (!record) return tokenProblemPage(c);
  const contentHash = formContentHash(token, form);
  if (record.used_at)
    return (await answerUsedToken(c, tokenHash, contentHash, undefined, token)) ?? tokenProblemPage(c);

  const values = valuesOf(form);
  // A step only fills the next list; a stale choice below a changed parent is cleared there, but on
  // the final send it is refused with a message rather than dropped unseen.
  if (str(form.step)) return renderForm(c, dropStalePlaces(values), token);

  const parsed = concernInputSchema.safeParse({ ...values });
  if (!parsed.success) return renderForm(c, values, token, concernErrors(parsed.error.issues, values));

  const now = new Date();
  if (!(await takeRateSlot(db.kysely, PUBLIC_INTAKE_LIMIT, clientIp(c), now))) {
    const m = intakeMessages[c.get('lang')];
    return renderPage(c, m.tooManyTitle, <p class="alert">{m.tooManyBody}</p>, 429);
  }
  let result: Awaited<ReturnType<typeof submitConcern>>;
  try {
    result = await submitConcern(
      db,
      parsed.data,
      { channel: 'web', actor: CITIZEN, lang: c.get('lang'), now },
      async (trx, created) => {
        const sealedKey = sealWithToken(token, created.citizenKey);
        const use = { caseId: created.id, contentHash, sealedKey };
        if (!(await useFormToken(trx, tokenHash, use, now.toISOString()))) throw new TokenAlreadyUsed();
      },
    );
  } catch (error) {
    // Another tap of the same form won the race: show the case it created.
    if (error instanceof TokenAlreadyUsed) {
      return (await answerUsedToken(c, tokenHash, contentHash, undefined, token)) ?? tokenProblemPage(c);
    }
    throw error;
  }
  if (!result.ok) return renderForm(c, values, token, { [fieldOfSubmitError(result.error)]: result.error });
  // The citizen's private page: its address is the private link, shown there once more in full to keep.
  return c.redirect(`${citizenKeyPath(result.value.citizenKey)}?new=1`, 303);
}

async function trackPage(c: Ctx) {
  const typed = c.req.query('code');
  if (typed === undefined || typed.trim() === '') return trackFormPage(c, '', false);
  const code = parseTrackingCode(typed);
  if (!code) return trackFormPage(c, typed, true);
  return c.redirect(`/track/${code}`, 303);
}

export const intakeRoutes: RouteDef[] = [
  { method: 'GET', path: '/concerns/new', kind: 'page', access: 'public', handler: newConcernPage },
  { method: 'POST', path: '/concerns', kind: 'page', access: 'public', handler: postConcern },
  { method: 'GET', path: '/track', kind: 'page', access: 'public', handler: trackPage },
  {
    method: 'GET',
    path: '/track/:code',
    kind: 'page',
    access: 'public',
    // A well-formed code no case has: the walk only needs to be let in (a 404 is fine).
    example: { code: '1000000005' },
    handler: trackCodePage,
  },
];
