// The home page kept ready, answered over a real socket before Hono: the same bytes and headers as the app's
// own answer, 304 for its ETag, its log line and metrics; anything else still goes through the app.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { serveApp } from '../../app';
import { logger } from '../log/logger';

interface Answer {
  status: number;
  /** Names in lower case, without those that differ on every answer (date, request id, CSRF cookie). */
  headers: [string, string][];
  requestId: string;
  csrfCookie: string | undefined;
  body: Buffer;
}

/** A GET over the socket, with the raw headers given (a list, so one may be sent twice). */
function get(port: number, path: string, rawHeaders: [string, string][] = []): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'GET', agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers: [string, string][] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          headers.push([res.rawHeaders[i].toLowerCase(), res.rawHeaders[i + 1]]);
        }
        resolve({
          status: res.statusCode ?? 0,
          headers: headers
            .filter(([name]) => !['date', 'x-request-id', 'set-cookie', 'connection'].includes(name))
            .sort(([a], [b]) => a.localeCompare(b)),
          requestId: String(res.headers['x-request-id'] ?? ''),
          csrfCookie: res.headers['set-cookie']?.find((line) => line.startsWith('sala_csrf=')),
          body: Buffer.concat(chunks),
        });
      });
      res.on('error', reject);
    });
    for (const [name, value] of rawHeaders) req.appendHeader(name, value);
    req.on('error', reject);
    req.end();
  });
}

