// The concern JSON API over HTTP on both databases: Idempotency-Key, staff channels, errors in the caller's language, the public view.
import { beforeAll, expect, it } from 'vitest';
import { apiToken, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { countCases } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { caseApiMessages } from './api.messages';
import { canonicalJson } from './case.api';

const CONCERN = {
  category: 'water',
  description: 'អណ្ដូងទឹកក្នុងភូមិយើងខូចអស់រយៈពេលបីខែហើយ។',
  province: '02',
  district: '0201',
  commune: '020101',
  name: 'Chan Dara (fictional)',
  phone: '012 345 678',
  email: 'dara@example.org',
  preferredContact: 'email',
};
const PERSONAL = ['Chan Dara', '345 678', '12345678', 'dara@example.org', CONCERN.description];

it('hashes the same JSON written in another key order the same', () => {
  expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: 'ក' } })).toBe(
    canonicalJson({ a: { c: 'ក', d: [1, { e: 3, f: 2 }] }, b: 1 }),
  );
  expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
});

describeEachDatabase(
  'the concern JSON API',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });

    const post = (body: unknown, headers: Record<string, string> = {}) =>
      app.request('/api/concerns', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });

    const caseRow = (code: string) =>
      t.db.kysely.selectFrom('cases').selectAll().where('tracking_code', '=', code).executeTakeFirstOrThrow();

    it('creates a case (201) and shows its public view without any personal data', async () => {
      const res = await post(CONCERN);
      expect(res.status).toBe(201);
      const created = (await res.json()) as Record<string, unknown> & { tracking_code: string };
      expect(created).toEqual({
        tracking_code: expect.stringMatching(/^\d{10}$/),
        status: 'received',
        office: { code: 'CO-02', name_km: expect.any(String), name_en: expect.any(String) },
        links: { self: `/api/concerns/${created.tracking_code}`, track: `/track/${created.tracking_code}` },
        private_link: expect.stringMatching(/^http:\/\/localhost\/k\/[A-Za-z0-9_-]{22}$/),
      });
      expect((await caseRow(created.tracking_code)).channel).toBe('api');
      // The private link opens the citizen's own page; the tracking code alone does not act.
      const own = await app.request(String(created.private_link).replace('http://localhost', ''));
      expect(own.status).toBe(200);
      expect(await own.text()).toContain(`action="/track/${created.tracking_code}/withdraw"`);

      const view = await app.request(`/api/concerns/${created.tracking_code}`);
      expect(view.status).toBe(200);
      const text = await view.text();
      for (const personal of PERSONAL) expect(text).not.toContain(personal);
      const body = JSON.parse(text);
      expect(body).toMatchObject({
        tracking_code: created.tracking_code,
        status: 'received',
        open311_status: 'open',
        category: { code: 'water', name_km: 'ទឹកស្អាត និងអនាម័យ' },
        office: { code: 'CO-02' },
        places: [
          { code: '02', level: 'province', name_km: 'បាត់ដំបង' },
          { code: '0201', level: 'district' },
          { code: '020101', level: 'commune' },
        ],
        timeline: [{ action: 'submit', status: 'received', note: null }],
      });
      // The code as people type it (dashes, Khmer numerals) finds the same case.
      const khmerDigits = created.tracking_code.replace(/\d/g, (d) =>
        String.fromCharCode(0x17e0 + Number(d)),
      );
      expect((await app.request(`/api/concerns/${encodeURIComponent(khmerDigits)}`)).status).toBe(200);
    });

    it('answers a repeat with the same Idempotency-Key and body exactly as the first time, creating nothing', async () => {
      const before = await countCases(t.db);
      const headers = { 'idempotency-key': 'retry-7f3a' };
      const first = await post(CONCERN, headers);
      // Same fields in another order: the same request.
      const reordered = Object.fromEntries(Object.entries(CONCERN).reverse());
      const second = await post(reordered, headers);
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      // The same answer, but for the private link: it is given once, and Sala keeps only its hash.
      const { private_link, ...rest } = (await first.json()) as Record<string, unknown>;
      expect(private_link).toMatch(/\/k\//);
      expect(await second.json()).toEqual(rest);
      expect(await countCases(t.db)).toBe(before + 1);
    });

    it('refuses the same Idempotency-Key with a different body (422), in the caller’s language', async () => {
      const headers = { 'idempotency-key': 'reuse-1' };
      expect((await post(CONCERN, headers)).status).toBe(201);
      const before = await countCases(t.db);
      const other = await post({ ...CONCERN, category: 'land' }, { ...headers, 'accept-language': 'en' });
      expect(other.status).toBe(422);
      expect(await other.json()).toEqual({
        error: { code: 'idempotency_key_reused', message: caseApiMessages.en.idempotencyKeyReused },
      });
      expect(await countCases(t.db)).toBe(before);
    });

    it('makes exactly one case of two identical requests sent at once', async () => {
      const before = await countCases(t.db);
      const headers = { 'idempotency-key': `race-${t.dialect}` };
      const [a, b] = await Promise.all([post(CONCERN, headers), post(CONCERN, headers)]);
      expect([a.status, b.status]).toEqual([201, 201]);
      const [bodyA, bodyB] = (await Promise.all([a.json(), b.json()])) as Record<string, unknown>[];
      // One of the two created the case and got its private link; the other is a replay without it.
      expect([bodyA, bodyB].filter((b) => b.private_link)).toHaveLength(1);
      expect({ ...bodyB, private_link: undefined }).toEqual({ ...bodyA, private_link: undefined });
      expect(await countCases(t.db)).toBe(before + 1);
      const keys = await t.db.kysely
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('key', '=', headers['idempotency-key'])
        .execute();
      expect(keys).toHaveLength(1);
      expect(keys[0].scope).toBe('concerns');
      expect(keys[0].response_body).not.toContain('Chan Dara');
    });

    it('refuses an Idempotency-Key that is empty, too long or not printable', async () => {
      for (const key of ['x'.repeat(201), 'tab\there']) {
        const res = await post(CONCERN, { 'idempotency-key': key });
        expect(res.status).toBe(400);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
          'invalid_idempotency_key',
        );
      }
    });

    it('lets office staff record the channel of a concern they log, and nobody else', async () => {
      const staffOnly = { ...CONCERN, channel: 'phone' };
      const anonymous = await post(staffOnly);
      expect(anonymous.status).toBe(403);
      expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe(
        'channel_not_allowed',
      );

      const watchdog = await apiToken(app, 'watchdog');
      expect((await post(staffOnly, { authorization: `Bearer ${watchdog}` })).status).toBe(403);

      for (const [username, channel] of [
        ['co_staff', 'phone'],
        ['co_director', 'field_mission'],
      ] as const) {
        const token = await apiToken(app, username);
        const res = await post({ ...CONCERN, channel }, { authorization: `Bearer ${token}` });
        expect(res.status).toBe(201);
        const { tracking_code } = (await res.json()) as { tracking_code: string };
        const row = await caseRow(tracking_code);
        expect(row.channel).toBe(channel);
        const event = await t.db.kysely
          .selectFrom('case_events')
          .select(['actor_kind', 'actor_user_id'])
          .where('case_id', '=', row.id)
          .executeTakeFirstOrThrow();
        expect(event.actor_kind).toBe('office');
        expect(event.actor_user_id).not.toBeNull();
      }
      // Anyone may say plainly that it came through the API.
      expect((await post({ ...CONCERN, channel: 'api' })).status).toBe(201);
      expect((await post({ ...CONCERN, channel: 'web' })).status).toBe(400);
    });

    it('answers bad input with 400 and the fields at fault, never a 500', async () => {
      const broken = await post('{"category": "water",');
      expect(broken.status).toBe(400);
      expect(((await broken.json()) as { error: { code: string } }).error.code).toBe('invalid_json');

      const missing = await post({ category: 'water', description: 'short' });
      expect(missing.status).toBe(400);
      const body = (await missing.json()) as { error: { code: string; details: { path: string }[] } };
      expect(body.error.code).toBe('invalid_request');
      expect(body.error.details.map((d) => d.path).sort()).toEqual(['description', 'province']);

      const nul = await post({ ...CONCERN, description: 'ចំណោទ\u0000 ដែលមានតួអក្សរ NUL' });
      expect(nul.status).toBe(400);
      expect(((await nul.json()) as { error: { code: string } }).error.code).toBe('invalid_text');

      expect((await post({ ...CONCERN, description: 'ក'.repeat(4001) })).status).toBe(400);
      expect((await post([CONCERN])).status).toBe(400);
    });

    it('refuses unknown category and place codes with 422 in Khmer by default and in English on request', async () => {
      const before = await countCases(t.db);
      const km = await post({ ...CONCERN, category: 'nope' });
      expect(km.status).toBe(422);
      expect(await km.json()).toEqual({
        error: { code: 'unknown_category', message: caseApiMessages.km.submit['unknown-category'] },
      });
      const en = await post({ ...CONCERN, commune: '020299' }, { 'accept-language': 'en-GB,en;q=0.9' });
      expect(en.status).toBe(422);
      expect(await en.json()).toEqual({
        error: { code: 'unknown_commune', message: caseApiMessages.en.submit['unknown-commune'] },
      });
      expect(await countCases(t.db)).toBe(before);
    });

    it('answers 400 for a malformed tracking code and 404 for an unknown one', async () => {
      expect((await app.request('/api/concerns/12345')).status).toBe(400);
      const unknown = await app.request('/api/concerns/1000000005', { headers: { 'accept-language': 'en' } });
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toEqual({
        error: { code: 'not_found', message: caseApiMessages.en.unknownCase },
      });
    });

    it('documents both routes in the OpenAPI document', async () => {
      const doc = (await (await app.request('/api/openapi.json')).json()) as {
        paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      };
      expect(Object.keys(doc.paths['/api/concerns'].post.responses)).toEqual(
        expect.arrayContaining(['201', '400', '403', '422']),
      );
      expect(Object.keys(doc.paths['/api/concerns/{code}'].get.responses)).toEqual(
        expect.arrayContaining(['200', '404']),
      );
    });
  },
  seedDemo,
);
