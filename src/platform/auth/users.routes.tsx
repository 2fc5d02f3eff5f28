// Admin pages: the list of staff accounts, creating one, giving and taking roles, switching accounts off.

import { DataTable } from '../../web/data-table';
import { CsrfField } from '../../web/layout';
import { renderErrorPage, renderPage } from '../../web/page';
import { pathId } from '../http/path-params';
import type { Ctx } from '../http/types';
import { listUsersWithGrants } from './auth.queries';
import {
  changeUserActive,
  createUser,
  grantRole,
  grantSchema,
  type ManageUsersError,
  newUserSchema,
  revokeGrant,
} from './manage-users';
import { type AuthMessages, authMessages } from './messages';
import { ROLE_SCOPES, ROLES, SCOPE_TYPES } from './roles';

type UserWithGrants = Awaited<ReturnType<typeof listUsersWithGrants>>[number];

const actorOf = (c: Ctx) => {
  const user = c.get('user')!;
  return { userId: user.id, label: user.username };
};

function formText(form: Record<string, unknown>, name: string): string {
  const value = form[name];
  return typeof value === 'string' ? value : '';
}

function NewUserForm({ c, m, values }: { c: Ctx; m: AuthMessages; values?: Record<string, string> }) {
  return (
    <form method="post" action="/admin/users">
      <CsrfField token={c.get('csrfToken')} />
      <label for="username">{m.username}</label>
      <p class="muted" id="username-hint">
        {m.usernameHint}
      </p>
      <input
        id="username"
        name="username"
        required
        maxlength={32}
        aria-describedby="username-hint"
        value={values?.username ?? ''}
      />
      <label for="displayName">{m.displayName}</label>
      <input id="displayName" name="displayName" required maxlength={100} value={values?.displayName ?? ''} />
      <label for="password">{m.password}</label>
      <p class="muted" id="password-hint">
        {m.passwordHint}
      </p>
      <input
        id="password"
        name="password"
        type="password"
        autocomplete="new-password"
        required
        minlength={10}
        aria-describedby="password-hint"
      />
      <div>
        <button type="submit">{m.create}</button>
      </div>
    </form>
  );
}

async function usersListPage(c: Ctx, problem?: { error: string; values: Record<string, string> }) {
  const lang = c.get('lang');
  const m = authMessages[lang];
  const users = await listUsersWithGrants(c.get('deps').db.kysely);
  return renderPage(
    c,
    m.usersTitle,
    <>
      <DataTable label={m.usersTitle}>
        <thead>
          <tr>
            <th scope="col">{m.username}</th>
            <th scope="col">{m.displayName}</th>
            <th scope="col">{m.roles}</th>
            <th scope="col">{m.status}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr>
              <td>
                <a href={`/admin/users/${u.id}`}>{u.username}</a>
                {u.is_demo ? <span class="muted"> ({m.demo})</span> : null}
              </td>
              <td>{u.display_name}</td>
              <td>
                {u.grants.length
                  ? u.grants
                      .map((g) => m.roleNames[g.role as keyof AuthMessages['roleNames']] ?? g.role)
                      .join(', ')
                  : m.noRoles}
              </td>
              <td>{u.is_active ? m.active : m.disabled}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <h2 id="new-user">{m.newUser}</h2>
      {problem ? (
        <p class="alert" role="alert">
          {problem.error}
        </p>
      ) : null}
      <NewUserForm c={c} m={m} values={problem?.values} />
    </>,
    problem ? 422 : 200,
  );
}

export const usersPage = (c: Ctx) => usersListPage(c);

export async function createUserSubmit(c: Ctx) {
  const m = authMessages[c.get('lang')];
  const form = await c.req.parseBody();
  const values = { username: formText(form, 'username'), displayName: formText(form, 'displayName') };
  const parsed = newUserSchema.safeParse({ ...values, password: formText(form, 'password') });
  if (!parsed.success) return usersListPage(c, { error: m.invalidInput, values });
  const result = await createUser(c.get('deps').db, actorOf(c), parsed.data, new Date());
  if (!result.ok) return usersListPage(c, { error: m.errors[result.error], values });
  return c.redirect(`/admin/users/${result.value.id}?saved=1`, 303);
}

async function findUser(c: Ctx): Promise<UserWithGrants | undefined> {
  const id = pathId(c);
  if (id === undefined) return undefined;
  const users = await listUsersWithGrants(c.get('deps').db.kysely);
  return users.find((u) => u.id === id);
}

