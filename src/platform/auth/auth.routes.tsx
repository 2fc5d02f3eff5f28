// Sign-in and sign-out pages.
import { deleteCookie } from 'hono/cookie';
import { CsrfField } from '../../web/layout';
import { renderPage } from '../../web/page';
import { clientIp } from '../http/client-ip';
import { readCookie, SESSION_COOKIE, setAppCookie } from '../http/cookies';
import { rotateCsrfCookie } from '../http/guard';
import { safeNext } from '../http/safe-next';
import type { Ctx } from '../http/types';
import { workPageOf } from '../http/work-pages';
import { loadGrants } from './auth.queries';
import { checkCredentials } from './log-in';
import { authMessages } from './messages';
import { endSession, SESSION_TTL_MS, startSession } from './sessions';

function LoginForm(props: { c: Ctx; next: string; username?: string; error?: string }) {
  const m = authMessages[props.c.get('lang')];
  return (
    <>
      <p>{m.loginIntro}</p>
      {props.error ? (
        <p class="alert" role="alert" id="login-error">
          {props.error}
        </p>
      ) : null}
      <form method="post" action="/login">
        <CsrfField token={props.c.get('csrfToken')} />
        <input type="hidden" name="next" value={props.next} />
        <label for="username">{m.username}</label>
        <input
          id="username"
          name="username"
          autocomplete="username"
          autocapitalize="none"
          spellcheck={false}
          required
          maxlength={64}
          value={props.username ?? ''}
          {...(props.error ? { 'aria-describedby': 'login-error' } : {})}
        />
        <label for="password">{m.password}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          maxlength={200}
        />
        <div>
          <button type="submit">{m.signIn}</button>
        </div>
      </form>
    </>
  );
}

export function loginPage(c: Ctx) {
  const m = authMessages[c.get('lang')];
  return renderPage(c, m.loginTitle, <LoginForm c={c} next={safeNext(c.req.query('next'))} />);
}

export async function loginSubmit(c: Ctx) {
  const m = authMessages[c.get('lang')];
  const form = await c.req.parseBody();
  const username = typeof form.username === 'string' ? form.username.slice(0, 64) : '';
  const password = typeof form.password === 'string' ? form.password.slice(0, 200) : '';
  const next = safeNext(typeof form.next === 'string' ? form.next : undefined);
  if (!username.trim() || !password) {
    return renderPage(
      c,
      m.loginTitle,
      <LoginForm c={c} next={next} username={username} error={m.missingFields} />,
      422,
    );
  }
  const db = c.get('deps').db;
  const result = await checkCredentials(db, { username, password, ip: clientIp(c) }, new Date());
  if (!result.ok) {
    const error = result.error === 'too-many-attempts' ? m.tooManyAttempts : m.invalidCredentials;
    const status = result.error === 'too-many-attempts' ? 429 : 401;
    return renderPage(
      c,
      m.loginTitle,
      <LoginForm c={c} next={next} username={username} error={error} />,
      status,
    );
  }
  const token = await startSession(db, result.value, new Date());
  setAppCookie(c, SESSION_COOKIE, token, SESSION_TTL_MS / 1000);
  rotateCsrfCookie(c);
  // Sent to sign in from a page, back to it; from the home page or none, to the role's page of work.
  if (next !== '/') return c.redirect(next, 303);
  const grants = await loadGrants(db.kysely, result.value.userId);
  return c.redirect(workPageOf({ grants }, c.get('deps').work), 303);
}

export async function logoutSubmit(c: Ctx) {
  const token = readCookie(c, SESSION_COOKIE);
  const user = c.get('user');
  if (token && user) await endSession(c.get('deps').db, token, { userId: user.id, label: user.username });
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  rotateCsrfCookie(c);
  return c.redirect('/', 303);
}
