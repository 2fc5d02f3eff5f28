// The Assembly's sittings: the public sessions and sitting pages, the calendar feed, and the
// secretariat's attendance and vote forms on a sitting. Handlers: they load, then a view draws.
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { parseId, pathId } from '../../platform/http/path-params';
import type { Ctx, RouteDef } from '../../platform/http/types';
import type { Refusal } from '../../platform/result';
import { renderErrorPage } from '../../web/page';
import { mayKeepRecords, RECORD_KEEPERS } from './assembly.policy';
import { calendarFeed } from './calendar.routes';
import { currentLegislature, seatedOn } from './members.queries';
import { billsAwaitingVote } from './questions-laws.queries';
import { many, one, type Posted, postedOf } from './questions-laws-forms.pages';
import { postedRoll } from './records.input';
import { actorOf, submit } from './records-submit.routes';
import { recordAttendance, recordVote, voteInputSchema } from './sittings.commands';
import { sessionsView, sittingView } from './sittings.pages';
import {
  attendanceOf,
  findSitting,
  sessionsOf,
  sittingsOfLegislature,
  voteEventsOf,
  votesOf,
} from './sittings.queries';
import { termEventsOf } from './term.queries';

export async function sessionsPage(c: Ctx) {
  const db = c.get('deps').db.kysely;
  const legislature = await currentLegislature(db);
  if (!legislature) return sessionsView(c, { legislature: undefined });
  const [sessions, sittings, term] = await Promise.all([
    sessionsOf(db, legislature.id),
    sittingsOfLegislature(db, legislature.id),
    termEventsOf(db, legislature.id),
  ]);
  return sessionsView(c, { legislature, sessions, sittings, term, today: phnomPenhDate(new Date()) });
}

async function sittingPageWith(c: Ctx, problems?: { form: string; refusals: Refusal[]; posted?: Posted }) {
  const db = c.get('deps').db.kysely;
  const id = pathId(c);
  const sitting = id ? await findSitting(db, id) : undefined;
  if (!sitting) return renderErrorPage(c, 'notFound');
  const [attendance, voteEvents] = await Promise.all([
    attendanceOf(db, sitting.id),
    voteEventsOf(db, sitting.id),
  ]);
  const votes = await votesOf(
    db,
    voteEvents.map((v) => v.id),
  );
  // The forms' choices are loaded only for those who see the forms.
  const forms = mayKeepRecords(c.get('user'))
    ? {
        seated: await seatedOn(db, sitting.legislature_id, sitting.sitting_on),
        bills: await billsAwaitingVote(db),
      }
    : undefined;
  return sittingView(c, { sitting, attendance, voteEvents, votes, forms }, problems);
}

export const sittingPage = (c: Ctx) => sittingPageWith(c);

export async function attendanceSubmit(c: Ctx) {
  const id = pathId(c);
  if (!id) return renderErrorPage(c, 'notFound');
  const posted = postedOf(await c.req.parseBody({ all: true }));
  const ids = many(posted, 'present').map(parseId);
  if (!ids.every((v) => v !== undefined)) return againOnSitting(c, 'attendance', [{ code: 'invalid' }]);
  const result = await recordAttendance(c.get('deps').db, actorOf(c), id, ids);
  if (!result.ok) {
    if (result.error.code === 'not-found') return renderErrorPage(c, 'notFound');
    return againOnSitting(c, 'attendance', [result.error]);
  }
  return c.redirect(`/assembly/sittings/${id}?saved=1`, 303);
}

function againOnSitting(c: Ctx, form: string, refusals: Refusal[], posted?: Posted) {
  return sittingPageWith(c, { form, refusals, posted });
}

/** A vote recorded by roll-call: the counts come from the members' votes, never typed. */
export async function voteSubmit(c: Ctx) {
  const id = pathId(c);
  if (!id) return renderErrorPage(c, 'notFound');
  return submit(
    c,
    (p) => ({
      matter: one(p, 'matter') || undefined,
      titleKm: one(p, 'titleKm'),
      titleEn: one(p, 'titleEn'),
      billId: one(p, 'billId'),
      byMember: postedRoll(p),
    }),
    voteInputSchema,
    (input) => recordVote(c.get('deps').db, actorOf(c), id, input, new Date()),
    (value) => `/assembly/sittings/${id}?saved=1#vote-${value.id}`,
    (refusals, posted) => againOnSitting(c, 'vote', refusals, posted),
  );
}

const page = (path: string, handler: RouteDef['handler'], example?: Record<string, string>): RouteDef => ({
  method: 'GET',
  path,
  kind: 'page',
  access: 'public',
  handler,
  ...(example ? { example } : {}),
});

export const sittingsRoutes: RouteDef[] = [
  page('/assembly/sessions', sessionsPage),
  page('/assembly/sittings/:id', sittingPage, { id: '1' }),
  { method: 'GET', path: '/assembly/calendar.ics', kind: 'api', access: 'public', handler: calendarFeed },
  {
    method: 'POST',
    path: '/secretariat/assembly/sittings/:id/attendance',
    kind: 'page',
    access: RECORD_KEEPERS,
    handler: attendanceSubmit,
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/secretariat/assembly/sittings/:id/votes',
    kind: 'page',
    access: RECORD_KEEPERS,
    handler: voteSubmit,
    example: { id: '1' },
  },
];
