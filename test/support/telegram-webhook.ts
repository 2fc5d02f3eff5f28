// Sala's bot in webhook mode against the Bot API stand-in, and the site that receives its updates: what the
// webhook tests share.
import { createApp } from '../../src/app';
import type { Db } from '../../src/db/connect';
import { startTelegram } from '../../src/modules/telegram/bot.routes';
import { BotApiStandIn } from './telegram-bot-api';

export async function startWebhookBot(db: Db, secret: string) {
  const api = await new BotApiStandIn().start();
  const bot = await startTelegram(
    db,
    { token: api.token, apiRoot: api.apiRoot, mode: 'webhook', webhookSecret: secret },
    { baseUrl: 'https://sala.example.org', log: () => {} },
  );
  const app = createApp({
    db,
    config: { baseUrl: 'http://localhost', demo: true },
    version: 'test',
    telegram: bot.endpoint,
  });
  return {
    api,
    bot,
    app,
    /** Posts `body` to the webhook as Telegram does, with `secretHeader` (none when undefined). */
    post: (body: unknown, secretHeader?: string) =>
      app.request('/telegram/webhook', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(secretHeader === undefined ? {} : { 'x-telegram-bot-api-secret-token': secretHeader }),
        },
        body: JSON.stringify(body),
      }),
    async stop() {
      await bot.stop();
      await api.close();
    },
  };
}
