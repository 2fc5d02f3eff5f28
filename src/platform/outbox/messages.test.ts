// Outbox texts: both languages for every template, the grouped code and the tracking link; masked logging.
import { describe, expect, it } from 'vitest';
import { RenderError, renderMessage, TEMPLATES, withoutSecrets } from './messages';
import { loggingSender, maskRecipient } from './sender';

const ctx = { baseUrl: 'https://sala.example.org' };
const payload = JSON.stringify({ trackingCode: '4821093756' });

describe('outbox messages', () => {
  // The messages that tell a citizen of a step on their case (not the answers to their own SMS).
  const LINKED = TEMPLATES.filter(
    (t) => t !== 'one_time_code' && t !== 'support_code' && !t.startsWith('sms_'),
  );
  it.each(LINKED.flatMap((t) => [[t, 'km'] as const, [t, 'en'] as const]))(
    '%s in %s carries the grouped code and the link',
    (template, lang) => {
      const { subject, text } = renderMessage(template, lang, payload, ctx);
      expect(subject).toContain('482-109-375-6');
      expect(text).toContain('https://sala.example.org/track/4821093756');
      if (lang === 'km') expect(subject).toMatch(/[\u1780-\u17FF]/);
    },
  );

  it.each(['km', 'en'])(
    'sends the private link in the acknowledgement in %s, short enough for an SMS',
    (lang) => {
      const key = 'Abcdefghijklmnopqrstuv';
      const withKey = JSON.stringify({ trackingCode: '4821093756', key });
      const { text } = renderMessage('acknowledgement', lang, withKey, ctx);
      expect(text).toContain(`https://sala.example.org/k/${key}`);
      expect(text).not.toContain('/track/');
      // The private link's path after the site's address: at most 30 characters.
      expect(`/k/${key}`.length).toBeLessThanOrEqual(30);
      expect(text.length).toBeLessThan(160);
    },
  );

  it.each(['km', 'en'])('sends a one-time code in %s, and refuses a row without one', (lang) => {
    const { text } = renderMessage(
      'one_time_code',
      lang,
      JSON.stringify({ trackingCode: '4821093756', code: '042917' }),
      ctx,
    );
    expect(text).toContain('042917');
    expect(text).toContain('482-109-375-6');
    expect(() => renderMessage('one_time_code', lang, payload, ctx)).toThrow(RenderError);
  });

  it('strips the secrets from a payload, keeping the rest', () => {
    expect(JSON.parse(withoutSecrets('{"trackingCode":"4821093756","key":"k","code":"123456"}'))).toEqual({
      trackingCode: '4821093756',
    });
  });

  it('refuses unknown templates and payloads without a valid tracking code', () => {
    expect(() => renderMessage('party', 'km', payload, ctx)).toThrow(RenderError);
    expect(() => renderMessage('answered', 'km', '{"trackingCode":"12"}', ctx)).toThrow(RenderError);
    expect(() => renderMessage('answered', 'km', 'not json', ctx)).toThrow(RenderError);
  });
});

describe('logging sender', () => {
  it('hides all but the last 3 characters of the recipient', async () => {
    expect(maskRecipient('+85512345678')).toBe('*********678');
    expect(maskRecipient('ab')).toBe('ab');
    const lines: string[] = [];
    await loggingSender('sms', (l) => lines.push(JSON.stringify(l))).send({
      recipient: '012345678',
      subject: 's',
      text: 'សួស្តី Sokha Chan, ask sokha@example.org',
      lang: 'km',
    });
    expect(JSON.parse(lines[0])).toMatchObject({ channel: 'sms', to: '******678' });
    // The text keeps its shape, not its words: a question from the office may name the citizen.
    for (const word of ['012345', 'សួស្តី', 'Sokha', 'Chan', 'sokha@example.org']) {
      expect(lines[0]).not.toContain(word);
    }
    expect(JSON.parse(lines[0]).text).toBe('ស…(6) S…(5) C…(4), a…(3) s…(17)');
  });

  it("never writes the citizen's private key or one-time code to the log", async () => {
    const lines: string[] = [];
    const send = loggingSender('sms', (l) => lines.push(JSON.stringify(l)));
    const key = 'AbCdEfGhIjKlMnOpQrStUv';
    for (const lang of ['km', 'en'] as const) {
      for (const [template, payload] of [
        ['acknowledgement', { trackingCode: '1000000005', key }],
        ['one_time_code', { trackingCode: '1000000005', code: '042917' }],
      ] as const) {
        const { subject, text } = renderMessage(template, lang, JSON.stringify(payload), ctx);
        await send.send({ recipient: '+85512345678', subject, text, lang });
      }
    }
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line).not.toContain(key);
      expect(line).not.toContain('042917');
      expect(line).not.toContain('០៤២៩១៧');
      // The tracking code still reads: it is public.
      expect(line).toContain('100-000-000-5');
    }
  });
});
