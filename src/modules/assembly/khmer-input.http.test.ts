// The secretariat's question, law and records forms and the procedure API read what a Khmer keyboard types:
// days as ថ្ងៃ/ខែ/ឆ្នាំ in Khmer digits and numbers in Khmer digits, stored as days and numbers; the law
// forms show the Khmer date hint (docs/khmer-text.md).
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { createTinyAssembly, type TinyAssembly } from './questions-laws.test-data';

const KHMER_DATE_HINT = 'ថ្ងៃ/ខែ/ឆ្នាំ';

describeEachDatabase(
  'Khmer digits on the Assembly’s forms',
  (t) => {
    let app: TestApp;
    let secretariat: Browser;
    let a: TinyAssembly;
    beforeAll(async () => {
      a = await createTinyAssembly(t.db.kysely);
      app = testApp(t.db);
      // Khmer, the default language.
      secretariat = await new Browser(app).signIn('secretariat');
    });

    it('records a question and its answer on days typed in Khmer digits', async () => {
      const res = await secretariat.post('/secretariat/assembly/questions', {
        membershipId: String(a.memberId),
        receivedOn: '០៥/០១/២០២៦',
        ministries: ['DEMO-A'],
        subject: 'ផ្លូវលិចទឹក (សាកល្បង)',
        body: 'តើផ្លូវនឹងជួសជុលនៅពេលណា? (សាកល្បង)',
      });
      expect(res.status).toBe(303);
      const id = Number((res.headers.get('location') ?? '').match(/\d+/)?.[0]);
      const answered = await secretariat.post(`/secretariat/assembly/questions/${id}/answer`, {
        kind: 'written',
        answeredOn: '២០២៦-០១-២០',
        summary: 'គម្រោងជួសជុលមានហើយ (សាកល្បង)',
      });
      expect(answered.status).toBe(303);
      const row = await t.db.kysely
        .selectFrom('assembly_questions')
        .select(['received_on', 'answered_on'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ received_on: '2026-01-05', answered_on: '2026-01-20' });
    });

    it('records a bill and an amendment on days typed in Khmer digits; its forms show the Khmer hint', async () => {
      expect(await (await secretariat.get('/secretariat/assembly/laws/new')).text()).toContain(
        KHMER_DATE_HINT,
      );
      const res = await secretariat.post('/secretariat/assembly/laws', {
        titleKm: 'ច្បាប់សាកល្បងស្ដីពីលេខខ្មែរ',
        titleEn: 'Demo law on Khmer digits (fictional)',
        initiatedBy: 'prime_minister',
        initiatorMembershipId: '',
        introducedOn: '០៥/០១/២០២៦',
      });
      expect(res.status).toBe(303);
      const path = (res.headers.get('location') ?? '').replace('?saved=1', '');
      const id = Number(path.match(/\d+/)?.[0]);
      expect(await (await secretariat.get(path)).text()).toContain(KHMER_DATE_HINT);
      const amended = await secretariat.post(`/secretariat/assembly/laws/${id}/amendment`, {
        membershipId: String(a.memberId),
        proposedOn: '១០/០១/២០២៦',
        summary: 'កែមាត្រា ១ (សាកល្បង)',
      });
      expect(amended.status).toBe(303);
      const bill = await t.db.kysely
        .selectFrom('assembly_bills')
        .select('introduced_on')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(bill.introduced_on).toBe('2026-01-05');
      const amendment = await t.db.kysely
        .selectFrom('assembly_amendments')
        .select('proposed_on')
        .where('bill_id', '=', id)
        .executeTakeFirstOrThrow();
      expect(amendment.proposed_on).toBe('2026-01-10');
    });

    it('answers the thresholds API for ?members=១២៥ as for 125', async () => {
      const khmer = await app.request(`/api/assembly/thresholds?members=${encodeURIComponent('១២៥')}`);
      expect(khmer.status).toBe(200);
      const latin = await app.request('/api/assembly/thresholds?members=125');
      expect(await khmer.json()).toEqual(await latin.json());
    });

    // Last: a new legislature ends the one before it.
    it('records a legislature whose seats and election day are typed in Khmer digits', async () => {
      const res = await secretariat.post('/secretariat/assembly/legislatures', {
        number: '៩១',
        seats: '១២៥',
        electedOn: '០១/០១/២០៣០',
      });
      expect(res.status).toBe(303);
      const row = await t.db.kysely
        .selectFrom('assembly_legislatures')
        .select(['seats', 'elected_on'])
        .where('number', '=', 91)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ seats: 125, elected_on: '2030-01-01' });
    });
  },
  seedDemo,
);
