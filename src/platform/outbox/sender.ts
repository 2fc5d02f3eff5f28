// What every way of reaching a citizen (e-mail, SMS, Telegram) offers the outbox dispatcher.
import { logger } from '../log/logger';

/** One rendered message, ready to leave Sala. */
export interface OutgoingMessage {
  recipient: string;
  subject: string;
  text: string;
  lang: string;
  /** The template it was rendered from, and its case's tracking code: a chat adds buttons to some. */
  template?: string;
  trackingCode?: string;
}

/** What a sender learnt while sending: the SMSC's id of each SMS part, for its delivery receipts. */
export interface SendResult {
  smscMessageIds?: string[];
}

/** Sends over one channel; a thrown error means "not sent, try again later". */
export interface Sender {
  readonly channel: string;
  send(message: OutgoingMessage): Promise<SendResult | undefined>;
}

/**
 * Thrown when the channel is down and the message was not even tried (an SMPP link being re-bound):
 * the dispatcher tries again soon without counting an attempt, so an outage never fails a message.
 */
export class SenderUnavailable extends Error {}

/** Senders by channel name, as the dispatcher looks them up. */
export type Senders = Readonly<Record<string, Sender>>;

/** The recipient with all but its last 3 characters hidden, so logs do not carry whole addresses. */
export function maskRecipient(recipient: string): string {
  const chars = Array.from(recipient);
  const shown = chars.slice(-3).join('');
  return `${'*'.repeat(Math.max(0, chars.length - 3))}${shown}`;
}

/** Where a logging sender writes: the process's logger by default, a list in tests. */
export type MessageLog = (entry: { channel: string; to: string; subject: string; text: string }) => void;

const toLogger: MessageLog = (entry) => logger.info({ job: 'outbox', ...entry }, 'message only logged');

/**
 * A sender that only logs (no gateway configured): the default for SMS, e-mail and Telegram. The operator
 * sees that a message left and its shape, not whom it went to or what it said of them: the recipient
 * masked, the subject (a template's, no personal data), and the text masked word by word.
 */
export function loggingSender(channel: string, write: MessageLog = toLogger): Sender {
  return {
    channel,
    async send(message) {
      write({
        channel,
        to: maskRecipient(message.recipient),
        subject: message.subject,
        text: maskText(withoutProofs(message.text)),
      });
    },
  };
}

/**
 * A message's text with every word of letters or digits shortened to its first character and a count:
 * a concern's title or a citizen's name in a notice cannot be read back, the message's length and layout can.
 * Kept: `[hidden]` (a proof withoutProofs removed), links (their keys already hidden) and tracking codes.
 */
// Public: it is on the case's public page; the operator needs it to find the case.
const TRACKING_CODE = /^[0-9០-៩]{3}-[0-9០-៩]{3}-[0-9០-៩]{3}-[0-9០-៩]$/;

export function maskText(text: string): string {
  return text.replace(/https?:\/\/\S+|\[hidden\]|[\p{L}\p{M}\p{N}@._+'-]+/gu, (word) => {
    if (word === '[hidden]' || /^https?:/.test(word) || TRACKING_CODE.test(word)) return word;
    const chars = Array.from(word);
    return chars.length <= 2 ? '…' : `${chars[0]}…(${chars.length})`;
  });
}

/**
 * A message's text with the citizen's proofs hidden: the private link's key and a six-digit one-time code.
 * A log is read by operators, not by the citizen, and would otherwise let them act in the citizen's name.
 */
export function withoutProofs(text: string): string {
  return text
    .replace(/\/k\/[A-Za-z0-9_-]{22}/g, '/k/[hidden]')
    .replace(/(?<![0-9០-៩-])[0-9០-៩]{6}(?![0-9០-៩-])/g, '[hidden]');
}
