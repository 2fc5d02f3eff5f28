// The citizen's concern form and tracking page over HTTP: one case per form, errors in the citizen's language, nothing personal shown.
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { countCases } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { citizenKeyMessages } from './citizen-key.messages';
import { intakeMessages } from './messages';

const FIELDS = {
  category: 'water',
  description: 'អណ្ដូងទឹកក្នុងភូមិយើងខូចអស់រយៈពេលបីខែហើយ។',
  province: '02',
  district: '0201',
  commune: '020101',
  name: 'Sok Pisey (fictional)',
  phone: '012 987 654',
  email: 'pisey@example.org',
  preferredContact: 'email',
  confidential: 'yes',
};

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('’', '’');

/** Opens the form and returns the one-time token it carries. */
async function openForm(browser: Browser, path = '/concerns/new') {
  const res = await browser.get(path);
  expect(res.status).toBe(200);
  const html = await res.text();
  const token = /name="form_token" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no form token on the form');
  return { html, token };
}

describeEachDatabase(
  'the concern form and the tracking page',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });

    it('takes a concern in Khmer and shows its tracking page, without any personal data', async () => {
      const browser = new Browser(app);
      const { html, token } = await openForm(browser);
      expect(html).toContain('lang="km"');
      expect(html).toContain(intakeMessages.km.anonymityTitle);
      const res = await browser.post('/concerns', { ...FIELDS, form_token: token });
      expect(res.status).toBe(303);
      // The citizen lands on their private page: its address is the private link, shown in full to keep.
      const location = res.headers.get('location') ?? '';
      expect(location).toMatch(/^\/k\/[A-Za-z0-9_-]{22}\?new=1$/);
      const linkPath = location.split('?')[0];
      expect(linkPath.length).toBeLessThanOrEqual(30);

      const page = await browser.get(location);
      expect(page.status).toBe(200);
      // Links to other sites never carry the private page's address (the app's policy for every page).
      expect(page.headers.get('referrer-policy')).toBe('same-origin');
      const text = await page.text();
      const code = /action="\/track\/(\d{10})\//.exec(text)?.[1];
      expect(code).toMatch(/^\d{10}$/);
      expect(text).toContain(formatTrackingCode(code ?? ''));
      expect(text).toContain(`http://localhost${linkPath}`);
      expect(text).toContain(citizenKeyMessages.km.privateLinkTitle);
      expect(text).toContain(intakeMessages.km.createdTitle);
      expect(text).toContain(intakeMessages.km.statuses.received);
      expect(text).toContain('បាត់ដំបង');
      // The phone whole and without spaces: a fragment like "987" could be part of the random tracking code.
      for (const personal of ['Sok Pisey', '012 987 654', '12987654', 'pisey@example.org', 'pisey'])
        expect(text).not.toContain(personal);
      // The description is the citizen's own words, which may name them: the public page leaves it out too.
      expect(text).not.toContain(FIELDS.description);

      const english = await app.request(`/track/${code}`, { headers: { 'accept-language': 'en' } });
      const englishText = await english.text();
      expect(englishText).toContain(intakeMessages.en.statuses.received);
      for (const personal of ['Sok Pisey', '012 987 654', '12987654', 'pisey'])
        expect(englishText).not.toContain(personal);
    });

    it('creates one case when the same form is sent twice, and shows the same result', async () => {
      const browser = new Browser(app);
      const { token } = await openForm(browser);
      const before = await countCases(t.db);
      const [first, second] = await Promise.all([
        browser.post('/concerns', { ...FIELDS, form_token: token }),
        browser.post('/concerns', { ...FIELDS, form_token: token }),
      ]);
      const third = await browser.post('/concerns', { ...FIELDS, form_token: token });
      expect([first.status, second.status, third.status]).toEqual([303, 303, 303]);
      // Every tap lands on the one case's private page: the repeats open the key sealed with the form's
      // token, which only this browser holds.
      const locations = [first, second, third].map((r) => r.headers.get('location') ?? '');
      expect(new Set(locations).size).toBe(1);
      expect(locations[0]).toMatch(/^\/k\/[A-Za-z0-9_-]{22}\?new=1$/);
      expect(await countCases(t.db)).toBe(before + 1);
    });

    it('says a form sent again with another text was not saved, links the first case, and adds no case', async () => {
      const NOT_SAVED = {
        km: 'អត្ថបទលើកទីពីររបស់អ្នកមិនត្រូវបានរក្សាទុកទេ',
        en: 'This form was already sent; your second text was not saved.',
      };
      for (const lang of ['km', 'en'] as const) {
        const browser = new Browser(app);
        await browser.get(`/lang/${lang}?next=/`);
        const { token } = await openForm(browser);
        const first = await browser.post('/concerns', { ...FIELDS, form_token: token });
        // The first sending lands on the citizen's private page; the case is the newest one.
        expect(first.headers.get('location')).toMatch(/^\/k\/[A-Za-z0-9_-]{22}\?new=1$/);
        const { tracking_code: code } = await t.db.kysely
          .selectFrom('cases')
          .select('tracking_code')
          .orderBy('id', 'desc')
          .limit(1)
          .executeTakeFirstOrThrow();
        const before = await countCases(t.db);

        const changed = await browser.post('/concerns', {
          ...FIELDS,
          description: 'A second, different text sent with the same form.',
          form_token: token,
        });
        expect(changed.status).toBe(409);
        const html = await changed.text();
        expect(html).toContain(NOT_SAVED[lang]);
        expect(html).toMatch(new RegExp(`<a href="/track/${code}[^"]*">[^<]*${code}</a>`));
        expect(await countCases(t.db)).toBe(before);
        const stored = await t.db.kysely
          .selectFrom('cases')
          .select('description')
          .where('tracking_code', '=', code)
          .executeTakeFirstOrThrow();
        expect(stored.description).toBe(FIELDS.description);

        // The very same form again (a double tap, a reload) still just shows the first case, with its
        // private link: the browser holding the form's token opens the key sealed with it.
        const repeat = await browser.post('/concerns', { ...FIELDS, form_token: token });
        expect(repeat.status).toBe(303);
        expect(repeat.headers.get('location')).toBe(first.headers.get('location'));
        const sealed = await t.db.kysely
          .selectFrom('form_tokens')
          .select('sealed_key')
          .where('case_id', 'is not', null)
          .orderBy('used_at', 'desc')
          .limit(1)
          .executeTakeFirstOrThrow();
        const key = /^\/k\/([A-Za-z0-9_-]{22})/.exec(first.headers.get('location') ?? '')?.[1] ?? '';
        expect(sealed.sealed_key).not.toContain(key);
      }
    });

    it('answers two different texts sent at once with one form: one case, the other told it was not saved', async () => {
      const browser = new Browser(app);
      await browser.get('/lang/en?next=/');
      const { token } = await openForm(browser);
      const before = await countCases(t.db);
      const answers = await Promise.all(
        ['The first of two texts sent at once.', 'The second of two texts sent at once.'].map((description) =>
          browser.post('/concerns', { ...FIELDS, description, form_token: token }),
        ),
      );
      expect(answers.map((r) => r.status).sort()).toEqual([303, 409]);
      expect(await countCases(t.db)).toBe(before + 1);
    });

    it('refills the form with messages in Khmer, and in English', async () => {
      for (const lang of ['km', 'en'] as const) {
        const browser = new Browser(app);
        await browser.get(`/lang/${lang}?next=/`);
        const { token } = await openForm(browser);
        const res = await browser.post('/concerns', {
          ...FIELDS,
          description: 'short',
          email: 'not-an-email',
          form_token: token,
        });
        expect(res.status).toBe(422);
        const html = await res.text();
        const m = intakeMessages[lang];
        expect(html).toContain(`lang="${lang}"`);
        expect(html).toContain(m.errors['too-short']);
        expect(html).toContain(m.errors.invalid);
        expect(html).toContain('aria-describedby="email-error"');
        expect(html).toContain(`value="${escapeHtml(FIELDS.name)}"`);
        expect(html).toContain('>short</textarea>');
        expect(html).toContain('<option value="020101" selected');
        expect(html).toContain(`value="${token}"`);
      }
    });

    it('refuses a description over 4,000 characters with 422 and a message', async () => {
      const browser = new Browser(app);
      const { token } = await openForm(browser);
      const before = await countCases(t.db);
      const res = await browser.post('/concerns', {
        ...FIELDS,
        description: 'ក'.repeat(4001),
        form_token: token,
      });
      expect(res.status).toBe(422);
      expect(await res.text()).toContain(intakeMessages.km.descriptionTooLong);
      expect(await countCases(t.db)).toBe(before);
    });

    it('refuses an unknown category and a commune outside the district with 422 and a message', async () => {
      const browser = new Browser(app);
      const { token } = await openForm(browser);
      const badCategory = await browser.post('/concerns', { ...FIELDS, category: 'nope', form_token: token });
      expect(badCategory.status).toBe(422);
      expect(await badCategory.text()).toContain(intakeMessages.km.errors['unknown-category']);
      const noProvince = await browser.post('/concerns', {
        ...FIELDS,
        province: '',
        district: '',
        commune: '',
        form_token: token,
      });
      expect(noProvince.status).toBe(422);
      expect(await noProvince.text()).toContain(
        `<p class="error" id="province-error">${intakeMessages.km.errors.required}</p>`,
      );
      for (const commune of ['020999', '020201']) {
        const badCommune = await browser.post('/concerns', { ...FIELDS, commune, form_token: token });
        expect(badCommune.status).toBe(422);
        expect(await badCommune.text()).toContain(intakeMessages.km.errors['unknown-commune']);
      }
    });

    it('asks to reload the form when its token is unknown or missing', async () => {
      const browser = new Browser(app);
      const before = await countCases(t.db);
      for (const form_token of ['ft_forged', '']) {
        const res = await browser.post('/concerns', { ...FIELDS, form_token });
        expect(res.status).toBe(422);
        expect(await res.text()).toContain(intakeMessages.km.tokenTitle);
      }
      expect(await countCases(t.db)).toBe(before);
    });

    it('chooses the place one level per step without JavaScript, keeping what was typed', async () => {
      const browser = new Browser(app);
      const { html, token } = await openForm(browser);
      expect(html).not.toContain('id="district"');
      const step1 = await browser.post('/concerns', {
        category: 'land',
        description: 'ដីស្រែរបស់ភូមិត្រូវបានគេយក',
        province: '02',
        step: 'province',
        form_token: token,
      });
      expect(step1.status).toBe(200);
      const html1 = await step1.text();
      expect(html1).toContain('id="district"');
      expect(html1).not.toContain('id="commune"');
      expect(html1).toContain('ដីស្រែរបស់ភូមិត្រូវបានគេយក</textarea>');
      const step2 = await browser.post('/concerns', {
        category: 'land',
        description: 'ដីស្រែរបស់ភូមិត្រូវបានគេយក',
        province: '02',
        district: '0201',
        step: 'district',
        form_token: token,
      });
      const html2 = await step2.text();
      expect(html2).toContain('<option value="020101"');
      // The GET form also takes the choices, so a link can start part-way.
      const { html: viaGet } = await openForm(browser, '/concerns/new?province=02&district=0201');
      expect(viaGet).toContain('<option value="020101"');
    });

    it('finds a concern by a code typed with dashes or Khmer numerals, and says when a code has a mistake', async () => {
      const browser = new Browser(app);
      const { token } = await openForm(browser);
      await browser.post('/concerns', { ...FIELDS, form_token: token });
      const { tracking_code: code } = await t.db.kysely
        .selectFrom('cases')
        .select('tracking_code')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      const khmer = code.replace(/\d/g, (d) => String.fromCharCode(0x17e0 + Number(d)));
      for (const typed of [formatTrackingCode(code), khmer]) {
        const res = await browser.get(`/track?code=${encodeURIComponent(typed)}`);
        expect(res.status).toBe(303);
        expect(res.headers.get('location')).toBe(`/track/${code}`);
      }
      const wrong = code.slice(0, 9) + String((Number(code[9]) + 1) % 10);
      const mistake = await browser.get(`/track?code=${wrong}`);
      expect(mistake.status).toBe(422);
      expect(await mistake.text()).toContain(intakeMessages.km.trackMistake);
      expect((await browser.get('/track')).status).toBe(200);
    });

    it('answers 404 for a well-formed code no case has', async () => {
      const res = await app.request('/track/1000000005');
      expect(res.status).toBe(404);
      expect(await res.text()).toContain(intakeMessages.km.trackUnknownTitle);
      expect((await app.request('/track/12345')).status).toBe(404);
    });
  },
  seedDemo,
);
