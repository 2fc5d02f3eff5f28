// Manifest of the Telegram channel: the bot's webhook and start link; the bot itself starts from main.ts.
import type { ModuleManifest } from '../../platform/http/types';
import { telegramRoutes } from './telegram.routes';

export { type RunningBot, startTelegram } from './bot.routes';

export const telegramModule: ModuleManifest = {
  name: 'telegram',
  routes: telegramRoutes,
};
