// Open311 reads coordinates, place codes and phone numbers sent in Khmer digits as the Latin ones.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';

describeEachDatabase(
  'Open311 with Khmer digits',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });

    async function submit(fields: Record<string, string>) {
      const res = await app.request('/open311/v2/requests.json', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'km' },
        body: new URLSearchParams({ service_code: 'water', description: 'អណ្ដូងទឹកក្នុងភូមិខូច។', ...fields }),
      });
      expect(res.status).toBe(201);
      const [item] = (await res.json()) as { service_request_id: string }[];
      return t.db.kysely
        .selectFrom('cases')
        .leftJoin('case_contacts', 'case_contacts.case_id', 'cases.id')
        .select(['cases.commune_code', 'case_contacts.phone'])
        .where('cases.tracking_code', '=', item.service_request_id)
        .executeTakeFirstOrThrow();
    }

    it('takes lat/long in Khmer digits as the nearest commune', async () => {
      // Banteay Neang commune's own point in the gazetteer, a little off (as the Latin test sends it).
      expect(await submit({ lat: '១៣.៥១១០', long: '១០៣.០១៧០' })).toMatchObject({ commune_code: '010201' });
    });

    it('takes an address_id and a commune attribute in Khmer digits, and the phone as +855', async () => {
      expect(await submit({ address_id: '០២០១០១' })).toMatchObject({ commune_code: '020101' });
      expect(
        await submit({
          'attribute[commune]': '០២០១០១',
          first_name: 'Sokha (fictional)',
          phone: '០១២ ៣៤៥ ៦៧៨',
        }),
      ).toEqual({ commune_code: '020101', phone: '+85512345678' });
    });
  },
  seedDemo,
);
