// Handlers of Open311 GeoReport v2: parse the standard's parameters, call casework and places through their index, present.
import {
  CASE_STATUSES,
  citizenKeyPath,
  concernInputSchema,
  findCategory,
  listCategories,
  listPublicCases,
  open311Status,
  submitConcern,
  telegramStepOf,
} from '../../modules/casework';
import { checkQuery, findPlaces, findPlacesByName, nearestCommune, provinces } from '../../modules/places';
import { isCalendarDate } from '../../platform/calendar/calendar-date';
import { clientIp } from '../../platform/http/client-ip';
import {
  type Earlier,
  findEarlier,
  idempotencyOf,
  readIdempotencyKey,
  runOnce,
} from '../../platform/http/idempotency';
import { queryText } from '../../platform/http/query';
import { holdsNul } from '../../platform/http/text';
import type { Ctx } from '../../platform/http/types';
import { textFor } from '../../platform/i18n/i18n';
import { parseTrackingCode } from '../../platform/ids/tracking-code';
import { digitsToLatin } from '../../platform/khmer/fold';
import { PUBLIC_INTAKE_LIMIT, takeRateSlot } from '../../platform/rate-limit/rate-limit.queries';
import { type Open311Messages, open311Messages } from './open311.messages';
import {
  createdDocument,
  type Document,
  definitionDocument,
  discoveryDocument,
  errorDocument,
  type Format,
  presentRequest,
  requestsDocument,
  servicesDocument,
  tokenDocument,
} from './open311.presenter';
import { findPublicHandling } from './open311.queries';

type Status = 200 | 201 | 400 | 404 | 422 | 429;
type ErrorStatus = Exclude<Status, 200 | 201>;

function send(c: Ctx, format: Format, status: Status, doc: Document) {
  if (format === 'xml') return c.body(doc.xml, status, { 'Content-Type': 'text/xml; charset=utf-8' });
  return c.json(doc.json, status);
}

function refuse(c: Ctx, format: Format, status: ErrorStatus, descriptions: string[]) {
  return send(c, format, status, errorDocument(status, descriptions));
}

const messages = (c: Ctx): Open311Messages => open311Messages[c.get('lang')];

/** `water.json` → the id and the format; undefined for any other extension. */
function splitFile(file: string): { id: string; format: Format } | undefined {
  const match = /^(.+)\.(json|xml)$/.exec(file);
  return match ? { id: match[1], format: match[2] as Format } : undefined;
}

/** Routes that carry the format in a path parameter (`/services/{code}.{format}`). */
function withFile(handler: (c: Ctx, id: string, format: Format) => Promise<Response>) {
  return (c: Ctx) => {
    const file = splitFile(c.req.param('file') ?? '');
    if (!file) return Promise.resolve(refuse(c, 'json', 404, [messages(c).errors.unknownFormat]));
    return handler(c, file.id, file.format);
  };
}

export const discovery = (format: Format) => (c: Ctx) =>
  send(c, format, 200, discoveryDocument(c.get('deps').config.baseUrl, messages(c)));

export const services = (format: Format) => async (c: Ctx) => {
  const categories = await listCategories(c.get('deps').db.kysely);
  return send(c, format, 200, servicesDocument(categories, c.get('lang'), messages(c)));
};

export const serviceDefinition = withFile(async (c, code, format) => {
  const db = c.get('deps').db.kysely;
  const category = await findCategory(db, code);
  if (category?.is_active !== 1) return refuse(c, format, 404, [messages(c).errors.serviceCodeUnknown(code)]);
  return send(c, format, 200, definitionDocument(code, await provinces(db), c.get('lang'), messages(c)));
});

// --- GET requests ---

