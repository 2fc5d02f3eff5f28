// JSON API of casework: concern intake with Idempotency-Key, and a case's public view.
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { Executor } from '../../db/database';
import type { Actor } from '../../platform/audit/audit.queries';
import { apiError, readJson, zodIssues } from '../../platform/http/api-errors';
import { clientIp } from '../../platform/http/client-ip';
import {
  type Earlier,
  findEarlier,
  idempotencyOf,
  readIdempotencyKey,
  runOnce,
} from '../../platform/http/idempotency';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { parseTrackingCode } from '../../platform/ids/tracking-code';
import { PUBLIC_INTAKE_LIMIT, takeRateSlot } from '../../platform/rate-limit/rate-limit.queries';
import { constituencyOfficeCode, findPlaces } from '../places';
import { caseApiMessages } from './api.messages';
import { concernCreatedJson, presentCreated, presentPublicCase, publicCaseJson } from './case.presenter';
import { findOfficeNames, findPublicCase, publicTimeline } from './case.queries';
import { isOfficeStaff } from './casework.policy';
import { citizenKeyPath } from './citizen-key.service';
import { concernInputSchema, submitConcern } from './submit-concern.commands';
import { telegramStepOf } from './telegram-link.commands';

const IDEMPOTENCY_SCOPE = 'concerns';

/** The channels of a concern that office staff log for a citizen who came, called, wrote or met the MP. */
export const STAFF_CHANNELS = ['in_person', 'phone', 'letter', 'field_mission'] as const;
const CITIZEN: Actor = { userId: null, label: 'citizen' };

export const concernApiBody = concernInputSchema.extend({
  channel: z
    .enum(['api', ...STAFF_CHANNELS])
    .default('api')
    .describe('How the concern reached Sala; anything but "api" needs a co_director or co_staff token'),
});

// Tests and earlier callers import it from here.
export { canonicalJson } from '../../platform/http/idempotency';

/** The stored answer of an earlier request with this key, or 422 when that request had another body. */
function replay(c: Ctx, earlier: Earlier) {
  if (earlier.kind === 'key-reused') {
    return apiError(c, 422, 'idempotency_key_reused', caseApiMessages[c.get('lang')].idempotencyKeyReused);
  }
  return c.body(earlier.body, earlier.status as ContentfulStatusCode, {
    'Content-Type': 'application/json',
    'Idempotent-Replayed': 'true',
  });
}

async function postConcernApi(c: Ctx) {
  const m = caseApiMessages[c.get('lang')];
  const db = c.get('deps').db;
  const body = await readJson(c);
  if (!body.ok) return apiError(c, 400, body.code);

  const key = readIdempotencyKey(c.req.header('idempotency-key'));
  if (!key.ok) return apiError(c, 400, 'invalid_idempotency_key', m.invalidIdempotencyKey);
  const idem = idempotencyOf(IDEMPOTENCY_SCOPE, key.key, body.value);
  const earlier = await findEarlier(db.kysely, idem);
  if (earlier) return replay(c, earlier);

  const parsed = concernApiBody.safeParse(body.value);
  if (!parsed.success)
    return apiError(c, 400, 'invalid_request', undefined, zodIssues(parsed.error, c.get('lang')));
  const { channel, ...input } = parsed.data;

  const user = c.get('user');
  if (channel !== 'api' && !isOfficeStaff(user)) {
    return apiError(c, 403, 'channel_not_allowed', m.channelNotAllowed);
  }
  const now = new Date();
  // Staff log concerns all day long from one office; the limit is against floods from the public.
  if (!user && !(await takeRateSlot(db.kysely, PUBLIC_INTAKE_LIMIT, clientIp(c), now))) {
    return apiError(c, 429, 'too_many_requests', m.tooMany);
  }

  // Read before the case is written, so the batch that writes it reads nothing more for this answer.
  const office = await findOfficeNames(db.kysely, constituencyOfficeCode(input.province));
  let response: { status: 201; body: string } | undefined;
  const outcome = await runOnce(db.kysely, idem, now, (remember) =>
    submitConcern(
      db,
      input,
      {
        channel,
        actor: user ? { userId: user.id, label: user.username } : CITIZEN,
        lang: c.get('lang'),
        now,
      },
      async (trx: Executor, made) => {
        // An office is made with its province (load-gazetteer.ts), so a case's office is always there.
        if (!office) throw new Error(`no office ${constituencyOfficeCode(input.province)} for a case`);
        const answer = presentCreated({
          tracking_code: made.trackingCode,
          status: 'received',
          office_code: office.code,
          office_km: office.name_km,
          office_en: office.name_en,
        });
        // The replay of a repeated request gets the answer without the private link (Sala keeps only its hash).
        await remember(trx, { status: 201, body: JSON.stringify(answer) });
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
        const telegramLink = telegram?.link ? { telegram_link: `${baseUrl}${telegram.link}` } : {};
        response = {
          status: 201,
          body: JSON.stringify({ ...answer, private_link: privateLink, ...telegramLink }),
        };
      },
    ),
  );
  if (outcome.kind !== 'ran') return replay(c, outcome);
  const created = outcome.value;
  if (!created.ok) {
    return apiError(c, 422, created.error.replace('-', '_'), m.submit[created.error]);
  }
  if (!response) throw new Error('the case was created without its answer');
  return c.body(response.body, response.status, { 'Content-Type': 'application/json' });
}

async function getConcernApi(c: Ctx) {
  const m = caseApiMessages[c.get('lang')];
  const code = parseTrackingCode(c.req.param('code') ?? '');
  if (!code) return apiError(c, 400, 'invalid_tracking_code', m.invalidTrackingCode);
  const db = c.get('deps').db.kysely;
  const row = await findPublicCase(db, code);
  if (!row) return apiError(c, 404, 'not_found', m.unknownCase);
  const codes = [row.province_code, row.district_code, row.commune_code].filter((x): x is string => !!x);
  const [places, timeline] = await Promise.all([findPlaces(db, codes), publicTimeline(db, row.id)]);
  c.header('Cache-Control', 'no-store');
  return c.json(presentPublicCase(row, places, timeline, c.get('lang')));
}

export const caseApiRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: '/api/concerns',
    kind: 'api',
    access: 'public',
    handler: postConcernApi,
    doc: {
      summary:
        'Submit a concern. Send an Idempotency-Key header (1–200 printable ASCII characters) to make retries safe: a repeat with the same key and body answers as the first time and creates nothing.',
      tag: 'casework',
      body: concernApiBody,
      response: concernCreatedJson,
      errors: {
        400: 'Not valid JSON, a field missing or wrong (details list them), text holding U+0000, or a malformed Idempotency-Key.',
        403: 'A staff channel (in_person, phone, letter, field_mission) without a co_director or co_staff token.',
        413: 'The body is over 1 MiB.',
        422: "Unknown category or place code (message in the caller's language), a contact way without the contact, or an Idempotency-Key already used with another body (idempotency_key_reused).",
        429: 'Too many concerns from this address.',
      },
    },
  },
  {
    method: 'GET',
    path: '/api/concerns/:code',
    kind: 'api',
    access: 'public',
    example: { code: '1000000005' },
    handler: getConcernApi,
    doc: {
      summary:
        "A concern's public view: status, dates, office, category, places and timeline — never personal data.",
      tag: 'casework',
      response: publicCaseJson,
      errors: {
        400: 'Not a tracking code (10 digits with a check digit).',
        404: 'No concern has this code.',
      },
    },
  },
];
