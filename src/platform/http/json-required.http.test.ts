// The API reads only JSON bodies: a page on another site can make a visitor's browser send a text or form
// body unasked, never a JSON one, so no other site can file a concern in a visitor's name.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { SAMPLE_CONCERN } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';

describeEachDatabase(
  'JSON bodies only',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });
    const cases = async () => (await t.db.kysely.selectFrom('cases').select('id').execute()).length;

    it.each(['text/plain', 'application/x-www-form-urlencoded', ''])(
      'refuses a concern sent as %j (400), filing nothing',
      async (type) => {
        const before = await cases();
        const res = await app.request('/api/concerns', {
          method: 'POST',
          headers: type ? { 'content-type': type } : {},
          body: JSON.stringify(SAMPLE_CONCERN),
        });
        expect(res.status).toBe(400);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('json_required');
        expect(await cases()).toBe(before);
      },
    );

    it('takes it as application/json', async () => {
      const res = await app.request('/api/concerns', {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(SAMPLE_CONCERN),
      });
      expect(res.status).toBe(201);
    });
  },
  seedDemo,
);
