// The Assembly's members: the public overview, members and member pages, and the secretariat's page of
// one seat with its forms (end, replacement, posts, government). Handlers: they load, then a view draws.
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { pathId } from '../../platform/http/path-params';
import type { Ctx, RouteDef } from '../../platform/http/types';
import type { Refusal } from '../../platform/result';
import { renderErrorPage } from '../../web/page';
import { RECORD_KEEPERS } from './assembly.policy';
import {
  appointReplacement,
  endMembership,
  endMembershipSchema,
  givePost,
  governmentPostSchema,
  postInputSchema,
  replacementInputSchema,
  setGovernmentPost,
} from './members.commands';
import { membershipView, membersView, memberView, overviewView } from './members.pages';
import {
  currentLegislature,
  findMembership,
  findPerson,
  listCommissionNames,
  membershipsOfPerson,
  membersOf,
  postsOf,
  postsOfMemberships,
  seatsTaken,
} from './members.queries';
import { one, type Posted } from './questions-laws-forms.pages';
import type { Failed } from './records.parts.pages';
import { actorOf, personOf, submit } from './records-submit.routes';

export async function overviewPage(c: Ctx) {
  const db = c.get('deps').db.kysely;
  const legislature = await currentLegislature(db);
  if (!legislature) return overviewView(c, { legislature: undefined });
  const seatedToday = await seatsTaken(db, legislature.id, phnomPenhDate(new Date()));
  return overviewView(c, { legislature: { ...legislature, seatedToday } });
}

export async function membersPage(c: Ctx) {
  const db = c.get('deps').db.kysely;
  const legislature = await currentLegislature(db);
  if (!legislature) return membersView(c, { legislature: undefined });
  const today = phnomPenhDate(new Date());
  const [members, posts] = await Promise.all([
    membersOf(db, legislature.id),
    postsOf(db, legislature.id, today),
  ]);
  return membersView(c, { legislature, today, members, posts });
}

export async function memberPage(c: Ctx) {
  const db = c.get('deps').db.kysely;
  const id = pathId(c);
  const person = id ? await findPerson(db, id) : undefined;
  if (!person) return renderErrorPage(c, 'notFound');
  const seats = await membershipsOfPerson(db, person.id);
  const heldPosts = await postsOfMemberships(
    db,
    seats.map((s) => s.id),
  );
  return memberView(c, { person, seats, heldPosts });
}

async function membershipPageWith(c: Ctx, failed?: Failed) {
  const db = c.get('deps').db.kysely;
  const id = pathId(c);
  const membership = id ? await findMembership(db, id) : undefined;
  if (!membership) return renderErrorPage(c, 'notFound');
  const [person, commissions] = await Promise.all([
    findPerson(db, membership.person_id),
    listCommissionNames(db),
  ]);
  if (!person) return renderErrorPage(c, 'notFound');
  return membershipView(c, { membership, person, commissions }, failed);
}

export const membershipPage = (c: Ctx) => membershipPageWith(c);

const membershipId = (c: Ctx) => pathId(c) ?? 0;
const againOnSeat = (c: Ctx, form: string) => (refusals: Refusal[], posted: Posted) =>
  membershipPageWith(c, { form, refusals, posted });
const toSeat = (c: Ctx) => () => `/secretariat/assembly/memberships/${membershipId(c)}?saved=1`;

export const endSubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({ endDate: one(p, 'endDate'), reason: one(p, 'reason') || undefined }),
    endMembershipSchema,
    (input) => endMembership(c.get('deps').db, actorOf(c), membershipId(c), input),
    toSeat(c),
    againOnSeat(c, 'end'),
  );

export const replacementSubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({ ...personOf(p), province: '00' }),
    replacementInputSchema,
    (input) => appointReplacement(c.get('deps').db, actorOf(c), membershipId(c), input, new Date()),
    (value) => `/assembly/members/${value.personId}`,
    againOnSeat(c, 'replacement'),
  );

export const postSubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({
      role: one(p, 'role') || undefined,
      commission: one(p, 'commission'),
      startDate: one(p, 'startDate'),
    }),
    postInputSchema,
    (input) => givePost(c.get('deps').db, actorOf(c), membershipId(c), input),
    toSeat(c),
    againOnSeat(c, 'post'),
  );

export const governmentSubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({ post: one(p, 'post'), onDate: one(p, 'onDate') }),
    governmentPostSchema,
    (input) => setGovernmentPost(c.get('deps').db, actorOf(c), membershipId(c), input),
    toSeat(c),
    againOnSeat(c, 'government'),
  );

const page = (path: string, handler: RouteDef['handler'], example?: Record<string, string>): RouteDef => ({
  method: 'GET',
  path,
  kind: 'page',
  access: 'public',
  handler,
  ...(example ? { example } : {}),
});
const seatPost = (path: string, handler: RouteDef['handler']): RouteDef => ({
  method: 'POST',
  path,
  kind: 'page',
  access: RECORD_KEEPERS,
  handler,
  example: { id: '1' },
});

export const membersRoutes: RouteDef[] = [
  page('/assembly', overviewPage),
  page('/assembly/members', membersPage),
  page('/assembly/members/:id', memberPage, { id: '1' }),
  {
    method: 'GET',
    path: '/secretariat/assembly/memberships/:id',
    kind: 'page',
    access: RECORD_KEEPERS,
    example: { id: '1' },
    handler: membershipPage,
  },
  seatPost('/secretariat/assembly/memberships/:id/end', endSubmit),
  seatPost('/secretariat/assembly/memberships/:id/replacement', replacementSubmit),
  seatPost('/secretariat/assembly/memberships/:id/posts', postSubmit),
  seatPost('/secretariat/assembly/memberships/:id/government', governmentSubmit),
];
