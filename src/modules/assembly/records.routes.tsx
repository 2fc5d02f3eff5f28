// The Assembly's business as the secretariat records it: legislatures, members, sessions, sittings, votes.
import type { RouteDef } from '../../platform/http/types';
import { calendarFeed } from './calendar.feed';
import {
  memberPage,
  membersPage,
  overviewPage,
  SECRETARIAT,
  sessionsPage,
  sittingPage,
} from './records.pages';
import {
  attendanceSubmit,
  endSubmit,
  governmentSubmit,
  legislatureSubmit,
  memberSubmit,
  membershipPage,
  partySubmit,
  postSubmit,
  replacementSubmit,
  secretariatPage,
  sessionSubmit,
  sittingSubmit,
  voteSubmit,
} from './records-forms.pages';

const page = (path: string, handler: RouteDef['handler'], example?: Record<string, string>): RouteDef => ({
  method: 'GET',
  path,
  kind: 'page',
  access: 'public',
  handler,
  ...(example ? { example } : {}),
});
const secretariatPost = (
  path: string,
  handler: RouteDef['handler'],
  example?: Record<string, string>,
): RouteDef => ({
  method: 'POST',
  path,
  kind: 'page',
  access: SECRETARIAT,
  handler,
  ...(example ? { example } : {}),
});

export const recordsRoutes: RouteDef[] = [
  page('/assembly', overviewPage),
  page('/assembly/members', membersPage),
  page('/assembly/members/:id', memberPage, { id: '1' }),
  page('/assembly/sessions', sessionsPage),
  page('/assembly/sittings/:id', (c) => sittingPage(c), { id: '1' }),
  { method: 'GET', path: '/assembly/calendar.ics', kind: 'api', access: 'public', handler: calendarFeed },
  {
    method: 'GET',
    path: '/secretariat/assembly',
    kind: 'page',
    access: SECRETARIAT,
    handler: secretariatPage,
  },
  secretariatPost('/secretariat/assembly/legislatures', legislatureSubmit),
  secretariatPost('/secretariat/assembly/parties', partySubmit),
  secretariatPost('/secretariat/assembly/members', memberSubmit),
  secretariatPost('/secretariat/assembly/sessions', sessionSubmit),
  secretariatPost('/secretariat/assembly/sittings', sittingSubmit),
  secretariatPost('/secretariat/assembly/sittings/:id/attendance', attendanceSubmit, { id: '1' }),
  secretariatPost('/secretariat/assembly/sittings/:id/votes', voteSubmit, { id: '1' }),
  {
    method: 'GET',
    path: '/secretariat/assembly/memberships/:id',
    kind: 'page',
    access: SECRETARIAT,
    example: { id: '1' },
    handler: membershipPage,
  },
  secretariatPost('/secretariat/assembly/memberships/:id/end', endSubmit, { id: '1' }),
  secretariatPost('/secretariat/assembly/memberships/:id/replacement', replacementSubmit, { id: '1' }),
  secretariatPost('/secretariat/assembly/memberships/:id/posts', postSubmit, { id: '1' }),
  secretariatPost('/secretariat/assembly/memberships/:id/government', governmentSubmit, { id: '1' }),
];
