// README's "What messages cost" table says how many SMS parts each template takes: this keeps it true.
// A template rewritten shorter or longer fails here with the numbers to write into the table.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMessage, TEMPLATES, type Template } from './messages';
import { smsPartCount } from './sms-parts';

/** The values the README assumes: the longest realistic ones. */
const BASE_URL = 'https://sala.example.org'; // 24 characters: each more adds one to every link
const LONGEST_COMMISSION =
  'Commission on Planning, Investment, Agriculture, Rural Development, Environment, and Water Resources';
const QUESTION_100 = 'ស'.repeat(100);
const PAYLOADS: Record<Template, object> = {
  acknowledgement: { key: 'AbCdEfGhIjKlMnOpQrStUv' },
  forwarded: { holder: LONGEST_COMMISSION },
  answered: {},
  information_requested: { question: QUESTION_100 },
  one_time_code: { code: '123456' },
  sms_status: { status: 'ស'.repeat(46) },
  sms_unknown_code: {},
  sms_reply_received: {},
  sms_which_case: { codes: ['4821093756', '1000000005', '9999999998', '1234567890'] },
  sms_help: {},
  sms_complaint_received: {},
  sms_complaint_link: { key: 'AbCdEfGhIjKlMnOpQrStUv' },
  support_code: { code: '123456' },
};

function partsOf(template: Template, lang: 'km' | 'en'): number {
  const payload = JSON.stringify({ trackingCode: '4821093756', ...PAYLOADS[template] });
  return smsPartCount(renderMessage(template, lang, payload, { baseUrl: BASE_URL, channel: 'sms' }).text);
}

describe('the cost of messages in the README', () => {
  const readme = fs.readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

  it('gives each template’s SMS parts in Khmer and English as the texts are now', () => {
    const computed = TEMPLATES.map((t) => `${t}: km ${partsOf(t, 'km')}, en ${partsOf(t, 'en')}`);
    const documented = TEMPLATES.map((t) => {
      const row = new RegExp(`^\\| \`${t}\` \\|[^|]*\\| (\\d+) \\| (\\d+) \\|`, 'm').exec(readme);
      return row ? `${t}: km ${row[1]}, en ${row[2]}` : `${t}: missing from the README`;
    });
    expect(documented, 'update README.md "What messages cost" to these numbers').toEqual(computed);
  });
});
