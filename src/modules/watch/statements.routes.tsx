// Joint statements of civil society and watchdogs' sourced notes on MPs' records: everyone reads,
// watchdogs write; an Atom feed of new statements.
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { pathId } from '../../platform/http/path-params';
import { queryText } from '../../platform/http/query';
import { userOf } from '../../platform/http/signed-in-user';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { renderErrorPage, renderPage } from '../../web/page';
import { FEED_SIZE, feedResponse } from './feeds-assembly';
import { readForm, view } from './form-input';
import type { FormState } from './form-parts.pages';
import { addMemberNote, noteInputSchema } from './member-notes.commands';
import { scorecardPage } from './scorecard.routes';
import {
  publishStatement,
  signatureInputSchema,
  signStatement,
  statementInputSchema,
} from './statements.commands';
import { describeErrors, statementMessages } from './statements.messages';
import { StatementsView, StatementView } from './statements.pages';
import { findStatement, listOrganisations, listStatements, signaturesOf } from './statements.queries';
import { EDITORS, mayEdit } from './watch.policy';

const today = () => phnomPenhDate(new Date());
const ORGANISATION_FIELDS = ['organisationId', 'newName', 'newKind', 'newWebsite'] as const;

async function statementsPage(c: Ctx, state?: FormState, status: 200 | 409 | 422 = 200) {
  const db = c.get('deps').db.kysely;
  return renderPage(
    c,
    statementMessages[c.get('lang')].title,
    <StatementsView
      {...view(c)}
      statements={await listStatements(db, 200)}
      organisations={await listOrganisations(db)}
      mayEdit={mayEdit(c.get('user'))}
      today={today()}
      state={state}
    />,
    status,
  );
}

async function statementPage(
  c: Ctx,
  id: number | undefined,
  state?: FormState,
  status: 200 | 409 | 422 = 200,
) {
  const db = c.get('deps').db.kysely;
  const statement = id === undefined ? undefined : await findStatement(db, id);
  if (!statement) return renderErrorPage(c, 'notFound');
  const m = statementMessages[c.get('lang')];
  return renderPage(
    c,
    statement.title,
    <StatementView
      {...view(c)}
      statement={statement}
      signatures={await signaturesOf(db, statement.id)}
      organisations={await listOrganisations(db)}
      mayEdit={mayEdit(c.get('user'))}
      today={today()}
      notice={queryText(c, 'done') === 'saved' ? m.saved : undefined}
      state={state}
    />,
    status,
  );
}

async function postStatement(c: Ctx) {
  const form = await readForm(
    c,
    'publish',
    [...ORGANISATION_FIELDS, 'title', 'body', 'publishedOn'],
    statementInputSchema,
    describeErrors,
  );
  if (!form.ok) return statementsPage(c, form.state, 422);
  const result = await publishStatement(c.get('deps').db, form.value, userOf(c), new Date());
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
    [...ORGANISATION_FIELDS, 'signedOn'],
    signatureInputSchema,
    describeErrors,
  );
  if (!form.ok) return statementPage(c, id, form.state, 422);
  const result = await signStatement(c.get('deps').db, id, form.value, userOf(c), new Date());
  if (!result.ok)
    return statementPage(c, id, form.refused([result.error]), result.error === 'already-signed' ? 409 : 422);
  return c.redirect(`/watch/statements/${id}?done=saved`, 303);
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
  { method: 'POST', path: '/watch/statements', kind: 'page', access: EDITORS, handler: postStatement },
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
    access: EDITORS,
    handler: postSignature,
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
