// Messages to a citizen's Telegram chat through the Bot API; an answer comes with "resolved? yes / no" buttons,
// asked without naming the case (a concern or a complaint: the message above names it).
import type { Api } from 'grammy';
import type { Catalog } from '../i18n/i18n';
import { feedbackData } from '../telegram/bot-api';
import type { Sender } from './sender';

const buttons: Catalog<{ resolved: string; yes: string; no: string }> = {
  en: { resolved: 'Did this answer resolve it for you?', yes: 'Yes, resolved', no: 'No, not resolved' },
  km: { resolved: 'តើចម្លើយនេះបានដោះស្រាយឱ្យអ្នកឬទេ?', yes: 'បាទ/ចាស ដោះស្រាយហើយ', no: 'ទេ មិនទាន់ដោះស្រាយ' },
};

/** A Telegram sender: the recipient is the chat id the citizen tied to the case. */
export function telegramSender(api: Api): Sender {
  return {
    channel: 'telegram',
    async send(message) {
      const t = message.lang === 'en' ? buttons.en : buttons.km;
      const askFeedback = message.template === 'answered' && message.trackingCode;
      await api.sendMessage(
        message.recipient,
        askFeedback ? `${message.text}\n${t.resolved}` : message.text,
        {
          link_preview_options: { is_disabled: true },
          reply_markup: askFeedback
            ? {
                inline_keyboard: [
                  [
                    { text: t.yes, callback_data: feedbackData('yes', message.trackingCode as string) },
                    { text: t.no, callback_data: feedbackData('no', message.trackingCode as string) },
                  ],
                ],
              }
            : undefined,
        },
      );
      return undefined;
    },
  };
}
