// RFC 5545 details that calendar apps are strict about: escaping, folding by octets, CRLF, exclusive DTEND.
import { expect, it } from 'vitest';
import { foldLine, icsCalendar, icsText } from './ics';

it('escapes backslash, semicolon, comma and newlines', () => {
  expect(icsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
});

it('folds at 75 octets without splitting a Khmer character', () => {
  const line = `SUMMARY:${'បេសកកម្ម'.repeat(20)}`;
  const folded = foldLine(line);
  const physical = folded.split('\r\n');
  expect(physical.length).toBeGreaterThan(1);
  for (const p of physical) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
  expect(physical.slice(1).every((p) => p.startsWith(' '))).toBe(true);
  expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
});

it('writes CRLF lines and an exclusive end date', () => {
  const ics = icsCalendar('CO-12', [
    {
      uid: 'mission-1@sala',
      stamp: '2026-03-01T02:03:04.000Z',
      startDay: '2026-03-10',
      endDay: '2026-03-31',
      summary: 'Visit',
      description: 'x',
      location: 'y',
      url: 'http://localhost/offices/CO-12',
    },
  ]);
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(ics.replaceAll('\r\n', '')).not.toContain('\n');
  expect(ics).toContain('DTSTART;VALUE=DATE:20260310\r\nDTEND;VALUE=DATE:20260401\r\n');
  expect(ics).toContain('DTSTAMP:20260301T020304Z');
});
