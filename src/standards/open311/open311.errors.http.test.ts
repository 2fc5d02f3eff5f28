// Open311's errors over HTTP on both databases: every refusal under /open311/ in the standard's format, JSON and XML.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { countCases } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { MAX_BODY_BYTES } from '../../app';
import { open311Messages } from './open311.messages';

const BASE = '/open311/v2';
const FORMATS = ['json', 'xml'] as const;
type Format = (typeof FORMATS)[number];

const unescapeXml = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** The standard's error list read back from either format: `[{code, description}]`. */
async function errorsOf(res: Response, format: Format): Promise<{ code: number; description: string }[]> {
  const text = await res.text();
  if (format === 'json') return JSON.parse(text);
  expect(res.headers.get('content-type')).toContain('text/xml');
  expect(text).toMatch(
    /^<\?xml version="1\.0" encoding="utf-8"\?>\n<errors>(<error>.*<\/error>)+<\/errors>$/s,
  );
  return [...text.matchAll(/<error><code>(\d+)<\/code><description>(.*?)<\/description><\/error>/gs)].map(
    (m) => ({ code: Number(m[1]), description: unescapeXml(m[2]) }),
  );
}

describeEachDatabase(
  'Open311 errors in the standard’s format',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });
    const caseCount = () => countCases(t.db);

    it('answers an unknown path under /open311/v2/ with 404 in the format its extension asks for', async () => {
      for (const format of FORMATS) {
        const res = await app.request(`${BASE}/nothing-here.${format}`, {
          headers: { 'accept-language': 'en' },
        });
        expect(res.status).toBe(404);
        expect(await errorsOf(res, format)).toEqual([
          { code: 404, description: open311Messages.en.errors.unknownPath },
        ]);
      }
      // No extension: JSON, in Khmer by default.
      const bare = await app.request(`${BASE}/nothing-here`);
      expect(bare.status).toBe(404);
      expect(await bare.json()).toEqual([{ code: 404, description: open311Messages.km.errors.unknownPath }]);
    });

    it('refuses a bad bearer token with 401, the standard’s list and the WWW-Authenticate header', async () => {
      for (const format of FORMATS) {
        const res = await app.request(`${BASE}/services.${format}`, {
          headers: { authorization: 'Bearer not-a-real-token', 'accept-language': 'en' },
        });
        expect(res.status).toBe(401);
        expect(res.headers.get('www-authenticate')).toContain('Bearer');
        expect(await errorsOf(res, format)).toEqual([
          { code: 401, description: open311Messages.en.errors.badToken },
        ]);
      }
    });

    it('refuses a body over 1 MiB with 413 in the standard’s list, with or without a Content-Length, creating nothing', async () => {
      const before = await caseCount();
      const body = new URLSearchParams({
        service_code: 'water',
        address_id: '12',
        description: 'x'.repeat(MAX_BODY_BYTES),
      }).toString();
      for (const format of FORMATS) {
        const lengths: Record<string, string>[] = [{ 'content-length': String(Buffer.byteLength(body)) }, {}];
        for (const length of lengths) {
          const res = await app.request(`${BASE}/requests.${format}`, {
            method: 'POST',
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              'accept-language': 'km',
              ...length,
            },
            body,
          });
          expect(res.status).toBe(413);
          expect(await errorsOf(res, format)).toEqual([
            { code: 413, description: open311Messages.km.errors.tooLarge },
          ]);
        }
      }
      expect(await caseCount()).toBe(before);
    });

    it('refuses bodies that are not a form, or a broken one, with 400 and creates nothing', async () => {
      const before = await caseCount();
      const bodies: { type: string; body: string; says: string }[] = [
        {
          type: 'application/json',
          body: '{"service_code": "water", "address_id": "12"',
          says: open311Messages.en.errors.notForm,
        },
        {
          type: 'text/xml',
          body: '<request><service_code>water</service_code>',
          says: open311Messages.en.errors.notForm,
        },
        { type: '', body: 'service_code=water&address_id=12', says: open311Messages.en.errors.notForm },
        {
          type: 'multipart/form-data; boundary=xyz',
          body: '--xyz\r\nContent-Disposition: form-data; name="service_code"\r\n\r\nwater\r\n--broken',
          says: open311Messages.en.errors.unreadableBody,
        },
      ];
      for (const format of FORMATS) {
        for (const { type, body, says } of bodies) {
          const res = await app.request(`${BASE}/requests.${format}`, {
            method: 'POST',
            headers: { 'accept-language': 'en', ...(type ? { 'content-type': type } : {}) },
            body,
          });
          expect({ type, status: res.status }).toEqual({ type, status: 400 });
          expect(await errorsOf(res, format)).toEqual([{ code: 400, description: says }]);
        }
      }
      expect(await caseCount()).toBe(before);
    });

    it('refuses U+0000 in the address with 400 in the standard’s list (never a database error)', async () => {
      for (const format of FORMATS) {
        for (const path of [`/requests.${format}?service_code=%00`, `/requests/12%0034.${format}`]) {
          const res = await app.request(`${BASE}${path}`);
          expect(res.status).toBe(400);
          const [error] = await errorsOf(res, format);
          expect(error.code).toBe(400);
        }
      }
    });

    it('gives every refusal in the caller’s language', async () => {
      const km = await app.request(`${BASE}/services/nope.xml`, { headers: { 'accept-language': 'km' } });
      expect(await errorsOf(km, 'xml')).toEqual([
        { code: 404, description: open311Messages.km.errors.serviceCodeUnknown('nope') },
      ]);
      const en = await app.request(`${BASE}/tokens/abc.json`, { headers: { 'accept-language': 'en' } });
      expect(en.status).toBe(404);
      expect(await errorsOf(en, 'json')).toEqual([
        { code: 404, description: open311Messages.en.errors.unknownToken('abc') },
      ]);
    });
  },
  seedDemo,
);
