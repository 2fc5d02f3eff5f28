// The secretariat's page of the Assembly's records and its five forms: a legislature, a party, a member,
// a session and a sitting. Handlers: they load what the page offers and run the commands.
import type { Ctx, RouteDef } from '../../platform/http/types';
import type { Refusal } from '../../platform/result';
import { RECORD_KEEPERS } from './assembly.policy';
import {
  createLegislature,
  createParty,
  legislatureInputSchema,
  memberInputSchema,
  partyInputSchema,
  registerMember,
} from './members.commands';
import { listLegislatures, listParties, listProvinces } from './members.queries';
import { one, type Posted } from './questions-laws-forms.pages';
import type { Failed } from './records.parts.pages';
import { actorOf, personOf, submit } from './records-submit.routes';
import { secretariatView } from './secretariat.pages';
import { createSession, createSitting, sessionInputSchema, sittingInputSchema } from './sittings.commands';
import { sessionsOf } from './sittings.queries';

async function secretariatPageWith(c: Ctx, failed?: Failed) {
  const db = c.get('deps').db.kysely;
  const legislatures = await listLegislatures(db);
  const [parties, provinces, sessions] = await Promise.all([
    listParties(db),
    listProvinces(db),
    legislatures[0] ? sessionsOf(db, legislatures[0].id) : Promise.resolve([]),
  ]);
  return secretariatView(c, { legislatures, parties, provinces, sessions }, failed);
}

export const secretariatPage = (c: Ctx) => secretariatPageWith(c);

const againOn = (c: Ctx, form: string) => (refusals: Refusal[], posted: Posted) =>
  secretariatPageWith(c, { form, refusals, posted });
const saved = () => '/secretariat/assembly?saved=1';

export const legislatureSubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({
      number: one(p, 'number'),
      seats: one(p, 'seats'),
      electedOn: one(p, 'electedOn'),
      convenedOn: one(p, 'convenedOn'),
    }),
    legislatureInputSchema,
    (input) => createLegislature(c.get('deps').db, actorOf(c), input),
    saved,
    againOn(c, 'legislature'),
  );

export const partySubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({ code: one(p, 'code').toUpperCase(), nameKm: one(p, 'nameKm'), nameEn: one(p, 'nameEn') }),
    partyInputSchema,
    (input) => createParty(c.get('deps').db, actorOf(c), input),
    saved,
    againOn(c, 'party'),
  );

export const memberSubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({ legislatureId: one(p, 'legislatureId'), ...personOf(p) }),
    memberInputSchema,
    (input) => registerMember(c.get('deps').db, actorOf(c), input, new Date()),
    (value) => `/assembly/members/${value.personId}`,
    againOn(c, 'member'),
  );

export const sessionSubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({
      legislatureId: one(p, 'legislatureId'),
      kind: one(p, 'kind') || undefined,
      opensOn: one(p, 'opensOn'),
      closesOn: one(p, 'closesOn'),
      requestedBy: one(p, 'requestedBy'),
      requestingMembers: one(p, 'requestingMembers'),
      agendaKm: one(p, 'agendaKm'),
      agendaEn: one(p, 'agendaEn'),
      publishedOn: one(p, 'publishedOn'),
    }),
    sessionInputSchema,
    (input) => createSession(c.get('deps').db, actorOf(c), input),
    () => '/assembly/sessions',
    againOn(c, 'session'),
  );

export const sittingSubmit = (c: Ctx) =>
  submit(
    c,
    (p) => ({
      sessionId: one(p, 'sessionId'),
      sittingOn: one(p, 'sittingOn'),
      titleKm: one(p, 'titleKm'),
      titleEn: one(p, 'titleEn'),
      isQuestionDay: one(p, 'isQuestionDay') === '1',
      closedAtRequestOf: one(p, 'closedAtRequestOf'),
      closingMembers: one(p, 'closingMembers'),
    }),
    sittingInputSchema,
    (input) => createSitting(c.get('deps').db, actorOf(c), input),
    (value) => `/assembly/sittings/${value.id}?saved=1`,
    againOn(c, 'sitting'),
  );

const post = (path: string, handler: RouteDef['handler']): RouteDef => ({
  method: 'POST',
  path,
  kind: 'page',
  access: RECORD_KEEPERS,
  handler,
});

export const secretariatRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/secretariat/assembly',
    kind: 'page',
    access: RECORD_KEEPERS,
    handler: secretariatPage,
  },
  post('/secretariat/assembly/legislatures', legislatureSubmit),
  post('/secretariat/assembly/parties', partySubmit),
  post('/secretariat/assembly/members', memberSubmit),
  post('/secretariat/assembly/sessions', sessionSubmit),
  post('/secretariat/assembly/sittings', sittingSubmit),
];
