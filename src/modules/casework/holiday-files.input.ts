// The holiday list as files an admin moves between Sala and other tools: CSV (date, Khmer name, English
// name, source) and iCalendar (one all-day event a holiday: SUMMARY in Khmer, DESCRIPTION in English).
import { renderICalendar } from '../../platform/calendar/icalendar';
import { toCsv } from '../../platform/csv';
import { readCsvTable } from '../../platform/import/import-kit';
import type { HolidayOrigin } from './case.table';

export const HOLIDAY_COLUMNS = ['date', 'name_km', 'name_en', 'origin'] as const;

interface HolidayRow {
  date: string;
  name_km: string;
  name_en: string;
  origin: HolidayOrigin;
}

export function holidaysCsv(rows: readonly HolidayRow[]): string {
  return toCsv([[...HOLIDAY_COLUMNS], ...rows.map((h) => HOLIDAY_COLUMNS.map((col) => h[col]))]);
}

export function holidaysICalendar(rows: readonly HolidayRow[], now: Date): string {
  return renderICalendar(
    'ថ្ងៃបុណ្យសាធារណៈ — Public holidays',
    rows.map((h) => ({
      uid: `holiday-${h.date}@sala`,
      summary: h.name_km,
      description: h.name_en,
      startDate: h.date,
    })),
    now,
  );
}

/** One holiday as a file gives it, before any check; `row` is what the admin is told (CSV line, or event number). */
export interface HolidayFileRow {
  row: number;
  date: string;
  nameKm: string;
  nameEn: string;
}

export type HolidayFile = { format: 'csv' | 'ics'; rows: HolidayFileRow[] };

/** An iCalendar file when it says so, else CSV with a header row naming at least date, name_km, name_en. */
export function readHolidayFile(text: string): HolidayFile | null {
  const clean = text.replace(/^\uFEFF/, '');
  if (/^\s*BEGIN:VCALENDAR/i.test(clean)) return { format: 'ics', rows: readICalendar(clean) };
  const table = readCsvTable(clean, ['date', 'name_km', 'name_en']);
  if (!table.ok) {
    return table.problems.some((p) => p.reason === 'missing-column') ? null : { format: 'csv', rows: [] };
  }
  return {
    format: 'csv',
    rows: table.records.map(({ row, cells }) => ({
      row,
      date: cells.date,
      nameKm: cells.name_km,
      nameEn: cells.name_en,
    })),
  };
}

/** RFC 5545 TEXT, unescaped. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

function readICalendar(text: string): HolidayFileRow[] {
  // Folded lines continue after a line break followed by one space or tab (RFC 5545 §3.1).
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const rows: HolidayFileRow[] = [];
  let event: Record<string, string> | null = null;
  for (const line of lines) {
    const upper = line.toUpperCase();
    if (upper === 'BEGIN:VEVENT') event = {};
    else if (upper === 'END:VEVENT' && event) {
      const start = event.DTSTART ?? '';
      const date = /^\d{8}/.test(start)
        ? `${start.slice(0, 4)}-${start.slice(4, 6)}-${start.slice(6, 8)}`
        : start;
      const summary = unescapeText(event.SUMMARY ?? '');
      rows.push({
        row: rows.length + 1,
        date,
        nameKm: summary,
        nameEn: event.DESCRIPTION === undefined ? summary : unescapeText(event.DESCRIPTION),
      });
      event = null;
    } else if (event) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const name = line.slice(0, colon).split(';')[0].toUpperCase();
      event[name] ??= line.slice(colon + 1);
    }
  }
  return rows;
}
