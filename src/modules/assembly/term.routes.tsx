// The secretariat's page of the Assembly's term and its forms: a deposal of the government, the dissolution,
// a state of emergency declared or ended. Handlers: they load what the page shows and run the commands.
import { pathId } from '../../platform/http/path-params';
import type { Ctx, RouteDef } from '../../platform/http/types';
import type { Refusal } from '../../platform/result';
import { renderErrorPage } from '../../web/page';
import { RECORD_KEEPERS } from './assembly.policy';
import { currentLegislature } from './members.queries';
import { one, type Posted } from './questions-laws-forms.pages';
import type { Failed } from './records.parts.pages';
import { actorOf, submit } from './records-submit.routes';
import {
  declareEmergency,
  emergencyEndSchema,
  endEmergency,
  recordDeposal,
  recordDissolution,
  termInputSchema,
} from './term.commands';
import { termView } from './term.pages';
import { termEventsOf } from './term.queries';

async function termPageWith(c: Ctx, failed?: Failed) {
  const db = c.get('deps').db.kysely;
  const legislature = await currentLegislature(db);
  const events = legislature ? await termEventsOf(db, legislature.id) : [];
  return termView(c, { legislature, events }, failed);
}

export const termPage = (c: Ctx) => termPageWith(c);

const againOn = (c: Ctx, form: string) => (refusals: Refusal[], posted: Posted) =>
  termPageWith(c, { form, refusals, posted });
const saved = () => '/secretariat/assembly/term?saved=1';
const termInput = (p: Posted) => ({ legislatureId: one(p, 'legislatureId'), on: one(p, 'on') });

const termSubmit = (form: string, command: typeof recordDeposal) => (c: Ctx) =>
  submit(
    c,
    termInput,
    termInputSchema,
    (input) => command(c.get('deps').db, actorOf(c), input, new Date()),
    saved,
    againOn(c, form),
  );

export async function emergencyEndSubmit(c: Ctx) {
  const id = pathId(c);
  if (!id) return renderErrorPage(c, 'notFound');
  return submit(
    c,
    (p) => ({ endsOn: one(p, 'endsOn') }),
    emergencyEndSchema,
    (input) => endEmergency(c.get('deps').db, actorOf(c), id, input),
    saved,
    againOn(c, `emergency-end-${id}`),
  );
}

const post = (path: string, handler: RouteDef['handler'], example?: Record<string, string>): RouteDef => ({
  method: 'POST',
  path,
  kind: 'page',
  access: RECORD_KEEPERS,
  handler,
  ...(example ? { example } : {}),
});

export const termRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/secretariat/assembly/term',
    kind: 'page',
    access: RECORD_KEEPERS,
    handler: termPage,
  },
  post('/secretariat/assembly/term/deposals', termSubmit('deposal', recordDeposal)),
  post('/secretariat/assembly/term/dissolution', termSubmit('dissolution', recordDissolution)),
  post('/secretariat/assembly/term/emergencies', termSubmit('emergency', declareEmergency)),
  post('/secretariat/assembly/term/emergencies/:id/end', emergencyEndSubmit, { id: '1' }),
];
