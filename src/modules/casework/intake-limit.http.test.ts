// Public intake is limited per address: a flood from one connection is refused with a clear page, and nothing is created.
import { expect, it } from 'vitest';
import { Browser, seedDemo, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { PUBLIC_INTAKE_LIMIT } from '../../platform/rate-limit/rate-limit.queries';
import { intakeMessages } from './messages';

const FIELDS = {
  category: 'land',
  description: 'A road through our rice fields was built without asking us.',
  province: '12',
};

describeEachDatabase(
  'the public intake limit',
  (t) => {
    it(`accepts ${PUBLIC_INTAKE_LIMIT.max} concerns an hour from one address, then refuses with 429`, async () => {
      const app = testApp(t.db);
      const browser = new Browser(app);
      const send = async () => {
        const form = await (await browser.get('/concerns/new')).text();
        const token = /name="form_token" value="([^"]+)"/.exec(form)?.[1] ?? '';
        return browser.post('/concerns', { ...FIELDS, form_token: token });
      };
      for (let i = 0; i < PUBLIC_INTAKE_LIMIT.max; i++) expect((await send()).status).toBe(303);
      const refused = await send();
      expect(refused.status).toBe(429);
      expect(await refused.text()).toContain(intakeMessages.km.tooManyTitle);
      const cases = await t.db.kysely.selectFrom('cases').select('id').execute();
      expect(cases).toHaveLength(PUBLIC_INTAKE_LIMIT.max);
    });
  },
  seedDemo,
);
