// GET /readyz: 200 while the database answers, the outbox moves and the SMS link (a real SMPP server) and a
// registered Telegram check (a local stand-in for the Bot API) are up; 503 naming each check that is not.
// GET /healthz stays 200 meanwhile: a link down is no reason to restart the process.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import smpp, { type PDU, type Server, type Session } from 'smpp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { connect } from '../src/db/connect';
import { basicReadiness, smsLinkCheck, telegramLinkCheck } from '../src/platform/health/checks';
import type { Readiness, ReadinessCheck } from '../src/platform/health/readiness';
import { dispatchDue } from '../src/platform/outbox/dispatch';
import { enqueueMessage } from '../src/platform/outbox/outbox.queries';
import { loggingSender } from '../src/platform/outbox/sender';
import { type SmppSender, smppSender } from '../src/platform/outbox/smpp-sender';
import { botApi as botApiClient } from '../src/platform/telegram/bot-api';
import { describeEachDatabase } from './support/databases';

interface ReadyBody {
  ready: boolean;
  checks: Record<string, { ok: boolean; reason?: string }>;
}

/** A real SMSC on 127.0.0.1 that binds anyone; stop() drops every session and stops listening. */
function smsc() {
  let server: Server | undefined;
  let port = 0;
  const sessions = new Set<Session>();
  return {
    url: () => `smpp://sala:secret@127.0.0.1:${port}`,
    async start() {
      const s = smpp.createServer((session) => {
        sessions.add(session);
        session.on('close', () => sessions.delete(session));
        session.on('error', () => {});
        session.on('bind_transceiver', (pdu: PDU) => session.send(pdu.response()));
        session.on('enquire_link', (pdu: PDU) => session.send(pdu.response()));
        session.on('unbind', (pdu: PDU) => {
          session.send(pdu.response());
          session.close();
        });
      });
      server = s;
      await new Promise<void>((resolve) => s.listen(port, '127.0.0.1', resolve));
      port = (s.address() as AddressInfo).port;
    },
    async stop() {
      const s = server;
      if (!s) return;
      for (const session of sessions) session.destroy();
      await new Promise<void>((resolve) => s.close(() => resolve()));
      server = undefined;
    },
  };
}

/** A stand-in for Telegram's Bot API: GET /bot<token>/getMe answers ok while `up`. */
function botApi() {
  const state = { up: true, port: 0 };
  const server = http.createServer((req, res) => {
    if (state.up && req.url === '/botTEST/getMe') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: true, result: { id: 1, is_bot: true, username: 'sala_demo_bot' } }));
    } else {
      res.statusCode = 502;
      res.end(JSON.stringify({ ok: false, error_code: 502, description: 'Bad Gateway' }));
    }
  });
  return {
    state,
    server,
    /** What main.ts registers when a bot is configured, pointed at this stand-in. */
    check: (): ReadinessCheck =>
      telegramLinkCheck(botApiClient({ token: 'TEST', apiRoot: `http://127.0.0.1:${state.port}` })),
  };
}

