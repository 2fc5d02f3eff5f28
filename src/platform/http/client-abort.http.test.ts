// A client that disconnects in the middle of an upload: logged as the client's abort, never as a server error.
import net, { type AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { Browser, seedDemo, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { logger } from '../log/logger';

const BOUNDARY = 'sala-test-boundary';

describeEachDatabase(
  'client aborts',
  (t) => {
    let server: ServerType;
    let port = 0;
    let staffCookies = '';
    const logged: { level: 'error' | 'warn' | 'info'; line: string; fields: unknown }[] = [];
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);

    beforeAll(async () => {
      const app = testApp(t.db);
      staffCookies = (await new Browser(app).signIn('co_staff')).jar.header();
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise<void>((resolve) =>
        server.listening ? resolve() : server.once('listening', resolve),
      );
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    beforeEach(() => {
      logged.length = 0;
      rejections.length = 0;
      process.on('unhandledRejection', onRejection);
      for (const level of ['error', 'warn', 'info'] as const) {
        vi.spyOn(logger, level).mockImplementation(((fields: unknown, line?: string) => {
          // The request's own line is logged for every request; this test is about what else is said.
          if (line !== 'request') logged.push({ level, line: line ?? String(fields), fields });
        }) as typeof logger.info);
      }
    });
    afterEach(() => {
      process.off('unhandledRejection', onRejection);
      vi.restoreAllMocks();
    });

    /** Starts a multipart upload of a scanned receipt, sends part of it, then drops the connection. */
    async function abandonUpload(path: string, framing: 'content-length' | 'chunked', cookie = '') {
      const socket = net.connect(port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      const part =
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="amount"\r\n\r\n120000\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="receipt"; filename="receipt.jpg"\r\n` +
        `Content-Type: image/jpeg\r\n\r\n${'x'.repeat(64 * 1024)}`;
      const length =
        framing === 'chunked'
          ? `Transfer-Encoding: chunked\r\n\r\n${Buffer.byteLength(part).toString(16)}\r\n`
          : 'Content-Length: 900000\r\n\r\n';
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
          (cookie ? `Cookie: ${cookie}\r\n` : '') +
          `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\n${length}${part}`,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      socket.destroy();
      await vi.waitFor(() => expect(logged.length).toBeGreaterThan(0), { timeout: 3000 });
      // Time for a late error or rejection to show itself.
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    it.each([
      ['/office/budget/expenses', 'content-length'],
      ['/office/budget/expenses', 'chunked'],
      ['/concerns', 'content-length'],
      ['/concerns', 'chunked'],
    ] as const)(
      'logs an upload to %s abandoned mid-way (%s) as the client’s abort',
      async (path, framing) => {
        await abandonUpload(path, framing, path.startsWith('/office') ? staffCookies : '');
        expect(logged).toEqual([
          {
            level: 'info',
            line: 'the client aborted the request before sending all of it (not a server failure)',
            fields: { reqId: expect.any(String), method: 'POST', route: path },
          },
        ]);
        expect(rejections).toEqual([]);
        const health = await fetch(`http://127.0.0.1:${port}/healthz`);
        expect(health.status).toBe(200);
      },
    );
  },
  seedDemo,
);
