// An SMS a citizen sent, as Sala's services read it: the sender and the whole text, its parts joined.
import { createHash } from 'node:crypto';
import type { PDU } from 'smpp';

/** A citizen's SMS: the sender's number as the SMSC gave it (+ for international form) and the text. */
export interface IncomingSms {
  from: string;
  text: string;
  /** The concatenation reference of an SMS sent in parts (the sender's phone numbers its long SMS so). */
  reference?: number;
}

/** An SMS the SMSC delivers again (its answer lost, a failover) is the same sender, text and parts this soon. */
export const SMS_REDELIVERY_MS = 10 * 60_000;

/**
 * The SMS's name for "handled once": SMPP 3.4 gives a citizen's SMS no id of its own, so it is the sender,
 * the parts' reference and the text (hashed: the key is kept 48 hours and must not hold the words).
 */
export function incomingSmsKey(sms: IncomingSms): string {
  const digest = createHash('sha256')
    .update(`${sms.from}\n${sms.reference ?? ''}\n${sms.text}`)
    .digest('base64url');
  return `sms:${digest}`;
}

interface Concatenation {
  reference: number;
  total: number;
  sequence: number;
}

/** The concatenation header of a part (8- or 16-bit reference), if the part has one. */
function concatenationOf(udh: unknown): Concatenation | undefined {
  for (const ie of Array.isArray(udh) ? (udh as Buffer[]) : []) {
    if (ie[0] === 0x00 && ie[1] === 3) return { reference: ie[2], total: ie[3], sequence: ie[4] };
    if (ie[0] === 0x08 && ie[1] === 4)
      return { reference: ie[2] * 256 + ie[3], total: ie[4], sequence: ie[5] };
  }
  return undefined;
}

/** The text of a deliver_sm: short_message, or the message_payload TLV that some SMSCs use instead. */
function textOf(pdu: PDU): { text: string; udh: unknown } {
  const field = (pdu.short_message ?? pdu.message_payload) as
    | { message?: unknown; udh?: unknown }
    | string
    | Buffer
    | undefined;
  if (typeof field === 'string') return { text: field, udh: undefined };
  if (Buffer.isBuffer(field)) return { text: field.toString('latin1'), udh: undefined };
  const message = field?.message;
  const text = typeof message === 'string' ? message : Buffer.isBuffer(message) ? message.toString() : '';
  return { text, udh: field?.udh };
}

/** The sender in the form the SMSC numbered it: international (TON 1) gets its +. */
function senderOf(pdu: PDU): string {
  const addr = String(pdu.source_addr ?? '');
  return Number(pdu.source_addr_ton) === 1 && !addr.startsWith('+') ? `+${addr}` : addr;
}

/** A part kept until the others arrive; parts left alone this long are dropped (a sender's phone gave up). */
const PART_TTL_MS = 10 * 60_000;

/**
 * Joins the parts of concatenated SMS. `take` answers the whole SMS once its last part is in, with
 * `done()` to forget the parts when it was handled (so a part the SMSC sends again still completes it).
 */
export function incomingSmsJoiner(clock: () => number = Date.now) {
  const pending = new Map<string, { parts: (string | undefined)[]; at: number }>();
  return {
    take(pdu: PDU): { sms: IncomingSms; done: () => void } | undefined {
      const from = senderOf(pdu);
      const { text, udh } = textOf(pdu);
      const part = concatenationOf(udh);
      if (!part || part.total <= 1) return { sms: { from, text }, done: () => {} };
      const now = clock();
      for (const [key, entry] of pending) if (now - entry.at > PART_TTL_MS) pending.delete(key);
      const key = `${from}/${part.reference}/${part.total}`;
      const entry = pending.get(key) ?? { parts: new Array(part.total).fill(undefined), at: now };
      pending.set(key, entry);
      if (part.sequence >= 1 && part.sequence <= part.total) entry.parts[part.sequence - 1] = text;
      if (entry.parts.some((p) => p === undefined)) return undefined;
      return {
        sms: { from, text: entry.parts.join(''), reference: part.reference },
        done: () => pending.delete(key),
      };
    },
  };
}
