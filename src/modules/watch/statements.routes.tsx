// Joint statements of civil society and watchdogs' sourced notes on MPs' records: everyone reads; an
// organisation's members publish, sign and withdraw in its name; an administrator lists organisations;
// citizens add their support with a one-time code; watchdogs write notes; an Atom feed of new statements.

import { actorOf } from '../../platform/audit/audit.queries';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { clientIp } from '../../platform/http/client-ip';
import { pathId } from '../../platform/http/path-params';
import { queryText } from '../../platform/http/query';
import { userOf } from '../../platform/http/signed-in-user';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { type RateLimit, takeRateSlot } from '../../platform/rate-limit/rate-limit.queries';
import { renderErrorPage, renderPage } from '../../web/page';
import { FEED_SIZE, feedResponse } from './feeds.routes';
import { readForm, view } from './form.input';
import type { FormState } from './form-parts.pages';
import { addMemberNote, noteInputSchema } from './member-notes.commands';
import { scorecardPage } from './scorecard.routes';
import {
  organisationInputSchema,
  publishStatement,
  registerOrganisation,
  signatureInputSchema,
  signStatement,
  statementInputSchema,
  withdrawalInputSchema,
  withdrawSignature,
} from './statements.commands';
import { describeErrors, statementMessages } from './statements.messages';
import { StatementsView, StatementView, type SupportStep } from './statements.pages';
import {
  countRecordedOnBehalf,
  findStatement,
  listOrganisations,
  listStatements,
  signaturesOf,
  supportOf,
} from './statements.queries';
import { confirmInputSchema, confirmSupport, requestSupport, supportInputSchema } from './support.commands';
import {
  EDITORS,
  mayRegisterOrganisations,
  memberOf,
  ORGANISATION_REGISTRARS,
  SIGNERS,
} from './watch.policy';

const today = () => phnomPenhDate(new Date());
type Status = 200 | 403 | 409 | 422 | 429;

/** Codes sent per connection: each costs an SMS, so a flood is stopped at the door. */
const SUPPORT_LIMIT: RateLimit = { bucket: 'statement-support', max: 10, windowMs: 60 * 60 * 1000 };

/** The organisations the signed-in user is a member of, with their names. */
async function ownOrganisations(c: Ctx) {
  const ids = memberOf(c.get('user'));
  if (ids.length === 0) return [];
  const all = await listOrganisations(c.get('deps').db.kysely);
  return all.filter((o) => ids.includes(o.id));
}

async function statementsPage(c: Ctx, state?: FormState, status: Status = 200) {
  const db = c.get('deps').db.kysely;
  return renderPage(
    c,
    statementMessages[c.get('lang')].title,
    <StatementsView
      {...view(c)}
      statements={await listStatements(db, 200)}
      organisations={await listOrganisations(db)}
      own={await ownOrganisations(c)}
      mayRegister={mayRegisterOrganisations(c.get('user'))}
      today={today()}
      state={state}
    />,
    status,
  );
}

async function statementPage(
  c: Ctx,
  id: number | undefined,
  extra: { state?: FormState; supportStep?: SupportStep; notice?: string } = {},
  status: Status = 200,
) {
  const db = c.get('deps').db.kysely;
  const statement = id === undefined ? undefined : await findStatement(db, id);
  if (!statement) return renderErrorPage(c, 'notFound');
  const m = statementMessages[c.get('lang')];
  const done = queryText(c, 'done');
  const notices: Record<string, string> = {
    signed: m.signed,
    withdrawn: m.withdrawn,
    supported: m.supportConfirmed,
    saved: m.saved,
  };
  return renderPage(
    c,
    statement.title,
    <StatementView
      {...view(c)}
      statement={statement}
      signatures={await signaturesOf(db, statement.id)}
      onBehalf={await countRecordedOnBehalf(db, statement.id)}
      support={await supportOf(db, statement.id)}
      own={await ownOrganisations(c)}
      today={today()}
      notice={extra.notice ?? (done ? notices[done] : undefined)}
      supportStep={extra.supportStep}
      state={extra.state}
    />,
    status,
  );
}

