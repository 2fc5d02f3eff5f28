// How a text becomes SMS parts: UCS-2 (data_coding 8) always, since Khmer needs it and one rule is simpler than two;
// 70 UTF-16 units fit one SMS, 67 per part once a 6-byte concatenation header (UDH) takes its room.

/** data_coding for UCS-2 (UTF-16 big-endian on the wire). */
export const UCS2 = 0x08;
/** esm_class bit saying short_message starts with a user data header. */
export const UDH_INDICATOR = 0x40;

const SINGLE_UNITS = 70;
const PART_UNITS = 67;
/** The most characters a message of Sala's may take by SMS: two parts (a test checks every template). */
export const SMS_MAX_CHARS = 2 * PART_UNITS;
/** What one SMS part holds: the answer to a citizen's SMS must fit it. */
export const ONE_SMS_CHARS = SINGLE_UNITS;

/** The SMS concatenation header counts parts in one byte. */
const MAX_PARTS = 255;

/** The texts of the parts, in order; a surrogate pair (an emoji) is never cut in two. */
export function splitSms(text: string): string[] {
  if (text.length <= SINGLE_UNITS) return [text];
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PART_UNITS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  if (parts.length > MAX_PARTS) throw new RangeError(`an SMS of ${parts.length} parts is too long`);
  return parts;
}

/** What a citizen's phone bill counts: the number of SMS a text costs. */
export const smsPartCount = (text: string) => splitSms(text).length;

/**
 * The short_message bytes of each part: UCS-2, and, when there are several, the 8-bit-reference
 * concatenation header (05 00 03 ref total seq) that makes the phone join them in order.
 */
export function smsPayloads(text: string, reference: number): { udh: boolean; bytes: Buffer }[] {
  const parts = splitSms(text);
  return parts.map((part, i) => {
    const body = ucs2(part);
    if (parts.length === 1) return { udh: false, bytes: body };
    const header = Buffer.from([0x05, 0x00, 0x03, reference & 0xff, parts.length, i + 1]);
    return { udh: true, bytes: Buffer.concat([header, body]) };
  });
}

function ucs2(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf16le');
  return bytes.swap16();
}
