// JSON error answers of the API: a stable code for programs and a message in the caller's language.
import type { ZodError } from 'zod';
import type { Lang } from '../i18n/i18n';
import { holdsNul, nestedTooDeep } from './text';
import type { Ctx } from './types';

const MESSAGES = {
  unauthorized: {
    en: 'Sign in first: send "Authorization: Bearer <token>".',
    km: 'សូមចូលគណនីជាមុនសិន៖ ផ្ញើ "Authorization: Bearer <token>"។',
  },
  forbidden: {
    en: 'Your account does not have the role this needs.',
    km: 'គណនីរបស់អ្នកមិនមានតួនាទីដែលត្រូវការសម្រាប់ការនេះទេ។',
  },
  not_found: { en: 'Nothing was found at this address.', km: 'រកមិនឃើញអ្វីនៅអាសយដ្ឋាននេះទេ។' },
  invalid_request: { en: 'The request is not valid.', km: 'សំណើមិនត្រឹមត្រូវ។' },
  invalid_json: { en: 'The body is not valid JSON.', km: 'ខ្លឹមសារមិនមែនជា JSON ត្រឹមត្រូវទេ។' },
  json_required: {
    en: 'Send the body as JSON, with "Content-Type: application/json".',
    km: 'សូមផ្ញើខ្លឹមសារជា JSON ជាមួយ "Content-Type: application/json"។',
  },
  invalid_text: {
    en: 'Text in the request must not contain the character U+0000.',
    km: 'អត្ថបទក្នុងសំណើមិនអាចមានតួអក្សរ U+0000 បានទេ។',
  },
  payload_too_large: { en: 'The request body is too large.', km: 'ខ្លឹមសារសំណើធំពេក។' },
  internal: { en: 'Sala could not finish this request.', km: 'សាលាមិនអាចបញ្ចប់សំណើនេះបានទេ។' },
  unavailable: {
    en: 'This is being handled now; send it again in a few minutes.',
    km: 'កំពុងដំណើរការវាឥឡូវនេះ។ សូមផ្ញើម្ដងទៀតក្នុងរយៈពេលពីរបីនាទី។',
  },
} as const;

export type ApiErrorCode = keyof typeof MESSAGES;
type Status = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503;

/** An error answer with one of the shared codes, or a module's own code and message. */
export function apiError(
  c: Ctx,
  status: Status,
  code: ApiErrorCode | string,
  message?: string,
  details?: unknown,
) {
  const lang = c.get('lang');
  const known = (MESSAGES as Record<string, { en: string; km: string }>)[code];
  const text = message ?? known?.[lang] ?? code;
  if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="sala"');
  return c.json({ error: { code, message: text, ...(details ? { details } : {}) } }, status);
}

/**
 * Why a field is wrong, in the caller's language: the schemas' own codes (`too-short`) and zod's kinds of issue,
 * never zod's default English ("Invalid input: expected string, received undefined").
 */
const ISSUES = {
  required: { en: 'This field is required.', km: 'ត្រូវការបំពេញ។' },
  'wrong-type': {
    en: 'This field is missing, or is not of the type expected (text, number).',
    km: 'ប្រអប់នេះខ្វះ ឬមិនមែនជាប្រភេទដែលរំពឹងទុក (អត្ថបទ លេខ)។',
  },
  'too-short': { en: 'This is too short.', km: 'ខ្លីពេក។' },
  'too-long': { en: 'This is too long.', km: 'វែងពេក។' },
  'broken-text': { en: 'This text has broken characters.', km: 'អត្ថបទនេះមានតួអក្សរខូច។' },
  'not-a-number': { en: 'This is not a number.', km: 'នេះមិនមែនជាលេខទេ។' },
  invalid: { en: 'This value is not valid.', km: 'តម្លៃនេះមិនត្រឹមត្រូវ។' },
} as const;
type IssueCode = keyof typeof ISSUES;

const ZOD_KINDS: Record<string, IssueCode> = {
  invalid_type: 'wrong-type',
  too_small: 'too-short',
  too_big: 'too-long',
};

/**
 * The fields a request got wrong, as `{ path, code, message }`: a stable code for programs, and the reason in
 * the caller's language for the people who read it.
 */
export function zodIssues(error: ZodError, lang: Lang) {
  return error.issues.map((issue) => {
    const own = issue.message;
    const code: IssueCode = Object.hasOwn(ISSUES, own)
      ? (own as IssueCode)
      : (ZOD_KINDS[issue.code] ?? 'invalid');
    return { path: issue.path.join('.'), code, message: ISSUES[code][lang] };
  });
}

/** Reads a JSON body; on failure, the error code to answer with. */
export async function readJson(
  c: Ctx,
): Promise<
  { ok: true; value: unknown } | { ok: false; code: 'json_required' | 'invalid_json' | 'invalid_text' }
> {
  // Only JSON: a web page elsewhere can make a visitor's browser send a plain-text or form body without
  // asking, but not a JSON one — so no other site can post to the API in a visitor's name.
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json' && !/^application\/[\w.+-]+\+json$/.test(type))
    return { ok: false, code: 'json_required' };
  let value: unknown;
  try {
    value = await c.req.json();
  } catch {
    return { ok: false, code: 'invalid_json' };
  }
  // No request of Sala nests deeply; a body that does is refused before anything walks it.
  if (nestedTooDeep(value)) return { ok: false, code: 'invalid_json' };
  // Valid JSON may hold "\u0000"; PostgreSQL cannot store it, so it is refused before any handler uses it.
  return holdsNul(value) ? { ok: false, code: 'invalid_text' } : { ok: true, value };
}
