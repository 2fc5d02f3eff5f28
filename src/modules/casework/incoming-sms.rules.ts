// What a citizen's SMS asks for, read from its text alone: a status, a reply on a case, a new concern.
import { parseTrackingCode } from '../../platform/ids/tracking-code';

/** What the text of an incoming SMS is. */
export type SmsIntent =
  /** A tracking code alone, or STATUS / ស្ថានភាព and a code: the case's public status is asked. */
  | { kind: 'status'; code: string }
  /** A tracking code followed by words: the citizen's answer on that case (the sender must be its citizen). */
  | { kind: 'coded-reply'; code: string; text: string }
  /** SALA / សាលា and words: a new concern. */
  | { kind: 'concern'; text: string }
  /** STATUS / ស្ថានភាព with no readable code: help is the answer. */
  | { kind: 'bad-code' }
  /** Anything else: a reply on the sender's waiting case, or help. */
  | { kind: 'other'; text: string };

const STATUS_KEYWORD = /^(?:status|ស្ថានភាព)(?=$|[\s:：៖,.\-0-9\u17E0-\u17E9])[\s:：៖,.-]*/i;
const CONCERN_KEYWORD = /^(?:sala|សាលា)(?=$|[\s:：៖,.!-])[\s:：៖,.!-]*/i;
/** Characters a typed code may be written with: digits of either script, spaces, dashes and dots. */
const CODE_CHAR = /[0-9\u17E0-\u17E9\s\-–.]/;

/**
 * The leading tracking code of a text and what follows it: "482 109 375 6 yes, in Kampot" gives the
 * code and "yes, in Kampot". Only the first ten digits count, so words with numbers after it stay words.
 */
export function leadingCode(text: string): { code: string; rest: string } | undefined {
  let digits = 0;
  let end = 0;
  for (const ch of text) {
    if (!CODE_CHAR.test(ch)) break;
    end += ch.length;
    if (/[0-9\u17E0-\u17E9]/.test(ch) && ++digits === 10) break;
  }
  if (digits < 10) return undefined;
  const code = parseTrackingCode(text.slice(0, end));
  const rest = text.slice(end);
  // "4821093756789" is no code followed by words.
  if (!code || /^[0-9\u17E0-\u17E9]/.test(rest)) return undefined;
  return { code, rest: rest.replace(/^[\s:：៖,.-]+/, '').trim() };
}

/** The intent of an SMS's text. */
export function readSmsIntent(raw: string): SmsIntent {
  const text = raw.normalize('NFC').trim();
  const status = STATUS_KEYWORD.exec(text);
  if (status) {
    const code = parseTrackingCode(text.slice(status[0].length));
    return code ? { kind: 'status', code } : { kind: 'bad-code' };
  }
  const concern = CONCERN_KEYWORD.exec(text);
  if (concern) return { kind: 'concern', text: text.slice(concern[0].length).trim() };
  const coded = leadingCode(text);
  if (coded)
    return coded.rest
      ? { kind: 'coded-reply', code: coded.code, text: coded.rest }
      : { kind: 'status', code: coded.code };
  return { kind: 'other', text };
}

/** The language to answer in: Khmer for Khmer script or digits alone, English for Latin letters. */
export function replyLanguage(text: string): 'km' | 'en' {
  if (/[\u1780-\u17FF]/.test(text)) return 'km';
  return /[A-Za-z]/.test(text) ? 'en' : 'km';
}
