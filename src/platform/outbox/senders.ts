// Chooses the sender for each channel from the settings: SMTP for e-mail when configured, logging otherwise.
import { loggingSender, type Senders } from './sender';
import { type SmtpSettings, smtpSender } from './smtp-sender';

/** The senders Sala runs with; SMS and Telegram log until a gateway exists. */
export function buildSenders(smtp: SmtpSettings | undefined): Senders {
  return {
    email: smtp ? smtpSender(smtp) : loggingSender('email'),
    sms: loggingSender('sms'),
    telegram: loggingSender('telegram'),
  };
}