async function postOrganisation(c: Ctx) {
  const form = await readForm(
    c,
    'organisation',
    ['name', 'kind', 'website'],
    organisationInputSchema,
    describeErrors,
  );
  if (!form.ok) return statementsPage(c, form.state, 422);
  const result = await registerOrganisation(c.get('deps').db, form.value, actorOf(userOf(c)), new Date());
  if (!result.ok) return statementsPage(c, form.refused([result.error]), 409);
  return c.redirect('/watch/statements#organisations', 303);
}

async function postStatement(c: Ctx) {
  const form = await readForm(
    c,
    'publish',
    ['organisationId', 'title', 'body', 'publishedOn'],
    statementInputSchema,
    describeErrors,
  );
  if (!form.ok) return statementsPage(c, form.state, 422);
  const result = await publishStatement(c.get('deps').db, form.value, userOf(c), new Date());
  if (!result.ok && result.error === 'not-a-member') return renderErrorPage(c, 'forbidden');
  if (!result.ok) return statementsPage(c, form.refused([result.error]), 422);
  return c.redirect(`/watch/statements/${result.value.id}?done=saved`, 303);
}

async function postSignature(c: Ctx) {
  const id = pathId(c);
  if (id === undefined || !(await findStatement(c.get('deps').db.kysely, id)))
    return renderErrorPage(c, 'notFound');
  const form = await readForm(
    c,
    'sign',
    ['organisationId', 'signedOn'],
    signatureInputSchema,
    describeErrors,
  );
  if (!form.ok) return statementPage(c, id, { state: form.state }, 422);
  const result = await signStatement(c.get('deps').db, id, form.value, userOf(c), new Date());
  if (!result.ok && result.error === 'not-a-member') return renderErrorPage(c, 'forbidden');
  if (!result.ok)
    return statementPage(
      c,
      id,
      { state: form.refused([result.error]) },
      result.error === 'already-signed' ? 409 : 422,
    );
  return c.redirect(`/watch/statements/${id}?done=signed`, 303);
}

async function postWithdrawal(c: Ctx) {
  const id = pathId(c);
  if (id === undefined || !(await findStatement(c.get('deps').db.kysely, id)))
    return renderErrorPage(c, 'notFound');
  const form = await readForm(c, 'withdraw', ['organisationId'], withdrawalInputSchema, describeErrors);
  if (!form.ok) return statementPage(c, id, { state: form.state }, 422);
  const result = await withdrawSignature(c.get('deps').db, id, form.value, userOf(c), new Date());
  if (!result.ok && result.error === 'not-a-member') return renderErrorPage(c, 'forbidden');
  if (!result.ok) return statementPage(c, id, { state: form.refused([result.error]) }, 409);
  return c.redirect(`/watch/statements/${id}?done=withdrawn`, 303);
}

async function postSupport(c: Ctx) {
  const id = pathId(c);
  const db = c.get('deps').db;
  if (id === undefined || !(await findStatement(db.kysely, id))) return renderErrorPage(c, 'notFound');
  const form = await readForm(
    c,
    'support',
    ['contact', 'name', 'showName'],
    supportInputSchema,
    describeErrors,
  );
  if (!form.ok) return statementPage(c, id, { state: form.state }, 422);
  const now = new Date();
  if (!(await takeRateSlot(db.kysely, SUPPORT_LIMIT, clientIp(c), now)))
    return statementPage(c, id, { state: form.refused(['too-many-requests']) }, 429);
  const result = await requestSupport(db, id, form.value, c.get('lang'), now);
  if (!result.ok) return statementPage(c, id, { state: form.refused([result.error]) }, 409);
  return statementPage(c, id, {
    supportStep: { request: result.value.request, channel: result.value.channel },
  });
}

