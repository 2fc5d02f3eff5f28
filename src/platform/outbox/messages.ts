// The texts of outbox messages in Khmer and English, one entry per template.
import type { Catalog } from '../i18n/i18n';
import { formatTrackingCode } from '../ids/tracking-code';

/** What a template needs besides its payload. */
export interface RenderContext {
  /** SALA_BASE_URL without a trailing slash. */
  baseUrl: string;
}

/** Every payload carries the case's tracking code; some templates add a detail. */
export interface MessagePayload {
  trackingCode: string;
  /** forwarded: the commission or authority now holding the case. */
  holder?: string;
  /** information_requested: what the office asks for. */
  question?: string;
  /** acknowledgement: the citizen's private key, for their private link (stripped once sent). */
  key?: string;
  /** one_time_code: the code to type on the tracking page (stripped once sent). */
  code?: string;
}

/** Payload fields that are secrets: kept only until the message is sent or given up (`withoutSecrets`). */
const SECRET_FIELDS = ['key', 'code'] as const;

export const TEMPLATES = [
  'acknowledgement',
  'forwarded',
  'answered',
  'information_requested',
  'one_time_code',
] as const;
export type Template = (typeof TEMPLATES)[number];

/** `link`: the private link when the payload has the key, else the public tracking page. */
type Render = (p: MessagePayload, link: string, code: string) => { subject: string; text: string };
type TemplateTexts = Record<Template, Render>;

export const outboxMessages: Catalog<TemplateTexts> = {
  en: {
    // Short: it goes by SMS. The private link is the citizen's to reply, add to or withdraw the concern.
    acknowledgement: (p, link, code) => ({
      subject: `Your concern was received — ${code}`,
      text: p.key
        ? `Concern received. Tracking code: ${code}\nYour private link, keep it to yourself: ${link}\n`
        : `Concern received. Tracking code: ${code}\nFollow it at ${link}\n`,
    }),
    forwarded: (p, link, code) => ({
      subject: `Your concern ${code} was forwarded`,
      text: `Your concern ${code} was forwarded${p.holder ? ` to ${p.holder}` : ''} for action.\nFollow it at ${link}\n`,
    }),
    answered: (_p, link, code) => ({
      subject: `Your concern ${code} has an answer`,
      text: `An answer to your concern ${code} is ready.\nRead it and tell us whether it resolved your concern at ${link}\n`,
    }),
    information_requested: (p, link, code) => ({
      subject: `More information needed for ${code}`,
      text: `The office needs more information about your concern ${code}.${p.question ? `\n${p.question}` : ''}\nReply at ${link}\n`,
    }),
    one_time_code: (p, _link, code) => ({
      subject: `Your one-time code for ${code}`,
      text: `Code ${p.code} for concern ${code}. Valid 15 minutes. Do not share it.\n`,
    }),
  },
  km: {
    acknowledgement: (p, link, code) => ({
      subject: `យើងបានទទួលកង្វល់របស់អ្នកហើយ — ${code}`,
      text: p.key
        ? `បានទទួលកង្វល់។ លេខតាមដាន៖ ${code}\nតំណឯកជនរបស់អ្នក កុំឱ្យអ្នកផ្សេង៖ ${link}\n`
        : `បានទទួលកង្វល់។ លេខតាមដាន៖ ${code}\nតាមដាននៅ ${link}\n`,
    }),
    forwarded: (p, link, code) => ({
      subject: `កង្វល់ ${code} របស់អ្នកត្រូវបានបញ្ជូនបន្ត`,
      text: `កង្វល់ ${code} របស់អ្នកត្រូវបានបញ្ជូនបន្ត${p.holder ? `ទៅ ${p.holder}` : ''} ដើម្បីចាត់វិធានការ។\nតាមដាននៅ ${link}\n`,
    }),
    answered: (_p, link, code) => ({
      subject: `កង្វល់ ${code} របស់អ្នកមានចម្លើយហើយ`,
      text: `ចម្លើយចំពោះកង្វល់ ${code} របស់អ្នករួចរាល់ហើយ។\nសូមអាន ហើយប្រាប់យើងថាវាដោះស្រាយកង្វល់របស់អ្នកឬទេ នៅ ${link}\n`,
    }),
    information_requested: (p, link, code) => ({
      subject: `ត្រូវការព័ត៌មានបន្ថែមសម្រាប់ ${code}`,
      text: `ការិយាល័យត្រូវការព័ត៌មានបន្ថែមអំពីកង្វល់ ${code} របស់អ្នក។${p.question ? `\n${p.question}` : ''}\nឆ្លើយតបនៅ ${link}\n`,
    }),
    one_time_code: (p, _link, code) => ({
      subject: `លេខកូដប្រើម្តងសម្រាប់ ${code}`,
      text: `លេខកូដ ${p.code} សម្រាប់កង្វល់ ${code}។ ប្រើបាន ១៥ នាទី។ កុំប្រាប់អ្នកណា។\n`,
    }),
  },
};

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
  let payload: MessagePayload;
  try {
    payload = JSON.parse(payloadJson) as MessagePayload;
  } catch {
    throw new RenderError('payload is not JSON');
  }
  if (typeof payload?.trackingCode !== 'string' || !/^\d{10}$/.test(payload.trackingCode)) {
    throw new RenderError('payload has no valid trackingCode');
  }
  if (template === 'one_time_code' && !/^\d{6}$/.test(String(payload.code))) {
    throw new RenderError('payload has no valid code');
  }
  const texts = lang === 'en' ? outboxMessages.en : outboxMessages.km;
  const link =
    typeof payload.key === 'string' && /^[A-Za-z0-9_-]{22}$/.test(payload.key)
      ? `${ctx.baseUrl}/k/${payload.key}`
      : `${ctx.baseUrl}/track/${payload.trackingCode}`;
  return texts[template as Template](payload, link, formatTrackingCode(payload.trackingCode));
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
