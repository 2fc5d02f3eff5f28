// What a citizen's SMS asks for, read from its text alone: a status, a reply on a case, a new concern.
import { parseTrackingCode } from '../../platform/ids/tracking-code';
import { foldForMatching } from '../../platform/khmer/fold';

/** What the text of an incoming SMS is. */
export type SmsIntent =
  /** A tracking code alone, or STATUS / ស្ថានភាព and a code: the case's public status is asked. */
  | { kind: 'status'; code: string }
  /** A tracking code followed by words: the citizen's answer on that case (the sender must be its citizen). */
  | { kind: 'coded-reply'; code: string; text: string }
  /** SALA / សាលា and words: a new concern. */
  | { kind: 'concern'; text: string }
  /** CTZ / បណ្តឹង, an optional kind word and words: a complaint to the Citizens' Office about a district office. */
  | { kind: 'complaint'; complaint: SmsComplaintKind; text: string }
  /** STATUS / ស្ថានភាព with no readable code: help is the answer. */
  | { kind: 'bad-code' }
  /** Anything else: a reply on the sender's waiting case, or help. */
  | { kind: 'other'; text: string };

const STATUS_KEYWORD = /^(?:status|ស្ថានភាព)(?=$|[\s:：៖,.\-0-9\u17E0-\u17E9])[\s:：៖,.-]*/i;
const CONCERN_KEYWORD = /^(?:sala|សាលា)(?=$|[\s:：៖,.!-])[\s:：៖,.!-]*/i;
/** What went wrong at the district or commune office (the Citizens' Office's kinds). */
export type SmsComplaintKind = 'delay' | 'refusal' | 'rudeness' | 'wrong_document' | 'overcharging' | 'other';
/** The first word of a text, up to a separator. */
const FIRST_WORD = /^[^\s:：៖,.!-]+/;
const SEPARATORS = /^[\s:：៖,.!-]+/;
/** The complaint keywords, folded: ្ដ and ្ត spellings of បណ្តឹង are one word. */
const COMPLAINT_KEYWORDS = new Set(['ctz', foldForMatching('បណ្តឹង')]);
/** Words that name the kind right after the keyword (folded); the kind's own code is one of them. */
const COMPLAINT_KIND_WORDS: Record<string, SmsComplaintKind> = Object.fromEntries(
  (
    [
      ['delay', 'delay'],
      ['late', 'delay'],
      ['យឺត', 'delay'],
      ['refusal', 'refusal'],
      ['refused', 'refusal'],
      ['បដិសេធ', 'refusal'],
      ['rudeness', 'rudeness'],
      ['rude', 'rudeness'],
      ['មិនគួរសម', 'rudeness'],
      ['wrong_document', 'wrong_document'],
      ['document', 'wrong_document'],
      ['ឯកសារខុស', 'wrong_document'],
      ['overcharging', 'overcharging'],
      ['fee', 'overcharging'],
      ['ថ្លៃលើស', 'overcharging'],
      ['other', 'other'],
    ] as const
  ).map(([word, kind]) => [foldForMatching(word), kind]),
);

/** The first word of a text folded for matching, and what follows it without separators. */
function firstWord(text: string): { word: string; rest: string } | undefined {
  const word = FIRST_WORD.exec(text)?.[0];
  if (!word) return undefined;
  return { word: foldForMatching(word).toLowerCase(), rest: text.slice(word.length).replace(SEPARATORS, '') };
}

/** A complaint's text: CTZ, maybe a kind word, then the words. */
function readComplaint(text: string): SmsIntent | undefined {
  const keyword = firstWord(text);
  if (!keyword || !COMPLAINT_KEYWORDS.has(keyword.word)) return undefined;
  const kindWord = firstWord(keyword.rest);
  const kind = kindWord ? COMPLAINT_KIND_WORDS[kindWord.word] : undefined;
  return kind && kindWord
    ? { kind: 'complaint', complaint: kind, text: kindWord.rest.trim() }
    : { kind: 'complaint', complaint: 'other', text: keyword.rest.trim() };
}

/**
 * How a complaint waits in the national SMS queue (its text column): the keyword and kind first, so the
 * queue knows it for a complaint and readSmsIntent gives back its kind and words.
 */
export function complaintQueueText(kind: SmsComplaintKind, words: string): string {
  return `CTZ ${kind}: ${words}`;
}

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
  const complaint = readComplaint(text);
  if (complaint) return complaint;
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
