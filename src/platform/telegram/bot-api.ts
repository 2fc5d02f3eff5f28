// The Bot API client for the configured bot: the public Bot API, a local Bot API server, or a test's stand-in.
import { Api } from 'grammy';

export interface BotApiSettings {
  token: string;
  apiRoot: string;
}

/** Calls time out well below the outbox lease, so a slow Telegram cannot make a message go twice. */
export function botApi(settings: BotApiSettings): Api {
  return new Api(settings.token, { apiRoot: settings.apiRoot, timeoutSeconds: 60 });
}

/** Where the Bot API serves a file that getFile named. */
export function fileUrl(settings: BotApiSettings, filePath: string): string {
  return `${settings.apiRoot}/file/bot${settings.token}/${filePath}`;
}

/** Buttons under a message the citizen answers: "resolved? yes / no". */
export const FEEDBACK_PREFIX = 'fb';
export const feedbackData = (answer: 'yes' | 'no', trackingCode: string) =>
  `${FEEDBACK_PREFIX}:${answer}:${trackingCode}`;
