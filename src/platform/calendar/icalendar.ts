// iCalendar (RFC 5545) feeds: sessions and sittings of the Assembly, MPs' field missions. Text is escaped,
// long lines are folded at 75 octets without splitting a UTF-8 character, and lines end with CRLF.

export interface CalendarEvent {
  /** Stable and unique across Sala, e.g. `sitting-12@sala`: a calendar updates the event by it. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** A whole day, or the first of several (YYYY-MM-DD). */
  startDate: string;
  /** The last day the event covers (inclusive); defaults to the start date. */
  endDate?: string;
  /** Shown as free time in the subscriber's calendar (an MP's field mission is not the reader's own). */
  free?: boolean;
}

/** Escapes TEXT values: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line into lines of at most 75 octets, each continuation starting with a space
 * (RFC 5545 §3.1). Khmer letters are 3 octets in UTF-8, so the cut is made between characters.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; the following ones 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (day: string) => day.replaceAll('-', '');

/** The day after `day` (DTEND of an all-day event is exclusive). */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** UTC timestamp in the basic form iCalendar wants: 20261123T041500Z. */
function stamp(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** A whole calendar: `name` is shown by calendar apps; `now` is every event's DTSTAMP. */
export function renderICalendar(name: string, events: CalendarEvent[], now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sala//Sala civic platform//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Asia/Phnom_Penh',
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${basicDate(event.startDate)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(event.endDate ?? event.startDate))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    if (event.free) lines.push('TRANSP:TRANSPARENT');
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The content type of a feed, with its charset, as calendar apps expect it. */
export const ICALENDAR_TYPE = 'text/calendar; charset=utf-8';
