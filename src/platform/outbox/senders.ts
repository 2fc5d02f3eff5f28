// Chooses the sender for each channel from the settings: SMTP for e-mail, SMPP for SMS and the Bot API for
// Telegram when configured, logging otherwise.
import type { Executor } from '../../db/database';
import { type BotApiSettings, botApi } from '../telegram/bot-api';
import { recordSmsReceipt } from './outbox.queries';
import { loggingSender, type Sender } from './sender';
import { type SmppSettings, smppSender } from './smpp-sender';
import { type SmtpSettings, smtpSender } from './smtp-sender';
import { telegramSender } from './telegram-sender';

/** The senders Sala runs with, and close() for the connections they hold (the SMPP session). */
export function buildSenders(
  db: Executor,
  settings: {
    smtp: SmtpSettings | undefined;
    smpp: SmppSettings | undefined;
    telegram?: BotApiSettings | undefined;
  },
): { senders: Readonly<Record<string, Sender>>; close(): Promise<void> } {
  const email = settings.smtp ? smtpSender(settings.smtp) : undefined;
  const sms = settings.smpp
    ? smppSender(settings.smpp, {
        onReceipt: (r) => recordSmsReceipt(db, r.smscMessageId, r.state, new Date().toISOString()),
      })
    : undefined;
  return {
    senders: {
      email: email ?? loggingSender('email'),
      sms: sms ?? loggingSender('sms'),
      telegram: settings.telegram ? telegramSender(botApi(settings.telegram)) : loggingSender('telegram'),
    },
    async close() {
      email?.close();
      await sms?.close();
    },
  };
}
