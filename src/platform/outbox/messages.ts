// The texts of outbox messages in Khmer and English, one entry per template.
import type { Catalog } from '../i18n/i18n';
import { formatTrackingCode } from '../ids/tracking-code';
import { SMS_MAX_CHARS } from './sms-parts';

/** What a template needs besides its payload. */
export interface RenderContext {
  /** SALA_BASE_URL without a trailing slash. */
  baseUrl: string;
  /** The channel the text goes by: an SMS leaves out details that would take it past 2 parts. */
  channel?: string;
}

/** A payload carries the case's tracking code (all but `WITHOUT_CASE`); some templates add a detail. */
export interface MessagePayload {
  trackingCode?: string;
  /** forwarded: the commission or authority now holding the case. */
  holder?: string;
  /** information_requested: what the office asks for. */
  question?: string;
  /** acknowledgement: the citizen's private key, for their private link (stripped once sent). */
  key?: string;
  /** one_time_code, support_code: the code to type on the page (stripped once sent). */
  code?: string;
  /** sms_status: the case's public status in words, in the message's language. */
  status?: string;
  /** sms_which_case: the tracking codes of the sender's cases waiting for an answer. */
  codes?: string[];
  /** What the case is to its citizen: a complaint to a Citizens' Office, or (left out) a concern. */
  about?: 'complaint';
}

/** The case as its citizen calls it: a complaint to the Citizens' Office is never called a concern. */
const noun = {
  en: (p: MessagePayload) => (p.about === 'complaint' ? 'complaint' : 'concern'),
  km: (p: MessagePayload) => (p.about === 'complaint' ? 'បណ្តឹង' : 'កង្វល់'),
};

/** Payload fields that are secrets: kept only until the message is sent or given up (`withoutSecrets`). */
const SECRET_FIELDS = ['key', 'code'] as const;

export const TEMPLATES = [
  'acknowledgement',
  'forwarded',
  'answered',
  'information_requested',
  'one_time_code',
  // Answers to a citizen's SMS (casework's incoming-sms service).
  'sms_status',
  'sms_unknown_code',
  'sms_reply_received',
  'sms_which_case',
  'sms_help',
  /** A complaint to the Citizens' Office by SMS was received: its tracking code, in one part. */
  'sms_complaint_received',
  /** That complaint reached its district's Citizens' Office: the private link, to the number that sent it. */
  'sms_complaint_link',
  // A citizen confirms their support of a joint statement (watch); it names no case.
  'support_code',
] as const;
export type Template = (typeof TEMPLATES)[number];

/** Templates that name no case: their payload has no tracking code. */
const WITHOUT_CASE: readonly Template[] = ['sms_which_case', 'sms_help', 'support_code'];
/** Templates answered in one SMS part (70 UCS-2 characters): replies to a citizen's SMS. */
export const ONE_PART_TEMPLATES: readonly Template[] = [
  'sms_status',
  'sms_unknown_code',
  'sms_help',
  'sms_complaint_received',
];

/** `link`: the private link when the payload has the key, else the public tracking page. */
type Render = (p: MessagePayload, link: string, code: string) => { subject: string; text: string };
type TemplateTexts = Record<Template, Render>;

