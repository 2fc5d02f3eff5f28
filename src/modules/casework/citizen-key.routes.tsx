// The citizen's proofs over HTTP: the private link's page (/k/<key>), and one-time codes sent to the
// contact on the case and typed on the tracking page. Wrong keys and codes count against the address
// and the case (citizen-steps.routes.tsx), and change nothing.
import { hashSecret } from '../../platform/auth/tokens';
import { clientIp } from '../../platform/http/client-ip';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { parseTrackingCode } from '../../platform/ids/tracking-code';
import { takeRateSlot } from '../../platform/rate-limit/rate-limit.queries';
import { findTrackedCase, trackingCodeOfCase } from './case.queries';
import { openPassWithCode, sendOneTimeCode } from './citizen-key.commands';
import { citizenKeyMessages } from './citizen-key.messages';
import { caseIdOfKeyHash } from './citizen-key.queries';
import { citizenKeyPath, isCitizenKeyShape } from './citizen-key.service';
import { countWrongGuess, guessingBlocked, perHour, tooManyGuessesPage } from './citizen-steps.routes';
import { waitingSmsIntakeOfKeyHash } from './incoming-sms.queries';
import { citizenNoticePage, renderTrackedCase, trackUnknownPage, waitingConcernPage } from './track.routes';

/** Codes sent for one case: enough for a citizen whose SMS is slow, too few to flood their phone. */
export const CODE_SEND_CASE_LIMIT = perHour('citizen-code-send', 3);
/** Codes asked from one address, whatever the case. */
export const CODE_SEND_ADDRESS_LIMIT = perHour('citizen-code-send-address', 10);

function badLinkPage(c: Ctx) {
  const m = citizenKeyMessages[c.get('lang')];
  return citizenNoticePage(c, {
    title: m.badLinkTitle,
    body: m.badLinkBody,
    href: '/track',
    status: 404,
    alert: true,
  });
}

/** GET /k/:key — the tracking page with the citizen's own forms, each carrying the key. */
async function keyPage(c: Ctx) {
  const key = c.req.param('key') ?? '';
  const db = c.get('deps').db.kysely;
  const now = new Date();
  if (await guessingBlocked(c, null, now)) return tooManyGuessesPage(c);
  const caseId = isCitizenKeyShape(key) ? await caseIdOfKeyHash(db, hashSecret(key)) : undefined;
  const tracked = caseId !== undefined ? await trackingCodeOfCase(db, caseId) : undefined;
  const found = tracked ? await findTrackedCase(db, tracked.tracking_code) : undefined;
  if (!found) {
    const waiting = isCitizenKeyShape(key) ? await waitingSmsIntakeOfKeyHash(db, hashSecret(key)) : undefined;
    if (waiting) return waitingConcernPage(c, waiting.tracking_code);
    await countWrongGuess(c, null, now);
    return badLinkPage(c);
  }
  const privateLink = `${c.get('deps').config.baseUrl}${citizenKeyPath(key)}`;
  return renderTrackedCase(c, found, {}, 200, { proof: { field: 'key', secret: key }, privateLink });
}

async function caseOfPath(c: Ctx) {
  const code = parseTrackingCode(c.req.param('code') ?? '');
  const found = code ? await findTrackedCase(c.get('deps').db.kysely, code) : undefined;
  return { code, found };
}

function noticePage(c: Ctx, title: string, body: string, trackingCode: string, status: 409 | 422) {
  return citizenNoticePage(c, { title, body, href: `/track/${trackingCode}`, status, alert: false });
}

/** POST /track/:code/code — sends a one-time code to the case's contact, then asks for it. */
async function postSendCode(c: Ctx) {
  const { code, found } = await caseOfPath(c);
  if (!found) return trackUnknownPage(c, !!code);
  const db = c.get('deps').db;
  const now = new Date();
  const withinLimits =
    (await takeRateSlot(db.kysely, CODE_SEND_ADDRESS_LIMIT, clientIp(c), now)) &&
    (await takeRateSlot(db.kysely, CODE_SEND_CASE_LIMIT, `case:${found.id}`, now));
  if (!withinLimits) return tooManyGuessesPage(c);
  const sent = await sendOneTimeCode(db, found.tracking_code, now);
  const m = citizenKeyMessages[c.get('lang')];
  if (!sent.ok) {
    if (sent.error === 'not-found') return trackUnknownPage(c, true);
    return sent.error === 'no-contact'
      ? noticePage(c, m.noContactTitle, m.noContactBody, found.tracking_code, 422)
      : noticePage(c, m.caseOverTitle, m.caseOverBody, found.tracking_code, 409);
  }
  return renderTrackedCase(c, found, {}, 200, { codeSent: sent.value.channel });
}

/** POST /track/:code/code/check — a right code opens the page with the citizen's forms for half an hour. */
async function postCheckCode(c: Ctx) {
  const { code, found } = await caseOfPath(c);
  if (!found) return trackUnknownPage(c, !!code);
  const now = new Date();
  if (await guessingBlocked(c, found.id, now)) return tooManyGuessesPage(c);
  const form = await c.req.parseBody();
  const typed = (typeof form.code === 'string' ? form.code : '').replace(/\s/g, '');
  const pass = await openPassWithCode(c.get('deps').db, found.id, typed, now);
  if (!pass) {
    await countWrongGuess(c, found.id, now);
    return renderTrackedCase(c, found, {}, 403, { wrongCode: true });
  }
  return renderTrackedCase(c, found, {}, 200, { proof: { field: 'pass', secret: pass } });
}

const EXAMPLE = { code: '1000000005' };

export const citizenKeyRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/k/:key',
    kind: 'page',
    access: 'public',
    // The citizen's own page: its address is the secret, so no browser or proxy may keep it.
    personalData: true,
    // A well-formed key no case has: the walk only needs to be let in (a 404 is fine).
    example: { key: 'AAAAAAAAAAAAAAAAAAAAAA' },
    handler: keyPage,
  },
  {
    method: 'POST',
    path: '/track/:code/code',
    kind: 'page',
    access: 'public',
    example: EXAMPLE,
    handler: postSendCode,
  },
  {
    method: 'POST',
    path: '/track/:code/code/check',
    kind: 'page',
    access: 'public',
    example: EXAMPLE,
    handler: postCheckCode,
  },
];
