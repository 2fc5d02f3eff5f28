import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderICalendar } from './icalendar';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds long Khmer lines at 75 octets without cutting a character, and unfolds to the same text', () => {
    const line = `SUMMARY:${'សម័យប្រជុំរដ្ឋសភា '.repeat(12)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('writes all-day events with an exclusive end, a stamp and CRLF line ends', () => {
    const ics = renderICalendar(
      'Sala, test',
      [
        {
          uid: 'sitting-1@sala',
          summary: 'Sitting; first, of two',
          startDate: '2026-04-01',
          endDate: '2026-04-02',
          url: 'http://localhost/assembly/sittings/1',
        },
      ],
      new Date('2026-11-23T04:15:00Z'),
    );
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toContain('\n');
    expect(ics).toContain('X-WR-CALNAME:Sala\\, test\r\n');
    expect(ics).toContain('DTSTAMP:20261123T041500Z\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260401\r\nDTEND;VALUE=DATE:20260403\r\n');
    expect(ics).toContain('SUMMARY:Sitting\\; first\\, of two\r\n');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).not.toContain('TRANSP:');
  });

  it("marks an event as free time when asked (an MP's field mission in a reader's calendar)", () => {
    const event = { uid: 'co-mission-1@sala', summary: 'Visit', startDate: '2026-03-10', free: true };
    const ics = renderICalendar('CO-12', [event], new Date('2026-03-01T02:03:04Z'));
    expect(ics).toContain('TRANSP:TRANSPARENT\r\nEND:VEVENT');
  });
});
