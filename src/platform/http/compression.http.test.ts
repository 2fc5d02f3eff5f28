// Pages and data go compressed as the client accepts (Brotli first, then gzip), and decompress to the same text.
import zlib from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { chooseEncoding } from './compression';

function decoded(res: Response, body: Buffer): string {
  const encoding = res.headers.get('content-encoding');
  if (encoding === 'br') return zlib.brotliDecompressSync(body).toString('utf8');
  if (encoding === 'gzip') return zlib.gunzipSync(body).toString('utf8');
  return body.toString('utf8');
}

async function fetchBoth(app: TestApp, path: string, acceptEncoding: string) {
  const plain = await app.request(path, { headers: { 'accept-language': 'km' } });
  const packed = await app.request(path, {
    headers: { 'accept-language': 'km', 'accept-encoding': acceptEncoding },
  });
  const bytes = Buffer.from(await packed.arrayBuffer());
  return { plain, plainText: await plain.text(), packed, bytes, text: decoded(packed, bytes) };
}

const withoutCsrf = (html: string) => html.replace(/[A-Za-z0-9_-]{43}/g, 'TOKEN');

describeEachDatabase(
  'compressed answers',
  (t) => {
    let app: TestApp;
    beforeEach(() => {
      app = testApp(t.db);
    });

    it('sends the home page in Brotli, a fraction of its size, and the same page once decompressed', async () => {
      for (let visit = 0; visit < 2; visit++) {
        // The first visit renders the page, the second is served from the ready-made cache.
        const got = await fetchBoth(app, '/', 'gzip, deflate, br');
        expect(got.packed.headers.get('content-encoding')).toBe('br');
        expect(got.packed.headers.get('vary')).toMatch(/accept-encoding/i);
        expect(withoutCsrf(got.text)).toBe(withoutCsrf(got.plainText));
        expect(got.bytes.length).toBeLessThan(Buffer.byteLength(got.plainText) / 3);
      }
    });

    it('falls back to gzip when Brotli is refused or not offered, and sends plain text when neither is', async () => {
      for (const path of ['/', '/services', '/assembly/members']) {
        const gz = await fetchBoth(app, path, 'br;q=0, gzip');
        expect(gz.packed.status).toBe(200);
        expect(gz.packed.headers.get('content-encoding')).toBe('gzip');
        expect(withoutCsrf(gz.text)).toBe(withoutCsrf(gz.plainText));

        const none = await fetchBoth(app, path, 'identity');
        expect(none.packed.headers.get('content-encoding')).toBeNull();
        expect(none.packed.headers.get('vary')).toMatch(/accept-encoding/i);
        expect(none.plain.headers.get('content-encoding')).toBeNull();
      }
    });

    it('compresses pages read from the database and JSON, keeping their status and headers', async () => {
      const page = await fetchBoth(app, '/services', 'br');
      expect(page.packed.headers.get('content-encoding')).toBe('br');
      expect(page.packed.headers.get('cache-control')).toBe(page.plain.headers.get('cache-control'));
      expect(page.packed.headers.get('content-security-policy')).toBeTruthy();
      expect(withoutCsrf(page.text)).toBe(withoutCsrf(page.plainText));

      const json = await fetchBoth(app, '/api/openapi.json', 'gzip');
      expect(json.packed.headers.get('content-encoding')).toBe('gzip');
      expect(JSON.parse(json.text)).toEqual(JSON.parse(json.plainText));

      const missing = await fetchBoth(app, '/no-such-page', 'br');
      expect(missing.packed.status).toBe(404);
      expect(withoutCsrf(missing.text)).toBe(withoutCsrf(missing.plainText));
    });
  },
  seedDemo,
);

describe('choosing an encoding from Accept-Encoding', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['identity', undefined],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['BR', 'br'],
    ['br;q=0, gzip;q=0', undefined],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['deflate', undefined],
  ])('%s → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});