async function userDetailPage(c: Ctx, error?: ManageUsersError | 'invalid') {
  const lang = c.get('lang');
  const m = authMessages[lang];
  const user = await findUser(c);
  if (!user) return renderErrorPage(c, 'notFound');
  const saved = c.req.query('saved') === '1' && !error;
  return renderPage(
    c,
    m.userTitle(user.username),
    <>
      <p>
        <a href="/admin/users">{m.back}</a>
      </p>
      {saved ? (
        <p class="notice" role="status">
          {m.saved}
        </p>
      ) : null}
      {error ? (
        <p class="alert" role="alert">
          {error === 'invalid' ? m.invalidInput : m.errors[error]}
        </p>
      ) : null}
      <p>
        {user.display_name} · {user.is_active ? m.active : m.disabled}
      </p>
      <h2>{m.roles}</h2>
      {user.grants.length === 0 ? <p>{m.noRoles}</p> : null}
      <ul>
        {user.grants.map((g) => (
          <li>
            <form method="post" action={`/admin/users/${user.id}/grants/${g.id}/delete`} class="inline">
              <CsrfField token={c.get('csrfToken')} />
              <span>
                {m.roleNames[g.role as keyof AuthMessages['roleNames']] ?? g.role} —{' '}
                {m.scopeNames[g.scope_type as keyof AuthMessages['scopeNames']] ?? g.scope_type}{' '}
                <code>{g.scope_code}</code>
              </span>
              <button type="submit" class="secondary">
                {m.take}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <h2>{m.giveRole}</h2>
      <form method="post" action={`/admin/users/${user.id}/grants`}>
        <CsrfField token={c.get('csrfToken')} />
        <label for="role">{m.role}</label>
        <select id="role" name="role">
          {ROLES.map((r) => (
            <option value={r}>
              {m.roleNames[r]} — {ROLE_SCOPES[r].map((s) => m.scopeNames[s]).join(' / ')}
            </option>
          ))}
        </select>
        <label for="scopeType">{m.scopeType}</label>
        <select id="scopeType" name="scopeType">
          {SCOPE_TYPES.map((s) => (
            <option value={s}>{m.scopeNames[s]}</option>
          ))}
        </select>
        <label for="scopeCode">{m.scopeCode}</label>
        <input id="scopeCode" name="scopeCode" required maxlength={40} value="KH" />
        <div>
          <button type="submit">{m.give}</button>
        </div>
      </form>
      <h2>{m.status}</h2>
      <form method="post" action={`/admin/users/${user.id}/active`}>
        <CsrfField token={c.get('csrfToken')} />
        <input type="hidden" name="active" value={user.is_active ? '0' : '1'} />
        <button type="submit" class="secondary">
          {user.is_active ? m.disable : m.enable}
        </button>
      </form>
    </>,
    error ? 422 : 200,
  );
}

export const userPage = (c: Ctx) => userDetailPage(c);

export async function grantSubmit(c: Ctx) {
  const form = await c.req.parseBody();
  const parsed = grantSchema.safeParse({
    role: formText(form, 'role'),
    scopeType: formText(form, 'scopeType'),
    scopeCode: formText(form, 'scopeCode'),
  });
  if (!parsed.success) return userDetailPage(c, 'invalid');
  const id = pathId(c);
  if (id === undefined) return renderErrorPage(c, 'notFound');
  const result = await grantRole(c.get('deps').db, actorOf(c), id, parsed.data, new Date());
  if (!result.ok)
    return result.error === 'user-not-found'
      ? renderErrorPage(c, 'notFound')
      : userDetailPage(c, result.error);
  return c.redirect(`/admin/users/${id}?saved=1`, 303);
}

export async function revokeGrantSubmit(c: Ctx) {
  const grantId = pathId(c, 'grantId');
  const userId = pathId(c);
  if (grantId === undefined) return renderErrorPage(c, 'notFound');
  const user = await findUser(c);
  if (!user?.grants.some((g) => g.id === grantId)) return renderErrorPage(c, 'notFound');
  const result = await revokeGrant(c.get('deps').db, actorOf(c), grantId);
  if (!result.ok) return userDetailPage(c, result.error);
  return c.redirect(`/admin/users/${userId}?saved=1`, 303);
}

export async function activeSubmit(c: Ctx) {
  const form = await c.req.parseBody();
  const active = formText(form, 'active');
  if (active !== '0' && active !== '1') return userDetailPage(c, 'invalid');
  const id = pathId(c);
  if (id === undefined) return renderErrorPage(c, 'notFound');
  const result = await changeUserActive(c.get('deps').db, actorOf(c), id, active === '1');
  if (!result.ok)
    return result.error === 'user-not-found'
      ? renderErrorPage(c, 'notFound')
      : userDetailPage(c, result.error);
  return c.redirect(`/admin/users/${id}?saved=1`, 303);
}