// Every text fits 2 SMS parts (134 UCS-2 characters) with the longest code and private link: a third
// part costs the office a third SMS and some phones show it late. The holder and the office's question
// are details an SMS leaves out when they would not fit (the link shows them); e-mail keeps them.
export const outboxMessages: Catalog<TemplateTexts> = {
  en: {
    acknowledgement: (p, link, code) => ({
      subject: `Your ${noun.en(p)} was received — ${code}`,
      text: p.key
        ? `Sala received your ${noun.en(p)} ${code}. Your private link, do not share it: ${link}`
        : `Sala received your ${noun.en(p)} ${code}. Follow it at ${link}`,
    }),
    forwarded: (p, link, code) => ({
      subject: `Your ${noun.en(p)} ${code} was forwarded`,
      text: `Your ${noun.en(p)} ${code} was forwarded${p.holder ? ` to ${p.holder}` : ''}. See ${link}`,
    }),
    answered: (p, link, code) => ({
      subject: `Your ${noun.en(p)} ${code} has an answer`,
      text: `Your ${noun.en(p)} ${code} has an answer. Read it and tell us if it helped: ${link}`,
    }),
    information_requested: (p, link, code) => ({
      subject: `More information needed for ${code}`,
      text: `The office has a question on your ${noun.en(p)} ${code}.${p.question ? `\n${p.question}\n` : ' '}Reply to this SMS or at ${link}`,
    }),
    one_time_code: (p, _link, code) => ({
      subject: `Your one-time code for ${code}`,
      text: `Code ${p.code} for ${noun.en(p)} ${code}. Valid 15 minutes. Do not share it.`,
    }),
    sms_status: (p, _link, code) => ({
      subject: `Status of ${code}`,
      text: `Sala ${code}: ${p.status}`,
    }),
    sms_unknown_code: (_p, _link, code) => ({
      subject: `No concern ${code}`,
      text: `Sala has no concern ${code}. Check the code.`,
    }),
    sms_reply_received: (p, link, code) => ({
      subject: `Your reply on ${code} was received`,
      text: `Sala received your reply on ${noun.en(p)} ${code}. Thank you. See ${link}`,
    }),
    sms_which_case: (p) => ({
      subject: 'Which concern?',
      text: `You have several concerns waiting for your answer. Send the code, a space, then your answer: ${codesOf(p)}`,
    }),
    sms_help: () => ({
      subject: 'Sala by SMS',
      text: 'Sala: a code for its status, SALA + your concern, CTZ + a complaint.',
    }),
    sms_complaint_received: (_p, _link, code) => ({
      subject: `Your complaint ${code} was received`,
      text: `Sala received your complaint ${code} to the Citizens Office.`,
    }),
    sms_complaint_link: (_p, link, code) => ({
      subject: `Your complaint ${code} is with the Citizens Office`,
      text: `Complaint ${code} reached the Citizens Office. Private link, do not share: ${link}`,
    }),
    support_code: (p) => ({
      subject: 'Your code to support a joint statement',
      text: `Code ${p.code} confirms your support of a joint statement on Sala. Valid 15 minutes. Do not share it.`,
    }),
  },
  km: {
    acknowledgement: (p, link, code) => ({
      subject: `យើងបានទទួល${noun.km(p)}របស់អ្នកហើយ — ${code}`,
      text: p.key
        ? `សាលាបានទទួល${noun.km(p)} ${code}។ តំណឯកជន កុំឱ្យអ្នកដទៃ៖ ${link}`
        : `សាលាបានទទួល${noun.km(p)} ${code}។ តាមដាននៅ ${link}`,
    }),
    forwarded: (p, link, code) => ({
      subject: `${noun.km(p)} ${code} របស់អ្នកត្រូវបានបញ្ជូនបន្ត`,
      text: `${noun.km(p)} ${code} ត្រូវបានបញ្ជូនទៅ${p.holder ? ` ${p.holder}` : 'ស្ថាប័នពាក់ព័ន្ធ'}។ មើល ${link}`,
    }),
    answered: (p, link, code) => ({
      subject: `${noun.km(p)} ${code} របស់អ្នកមានចម្លើយហើយ`,
      text: `${noun.km(p)} ${code} មានចម្លើយហើយ។ សូមអាន ហើយប្រាប់យើងថាបានដោះស្រាយឬទេ៖ ${link}`,
    }),
    information_requested: (p, link, code) => ({
      subject: `ត្រូវការព័ត៌មានបន្ថែមសម្រាប់ ${code}`,
      text: `ការិយាល័យមានសំណួរអំពី${noun.km(p)} ${code}។${p.question ? `\n${p.question}\n` : ' '}ឆ្លើយតបសារនេះ ឬនៅ ${link}`,
    }),
    one_time_code: (p, _link, code) => ({
      subject: `លេខកូដប្រើម្តងសម្រាប់ ${code}`,
      text: `លេខកូដ ${p.code} សម្រាប់${noun.km(p)} ${code}។ ប្រើបាន ១៥ នាទី។ កុំប្រាប់អ្នកណា។`,
    }),
    sms_status: (p, _link, code) => ({
      subject: `ស្ថានភាព ${code}`,
      text: `${noun.km(p)} ${code}៖ ${p.status}`,
    }),
    sms_unknown_code: (_p, _link, code) => ({
      subject: `គ្មានកង្វល់ ${code}`,
      text: `រកមិនឃើញកង្វល់ ${code}។ សូមពិនិត្យលេខឡើងវិញ។`,
    }),
    sms_reply_received: (p, link, code) => ({
      subject: `បានទទួលចម្លើយរបស់អ្នកលើ ${code}`,
      text: `សាលាបានទទួលចម្លើយរបស់អ្នកលើ${noun.km(p)} ${code}។ អរគុណ។ មើល ${link}`,
    }),
    sms_which_case: (p) => ({
      subject: 'កង្វល់មួយណា?',
      text: `អ្នកមានកង្វល់ច្រើនកំពុងរង់ចាំចម្លើយ។ សូមផ្ញើលេខកូដតាមដាន ដកឃ្លា រួចចម្លើយ៖ ${codesOf(p)}`,
    }),
    sms_help: () => ({
      subject: 'សាលាតាម SMS',
      text: 'សាលា៖ លេខកូដ ដឹងស្ថានភាព ឬ សាលា និងកង្វល់ ឬ បណ្តឹង និងពាក្យបណ្តឹង។',
    }),
    sms_complaint_received: (_p, _link, code) => ({
      subject: `យើងបានទទួលបណ្តឹងរបស់អ្នកហើយ — ${code}`,
      text: `សាលាបានទទួលបណ្តឹង ${code}។ ការិយាល័យប្រជាពលរដ្ឋនឹងឆ្លើយ។`,
    }),
    sms_complaint_link: (_p, link, code) => ({
      subject: `បណ្តឹង ${code} ដល់ការិយាល័យប្រជាពលរដ្ឋហើយ`,
      text: `បណ្តឹង ${code} ដល់ការិយាល័យប្រជាពលរដ្ឋនៃស្រុកហើយ។ តំណឯកជន កុំឱ្យអ្នកដទៃ៖ ${link}`,
    }),
    support_code: (p) => ({
      subject: 'លេខកូដដើម្បីគាំទ្រសេចក្តីថ្លែងការណ៍រួម',
      text: `លេខកូដ ${p.code} បញ្ជាក់ការគាំទ្ររបស់អ្នកចំពោះសេចក្តីថ្លែងការណ៍រួមនៅលើសាលា។ ប្រើបាន ១៥ នាទី។ កុំប្រាប់អ្នកណា។`,
    }),
  },
};

