// A phone number typed in Khmer digits with the usual separators is accepted on the concern form, the JSON
// API and Open311, and stored as one canonical +855 number; junk is refused with the field's error (docs/khmer-text.md).
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { countCases } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { open311Messages } from '../../standards/open311/open311.messages';
import { intakeMessages } from './messages';

const KHMER_PHONE = '០១២ ៣៤៥ ៦៧៨';
const CANONICAL = '+85512345678';
const CONCERN = {
  category: 'water',
  description: 'អណ្ដូងទឹកក្នុងភូមិយើងខូចអស់រយៈពេលបីខែហើយ។',
  province: '02',
  district: '0201',
  commune: '020101',
  name: 'Keo Sophal (fictional)',
  preferredContact: 'sms',
};

describeEachDatabase(
  'phone numbers in Khmer digits',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });

    const phoneOf = async (trackingCode: string) =>
      (
        await t.db.kysely
          .selectFrom('case_contacts')
          .innerJoin('cases', 'cases.id', 'case_contacts.case_id')
          .select('case_contacts.phone')
          .where('cases.tracking_code', '=', trackingCode)
          .executeTakeFirstOrThrow()
      ).phone;

    const newestPhone = async () =>
      (
        await t.db.kysely
          .selectFrom('case_contacts')
          .select('phone')
          .orderBy('case_id', 'desc')
          .limit(1)
          .executeTakeFirstOrThrow()
      ).phone;

    async function postForm(phone: string) {
      const browser = new Browser(app);
      const html = await (await browser.get('/concerns/new')).text();
      const token = /name="form_token" value="([^"]+)"/.exec(html)?.[1] ?? '';
      return browser.post('/concerns', { ...CONCERN, phone, form_token: token });
    }

    it('the concern form stores ០១២ ៣៤៥ ៦៧៨ as +85512345678 and refuses junk in Khmer', async () => {
      const res = await postForm(KHMER_PHONE);
      expect(res.status).toBe(303);
      expect(await newestPhone()).toBe(CANONICAL);

      const before = await countCases(t.db);
      const junk = await postForm('០១២ ៣៤៥');
      expect(junk.status).toBe(422);
      expect(await junk.text()).toContain(intakeMessages.km.errors.invalid);
      expect(await countCases(t.db)).toBe(before);
    });

    it('the JSON API stores the same number whichever way it is written', async () => {
      for (const phone of [KHMER_PHONE, '+855 12-345-678', '(012) 345.678']) {
        const res = await app.request('/api/concerns', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...CONCERN, phone }),
        });
        expect(res.status).toBe(201);
        const { tracking_code } = (await res.json()) as { tracking_code: string };
        expect(await phoneOf(tracking_code)).toBe(CANONICAL);
      }
      const junk = await app.request('/api/concerns', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...CONCERN, phone: '012 ABC 678' }),
      });
      expect(junk.status).toBe(400);
      const body = (await junk.json()) as { error: { details: { path: string }[] } };
      expect(body.error.details.map((d) => d.path)).toEqual(['phone']);
    });

    it('Open311 stores the same number and refuses junk with a Khmer reason', async () => {
      const post = (phone: string) =>
        app.request('/open311/v2/requests.json', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'km' },
          body: new URLSearchParams({
            service_code: 'water',
            'attribute[commune]': '020101',
            description: CONCERN.description,
            phone,
          }),
        });
      const res = await post(KHMER_PHONE);
      expect(res.status).toBe(201);
      const [item] = (await res.json()) as { service_request_id: string }[];
      expect(await phoneOf(item.service_request_id)).toBe(CANONICAL);

      const junk = await post('call me');
      expect(junk.status).toBe(400);
      expect(JSON.stringify(await junk.json())).toContain(open311Messages.km.errors.reasons.invalid);
    });
  },
  seedDemo,
);