const MAX_REQUESTS = 1000;
const DEFAULT_WINDOW_MS = 90 * 24 * 60 * 60 * 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const STATUSES_OF = {
  open: CASE_STATUSES.filter((s) => open311Status(s) === 'open'),
  closed: CASE_STATUSES.filter((s) => open311Status(s) === 'closed'),
};

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The public cases as Open311 requests, with their place names and coordinates. */
async function presentCases(c: Ctx, rows: Awaited<ReturnType<typeof listPublicCases>>) {
  const db = c.get('deps').db.kysely;
  const codes = new Set<string>();
  for (const r of rows) {
    for (const code of [r.province_code, r.district_code, r.commune_code]) if (code) codes.add(code);
  }
  const [found, handling] = await Promise.all([
    findPlaces(db, [...codes]),
    findPublicHandling(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  const places = new Map(found.map((p) => [p.code, p]));
  return requestsDocument(rows.map((r) => presentRequest(r, handling.get(r.id), places, c.get('lang'))));
}

export const listRequests = (format: Format) => async (c: Ctx) => {
  const m = messages(c).errors;
  const errors: string[] = [];
  const ids = list(queryText(c, 'service_request_id'));
  if (ids.length > 200) errors.push(m.tooManyIds);

  const date = (name: 'start_date' | 'end_date') => {
    const value = queryText(c, name)?.trim();
    if (!value) return undefined;
    const time = ISO_DATE.test(value) ? Date.parse(value) : Number.NaN;
    // Date.parse rolls 30 February over to 2 March: the day written must be the day read.
    if (Number.isNaN(time) || !isCalendarDate(value.slice(0, 10))) {
      errors.push(m.badDate(name));
      return undefined;
    }
    return time;
  };
  let start = date('start_date');
  let end = date('end_date');
  if (start === undefined && end === undefined) end = Date.now();
  if (start === undefined && end !== undefined) start = end - DEFAULT_WINDOW_MS;
  if (end === undefined && start !== undefined) end = start + DEFAULT_WINDOW_MS;
  if (start !== undefined && end !== undefined && start > end) errors.push(m.dateOrder);

  const wanted = list(queryText(c, 'status')).map((s) => s.toLowerCase());
  if (wanted.some((s) => s !== 'open' && s !== 'closed')) errors.push(m.badStatus);
  if (errors.length) return refuse(c, format, 400, errors);

  const rows = await listPublicCases(c.get('deps').db.kysely, {
    // Mistyped ids match nothing rather than failing the whole list.
    trackingCodes: ids.length
      ? ids.map((id) => parseTrackingCode(id)).filter((id): id is string => !!id)
      : undefined,
    categories: list(queryText(c, 'service_code')),
    from: start === undefined ? undefined : new Date(start).toISOString(),
    to: end === undefined ? undefined : new Date(end).toISOString(),
    statuses: wanted.length ? wanted.flatMap((s) => STATUSES_OF[s as 'open' | 'closed']) : undefined,
    limit: MAX_REQUESTS,
  });
  return send(c, format, 200, await presentCases(c, rows));
};

export const getRequest = withFile(async (c, id, format) => {
  const code = parseTrackingCode(id);
  const rows = code
    ? await listPublicCases(c.get('deps').db.kysely, { trackingCodes: [code], limit: 1 })
    : [];
  // A confidential case answers exactly as a case that does not exist: its existence is not public either.
  if (rows.length === 0) return refuse(c, format, 404, [messages(c).errors.unknownRequest(id)]);
  return send(c, format, 200, await presentCases(c, rows));
});

/** The token flow of the standard: a request's token is its id, so only a public, existing case answers. */
export const tokenRequest = withFile(async (c, token, format) => {
  const code = parseTrackingCode(token);
  const rows = code
    ? await listPublicCases(c.get('deps').db.kysely, { trackingCodes: [code], limit: 1 })
    : [];
  if (rows.length === 0) return refuse(c, format, 404, [messages(c).errors.unknownToken(token)]);
  return send(c, format, 200, tokenDocument(rows[0].tracking_code));
});

// --- POST requests ---

/** Open311 keeps its own keys: its stored answer is the standard's document, not the JSON API's. */
const IDEMPOTENCY_SCOPE = 'open311';

/** The first answer again, in the format this repeat asks for; 422 when the key came with other fields. */
function replay(c: Ctx, format: Format, earlier: Earlier) {
  if (earlier.kind === 'key-reused') {
    return refuse(c, format, 422, [messages(c).errors.idempotencyKeyReused]);
  }
  const [first] = JSON.parse(earlier.body) as { service_request_id: string; service_notice: string }[];
  c.header('Idempotent-Replayed', 'true');
  return send(c, format, 201, createdDocument(first.service_request_id, first.service_notice));
}

/** The standard posts form fields; anything else (JSON, XML, none) is refused before it is read. */
const FORM_TYPES = /^\s*(?:application\/x-www-form-urlencoded|multipart\/form-data)\s*(?:;|$)/i;

type Chain = { province: string; district: string | null; commune: string | null };

/** The province, district and commune a gazetteer code lies in (a village counts as its commune). */
const chainOf = (code: string): Chain => ({
  province: code.slice(0, 2),
  district: code.length >= 4 ? code.slice(0, 4) : null,
  commune: code.length >= 6 ? code.slice(0, 6) : null,
});

const NUMBER = /^-?\d{1,3}(?:\.\d+)?$/;

/**
 * Where the concern is, from the most exact thing given: attribute codes, address_id (a gazetteer
 * code), lat+long (the nearest commune with coordinates), then address_string matched to place names.
 */
async function resolveLocation(
  c: Ctx,
  f: Record<string, string>,
): Promise<{ ok: true; value: Chain } | { ok: false; error: string }> {
  const m = messages(c).errors;
  const db = c.get('deps').db.kysely;
  // Codes and coordinates may come in Khmer digits (០២០១០១, ១១.៥៦): read as Latin ones.
  const digits = (v: string | undefined) => (v === undefined ? undefined : digitsToLatin(v).trim());
  const province = digits(f['attribute[province]']) || undefined;
  const district = digits(f['attribute[district]']) || undefined;
  const commune = digits(f['attribute[commune]']) || undefined;
  const addressId = digits(f.address_id);
  const [lat, long] = [digits(f.lat), digits(f.long)];
  if (province || district || commune) {
    // Codes that are not well formed are passed on as given, so that the field check names them.
    const below = /^\d{6}$/.test(commune ?? '')
      ? commune
      : /^\d{4}$/.test(district ?? '')
        ? district
        : undefined;
    return {
      ok: true,
      value: {
        province: province ?? below?.slice(0, 2) ?? '',
        district: district ?? (commune && below === commune ? commune.slice(0, 4) : null),
        commune: commune ?? null,
      },
    };
  }
  if (addressId) {
    return /^\d{2}(?:\d{2}){0,3}$/.test(addressId)
      ? { ok: true, value: chainOf(addressId) }
      : { ok: false, error: m.addressIdUnknown };
  }
  if (lat || long) {
    const latitude = NUMBER.test(lat ?? '') ? Number(lat) : Number.NaN;
    const longitude = NUMBER.test(long ?? '') ? Number(long) : Number.NaN;
    const found =
      Number.isNaN(latitude) || Number.isNaN(longitude)
        ? undefined
        : await nearestCommune(db, latitude, longitude);
    return found ? { ok: true, value: chainOf(found) } : { ok: false, error: m.locationOutside };
  }
  if (f.address_string?.trim()) {
    let best: string | undefined;
    // "Svay Por, Battambang": each part is looked up; the most precise place found wins.
    for (const part of f.address_string.split(/[,;\n]/).slice(0, 6)) {
      const check = checkQuery(part.trim());
      if (!check.ok || check.value.length === 0) continue;
      const top = (await findPlacesByName(db, part.trim(), check.value)).places[0];
      if (top && (!best || top.code.length > best.length)) best = top.code;
    }
    return best ? { ok: true, value: chainOf(best) } : { ok: false, error: m.addressUnknown };
  }
  return { ok: false, error: m.locationMissing };
}

const FLAG: Record<string, boolean> = {
  true: true,
  '1': true,
  yes: true,
  on: true,
  false: false,
  '0': false,
  no: false,
  off: false,
  '': false,
};

/** The standard's field name for a field of the concern, for error messages. */
const FIELD_NAMES: Record<string, string> = {
  category: 'service_code',
  description: 'description',
  province: 'attribute[province]',
  district: 'attribute[district]',
  commune: 'attribute[commune]',
  name: 'first_name, last_name',
  phone: 'phone',
  email: 'email',
  preferredContact: 'attribute[preferred_contact]',
};

export const createRequest = (format: Format) => async (c: Ctx) => {
  const m = messages(c).errors;
  if (!FORM_TYPES.test(c.req.header('content-type') ?? '')) return refuse(c, format, 400, [m.notForm]);
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody();
  } catch {
    return refuse(c, format, 400, [m.unreadableBody]);
  }
  if (holdsNul(body)) return refuse(c, format, 400, [m.nul]);
  const errors: string[] = [];
  const f: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string') f[name] = value.trim();
    else errors.push(m.notText(name));
  }
  if (errors.length) return refuse(c, format, 400, errors);

  const key = readIdempotencyKey(c.req.header('idempotency-key'));
  if (!key.ok) return refuse(c, format, 400, [m.badIdempotencyKey]);
  const db = c.get('deps').db;
  const idem = idempotencyOf(IDEMPOTENCY_SCOPE, key.key, f);
  // Before any check or rate slot: a client's retry of a request that went through is not a new one.
  const earlier = await findEarlier(db.kysely, idem);
  if (earlier) return replay(c, format, earlier);

  if (!f.service_code) errors.push(m.serviceCodeMissing);
  const location = await resolveLocation(c, f);
  if (!location.ok) errors.push(location.error);
  const flag = (name: string) => {
    const value = FLAG[(f[name] ?? '').toLowerCase()];
    if (value === undefined) errors.push(m.badFlag(name));
    return value ?? false;
  };
  const confidential = flag('attribute[confidential]');
  const consentToShare = flag('attribute[consent]');
  if (errors.length || !location.ok) return refuse(c, format, 400, errors);

  const parsed = concernInputSchema.safeParse({
    category: f.service_code,
    description: f.description ?? '',
    province: location.value.province,
    district: location.value.district ?? '',
    commune: location.value.commune ?? '',
    name: [f.first_name, f.last_name].filter(Boolean).join(' '),
    phone: f.phone ?? '',
    email: f.email ?? '',
    // Sala's own attribute; left out, the contacts given decide (a phone means SMS, else an e-mail).
    preferredContact: f['attribute[preferred_contact]'] ?? '',
    confidential,
    consentToShare,
  });
  if (!parsed.success) {
    const reasons = m.reasons;
    const described = parsed.error.issues.map((issue) => {
      const field = FIELD_NAMES[String(issue.path[0])] ?? String(issue.path[0]);
      const reason =
        textFor(reasons, issue.message) ?? (issue.code === 'too_big' ? reasons['too-long'] : reasons.invalid);
      return m.field(field, reason);
    });
    return refuse(c, format, 400, [...new Set(described)]);
  }

  const user = c.get('user');
  const now = new Date();
  if (!user && !(await takeRateSlot(db.kysely, PUBLIC_INTAKE_LIMIT, clientIp(c), now))) {
    return refuse(c, format, 429, [m.tooMany]);
  }
  let answer: Document | undefined;
  const outcome = await runOnce(db.kysely, idem, now, (remember) =>
    submitConcern(
      db,
      parsed.data,
      {
        channel: 'open311',
        actor: user ? { userId: user.id, label: user.username } : { userId: null, label: 'citizen' },
        lang: c.get('lang'),
        now,
      },
      async (trx, made) => {
        const notice = messages(c).notice(made.trackingCode);
        const stored = createdDocument(made.trackingCode, notice);
        await remember(trx, { status: 201, body: JSON.stringify(stored.json) });
        const baseUrl = c.get('deps').config.baseUrl;
        const privateLink = `${baseUrl}${citizenKeyPath(made.citizenKey)}`;
        // A citizen who chose Telegram gets the bot's one-time link, as the web form's page shows it.
        const telegram = await telegramStepOf({
          db: trx,
          caseId: made.id,
          trackingCode: made.trackingCode,
          telegramOn: !!c.get('deps').telegram,
          now,
        });
        answer = createdDocument(
          made.trackingCode,
          notice,
          privateLink,
          telegram?.link ? `${baseUrl}${telegram.link}` : undefined,
        );
      },
    ),
  );
  if (outcome.kind !== 'ran') return replay(c, format, outcome);
  const result = outcome.value;
  if (!result.ok) {
    const error =
      result.error === 'unknown-category'
        ? m.serviceCodeUnknown(f.service_code)
        : result.error === 'contact-missing'
          ? m.contactMissing
          : m.unknownPlace(`attribute[${result.error.slice('unknown-'.length)}]`);
    return refuse(c, format, 400, [error]);
  }
  if (!answer) throw new Error('the case was created without its answer');
  return send(c, format, 201, answer);
};
