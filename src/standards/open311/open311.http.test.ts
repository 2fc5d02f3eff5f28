// Open311 GeoReport v2 over HTTP on both databases: both formats, filters, errors, Khmer text, and privacy.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { countCases } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { caseStatusText } from '../../modules/casework';
import { escapeXml } from './xml.presenter';

const BASE = '/open311/v2';
const PERSON = {
  first_name: 'Sokha',
  last_name: 'Meas (fictional)',
  phone: '+855 12 888 777',
  email: 'sokha.meas@example.org',
};
const PERSONAL = ['Sokha', 'Meas', '888 777', '888777', 'sokha.meas@example.org'];
const DESCRIPTION = 'ផ្លូវលំចូលភូមិខូចខាតធ្ងន់ធ្ងរ រថយន្តសង្គ្រោះបន្ទាន់ចូលមិនបាន & <ភ្លៀង>';

type Item = Record<string, unknown>;

it('escapes XML text and drops characters XML 1.0 cannot carry', () => {
  expect(escapeXml(`a & b < c > "d" 'e'`)).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;');
  expect(escapeXml('ok\u0001\u0008\uFFFE\uD800 ខ្មែរ\t\n')).toBe('ok ខ្មែរ\t\n');
});

describeEachDatabase(
  'Open311 GeoReport v2',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });

    const get = (path: string, lang = 'km') =>
      app.request(`${BASE}${path}`, { headers: { 'accept-language': lang } });
    const post = (format: 'json' | 'xml', fields: Record<string, string>, lang = 'km') =>
      app.request(`${BASE}/requests.${format}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': lang },
        body: new URLSearchParams(fields),
      });
    const caseRow = (code: string) =>
      t.db.kysely.selectFrom('cases').selectAll().where('tracking_code', '=', code).executeTakeFirstOrThrow();
    /** Submits through Open311 (JSON) and returns the new request's id. */
    async function submit(fields: Record<string, string>) {
      const res = await post('json', fields);
      expect(res.status).toBe(201);
      const [item] = (await res.json()) as { service_request_id: string }[];
      return item.service_request_id;
    }

    let publicId: string;
    let confidentialId: string;
    let oldId: string;

    beforeAll(async () => {
      publicId = await submit({
        service_code: 'infrastructure',
        'attribute[commune]': '020101',
        description: DESCRIPTION,
        ...PERSON,
      });
      confidentialId = await submit({
        service_code: 'land',
        'attribute[district]': '0201',
        'attribute[confidential]': 'true',
        description: 'ជម្លោះដីធ្លីជាមួយក្រុមហ៊ុន ដែលខ្ញុំមិនចង់ឱ្យគេដឹងឈ្មោះ',
        ...PERSON,
      });
      oldId = await submit({
        service_code: 'water',
        address_id: '12',
        description: 'An old concern about water.',
      });
      // Submitted 200 days ago: outside the default 90-day window.
      const longAgo = new Date(Date.now() - 200 * 24 * 3600 * 1000).toISOString();
      await t.db.kysely
        .updateTable('cases')
        .set({ submitted_at: longAgo, updated_at: longAgo, status: 'closed' })
        .where('tracking_code', '=', oldId)
        .execute();
    });

    it('answers discovery in JSON and XML', async () => {
      const json = await get('/discovery.json');
      expect(json.status).toBe(200);
      const body = (await json.json()) as { endpoints: Item[] };
      expect(body.endpoints[0]).toMatchObject({
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: 'http://localhost/open311/v2',
        formats: ['text/xml', 'application/json'],
      });
      const xml = await get('/discovery.xml');
      expect(xml.headers.get('content-type')).toContain('text/xml');
      const text = await xml.text();
      expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<discovery>')).toBe(true);
      expect(text).toContain('<format>application/json</format>');
    });

    it('lists the concern categories as services, named in the caller’s language', async () => {
      const km = (await (await get('/services.json')).json()) as Item[];
      expect(km.find((s) => s.service_code === 'water')).toMatchObject({
        service_name: 'ទឹកស្អាត និងអនាម័យ',
        metadata: true,
        type: 'realtime',
      });
      const en = (await (await get('/services.json', 'en')).json()) as Item[];
      expect(en.find((s) => s.service_code === 'water')?.service_name).toBe('Clean water and sanitation');
      const xml = await (await get('/services.xml')).text();
      expect(xml).toContain(
        '<service><service_code>water</service_code><service_name>ទឹកស្អាត និងអនាម័យ</service_name>',
      );
      expect(xml).toContain('<metadata>true</metadata>');
    });

    it('escapes a service name with markup characters in XML and keeps it intact in JSON', async () => {
      await t.db.kysely
        .insertInto('concern_categories')
        .values({ code: 'bridges', name_km: 'ស្ពាន <ថ្មី> & ចាស់', name_en: 'Bridges & <roads>', sort_order: 99 })
        .execute();
      const xml = await (await get('/services.xml', 'en')).text();
      expect(xml).toContain('<service_name>Bridges &amp; &lt;roads&gt;</service_name>');
      expect(xml).not.toContain('<roads>');
      const km = await (await get('/services.xml')).text();
      expect(km).toContain('<service_name>ស្ពាន &lt;ថ្មី&gt; &amp; ចាស់</service_name>');
      const json = (await (await get('/services.json')).json()) as Item[];
      expect(json.find((s) => s.service_code === 'bridges')?.service_name).toBe('ស្ពាន <ថ្មី> & ចាស់');
    });

    it('gives a service definition with the place and privacy attributes, and 404 for an unknown code', async () => {
      const json = (await (await get('/services/water.json', 'en')).json()) as {
        service_code: string;
        attributes: { code: string; values?: { key: string; name: string }[] }[];
      };
      expect(json.service_code).toBe('water');
      expect(json.attributes.map((a) => a.code)).toEqual([
        'province',
        'district',
        'commune',
        'confidential',
        'consent',
        'preferred_contact',
      ]);
      expect(json.attributes[5].values?.map((v) => v.key)).toEqual(['sms', 'telegram', 'email', 'none']);
      expect(json.attributes[0].values).toContainEqual({ key: '02', name: 'Battambang' });
      const xml = await (await get('/services/water.xml')).text();
      expect(xml).toContain('<service_definition><service_code>water</service_code><attributes><attribute>');
      expect(xml).toContain('<value><key>02</key><name>បាត់ដំបង</name></value>');

      const missing = await get('/services/nope.json');
      expect(missing.status).toBe(404);
      expect(await missing.json()).toEqual([{ code: 404, description: expect.stringContaining('nope') }]);
      const missingXml = await get('/services/nope.xml');
      expect(missingXml.status).toBe(404);
      expect(await missingXml.text()).toMatch(/^<\?xml[^>]+>\n<errors><error><code>404<\/code><description>/);
      expect((await get('/services/water.csv')).status).toBe(404);
    });

    it('takes a request with lat/long as the nearest commune, with the channel recorded', async () => {
      // Banteay Neang commune's own point in the gazetteer, a little off.
      const id = await submit({
        service_code: 'water',
        lat: '13.5110',
        long: '103.0170',
        description: 'The village well is broken.',
      });
      const row = await caseRow(id);
      expect(row).toMatchObject({
        commune_code: '010201',
        district_code: '0102',
        province_code: '01',
        channel: 'open311',
      });
      expect(row.office_code).toBe('CO-01');
    });

    it('stores the way the citizen chose to be told: Telegram, or none even with a phone', async () => {
      for (const choice of ['telegram', 'none', 'email'] as const) {
        const id = await submit({
          service_code: 'water',
          address_id: '02',
          description: 'The village well is broken again.',
          ...PERSON,
          'attribute[preferred_contact]': choice,
        });
        const contact = await t.db.kysely
          .selectFrom('case_contacts')
          .select('preferred_contact')
          .where('case_id', '=', (await caseRow(id)).id)
          .executeTakeFirstOrThrow();
        expect(contact.preferred_contact).toBe(choice);
      }
    });

    it('takes a request located by address_string, answering in XML', async () => {
      const res = await post('xml', {
        service_code: 'health',
        address_string: 'Battambang',
        description: 'The health centre has no nurse at night.',
      });
      expect(res.status).toBe(201);
      const xml = await res.text();
      const id = /<service_request_id>(\d{10})<\/service_request_id>/.exec(xml)?.[1] ?? '';
      expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<service_requests><request>/);
      expect(xml).toContain('<account_id/>');
      expect((await caseRow(id)).province_code).toBe('02');
    });

    it('stores Khmer text as sent, and keeps personal data in contacts only', async () => {
      const row = await caseRow(publicId);
      expect(row.description).toBe(DESCRIPTION.normalize('NFC'));
      expect(row.channel).toBe('open311');
      const contact = await t.db.kysely
        .selectFrom('case_contacts')
        .selectAll()
        .where('case_id', '=', row.id)
        .executeTakeFirstOrThrow();
      expect(contact).toMatchObject({
        name: 'Sokha Meas (fictional)',
        email: PERSON.email,
        // The phone in its one canonical form, however it was typed (platform/khmer).
        phone: '+85512888777',
        // No preference given: a phone number means SMS (before, only an e-mail was ever used).
        preferred_contact: 'sms',
      });
      const ack = await t.db.kysely
        .selectFrom('outbox')
        .select(['channel', 'recipient'])
        .where('case_id', '=', row.id)
        .executeTakeFirstOrThrow();
      expect(ack).toEqual({ channel: 'sms', recipient: '+85512888777' });
    });

    it('shows one request in both formats, in Khmer, without personal data or the citizen’s words', async () => {
      const json = await get(`/requests/${publicId}.json`);
      expect(json.status).toBe(200);
      const text = await json.text();
      const [item] = JSON.parse(text) as Item[];
      expect(item).toMatchObject({
        service_request_id: publicId,
        status: 'open',
        status_notes: caseStatusText('received', 'km'),
        service_code: 'infrastructure',
        service_name: 'ផ្លូវ និងហេដ្ឋារចនាសម្ព័ន្ធ',
        address_id: '020101',
        description: null,
      });
      expect(String(item.address)).toContain('បាត់ដំបង');
      expect(typeof item.lat).toBe('number');
      const xml = await (await get(`/requests/${publicId}.xml`)).text();
      expect(xml).toContain(
        `<request><service_request_id>${publicId}</service_request_id><status>open</status>`,
      );
      expect(xml).toContain('<service_name>ផ្លូវ និងហេដ្ឋារចនាសម្ព័ន្ធ</service_name>');
      expect(xml).toContain('<description/>');
      for (const body of [text, xml]) {
        for (const personal of [...PERSONAL, 'ផ្លូវលំចូលភូមិ']) expect(body).not.toContain(personal);
      }
      const english = (await (await get(`/requests/${publicId}.json`, 'en')).json()) as Item[];
      expect(english[0]).toMatchObject({
        service_name: 'Roads and infrastructure',
        status_notes: 'Received, waiting for the office',
      });
    });

    it('lists requests with the standard’s filters, newest first, never a confidential one', async () => {
      const all = (await (await get('/requests.json')).json()) as Item[];
      const ids = all.map((r) => r.service_request_id);
      expect(ids).toContain(publicId);
      expect(ids).not.toContain(confidentialId);
      expect(ids).not.toContain(oldId); // outside the last 90 days
      const dates = all.map((r) => String(r.requested_datetime));
      expect([...dates].sort().reverse()).toEqual(dates);

      const water = (await (await get('/requests.json?service_code=infrastructure')).json()) as Item[];
      expect(water.length).toBeGreaterThan(0);
      expect(water.every((r) => r.service_code === 'infrastructure')).toBe(true);

      const start = new Date(Date.now() - 365 * 24 * 3600 * 1000).toISOString();
      const closed = (await (
        await get(`/requests.json?status=closed&start_date=${start}&end_date=${new Date().toISOString()}`)
      ).json()) as Item[];
      expect(closed.map((r) => r.service_request_id)).toEqual([oldId]);
      expect(closed[0]).toMatchObject({ status: 'closed', status_notes: expect.any(String) });

      const byId = (await (
        await get(`/requests.json?service_request_id=${oldId},${confidentialId},junk`)
      ).json()) as Item[];
      expect(byId.map((r) => r.service_request_id)).toEqual([oldId]);

      const future = await (await get('/requests.xml?start_date=2100-01-01T00:00:00Z')).text();
      expect(future).toBe('<?xml version="1.0" encoding="utf-8"?>\n<service_requests></service_requests>');

      const xml = await (await get('/requests.xml?status=open')).text();
      expect(xml).toContain(`<service_request_id>${publicId}</service_request_id>`);
      expect(xml).not.toContain(confidentialId);
      for (const body of [JSON.stringify(all), xml])
        for (const personal of PERSONAL) expect(body).not.toContain(personal);
    });

    it('answers a confidential or unknown request with 404, as if it did not exist', async () => {
      for (const id of [confidentialId, '1000000005', 'abc']) {
        const json = await get(`/requests/${id}.json`);
        expect(json.status).toBe(404);
        const body = (await json.json()) as { code: number; description: string }[];
        expect(body).toEqual([{ code: 404, description: expect.stringContaining(id) }]);
        const xml = await get(`/requests/${id}.xml`);
        expect(xml.status).toBe(404);
        expect(await xml.text()).toContain('<errors><error><code>404</code>');
      }
    });

    it('refuses bad filters with 400 in the standard’s error format', async () => {
      for (const query of [
        'status=pending',
        'start_date=yesterday',
        // A day that does not exist, which Date.parse would roll over to 2 March.
        'start_date=2026-02-30',
        'start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z',
      ]) {
        const res = await get(`/requests.json?${query}`);
        expect(res.status).toBe(400);
        const [error] = (await res.json()) as { code: number }[];
        expect(error.code).toBe(400);
      }
      const xml = await get('/requests.xml?status=pending');
      expect(xml.status).toBe(400);
      expect(await xml.text()).toContain('<errors><error><code>400</code><description>');
    });

    it('refuses a request without service_code or location, with unknown codes or bad fields: 400, nothing created', async () => {
      const count = () => countCases(t.db);
      const before = await count();
      const cases: [Record<string, string>, string][] = [
        [{ address_id: '02', description: 'No service code was given.' }, 'service_code'],
        [{ service_code: 'water', description: 'No location was given at all.' }, 'lat'],
        [{ service_code: 'nope', address_id: '02', description: 'An unknown service code.' }, 'nope'],
        [{ service_code: 'water', lat: '48.85', long: '2.35', description: 'A point in Paris.' }, 'lat'],
        [
          { service_code: 'water', address_string: 'Atlantis', description: 'Nowhere in Cambodia.' },
          'address_string',
        ],
        [
          {
            service_code: 'water',
            'attribute[commune]': '020299',
            description: 'A commune that is not there.',
          },
          'attribute[commune]',
        ],
        [{ service_code: 'water', address_id: '02', description: 'short' }, 'description'],
        [
          {
            service_code: 'water',
            address_id: '02',
            description: 'A bad e-mail address.',
            email: 'not-mail',
          },
          'email',
        ],
        [
          {
            service_code: 'water',
            address_id: '02',
            description: 'A bad confidential flag.',
            'attribute[confidential]': 'maybe',
          },
          'confidential',
        ],
        [
          {
            service_code: 'water',
            address_id: '02',
            description: 'SMS chosen without a phone.',
            email: 'someone@example.org',
            'attribute[preferred_contact]': 'pigeon',
          },
          'preferred_contact',
        ],
      ];
      for (const [fields, mention] of cases) {
        const res = await post('json', fields, 'en');
        expect({ fields, status: res.status }).toEqual({ fields, status: 400 });
        const errors = (await res.json()) as { code: number; description: string }[];
        expect(errors.some((e) => e.code === 400 && e.description.includes(mention))).toBe(true);
      }
      const xml = await post('xml', { description: 'Neither code nor place.' });
      expect(xml.status).toBe(400);
      const text = await xml.text();
      expect(text.match(/<error>/g)).toHaveLength(2);

      const nul = await post('json', {
        service_code: 'water',
        address_id: '02',
        description: 'NUL \u0000 in the text',
      });
      expect(nul.status).toBe(400);
      const asJson = await app.request(`${BASE}/requests.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          service_code: 'water',
          address_id: '02',
          description: 'JSON is not the format.',
        }),
      });
      expect(asJson.status).toBe(400);
      expect(await count()).toBe(before);
    });
  },
  seedDemo,
);
