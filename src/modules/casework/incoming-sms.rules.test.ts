// Reading a citizen's SMS: codes typed any way, the two keywords in both scripts, the reply language.
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../platform/outbox/messages';
import { smsPartCount } from '../../platform/outbox/sms-parts';
import { caseStatusText } from './case.presenter';
import { CASE_STATUSES } from './case.rules';
import { readSmsIntent, replyLanguage } from './incoming-sms.rules';

const CODE = '4821093753';

describe('reading an SMS', () => {
  it.each([
    '4821093753',
    ' 482-109-375-3 ',
    '482 109 375 3',
    '៤៨២១០៩៣៧៥៣',
    '៤៨២-១០៩-៣៧៥-៣',
    'STATUS 4821093753',
    'status: 482 109 375 3',
    'Status482-109-375-3',
    'ស្ថានភាព ៤៨២១០៩៣៧៥៣',
    'ស្ថានភាព 482-109-375-3',
  ])('reads %j as a status question', (text) => {
    expect(readSmsIntent(text)).toEqual({ kind: 'status', code: CODE });
  });

  it('takes a code followed by words as a reply on that case', () => {
    expect(readSmsIntent('482-109-375-3 the well is behind the pagoda')).toEqual({
      kind: 'coded-reply',
      code: CODE,
      text: 'the well is behind the pagoda',
    });
    expect(readSmsIntent('៤៨២១០៩៣៧៥៣៖ អណ្ដូងនៅក្រោយវត្ត')).toMatchObject({ kind: 'coded-reply', code: CODE });
    expect(readSmsIntent('៤៨២១០៩៣៧៥៣ អណ្ដូងនៅក្រោយវត្ត')).toMatchObject({
      kind: 'coded-reply',
      text: 'អណ្ដូងនៅក្រោយវត្ត',
    });
  });

  it('does not take a wrong check digit, or a longer number, for a code', () => {
    expect(readSmsIntent('4821093757')).toEqual({ kind: 'other', text: '4821093757' });
    expect(readSmsIntent('48210937531 people')).toMatchObject({ kind: 'other' });
    expect(readSmsIntent('STATUS 4821093757')).toEqual({ kind: 'bad-code' });
    expect(readSmsIntent('status')).toEqual({ kind: 'bad-code' });
  });

  it('reads SALA and សាលា as a new concern, in any case', () => {
    expect(readSmsIntent('SALA the road to Prey Veng is flooded')).toEqual({
      kind: 'concern',
      text: 'the road to Prey Veng is flooded',
    });
    expect(readSmsIntent('sala: no water')).toEqual({ kind: 'concern', text: 'no water' });
    expect(readSmsIntent('សាលា ផ្លូវខូច')).toEqual({ kind: 'concern', text: 'ផ្លូវខូច' });
    // A word that only starts like the keyword is no keyword.
    expect(readSmsIntent('Salary not paid')).toMatchObject({ kind: 'other' });
    expect(readSmsIntent('សាលារៀនខូច')).toMatchObject({ kind: 'other' });
  });

  it("reads CTZ and បណ្តឹង (either subscript ta/da) as a complaint to the Citizens' Office", () => {
    expect(readSmsIntent('CTZ the commune clerk kept my birth certificate two months')).toEqual({
      kind: 'complaint',
      complaint: 'other',
      text: 'the commune clerk kept my birth certificate two months',
    });
    expect(readSmsIntent('ctz: delay, no answer for 3 months')).toEqual({
      kind: 'complaint',
      complaint: 'delay',
      text: 'no answer for 3 months',
    });
    // បណ្តឹង typed with coeng-ta and with coeng-da is one keyword.
    for (const keyword of ['បណ្តឹង', 'បណ្ដឹង'])
      expect(readSmsIntent(`${keyword} បដិសេធ មិនព្រមចុះសំបុត្រកំណើត`)).toEqual({
        kind: 'complaint',
        complaint: 'refusal',
        text: 'មិនព្រមចុះសំបុត្រកំណើត',
      });
    expect(readSmsIntent('CTZ other: x')).toMatchObject({ complaint: 'other', text: 'x' });
    expect(readSmsIntent('CTZX no')).toMatchObject({ kind: 'other' });
  });

  it('answers in Khmer for Khmer script or digits alone, in English for Latin letters', () => {
    expect(replyLanguage('ស្ថានភាព 4821093753')).toBe('km');
    expect(replyLanguage('4821093753')).toBe('km');
    expect(replyLanguage('status 4821093753')).toBe('en');
  });
});

describe('the status answer', () => {
  it.each(CASE_STATUSES.flatMap((s) => [[s, 'km'] as const, [s, 'en'] as const]))(
    'says %s in %s in one SMS part, with the longest code',
    (status, lang) => {
      const payload = JSON.stringify({ trackingCode: '4821093753', status: caseStatusText(status, lang) });
      const { text } = renderMessage('sms_status', lang, payload, {
        baseUrl: 'https://sala.example.gov.kh',
        channel: 'sms',
      });
      expect(text).toContain('482-109-375-3');
      expect(smsPartCount(text)).toBe(1);
    },
  );
});
