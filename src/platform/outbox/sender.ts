// What every way of reaching a citizen (e-mail, SMS, Telegram) offers the outbox dispatcher.

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

/** A sender that only prints: the default for SMS and Telegram until a gateway is configured. */
export function loggingSender(channel: string, write: (line: string) => void = console.log): Sender {
  return {
    channel,
    async send(message) {
      write(
        `[outbox ${channel}] to ${maskRecipient(message.recipient)}: ${message.subject}\n${withoutProofs(message.text)}`,
      );
    },
  };
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
