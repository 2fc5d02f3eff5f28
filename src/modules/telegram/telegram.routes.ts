// The bot's two web addresses: Telegram's webhook, and the site's start link that sends a browser to the bot.
import type { Update } from 'grammy/types';
import { apiError } from '../../platform/http/api-errors';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { webhookSecretMatches } from '../../platform/telegram/receiving';
import { renderErrorPage } from '../../web/page';
import { isTelegramLinkTokenShape } from '../casework';

/** Telegram posts each update here (webhook mode), with the secret given to setWebhook in a header. */
async function receiveWebhook(c: Ctx) {
  const telegram = c.get('deps').telegram;
  if (!telegram?.webhookSecret) return apiError(c, 404, 'not_found');
  if (!webhookSecretMatches(c.req.header('x-telegram-bot-api-secret-token'), telegram.webhookSecret)) {
    return apiError(c, 401, 'unauthorized');
  }
  let update: Update;
  try {
    update = (await c.req.json()) as Update;
  } catch {
    return apiError(c, 400, 'invalid_request', 'The body must be a Telegram update in JSON.');
  }
  if (!update || typeof update !== 'object' || !Number.isSafeInteger(update.update_id)) {
    return apiError(c, 400, 'invalid_request', 'The update has no update_id.');
  }
  try {
    // Being handled by a process that may have died: Telegram delivers it again later, once the claim ran out.
    if ((await telegram.receive(update)) === 'busy') return apiError(c, 503, 'unavailable');
  } catch (err) {
    // As in polling: logged, not retried, so one bad update cannot make Telegram hold back the others.
    console.error(`Telegram: update ${update.update_id} failed: ${err instanceof Error ? err.message : err}`);
  }
  return c.json({ ok: true });
}

/** The site's link to the bot: the bot's username is known only to the running app (getMe). */
function openBot(c: Ctx) {
  const telegram = c.get('deps').telegram;
  const token = c.req.param('token') ?? '';
  if (!telegram || !isTelegramLinkTokenShape(token)) return renderErrorPage(c, 'notFound');
  return c.redirect(`https://t.me/${telegram.botUsername}?start=${token}`, 303);
}

export const telegramRoutes: RouteDef[] = [
  { method: 'POST', path: '/telegram/webhook', kind: 'api', access: 'public', handler: receiveWebhook },
  {
    method: 'GET',
    path: '/telegram/link/:token',
    kind: 'page',
    access: 'public',
    personalData: true,
    handler: openBot,
    example: { token: 'AAAAAAAAAAAAAAAAAAAAAA' },
  },
];