describeEachDatabase(
  'ready pages answered before Hono',
  (t) => {
    let app: TestApp;
    let server: http.Server | undefined;
    let port = 0;
    let throughHono: ReturnType<typeof vi.spyOn>;

    beforeEach(async () => {
      app = testApp(t.db);
      throughHono = vi.spyOn(app, 'fetch');
      const s = serveApp(app, { port: 0, hostname: '127.0.0.1' }) as http.Server;
      server = s;
      await new Promise<void>((resolve) => (s.listening ? resolve() : s.once('listening', resolve)));
      port = (s.address() as AddressInfo).port;
    });
    afterEach(async () => {
      vi.restoreAllMocks();
      await new Promise((resolve) => server?.close(resolve));
    });

    it('sends the bytes and headers the app sends, each encoding, without going through Hono', async () => {
      for (const encoding of ['br', 'gzip', '']) {
        const headers: [string, string][] = encoding ? [['accept-encoding', encoding]] : [];
        // The first visit of each encoding goes through the app, which renders or compresses the page.
        const viaApp = await get(port, '/', headers);
        const before = throughHono.mock.calls.length;
        const ready = await get(port, '/', headers);
        expect(throughHono.mock.calls.length, encoding).toBe(before);
        expect(ready.status).toBe(200);
        expect(ready.body.equals(viaApp.body)).toBe(true);
        expect(ready.headers).toEqual(viaApp.headers);
        expect(ready.headers).toContainEqual(['vary', 'Accept-Encoding']);
        expect(ready.headers).toContainEqual(['x-frame-options', 'DENY']);
        expect(ready.headers).toContainEqual(['content-length', String(ready.body.length)]);
        if (encoding) expect(ready.headers).toContainEqual(['content-encoding', encoding]);
        expect(ready.requestId).toMatch(/^[0-9a-f-]{36}$/);
        expect(ready.requestId).not.toBe(viaApp.requestId);
        expect(ready.csrfCookie).toMatch(/^sala_csrf=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
        expect(ready.csrfCookie).not.toBe(viaApp.csrfCookie);
      }
      const html = zlib.brotliDecompressSync((await get(port, '/', [['accept-encoding', 'br']])).body);
      expect(html.toString()).toMatch(/^<!DOCTYPE html><html lang="km"/i);
    });

    it('answers a repeat visit 304 for its ETag, keeps a proxy’s request id, and gives no new cookie to a visitor with one', async () => {
      const first = await get(port, '/', [['accept-encoding', 'br']]);
      await get(port, '/', [['accept-encoding', 'br']]);
      const etag = first.headers.find(([name]) => name === 'etag')?.[1] ?? '';
      const token = first.csrfCookie?.split(/[=;]/)[1] ?? '';
      const before = throughHono.mock.calls.length;
      const again = await get(port, '/', [
        ['accept-encoding', 'br'],
        ['if-none-match', etag],
        ['cookie', `sala_csrf=${token}`],
        ['x-request-id', 'proxy-id-0042'],
      ]);
      expect(throughHono.mock.calls.length).toBe(before);
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers).toContainEqual(['etag', etag]);
      expect(again.requestId).toBe('proxy-id-0042');
      expect(again.csrfCookie).toBeUndefined();
      // The same answer as the app's own for the same request.
      const viaApp = await app.request('/', {
        headers: { 'accept-encoding': 'br', 'if-none-match': etag, cookie: `sala_csrf=${token}` },
      });
      expect(viaApp.status).toBe(304);
      expect(viaApp.headers.get('set-cookie')).toBeNull();
    });

    it('writes the log line and counts the answer in /metrics as the app does', async () => {
      await get(port, '/');
      const lines = vi.spyOn(logger, 'info');
      const ready = await get(port, '/');
      expect(lines).toHaveBeenCalledWith(
        expect.objectContaining({ reqId: ready.requestId, method: 'GET', route: '/', status: 200 }),
        'request',
      );
      expect(JSON.stringify(lines.mock.calls)).not.toContain('sala_csrf');
      // From the loopback, as the operator's Prometheus on this machine reads it.
      const metrics = (await get(port, '/metrics')).body.toString();
      expect(metrics).toContain('sala_http_requests_total{method="GET",route="/",status="200"} 2\n');
      expect(metrics).toMatch(
        /sala_http_request_duration_seconds_count\{method="GET",route="\/",status="200"\} 2\n/,
      );
    });

    it('serves each language and numerals their own page, as the app does', async () => {
      const cases: [string, string][][] = [
        [],
        [['accept-language', 'en-GB,en;q=0.9']],
        [['cookie', 'sala_lang=en']],
        [['cookie', 'sala_lang=en; sala_digits=khmr']],
      ];
      for (const headers of cases) {
        await get(port, '/', headers);
        const before = throughHono.mock.calls.length;
        const ready = await get(port, '/', headers);
        expect(throughHono.mock.calls.length).toBe(before);
        const viaApp = await app.request('/', { headers: Object.fromEntries(headers) });
        expect(ready.body.toString()).toBe(await viaApp.text());
      }
    });

    it('leaves to the app a signed-in visitor, a query, a HEAD, another spelling of the path, and a header sent twice', async () => {
      await get(port, '/');
      await get(port, '/');
      const viaApp = async (path: string, headers: [string, string][] = [], method = 'GET') => {
        const before = throughHono.mock.calls.length;
        if (method === 'GET') await get(port, path, headers);
        else
          await new Promise<void>((resolve, reject) =>
            http
              .request({ host: '127.0.0.1', port, path, method, agent: false }, (res) =>
                res.resume().on('end', resolve),
              )
              .on('error', reject)
              .end(),
          );
        return throughHono.mock.calls.length - before;
      };
      expect(await viaApp('/', [['cookie', 'sala_session=not-a-real-session']])).toBe(1);
      expect(await viaApp('/?from=leaflet')).toBe(1);
      expect(await viaApp('/', [], 'HEAD')).toBe(1);
      expect(await viaApp('/%2F')).toBe(1);
      expect(
        await viaApp('/', [
          ['cookie', 'sala_lang=en'],
          ['cookie', 'sala_digits=khmr'],
        ]),
      ).toBe(1);
      // And the app's own answer to the visitor it takes back is unchanged: a session cookie it does not
      // know is an anonymous visitor's, who still gets the ready page.
      const unknownSession = await get(port, '/', [['cookie', 'sala_session=not-a-real-session']]);
      expect(unknownSession.status).toBe(200);
    });
  },
  seedDemo,
);