/** At most three codes fit an SMS beside the question; more cases than that are rare for one number. */
const codesOf = (p: MessagePayload) =>
  (p.codes ?? [])
    .slice(0, 3)
    .map((c) => formatTrackingCode(c))
    .join(' ');

/** Why a row cannot be rendered: retrying would not help, so the dispatcher fails it at once. */
export class RenderError extends Error {}

/** The subject and text of an outbox row, in its language (Khmer when the language is unknown). */
export function renderMessage(
  template: string,
  lang: string,
  payloadJson: string,
  ctx: RenderContext,
): { subject: string; text: string } {
  if (!(TEMPLATES as readonly string[]).includes(template))
    throw new RenderError(`unknown template "${template}"`);
  const name = template as Template;
  let payload: MessagePayload;
  try {
    payload = JSON.parse(payloadJson) as MessagePayload;
  } catch {
    throw new RenderError('payload is not JSON');
  }
  if (typeof payload !== 'object' || payload === null) throw new RenderError('payload is not an object');
  const trackingCode = payload.trackingCode;
  const validCode = typeof trackingCode === 'string' && /^\d{10}$/.test(trackingCode);
  if (!validCode && !WITHOUT_CASE.includes(name)) {
    throw new RenderError('payload has no valid trackingCode');
  }
  if ((name === 'one_time_code' || name === 'support_code') && !/^\d{6}$/.test(String(payload.code))) {
    throw new RenderError('payload has no valid code');
  }
  if (name === 'sms_status' && typeof payload.status !== 'string') {
    throw new RenderError('payload has no status');
  }
  const texts = lang === 'en' ? outboxMessages.en : outboxMessages.km;
  const link =
    typeof payload.key === 'string' && /^[A-Za-z0-9_-]{22}$/.test(payload.key)
      ? `${ctx.baseUrl}/k/${payload.key}`
      : `${ctx.baseUrl}/track/${trackingCode}`;
  const code = validCode ? formatTrackingCode(trackingCode) : '';
  const full = texts[name](payload, link, code);
  if (ctx.channel !== 'sms' || full.text.length <= SMS_MAX_CHARS) return full;
  return texts[name]({ ...payload, holder: undefined, question: undefined }, link, code);
}

/**
 * The payload without its secrets, written over it once the message is sent or given up: the private
 * key and one-time codes then live only as hashes and in the citizen's own inbox.
 */
export function withoutSecrets(payloadJson: string): string {
  try {
    const payload = JSON.parse(payloadJson) as Record<string, unknown>;
    if (!payload || typeof payload !== 'object') return payloadJson;
    for (const field of SECRET_FIELDS) delete payload[field];
    return JSON.stringify(payload);
  } catch {
    return payloadJson;
  }
}
