// /assembly/calendar.ics: the current legislature's sessions and sittings as an iCalendar feed.
import { ICALENDAR_TYPE, renderICalendar } from '../../platform/calendar/icalendar';
import type { Ctx } from '../../platform/http/types';
import { currentLegislature } from './members.queries';
import { sessionsOf, sittingsOfLegislature } from './sittings.queries';

export async function calendarFeed(c: Ctx) {
  const db = c.get('deps').db.kysely;
  const base = c.get('deps').config.baseUrl;
  const legislature = await currentLegislature(db);
  const [sessions, sittings] = legislature
    ? await Promise.all([sessionsOf(db, legislature.id), sittingsOfLegislature(db, legislature.id)])
    : [[], []];
  const body = renderICalendar(
    'រដ្ឋសភាជាតិ — National Assembly (Sala)',
    [
      ...sessions.map((s) => ({
        uid: `assembly-session-${s.id}@sala`,
        summary:
          s.kind === 'ordinary' ? 'សម័យប្រជុំសាមញ្ញ — Ordinary session' : 'សម័យប្រជុំវិសាមញ្ញ — Extraordinary session',
        description: [s.agenda_km, s.agenda_en].filter(Boolean).join('\n') || undefined,
        startDate: s.opens_on,
        endDate: s.closes_on,
        url: `${base}/assembly/sessions`,
      })),
      ...sittings.map((s) => ({
        uid: `assembly-sitting-${s.id}@sala`,
        summary: `${s.title_km} — ${s.title_en}`,
        startDate: s.sitting_on,
        url: `${base}/assembly/sittings/${s.id}`,
      })),
    ],
    new Date(),
  );
  c.header('Content-Type', ICALENDAR_TYPE);
  c.header('Cache-Control', 'public, max-age=300');
  return c.body(body);
}
