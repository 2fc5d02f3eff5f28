// Every outbox template, in Khmer and English, with the longest values it can carry, fits 2 SMS parts;
// replies to a citizen's SMS fit one. New templates are checked because TEMPLATES is enumerated.
import { describe, expect, it } from 'vitest';
import { ONE_PART_TEMPLATES, renderMessage, TEMPLATES } from './messages';
import { ONE_SMS_CHARS, SMS_MAX_CHARS, smsPartCount } from './sms-parts';

// The longest realistic address of a government site, and values at their schema's limits.
const ctx = { baseUrl: 'https://sala.example.gov.kh', channel: 'sms' };
const LONGEST = {
  trackingCode: '4821093756',
  key: 'Kx9_aZ-3bQ7mN2pR5tV8wY',
  code: '042917',
  // destinationName takes 200 characters; a commission's Khmer name is about 70.
  holder: 'គណៈកម្មការសិទ្ធិមនុស្ស ទទួលពាក្យបណ្ដឹង និងអង្កេត នៃរដ្ឋសភា'.repeat(4).slice(0, 200),
  question: 'សូមប្រាប់ឈ្មោះភូមិ និងឃុំដែលអណ្ដូងទឹកខូច ព្រមទាំងរយៈពេលដែលវាខូច។ '.repeat(30).slice(0, 2000),
  // The longest public status in either language (casework checks its statuses against this length).
  status: 'គណៈកម្មការស្នើសុំព័ត៌មានបន្ថែមពីការិយាល័យ Waiting for more'.slice(0, 46),
  codes: ['4821093756', '1000000005', '9999999998', '1234567890'],
};

describe('SMS budget of every template', () => {
  const cases = TEMPLATES.flatMap((t) => [[t, 'km'] as const, [t, 'en'] as const]);
  it.each(cases)('%s in %s fits its SMS budget with the longest values', (template, lang) => {
    for (const payload of [LONGEST, { ...LONGEST, key: undefined }]) {
      const { text } = renderMessage(template, lang, JSON.stringify(payload), ctx);
      const budget = ONE_PART_TEMPLATES.includes(template) ? ONE_SMS_CHARS : SMS_MAX_CHARS;
      expect(text.length, text).toBeLessThanOrEqual(budget);
      expect(smsPartCount(text)).toBeLessThanOrEqual(ONE_PART_TEMPLATES.includes(template) ? 1 : 2);
      if (lang === 'km') expect(text).toMatch(/[\u1780-\u17FF]/);
    }
  });

  it('keeps the private link whole in the acknowledgement, and the details where they fit', () => {
    for (const lang of ['km', 'en']) {
      const ack = renderMessage('acknowledgement', lang, JSON.stringify(LONGEST), ctx).text;
      expect(ack).toContain(`https://sala.example.gov.kh/k/${LONGEST.key}`);
      expect(ack).toContain('482-109-375-6');
      // A short holder still goes by SMS; a long question goes by e-mail only.
      const short = { ...LONGEST, holder: 'MoE' };
      expect(renderMessage('forwarded', lang, JSON.stringify(short), ctx).text).toContain('MoE');
      const asked = JSON.stringify(LONGEST);
      expect(renderMessage('information_requested', lang, asked, ctx).text).not.toContain('អណ្ដូង');
      const email = renderMessage('information_requested', lang, asked, { ...ctx, channel: 'email' });
      expect(email.text).toContain('អណ្ដូង');
    }
  });
});
