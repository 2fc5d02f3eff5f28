// Open311 over HTTP on both databases as a case moves: tokens, expected_datetime, agency_responsible,
// Idempotency-Key on POST, and no personal data or confidential case in any GET.

import { beforeAll, expect, it } from 'vitest';
import { seedDemo, type TestApp, testApp } from '../../../test/support/app';
import {
  countCases,
  SAMPLE_CONCERN,
  SAMPLE_PERSONAL,
  stepAs,
  submitSample,
} from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { caseStatusText } from '../../modules/casework';
import { commissionName } from '../../platform/i18n/commission-name';
import { open311Messages } from './open311.messages';

const BASE = '/open311/v2';
type Item = Record<string, unknown>;

/** SAMPLE_CONCERN as Open311 form fields: the same fictional citizen in Phnom Penh. */
const SAMPLE_FIELDS = {
  service_code: SAMPLE_CONCERN.category,
  'attribute[commune]': SAMPLE_CONCERN.commune,
  description: SAMPLE_CONCERN.description,
  first_name: SAMPLE_CONCERN.name,
  phone: SAMPLE_CONCERN.phone,
  email: SAMPLE_CONCERN.email,
};

describeEachDatabase(
  'Open311 as a case moves',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });

    const get = (path: string, lang = 'en') =>
      app.request(`${BASE}${path}`, { headers: { 'accept-language': lang } });
    const post = (
      format: 'json' | 'xml',
      fields: Record<string, string>,
      headers: Record<string, string> = {},
    ) =>
      app.request(`${BASE}/requests.${format}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en', ...headers },
        body: new URLSearchParams(fields),
      });
    /** One request as a JSON client reads it. */
    const one = async (id: string, lang = 'en') => {
      const res = await get(`/requests/${id}.json`, lang);
      expect(res.status).toBe(200);
      return ((await res.json()) as Item[])[0];
    };
    const dueDate = async (code: string) =>
      (
        await t.db.kysely
          .selectFrom('cases')
          .select('due_date')
          .where('tracking_code', '=', code)
          .executeTakeFirstOrThrow()
      ).due_date;
    const office = () =>
      t.db.kysely.selectFrom('offices').selectAll().where('code', '=', 'CO-12').executeTakeFirstOrThrow();
    const commission = () =>
      t.db.kysely.selectFrom('commissions').selectAll().where('code', '=', 'C01').executeTakeFirstOrThrow();
    const caseCount = () => countCases(t.db);

    it('answers a token with the request id, in JSON and XML; an unknown or confidential one is 404', async () => {
      const created = await post('json', SAMPLE_FIELDS);
      expect(created.status).toBe(201);
      const [item] = (await created.json()) as Item[];
      const id = String(item.service_request_id);
      expect(id).toMatch(/^\d{10}$/);
      // Created while the POST waited: the answer carries the id, no token.
      expect(item).not.toHaveProperty('token');

      expect(await (await get(`/tokens/${id}.json`)).json()).toEqual([{ service_request_id: id, token: id }]);
      const xml = await get(`/tokens/${id}.xml`);
      expect(xml.status).toBe(200);
      expect(await xml.text()).toBe(
        `<?xml version="1.0" encoding="utf-8"?>\n<service_requests><request><service_request_id>${id}</service_request_id><token>${id}</token></request></service_requests>`,
      );

      const hidden = await submitSample(t.db, { confidential: true });
      for (const token of ['1000000005', hidden.trackingCode, 'abc']) {
        for (const format of ['json', 'xml']) {
          const res = await get(`/tokens/${token}.${format}`);
          expect({ token, format, status: res.status }).toEqual({ token, format, status: 404 });
          expect(await res.text()).toContain(format === 'json' ? '"code":404' : '<code>404</code>');
        }
      }
    });

    it('gives expected_datetime from the service clock, and agency_responsible from who holds the case', async () => {
      const { trackingCode: code, citizenKey } = await submitSample(t.db);
      const co = await office();
      const c01 = await commission();
      const endOfDue = async () => {
        const due = await dueDate(code);
        expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        return `${due}T23:59:59+07:00`;
      };

      const received = await one(code);
      expect(received).toMatchObject({
        status: 'open',
        status_notes: caseStatusText('received', 'en'),
        agency_responsible: co.name_en,
        expected_datetime: await endOfDue(),
      });
      // The last second of the due day in Phnom Penh is 16:59:59 UTC that day.
      const due = String(await dueDate(code));
      expect(Date.parse(String(received.expected_datetime))).toBe(Date.parse(`${due}T16:59:59Z`));

      await stepAs(t.db, 'co_director', code, { action: 'accept' });
      expect(await one(code)).toMatchObject({
        status: 'open',
        status_notes: caseStatusText('accepted', 'en'),
        agency_responsible: co.name_en,
        expected_datetime: await endOfDue(),
      });

      await stepAs(t.db, 'co_director', code, {
        action: 'forward',
        destinationKind: 'commission',
        commission: 'C01',
      });
      const forwarded = await one(code);
      expect(forwarded).toMatchObject({
        status: 'open',
        status_notes: caseStatusText('forwarded', 'en'),
        agency_responsible: c01.name_en,
        expected_datetime: await endOfDue(),
      });
      expect((await one(code, 'km')).agency_responsible).toBe(commissionName('km', c01));
      const xml = await (await get(`/requests/${code}.xml`)).text();
      expect(xml).toContain(`<expected_datetime>${await endOfDue()}</expected_datetime>`);

      await stepAs(t.db, 'commission_staff', code, {
        action: 'answer',
        answer: 'The commission asked the ministry to repair the road this dry season (fictional).',
      });
      // Answered: no standard runs any more, and the office is again the one to follow it.
      expect(await one(code)).toMatchObject({
        status: 'open',
        status_notes: caseStatusText('answered', 'en'),
        agency_responsible: co.name_en,
        expected_datetime: null,
      });
      expect(await (await get(`/requests/${code}.xml`)).text()).toContain('<expected_datetime/>');

      await stepAs(t.db, { citizenKey }, code, { action: 'confirm_resolved' });
      expect(await one(code)).toMatchObject({
        status: 'closed',
        status_notes: caseStatusText('closed', 'en'),
      });
    });

    it('names a ministry forwarded to, and has no expected_datetime while the office waits for the citizen', async () => {
      const { trackingCode: code } = await submitSample(t.db);
      await stepAs(t.db, 'co_staff', code, {
        action: 'forward',
        destinationKind: 'ministry',
        destinationName: 'Ministry of Public Works and Transport',
      });
      expect((await one(code)).agency_responsible).toBe('Ministry of Public Works and Transport');

      const { trackingCode: waiting } = await submitSample(t.db);
      await stepAs(t.db, 'co_staff', waiting, {
        action: 'request_info',
        question: 'Which village is it in?',
      });
      expect(await one(waiting)).toMatchObject({
        status: 'open',
        status_notes: caseStatusText('awaiting_citizen', 'en'),
        expected_datetime: null,
      });
    });

    it('answers a repeat with the same Idempotency-Key as the first time, in either format, creating one case', async () => {
      const headers = { 'idempotency-key': `open311-retry-${t.dialect}` };
      const fields = {
        service_code: 'water',
        address_id: '12',
        description: 'The pump of the commune broke (fictional).',
      };
      const before = await caseCount();
      const first = await post('json', fields, headers);
      expect(first.status).toBe(201);
      const [{ private_link, ...created }] = (await first.json()) as Item[];
      // The private link is in the first answer only: Sala keeps its hash, not the link.
      expect(private_link).toMatch(/^http:\/\/localhost\/k\/[A-Za-z0-9_-]{22}$/);

      // The same fields in another order are the same request.
      const reordered = Object.fromEntries(Object.entries(fields).reverse());
      const again = await post('json', reordered, headers);
      expect(again.status).toBe(201);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await again.json()).toEqual([created]);

      const asXml = await post('xml', fields, headers);
      expect(asXml.status).toBe(201);
      const xml = await asXml.text();
      expect(xml).toContain(`<service_request_id>${created.service_request_id}</service_request_id>`);
      expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<service_requests><request>')).toBe(
        true,
      );
      expect(await caseCount()).toBe(before + 1);

      // Two at once with a fresh key: one case, both answers name it.
      const race = { 'idempotency-key': `open311-race-${t.dialect}` };
      const [a, b] = await Promise.all([post('json', fields, race), post('json', fields, race)]);
      expect([a.status, b.status]).toEqual([201, 201]);
      const [ia] = (await a.json()) as Item[];
      const [ib] = (await b.json()) as Item[];
      expect(ia.service_request_id).toBe(ib.service_request_id);
      expect(await caseCount()).toBe(before + 2);
    });

    it('refuses a key used with other fields (422) and a malformed key (400), in the standard’s format', async () => {
      const headers = { 'idempotency-key': `open311-reuse-${t.dialect}` };
      const fields = {
        service_code: 'water',
        address_id: '12',
        description: 'A well ran dry this month (fictional).',
      };
      expect((await post('json', fields, headers)).status).toBe(201);
      const before = await caseCount();
      const other = { ...fields, description: 'Another concern entirely (fictional).' };
      const json = await post('json', other, headers);
      expect(json.status).toBe(422);
      expect(await json.json()).toEqual([
        { code: 422, description: open311Messages.en.errors.idempotencyKeyReused },
      ]);
      const xml = await post('xml', other, headers);
      expect(xml.status).toBe(422);
      expect(await xml.text()).toContain('<errors><error><code>422</code>');

      for (const key of ['', 'k'.repeat(201), 'tab\there']) {
        const res = await post('json', fields, { 'idempotency-key': key });
        expect({ key, status: res.status }).toEqual({ key, status: 400 });
        expect(await res.json()).toEqual([
          { code: 400, description: open311Messages.en.errors.badIdempotencyKey },
        ]);
      }
      expect(await caseCount()).toBe(before);
    });

    it('never shows personal data or a confidential case in any GET', async () => {
      const shown = await submitSample(t.db);
      const hidden = await submitSample(t.db, { confidential: true });
      const posted = await post('json', { ...SAMPLE_FIELDS, 'attribute[consent]': 'true' });
      const [{ service_request_id: postedId }] = (await posted.json()) as Item[];
      await stepAs(t.db, 'co_director', shown.trackingCode, { action: 'accept' });

      const bodies: string[] = [];
      for (const format of ['json', 'xml']) {
        for (const lang of ['km', 'en']) {
          const list = await get(`/requests.${format}`, lang);
          expect(list.status).toBe(200);
          const text = await list.text();
          expect(text).toContain(shown.trackingCode);
          expect(text).toContain(String(postedId));
          expect(text).not.toContain(hidden.trackingCode);
          bodies.push(text);
          for (const path of [
            `/requests/${shown.trackingCode}`,
            `/requests/${postedId}`,
            `/tokens/${postedId}`,
          ]) {
            const res = await get(`${path}.${format}`, lang);
            expect(res.status).toBe(200);
            bodies.push(await res.text());
          }
          for (const path of [`/requests/${hidden.trackingCode}`, `/tokens/${hidden.trackingCode}`]) {
            const res = await get(`${path}.${format}`, lang);
            expect(res.status).toBe(404);
            bodies.push(await res.text());
          }
          const byId = await get(`/requests.${format}?service_request_id=${hidden.trackingCode}`, lang);
          expect(await byId.text()).not.toContain(hidden.trackingCode);
        }
      }
      for (const body of bodies) {
        for (const personal of [...SAMPLE_PERSONAL, 'ផ្លូវក្នុងភូមិយើង']) expect(body).not.toContain(personal);
      }
    });
  },
  seedDemo,
);
