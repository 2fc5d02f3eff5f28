// The counter's pages end to end over HTTP: clerk issues, public verifies (no personal data), chief cancels,
// citizen follows and rates; tampering shows on the verify page.
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { counterMessages } from './counter.messages';
import { addCounterTestCatalogue, TEST_OFFICE } from './counter-test-data';

const formIdOf = (html: string) => /name="formId" value="([^"]+)"/.exec(html)?.[1] ?? '';

describeEachDatabase(
  'OWSO counter pages',
  (t) => {
    let app: TestApp;
    let clerk: Browser;
    let chief: Browser;
    let number = '';
    // The fee in force today: the sample catalogue changes REG-01 from 4,000 to 5,000 riel on 2026-06-01.
    const fee = phnomPenhDate(new Date()) >= '2026-06-01' ? '5,000' : '4,000';

    beforeAll(async () => {
      app = testApp(t.db);
      clerk = await new Browser(app).signIn('owso_clerk');
      await clerk.get('/lang/en?next=/');
      chief = await new Browser(app).signIn('owso_chief');
      await chief.get('/lang/en?next=/');
    });

    const issueForm = async (fields: Record<string, string>) => {
      const page = await (await clerk.get('/owso/counter?service=REG-01')).text();
      return clerk.post('/owso/counter', {
        office: TEST_OFFICE,
        service: 'REG-01',
        formId: formIdOf(page),
        ...fields,
      });
    };

    describe('the clerk at the counter', () => {
      it('shows the fee from the catalogue read-only once the service is chosen', async () => {
        const res = await clerk.get('/owso/counter?service=REG-01');
        expect(res.status).toBe(200);
        const html = await res.text();
        expect(html).toContain('Test commune office');
        expect(html).toMatch(new RegExp(`<input id="fee" readonly="" value="${fee} riel"`));
        expect(html).not.toMatch(/name="fee"/);
        expect(html).toContain('Sample fees — not official.');
      });

      it('refuses a form without a name or with a document unchecked (422), issuing nothing', async () => {
        const noName = await issueForm({ doc_0: '1', doc_1: '1', payment: 'counter', applicantName: '' });
        expect(noName.status).toBe(422);
        expect(await noName.text()).toContain('This is required.');
        const oneDoc = await issueForm({ doc_0: '1', payment: 'counter', applicantName: 'Demo Applicant 1' });
        expect(oneDoc.status).toBe(422);
        expect(await oneDoc.text()).toContain('Every required document must be checked.');
        // Khmer vowel signs alone are not a name; an over-long name is refused as too long.
        for (const [applicantName, message] of [
          ['\u17B6\u17B7\u17B8', 'This text has broken characters.'],
          ['x'.repeat(201), 'This is too long.'],
        ]) {
          const refused = await issueForm({ doc_0: '1', doc_1: '1', payment: 'counter', applicantName });
          expect(refused.status).toBe(422);
          expect(await refused.text()).toContain(message);
        }
        const badPhone = await issueForm({
          doc_0: '1',
          doc_1: '1',
          payment: 'counter',
          applicantName: 'Demo Applicant 1',
          applicantPhone: '០៩៦ ១២៣',
        });
        expect(badPhone.status).toBe(422);
        expect(await badPhone.text()).toContain(counterMessages.en.errors.invalid);
        const rows = await t.db.kysely.selectFrom('owso_receipts').select('id').execute();
        expect(rows).toEqual([]);
      });

      it('issues a receipt whose fee is the catalogue’s, whatever fee the form carries', async () => {
        const res = await issueForm({
          doc_0: '1',
          doc_1: '1',
          payment: 'counter',
          applicantName: 'Demo Applicant 1',
          applicantPhone: '០៩៦ ១២៣ ៤៥៦៧',
          fee: '100',
          fee_riel: '100',
        });
        expect(res.status).toBe(303);
        // The phone typed in Khmer digits is kept in its one canonical form (platform/khmer).
        const application = await t.db.kysely
          .selectFrom('owso_applications')
          .select('applicant_phone')
          .where('applicant_name', '=', 'Demo Applicant 1')
          .executeTakeFirstOrThrow();
        expect(application.applicant_phone).toBe('+855961234567');
        const location = res.headers.get('location') ?? '';
        expect(location).toBe(`/owso/receipts/${TEST_OFFICE}-000001`);
        number = `${TEST_OFFICE}-000001`;
        const receipt = await (await clerk.get(location)).text();
        expect(receipt).toContain(number);
        expect(receipt).toContain(`${fee} riel`);
        expect(receipt).toContain('Demo Applicant 1');
        // The clerk who issued it, by the demo account's display name.
        expect(receipt).toContain('គណនីសាកល្បង៖ owso_clerk');
        expect(receipt).toContain('<svg');
        expect(receipt).toContain(`http://localhost/verify/${number}`);
      });
    });

    describe('the public verify page', () => {
      it('shows service, fee, date, office and an intact chain, and no personal data', async () => {
        const res = await app.request(`/verify/${number}`, { headers: { 'accept-language': 'en' } });
        expect(res.status).toBe(200);
        const html = await res.text();
        expect(html).toContain('This receipt was issued and is valid.');
        expect(html).toContain('Birth registration (sample)');
        expect(html).toContain(`${fee} riel`);
        expect(html).toContain('Test commune office');
        expect(html).toContain('data-chain="intact"');
        expect(html).not.toContain('Demo Applicant 1');
        expect(html).not.toContain('owso_clerk');
      });

      it('finds the receipt however its number is typed, and sends the reader to its own address', async () => {
        const [, place, seq] = /^OWSO-(\d+)-(\d{6})$/.exec(number) ?? [];
        const khmer = (text: string) => text.replace(/\d/g, (d) => '០១២៣៤៥៦៧៨៩'[Number(d)]);
        const typedWays = [
          number.toLowerCase(),
          `Owso-${place}-${seq}`,
          khmer(number),
          `OWSO ${place} ${seq}`,
          `OWSO-${place}-${Number(seq)}`,
          `${place}-${seq}`,
          `${place} ${Number(seq)}`,
          ` ${place}${seq} `,
        ];
        for (const typed of typedWays) {
          const res = await app.request(`/verify/${encodeURIComponent(typed)}`);
          expect(res.status, typed).toBe(303);
          expect(res.headers.get('location'), typed).toBe(`/verify/${number}`);
          const api = await app.request(`/api/receipts/${encodeURIComponent(typed)}`);
          expect(api.status, typed).toBe(200);
          expect(((await api.json()) as { receipt: { number: string } }).receipt.number).toBe(number);
        }
        const form = await app.request(`/verify?number=${encodeURIComponent(`Owso-${place}-${seq}`)}`);
        expect(form.status).toBe(303);
        const followed = await app.request(form.headers.get('location') ?? '');
        expect(followed.headers.get('location')).toBe(`/verify/${number}`);
        // A sequence the office has not issued is still not found, however it is typed.
        const unissued = await app.request(`/verify/${place}-999999`);
        expect(unissued.status).toBe(404);
        expect(await unissued.text()).not.toContain('data-chain');
      });

      it('gives the same facts as JSON at /api/receipts/{number}, without personal data', async () => {
        const res = await app.request(`/api/receipts/${number}`);
        expect(res.status).toBe(200);
        const body = (await res.json()) as Record<string, unknown>;
        expect(body).toMatchObject({
          receipt: {
            number,
            office: { code: TEST_OFFICE },
            service: { code: 'REG-01' },
            fee_riel: Number(fee.replace(',', '')),
            sample_fee: true,
            cancelled: null,
          },
          chain: { intact: true, receipts_checked: 1, first_break: null },
        });
        expect(JSON.stringify(body)).not.toContain('Demo Applicant');
        expect(JSON.stringify(body)).not.toContain('owso_clerk');
        const unknown = await app.request('/api/receipts/NOPE-000099');
        expect(unknown.status).toBe(404);
        expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('not_found');
      });

      it('answers an unknown number with 404 and the form', async () => {
        const res = await app.request('/verify/NOPE-000099', { headers: { 'accept-language': 'en' } });
        expect(res.status).toBe(404);
        expect(await res.text()).toContain('No receipt has this number.');
      });
    });

    describe('follow and rate', () => {
      it('rates only once the application is done, once, from 1 to 5', async () => {
        const anon = new Browser(app);
        await anon.get('/lang/en?next=/');
        const early = await anon.post(`/owso/follow/${number}/rating`, { rating: '5' });
        expect(early.status).toBe(409);
        expect(await early.text()).toContain('once your application is done');

        expect((await clerk.post(`/owso/receipts/${number}/status`, { to: 'done' })).status).toBe(303);
        const follow = await (await anon.get(`/owso/follow?number=${number}`)).text();
        expect(follow).toContain('data-status="done"');
        expect(follow).not.toContain('Demo Applicant 1');

        expect((await anon.post(`/owso/follow/${number}/rating`, { rating: '9' })).status).toBe(422);
        expect((await anon.post(`/owso/follow/${number}/rating`, { rating: '4' })).status).toBe(303);
        expect(await (await anon.get(`/owso/follow?number=${number}`)).text()).toContain('Rated 4 out of 5.');
        expect((await anon.post(`/owso/follow/${number}/rating`, { rating: '1' })).status).toBe(409);
      });

      it('limits ratings per address: ten a day, then 429 and nothing changes', async () => {
        const anon = new Browser(app);
        // Three slots were taken above (too early, the rating, the second rating); seven more reach ten.
        const statuses: number[] = [];
        for (let i = 0; i < 8; i++) {
          statuses.push((await anon.post(`/owso/follow/${number}/rating`, { rating: '2' })).status);
        }
        expect(statuses).toEqual([409, 409, 409, 409, 409, 409, 409, 429]);
        const row = await t.db.kysely
          .selectFrom('owso_applications')
          .select('rating')
          .where('id', '=', 1)
          .executeTakeFirstOrThrow();
        expect(row.rating).toBe(4);
      });
    });

    describe('cancellation', () => {
      it('is refused to the clerk, needs a reason from the chief, and shows in the public register', async () => {
        const other = await issueForm({
          doc_0: '1',
          doc_1: '1',
          payment: 'counter',
          applicantName: 'Demo Applicant 2',
        });
        const second = (other.headers.get('location') ?? '').split('/').pop() ?? '';
        expect((await clerk.get(`/owso/receipts/${second}/cancel`)).status).toBe(403);
        expect(
          (await clerk.post(`/owso/receipts/${second}/cancel`, { reason: 'Wrong service' })).status,
        ).toBe(403);
        expect((await chief.post(`/owso/receipts/${second}/cancel`, { reason: '' })).status).toBe(422);
        expect(
          (await chief.post(`/owso/receipts/${second}/cancel`, { reason: 'Wrong service chosen' })).status,
        ).toBe(303);
        expect(
          (await chief.post(`/owso/receipts/${second}/cancel`, { reason: 'Again and again' })).status,
        ).toBe(409);
        const verify = await (
          await app.request(`/verify/${second}`, { headers: { 'accept-language': 'en' } })
        ).text();
        expect(verify).toContain('data-verdict="cancelled"');
        expect(verify).toContain('Wrong service chosen');
        const register = await (
          await app.request('/owso/cancelled', { headers: { 'accept-language': 'en' } })
        ).text();
        expect(register).toContain(second);
        expect(register).not.toContain('Demo Applicant 2');
      });
    });

    describe('tampering', () => {
      it('shows a broken chain when a receipt is edited, and a missing receipt when one is deleted', async () => {
        const extra = await issueForm({
          doc_0: '1',
          doc_1: '1',
          payment: 'counter',
          applicantName: 'Demo Applicant 3',
        });
        const last = (extra.headers.get('location') ?? '').split('/').pop() ?? '';
        await sql`update owso_receipts set fee_riel = 1 where number = ${number}`.execute(t.db.kysely);
        const edited = await (
          await app.request(`/verify/${last}`, { headers: { 'accept-language': 'en' } })
        ).text();
        expect(edited).toContain('data-chain="broken"');
        expect(edited).toContain(`First break at receipt ${number}.`);
        await sql`delete from owso_receipts where number = ${last}`.execute(t.db.kysely);
        const gone = await app.request(`/verify/${last}`, { headers: { 'accept-language': 'en' } });
        expect(gone.status).toBe(404);
        expect(await gone.text()).toContain('data-verdict="missing"');
        const api = await app.request(`/api/receipts/${last}`);
        expect(api.status).toBe(404);
        expect(await api.json()).toMatchObject({
          error: {
            code: 'receipt_missing',
            details: { chain: { intact: false, first_break: number, reason: 'edited' } },
          },
        });
      });
    });

    it('serves the league table page and its CSV', async () => {
      const month = phnomPenhDate(new Date()).slice(0, 7);
      const page = await app.request(`/owso/league?month=${month}&level=commune`, {
        headers: { 'accept-language': 'en' },
      });
      expect(page.status).toBe(200);
      // The charts are HTML bars whose words are page text (readable at 12 px on a phone and in print).
      expect(await page.text()).toContain('<figure class="league-chart">');
      const csv = await app.request(`/owso/league.csv?month=${month}&level=district`);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect(await csv.text()).toContain(`${month},district,1,1201,`);
      expect((await app.request('/owso/league?month=2026-13')).status).toBe(400);
      expect((await app.request('/owso/league.csv?level=village')).status).toBe(400);
    });

    describe('a counter form sent twice', () => {
      const receiptCount = async () =>
        (await t.db.kysely.selectFrom('owso_receipts').select('id').execute()).length;
      const APPLICATION = { doc_0: '1', doc_1: '1', payment: 'counter', applicantName: 'Demo Applicant 7' };

      it('says another content was not saved and links the first receipt; the same content shows it again', async () => {
        const page = await (await clerk.get('/owso/counter?service=REG-01')).text();
        const fields = { office: TEST_OFFICE, service: 'REG-01', formId: formIdOf(page), ...APPLICATION };
        const first = await clerk.post('/owso/counter', fields);
        expect(first.status).toBe(303);
        const location = first.headers.get('location') ?? '';
        const issued = location.split('/').pop() ?? '';
        const count = await receiptCount();

        const changed = await clerk.post('/owso/counter', { ...fields, applicantName: 'Demo Applicant 8' });
        expect(changed.status).toBe(409);
        const html = await changed.text();
        expect(html).toContain('This form was already sent; your second text was not saved.');
        expect(html).toContain(`<a href="${location}">Open the receipt it issued: ${issued}</a>`);
        expect(await receiptCount()).toBe(count);
        const applicants = await t.db.kysely
          .selectFrom('owso_applications')
          .select('applicant_name')
          .where('applicant_name', 'in', ['Demo Applicant 7', 'Demo Applicant 8'])
          .execute();
        expect(applicants).toEqual([{ applicant_name: 'Demo Applicant 7' }]);

        const repeat = await clerk.post('/owso/counter', fields);
        expect(repeat.status).toBe(303);
        expect(repeat.headers.get('location')).toBe(location);
        expect(await receiptCount()).toBe(count);
      });

      it('says so in Khmer too', async () => {
        const khmerClerk = await new Browser(app).signIn('owso_clerk');
        const page = await (await khmerClerk.get('/owso/counter?service=REG-01')).text();
        const fields = { office: TEST_OFFICE, service: 'REG-01', formId: formIdOf(page), ...APPLICATION };
        const first = await khmerClerk.post('/owso/counter', fields);
        expect(first.status).toBe(303);
        const changed = await khmerClerk.post('/owso/counter', {
          ...fields,
          applicantName: 'Demo Applicant 9',
        });
        expect(changed.status).toBe(409);
        const html = await changed.text();
        expect(html).toContain('អត្ថបទលើកទីពីររបស់អ្នកមិនត្រូវបានរក្សាទុកទេ');
        expect(html).toContain(`href="${first.headers.get('location')}"`);
      });
    });
  },
  async (db) => {
    await seedDemo(db);
    await addCounterTestCatalogue(db);
  },
);
