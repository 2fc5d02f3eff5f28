// The caller's address over a real socket: X-Forwarded-For counts only when the socket is a trusted proxy.
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { createApp, MODULES } from '../../app';
import { MAX_FAILURES_PER_ADDRESS } from '../auth/log-in';
import { clientIp } from './client-ip';
import { parseTrustedProxies, type TrustedProxies } from './trusted-proxies';
import type { ModuleManifest } from './types';

/** A route that answers with the address Sala sees, so the tests read it as the limits do. */
const echoModule: ModuleManifest = {
  name: 'echo',
  routes: [
    { method: 'GET', path: '/echo-ip', kind: 'api', access: 'public', handler: (c) => c.text(clientIp(c)) },
  ],
};

describeEachDatabase('client address behind a proxy', (t) => {
  const servers: ServerType[] = [];

  /** Sala on 127.0.0.1, on a free port, trusting the proxies given. */
  async function startSala(trustedProxies?: TrustedProxies): Promise<string> {
    const app = createApp(
      { db: t.db, config: { baseUrl: 'http://localhost', demo: false, trustedProxies }, version: 'test' },
      [...MODULES, echoModule],
    );
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    servers.push(server);
    await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', resolve)));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });

  const seenAs = async (base: string, forwardedFor?: string) =>
    (
      await fetch(`${base}/echo-ip`, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} })
    ).text();

  let untrusting: string;
  let trusting: string;
  beforeAll(async () => {
    untrusting = await startSala();
    trusting = await startSala(parseTrustedProxies('127.0.0.1'));
  });

  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    expect(await seenAs(untrusting, '203.0.113.7')).toBe('127.0.0.1');
  });

  it('takes the address a trusted proxy reports', async () => {
    expect(await seenAs(trusting, '203.0.113.7')).toBe('203.0.113.7');
    expect(await seenAs(trusting)).toBe('127.0.0.1');
  });

  it('takes the right-most address that is not a trusted proxy, never what the client prepended', async () => {
    expect(await seenAs(trusting, '10.9.9.9, 203.0.113.7')).toBe('203.0.113.7');
    expect(await seenAs(trusting, 'spoofed, 203.0.113.7, 127.0.0.1')).toBe('203.0.113.7');
    expect(await seenAs(trusting, '2001:db8::5')).toBe('2001:db8::5');
    // A proxy chain that hands over garbage: the last real hop is the answer, not the garbage.
    expect(await seenAs(trusting, '203.0.113.7, not-an-address')).toBe('127.0.0.1');
  });

  it('recognises a trusted proxy written in its IPv4-mapped IPv6 form', async () => {
    const mapped = await startSala(parseTrustedProxies('::ffff:127.0.0.1'));
    expect(await seenAs(mapped, '203.0.113.8')).toBe('203.0.113.8');
  });

  it('limits failed sign-ins per citizen behind the proxy, not per proxy', async () => {
    const at = new Date().toISOString();
    await t.db.kysely
      .insertInto('login_attempts')
      .values(
        Array.from({ length: MAX_FAILURES_PER_ADDRESS }, (_, i) => ({
          username: `guess-${i}`,
          ip: '203.0.113.9',
          at,
          succeeded: 0,
        })),
      )
      .execute();
    const signIn = (base: string, forwardedFor: string) =>
      fetch(`${base}/api/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        body: JSON.stringify({ username: 'nobody', password: 'wrong-password' }),
      });
    expect((await signIn(trusting, '203.0.113.9')).status).toBe(429);
    expect((await signIn(trusting, '198.51.100.4')).status).toBe(401);
    // Without trust the header is the client's word: it neither locks nor frees anyone.
    expect((await signIn(untrusting, '203.0.113.9')).status).toBe(401);
  });
});