describeEachDatabase('GET /readyz', (t) => {
  const sms = smsc();
  const telegram = botApi();
  let sender: SmppSender;

  beforeAll(async () => {
    await sms.start();
    sender = smppSender(
      { url: sms.url(), from: 'Sala', perSecond: 50 },
      { log: () => {}, reconnectMinMs: 100 },
    );
    await sender.whenBound();
    await new Promise<void>((resolve) => telegram.server.listen(0, '127.0.0.1', resolve));
    telegram.state.port = (telegram.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await sender.close();
    await sms.stop();
    await new Promise((resolve) => telegram.server.close(resolve));
  });

  const app = (readiness?: Readiness) =>
    createApp({ db: t.db, config: { baseUrl: 'http://localhost', demo: false }, version: 'test', readiness });
  async function ready(readiness?: Readiness): Promise<{ status: number; body: ReadyBody }> {
    const res = await app(readiness).request('/readyz');
    expect(res.headers.get('cache-control')).toBe('no-store');
    return { status: res.status, body: (await res.json()) as ReadyBody };
  }

  it('answers 200 with each check when the database answers and the outbox is empty', async () => {
    expect(await ready()).toEqual({
      status: 200,
      body: { ready: true, checks: { database: { ok: true }, outbox: { ok: true } } },
    });
  });

  it('answers 503 naming the outbox when a message has been due for minutes and nobody takes it; 200 once it goes', async () => {
    const due = new Date(Date.now() - 20 * 60_000);
    await enqueueMessage(t.db.kysely, {
      channel: 'email',
      recipient: 'demo@example.org',
      template: 'acknowledgement',
      lang: 'en',
      payload: { trackingCode: '4821093756' },
      caseId: null,
      now: due,
    });
    const stalled = await ready();
    expect(stalled.status).toBe(503);
    expect(stalled.body.ready).toBe(false);
    expect(stalled.body.checks.database).toEqual({ ok: true });
    expect(stalled.body.checks.outbox.ok).toBe(false);
    expect(stalled.body.checks.outbox.reason).toMatch(/email message has been due for 20 minutes/);
    expect((await app().request('/healthz')).status).toBe(200);

    const sent = await dispatchDue(t.db.kysely, { email: loggingSender('email', () => {}) }, new Date(), {
      baseUrl: 'http://localhost',
    });
    expect(sent.sent).toBe(1);
    expect((await ready()).status).toBe(200);
  });

  it('names the SMS link and the Telegram check when they are down, and is ready again when they are back', async () => {
    const readiness = basicReadiness(t.db.kysely).register(smsLinkCheck(sender)).register(telegram.check());
    expect(await ready(readiness)).toEqual({
      status: 200,
      body: {
        ready: true,
        checks: { database: { ok: true }, outbox: { ok: true }, sms: { ok: true }, telegram: { ok: true } },
      },
    });

    await sms.stop();
    telegram.state.up = false;
    await expect.poll(() => sender.bound).toBe(false);
    const down = await ready(readiness);
    expect(down.status).toBe(503);
    expect(down.body.checks.sms).toEqual({
      ok: false,
      reason: expect.stringContaining('not bound to the SMS centre'),
    });
    expect(down.body.checks.telegram).toEqual({ ok: false, reason: 'the Bot API answered getMe with 502' });
    expect(down.body.checks.database).toEqual({ ok: true });
    expect((await app(readiness).request('/healthz')).status).toBe(200);

    await sms.start();
    telegram.state.up = true;
    await sender.whenBound();
    expect((await ready(readiness)).status).toBe(200);
  });

  it('counts a check that does not answer in time as failed', async () => {
    const hung: ReadinessCheck = { name: 'telegram', check: () => new Promise(() => {}) };
    const report = await basicReadiness(t.db.kysely).register(hung).report(new Date(), 200);
    expect(report).toEqual({
      ready: false,
      checks: {
        database: { ok: true },
        outbox: { ok: true },
        telegram: { ok: false, reason: 'no answer within 0.2 s' },
      },
    });
  });

  it('answers 503 naming the database when it does not answer', async () => {
    // A PostgreSQL address where nothing listens: the check fails whichever database the suite runs on.
    const unreachable = connect({ kind: 'postgres', url: 'postgres://sala@127.0.0.1:1/sala' });
    try {
      const res = await createApp({
        db: unreachable,
        config: { baseUrl: 'http://localhost', demo: false },
        version: 'test',
      }).request('/readyz');
      expect(res.status).toBe(503);
      const body = (await res.json()) as ReadyBody;
      expect(body.ready).toBe(false);
      // The kind of failure, not the driver's message with the database's address: the answer is public.
      expect(body.checks.database).toEqual({
        ok: false,
        reason: 'the database does not answer (ECONNREFUSED)',
      });
    } finally {
      await unreachable.close();
    }
  });
});
