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
}

export const TEMPLATES = ['acknowledgement', 'forwarded', 'answered', 'information_requested'] as const;
export type Template = (typeof TEMPLATES)[number];

type Render = (p: MessagePayload, link: string, code: string) => { subject: string; text: string };
type TemplateTexts = Record<Template, Render>;

export const outboxMessages: Catalog<TemplateTexts> = {
  en: {
    acknowledgement: (_p, link, code) => ({
      subject: `Your concern was received — ${code}`,
      text: `Thank you. Your concern has reached the constituency office.\nTracking code: ${code}\nFollow it at ${link}\n`,
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
  },
  km: {
    acknowledgement: (_p, link, code) => ({
      subject: `យើងបានទទួលកង្វល់របស់អ្នកហើយ — ${code}`,
      text: `សូមអរគុណ។ កង្វល់របស់អ្នកបានមកដល់ការិយាល័យមណ្ឌលហើយ។\nលេខតាមដាន៖ ${code}\nតាមដាននៅ ${link}\n`,
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
  const texts = lang === 'en' ? outboxMessages.en : outboxMessages.km;
  const link = `${ctx.baseUrl}/track/${payload.trackingCode}`;
  return texts[template as Template](payload, link, formatTrackingCode(payload.trackingCode));
}
