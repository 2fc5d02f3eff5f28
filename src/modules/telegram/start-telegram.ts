// Starts the bot for this process: polling under the database lease, or the webhook registered with Telegram.
import { hostname } from 'node:os';
import type { UserFromGetMe } from 'grammy/types';
import type { TelegramSettings } from '../../config';
import type { Db } from '../../db/connect';
import type { TelegramEndpoint } from '../../platform/telegram/endpoint';
import {
  ALLOWED_UPDATES,
  handleUpdateOnce,
  type PollingOptions,
  startPolling,
} from '../../platform/telegram/receiving';
import { createSalaBot } from './bot.routes';

export interface RunningBot {
  endpoint: TelegramEndpoint;
  /** Polling: aborts the poll and ends the lease (main.ts forgets old update ids, in every mode). */
  stop(): Promise<void>;
}

/**
 * The bot of this process. In webhook mode it registers `<baseUrl>/telegram/webhook` with its secret (every
 * process may: the call is idempotent); in polling mode only the lease holder polls.
 */
export async function startTelegram(
  db: Db,
  settings: TelegramSettings,
  options: {
    baseUrl: string;
    botInfo?: UserFromGetMe;
    polling?: Partial<PollingOptions>;
    log?: (line: string) => void;
  },
): Promise<RunningBot> {
  const log = options.log ?? console.log;
  const bot = await createSalaBot(db, { ...settings, baseUrl: options.baseUrl }, options.botInfo);
  const handle = (update: Parameters<typeof bot.handleUpdate>[0]) => bot.handleUpdate(update);
  const endpoint: TelegramEndpoint = {
    webhookSecret: settings.mode === 'webhook' ? settings.webhookSecret : undefined,
    receive: (update) => handleUpdateOnce(db.kysely, update, handle),
    botUsername: bot.botInfo.username,
  };
  if (settings.mode === 'webhook') {
    await bot.api.setWebhook(`${options.baseUrl}/telegram/webhook`, {
      secret_token: settings.webhookSecret,
      allowed_updates: [...ALLOWED_UPDATES],
    });
    log(`Telegram: @${bot.botInfo.username} receives updates at ${options.baseUrl}/telegram/webhook`);
    return { endpoint, stop: async () => {} };
  }
  const polling = startPolling(db.kysely, bot.api, handle, {
    holder: `${hostname()}:${process.pid}`,
    log,
    ...options.polling,
  });
  return { endpoint, stop: () => polling.stop() };
}
