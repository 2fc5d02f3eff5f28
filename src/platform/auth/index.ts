// Manifest of sign-in, API tokens and account administration.
import type { ModuleManifest } from '../http/types';
import {
  issuedTokenJson,
  issueTokenApi,
  listTokensApi,
  revokeTokenApi,
  tokenListJson,
  tokenRequestSchema,
} from './auth.api';
import { loginPage, loginSubmit, logoutSubmit } from './auth.routes';
import {
  activeSubmit,
  createUserSubmit,
  grantSubmit,
  revokeGrantSubmit,
  userPage,
  usersPage,
} from './users.routes';

const ADMIN = ['admin'] as const;

export const authModule: ModuleManifest = {
  name: 'auth',
  nav: [{ href: '/admin/users', label: { en: 'Accounts', km: 'គណនី' }, access: ADMIN }],
  work: [{ href: '/admin/users', roles: ADMIN }],
  routes: [
    { method: 'GET', path: '/login', kind: 'page', access: 'public', handler: loginPage },
    { method: 'POST', path: '/login', kind: 'page', access: 'public', handler: loginSubmit },
    { method: 'POST', path: '/logout', kind: 'page', access: 'signed-in', handler: logoutSubmit },
    {
      method: 'POST',
      path: '/api/auth/token',
      kind: 'api',
      access: 'public',
      handler: issueTokenApi,
      doc: {
        summary: 'Exchange a username and password for a bearer token (valid 90 days).',
        tag: 'auth',
        body: tokenRequestSchema,
        response: issuedTokenJson,
        errors: {
          400: 'Not valid JSON, fields missing or of the wrong type, or text holding U+0000.',
          401: 'Wrong username or password.',
          429: 'Too many failed attempts.',
        },
      },
    },
    {
      method: 'GET',
      path: '/api/auth/tokens',
      kind: 'api',
      access: 'signed-in',
      handler: listTokensApi,
      doc: {
        summary: "The caller's own tokens (never their secrets).",
        tag: 'auth',
        response: tokenListJson,
      },
    },
    {
      method: 'DELETE',
      path: '/api/auth/tokens/:id',
      kind: 'api',
      access: 'signed-in',
      example: { id: '999999' },
      handler: revokeTokenApi,
      doc: {
        summary: "Revoke one of the caller's tokens.",
        tag: 'auth',
        errors: { 204: 'Revoked.', 404: 'No such token of yours.' },
      },
    },
    { method: 'GET', path: '/admin/users', kind: 'page', access: ADMIN, handler: usersPage },
    { method: 'POST', path: '/admin/users', kind: 'page', access: ADMIN, handler: createUserSubmit },
    {
      method: 'GET',
      path: '/admin/users/:id',
      kind: 'page',
      access: ADMIN,
      example: { id: '1' },
      handler: userPage,
    },
    {
      method: 'POST',
      path: '/admin/users/:id/grants',
      kind: 'page',
      access: ADMIN,
      example: { id: '1' },
      handler: grantSubmit,
    },
    {
      method: 'POST',
      path: '/admin/users/:id/grants/:grantId/delete',
      kind: 'page',
      access: ADMIN,
      example: { id: '1', grantId: '999999' },
      handler: revokeGrantSubmit,
    },
    {
      method: 'POST',
      path: '/admin/users/:id/active',
      kind: 'page',
      access: ADMIN,
      example: { id: '1' },
      handler: activeSubmit,
    },
  ],
};
