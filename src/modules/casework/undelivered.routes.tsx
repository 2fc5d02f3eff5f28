// Office staff: the messages that did not reach the citizen, and sending one again (once).
import { hashSecret } from '../../platform/auth/tokens';
import { formContentHash, issueFormToken, TokenAlreadyUsed } from '../../platform/http/form-tokens';
import { findFormToken } from '../../platform/http/form-tokens.queries';
import { pathId } from '../../platform/http/path-params';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { renderPage } from '../../web/page';
import { CASE_HANDLER_ROLES } from './casework.policy';
import { str, tokenProblemPage } from './intake.routes';
import { type RetryError, readUndelivered, retryMessage } from './undelivered.commands';
import { undeliveredMessages } from './undelivered.messages';
import { UndeliveredView, type UndeliveredViewProps } from './undelivered.pages';

const LIST_PATH = '/office/messages';

const ERROR_STATUS: Record<RetryError, 404 | 409 | 422> = {
  'not-found': 404,
  'not-retryable': 422,
  delivered: 409,
  'already-retried': 409,
  'channel-not-given': 422,
};

function userOf(c: Ctx) {
  const user = c.get('user');
  if (!user) throw new Error('the guard let an anonymous visitor read messages');
  return user;
}

async function listPage(
  c: Ctx,
  notice?: UndeliveredViewProps['notice'],
  status: 200 | 404 | 409 | 422 = 200,
) {
  const lang = c.get('lang');
  const rows = await readUndelivered(c.get('deps').db, userOf(c));
  // One token per form: each message's retry is its own one-time form.
  const withTokens = [];
  for (const row of rows) withTokens.push({ ...row, formToken: await issueFormToken(c) });
  const done = c.req.query('done') === '1' ? ({ kind: 'done' } as const) : undefined;
  return renderPage(
    c,
    undeliveredMessages[lang].title,
    <UndeliveredView
      lang={lang}
      digits={c.get('digits')}
      csrfToken={c.get('csrfToken')}
      rows={withTokens}
      notice={notice ?? done}
    />,
    status,
  );
}

async function postRetry(c: Ctx) {
  const m = undeliveredMessages[c.get('lang')];
  const messageId = pathId(c);
  if (messageId === undefined) return listPage(c, { kind: 'error', text: m.errors['not-found'] }, 404);
  const form = await c.req.parseBody();
  const token = str(form.form_token);
  const db = c.get('deps').db;
  const tokenHash = token ? hashSecret(token) : '';
  const record = tokenHash ? await findFormToken(db.kysely, tokenHash) : undefined;
  if (!record) return tokenProblemPage(c, LIST_PATH);
  // Sent again (a double tap, a reload): the first sending stands, nothing more is sent.
  if (record.used_at) return c.redirect(`${LIST_PATH}?done=1`, 303);
  let result: Awaited<ReturnType<typeof retryMessage>>;
  try {
    result = await retryMessage(
      db,
      userOf(c),
      {
        messageId,
        channel: str(form.channel),
        form: { tokenHash, contentHash: formContentHash(token, form) },
      },
      new Date(),
    );
  } catch (error) {
    if (error instanceof TokenAlreadyUsed) return c.redirect(`${LIST_PATH}?done=1`, 303);
    throw error;
  }
  // A double tap racing the first: the first used this form's token and retried the message.
  if (
    !result.ok &&
    result.error === 'already-retried' &&
    (await findFormToken(db.kysely, tokenHash))?.used_at
  ) {
    return c.redirect(`${LIST_PATH}?done=1`, 303);
  }
  if (!result.ok) {
    return listPage(c, { kind: 'error', text: m.errors[result.error] }, ERROR_STATUS[result.error]);
  }
  return c.redirect(`${LIST_PATH}?done=1`, 303);
}

export const undeliveredRoutes: RouteDef[] = [
  { method: 'GET', path: LIST_PATH, kind: 'page', access: CASE_HANDLER_ROLES, handler: (c) => listPage(c) },
  {
    method: 'POST',
    path: `${LIST_PATH}/:id/retry`,
    kind: 'page',
    access: CASE_HANDLER_ROLES,
    example: { id: '1' },
    handler: postRetry,
  },
];
