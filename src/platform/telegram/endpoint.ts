// What the web app needs of a running bot: the webhook's secret, a way to hand it an update, and its username.
import type { Update } from 'grammy/types';

export interface TelegramEndpoint {
  /** Set in webhook mode only; without it `POST /telegram/webhook` does not exist (404). */
  webhookSecret: string | undefined;
  /** Handles the update once: a second delivery is `duplicate`, one while it is being handled `busy`. */
  receive(update: Update): Promise<'handled' | 'duplicate' | 'busy'>;
  /** The bot's @username (from getMe), for `https://t.me/<username>?start=…` links. */
  botUsername: string;
}
