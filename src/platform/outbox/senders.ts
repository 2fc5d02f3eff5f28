// Chooses the sender for each channel from the settings: SMTP for e-mail, SMPP for SMS and the Bot API for
// Telegram when configured, logging otherwise.
import type { Executor } from '../../db/database';
import { handleOnce } from '../inbound/receive-once';
import { type BotApiSettings, botApi } from '../telegram/bot-api';
import { recordSmsReceipt } from './outbox.queries';
import { loggingSender, type Sender } from './sender';
import { type SmppSender, type SmppSettings, smppSender } from './smpp-sender';
import { type IncomingSms, incomingSmsKey, SMS_REDELIVERY_MS } from './sms-incoming';
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
  /** Where a citizen's SMS goes (casework's handler, wired in main.ts: platform imports no module). */
  handlers: { onIncomingSms?: (sms: IncomingSms) => Promise<void> } = {},
): { senders: Readonly<Record<string, Sender>>; smpp: SmppSender | undefined; close(): Promise<void> } {
  const email = settings.smtp ? smtpSender(settings.smtp) : undefined;
  const onIncomingSms = handlers.onIncomingSms;
  const sms = settings.smpp
    ? smppSender(settings.smpp, {
        onReceipt: (r) => recordSmsReceipt(db, r.smscMessageId, r.state, new Date().toISOString()),
        // Once: an SMS the SMSC delivers twice is answered once. Being handled elsewhere (or by a process
        // that died, until its claim runs out): not acknowledged, so the SMSC delivers it again later.
        onIncoming:
          onIncomingSms &&
          (async (message) => {
            const outcome = await handleOnce(db, incomingSmsKey(message), () => onIncomingSms(message), {
              repeatsAfterMs: SMS_REDELIVERY_MS,
            });
            if (outcome === 'busy') throw new Error('the same SMS is being handled now');
          }),
      })
    : undefined;
  return {
    senders: {
      email: email ?? loggingSender('email'),
      sms: sms ?? loggingSender('sms'),
      telegram: settings.telegram ? telegramSender(botApi(settings.telegram)) : loggingSender('telegram'),
    },
    smpp: sms,
    async close() {
      email?.close();
      await sms?.close();
    },
  };
}