async function postSupportConfirm(c: Ctx) {
  const id = pathId(c);
  const db = c.get('deps').db;
  if (id === undefined || !(await findStatement(db.kysely, id))) return renderErrorPage(c, 'notFound');
  const form = await readForm(
    c,
    'confirm',
    ['request', 'code', 'channel'],
    confirmInputSchema,
    describeErrors,
  );
  const step = (): SupportStep | undefined =>
    /^[A-Za-z0-9_-]{20,60}$/.test(form.values.request)
      ? { request: form.values.request, channel: form.values.channel === 'sms' ? 'sms' : 'email' }
      : undefined;
  if (!form.ok) return statementPage(c, id, { state: form.state, supportStep: step() }, 422);
  const result = await confirmSupport(db, id, form.value, new Date());
  if (!result.ok) {
    // After too many wrong codes, or a lost or expired one, the citizen starts again from the contact form.
    const again = result.error === 'wrong-code' ? step() : undefined;
    return statementPage(c, id, { state: form.refused([result.error]), supportStep: again }, 422);
  }
  return c.redirect(`/watch/statements/${id}?done=supported#support`, 303);
}

async function postNote(c: Ctx) {
  const personId = pathId(c, 'personId');
  if (personId === undefined) return renderErrorPage(c, 'notFound');
  const form = await readForm(c, 'note', ['remark', 'score', 'sourceUrl'], noteInputSchema, describeErrors);
  if (!form.ok) return scorecardPage(c, form.state, 422);
  const result = await addMemberNote(c.get('deps').db, personId, form.value, userOf(c), new Date());
  if (!result.ok) return renderErrorPage(c, 'notFound');
  return c.redirect(`/watch/members/${personId}#notes`, 303);
}

async function statementsFeed(c: Ctx) {
  const base = c.get('deps').config.baseUrl;
  const rows = await listStatements(c.get('deps').db.kysely, FEED_SIZE);
  return feedResponse(
    c,
    'statements',
    'Joint statements of civil society — សេចក្តីថ្លែងការណ៍រួមរបស់សង្គមស៊ីវិល',
    rows.map((s) => ({
      id: `tag:sala,2026:statement/${s.id}`,
      title: s.title,
      updated: s.created_at,
      link: `${base}/watch/statements/${s.id}`,
      summary: `${s.publisher}, ${s.published_on}: ${s.body.slice(0, 300)}`,
    })),
  );
}

export const statementsRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/watch/statements',
    kind: 'page',
    access: 'public',
    handler: (c) => statementsPage(c),
  },
  { method: 'POST', path: '/watch/statements', kind: 'page', access: SIGNERS, handler: postStatement },
  {
    method: 'POST',
    path: '/watch/organisations',
    kind: 'page',
    access: ORGANISATION_REGISTRARS,
    handler: postOrganisation,
  },
  { method: 'GET', path: '/watch/statements.atom', kind: 'api', access: 'public', handler: statementsFeed },
  {
    method: 'GET',
    path: '/watch/statements/:id',
    kind: 'page',
    access: 'public',
    handler: (c) => statementPage(c, pathId(c)),
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/watch/statements/:id/signatures',
    kind: 'page',
    access: SIGNERS,
    handler: postSignature,
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/watch/statements/:id/signatures/withdraw',
    kind: 'page',
    access: SIGNERS,
    handler: postWithdrawal,
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/watch/statements/:id/support',
    kind: 'page',
    access: 'public',
    handler: postSupport,
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/watch/statements/:id/support/confirm',
    kind: 'page',
    access: 'public',
    handler: postSupportConfirm,
    example: { id: '1' },
  },
  {
    method: 'POST',
    path: '/watch/members/:personId/notes',
    kind: 'page',
    access: EDITORS,
    handler: postNote,
    example: { personId: '1' },
  },
];
