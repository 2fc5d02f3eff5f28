// Questions and laws over HTTP: the secretariat records them with forms, everyone reads them, and bad
// input is refused in the reader's language with the form refilled and nothing written.
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { questionsLawsMessages } from './questions-laws.messages';
import { createTinyAssembly, type TinyAssembly } from './questions-laws.test-data';

const en = questionsLawsMessages.en;
const km = questionsLawsMessages.km;

describeEachDatabase(
  'questions and laws pages',
  (t) => {
    let app: TestApp;
    let secretariat: Browser;
    let visitor: Browser;
    let a: TinyAssembly;
    beforeAll(async () => {
      a = await createTinyAssembly(t.db.kysely);
      app = testApp(t.db);
      secretariat = await new Browser(app).signIn('secretariat');
      await secretariat.get('/lang/en?next=/');
      visitor = new Browser(app);
      await visitor.get('/lang/en?next=/');
    });

    const count = async (table: 'assembly_questions' | 'assembly_bills') =>
      Number(
        (
          await t.db.kysely
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('records a question to two ministries; the public page shows it overdue with Article 96, then answered late', async () => {
      const res = await secretariat.post('/secretariat/assembly/questions', {
        membershipId: String(a.memberId),
        receivedOn: '2026-01-05',
        ministries: ['DEMO-A', 'DEMO-B'],
        'minister-DEMO-A': 'Demo Minister A',
        subject: 'Flooded road (test)',
        body: 'When will the road be repaired? (fictional)',
      });
      expect(res.status).toBe(303);
      const location = res.headers.get('location') ?? '';
      expect(location).toMatch(/^\/assembly\/questions\/\d+\?saved=1$/);
      const page = await (await visitor.get(location.replace('?saved=1', ''))).text();
      expect(page).toContain('Flooded road (test)');
      expect(page).toContain('Demo Ministry A — Minister: Demo Minister A');
      expect(page).toContain('Demo Ministry B');
      expect(page).toContain(en.status.overdue);
      expect(page).toContain('Article 96');
      // Visitors see no form to record an answer.
      expect(page).not.toContain(en.recordAnswer);

      const list = await (await visitor.get('/assembly/questions?status=overdue')).text();
      expect(list).toContain('Flooded road (test)');
      expect(list).toContain(en.overdueCount(1, '1'));

      const id = location.match(/\d+/)?.[0] ?? '';
      const answered = await secretariat.post(`/secretariat/assembly/questions/${id}/answer`, {
        kind: 'oral',
        answeredOn: '2026-01-20',
        summary: 'Repairs are planned (fictional).',
        debateOpened: '1',
      });
      expect(answered.status).toBe(303);
      const after = await (await visitor.get(`/assembly/questions/${id}`)).text();
      expect(after).toContain(en.status.answered_late);
      expect(after).toContain(en.debateOpened);
      expect(await (await visitor.get('/assembly/questions?status=overdue')).text()).not.toContain(
        'Flooded road (test)',
      );
    });

    it('refuses a question without ministries or with a date that does not exist, in Khmer, writing nothing', async () => {
      const clerk = await new Browser(app).signIn('secretariat');
      await clerk.get('/lang/km?next=/');
      const before = await count('assembly_questions');
      const res = await clerk.post('/secretariat/assembly/questions', {
        membershipId: String(a.memberId),
        receivedOn: '2026-02-30',
        subject: 'ផ្លូវ',
        body: 'សំណួរ',
      });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain(km.fixErrors);
      expect(html).toContain(km.errors['invalid-date']);
      // How to write it, in Khmer and its numerals, as the field's own hint: no Latin "YYYY-MM-DD".
      expect(km.errors['invalid-date']).toContain('ថ្ងៃ/ខែ/ឆ្នាំ ឧ. ៣១/១២/២០២៦');
      expect(html).not.toContain('YYYY');
      expect(html).toContain(km.errors.required);
      // What was typed stays in the form.
      expect(html).toContain('value="2026-02-30"');
      expect(await count('assembly_questions')).toBe(before);
    });

    it('refuses a question from a member whose seat had ended', async () => {
      const res = await secretariat.post('/secretariat/assembly/questions', {
        membershipId: String(a.formerMemberId),
        receivedOn: '2026-01-05',
        ministries: ['DEMO-A'],
        subject: 'Late question',
        body: 'Text',
      });
      expect(res.status).toBe(422);
      expect(await res.text()).toContain(en.errors['not-a-member-that-day']);
    });

    it('answers 404 for an unknown question, law or step, and 403 to other roles', async () => {
      expect((await visitor.get('/assembly/questions/999999')).status).toBe(404);
      expect((await visitor.get('/assembly/laws/abc')).status).toBe(404);
      expect((await secretariat.post('/secretariat/assembly/laws/1/explode', {})).status).toBe(404);
      const director = await new Browser(app).signIn('co_director');
      expect((await director.get('/secretariat/assembly/questions/new')).status).toBe(403);
      const before = await count('assembly_bills');
      const refused = await director.post('/secretariat/assembly/laws', {
        titleKm: 'ក',
        titleEn: 'A',
        initiatedBy: 'prime_minister',
        introducedOn: '2026-01-05',
      });
      expect(refused.status).toBe(403);
      expect(await count('assembly_bills')).toBe(before);
    });

    it('lets the secretariat add a ministry once; a second with the same code is refused', async () => {
      const add = () =>
        secretariat.post('/secretariat/assembly/ministries', {
          code: 'demo-c',
          nameKm: 'ក្រសួង គ',
          nameEn: 'Demo Ministry C',
        });
      expect((await add()).status).toBe(303);
      const again = await add();
      expect(again.status).toBe(422);
      expect(await again.text()).toContain(en.errors['code-taken']);
      expect(await (await secretariat.get('/secretariat/assembly/questions/new')).text()).toContain(
        'Demo Ministry C',
      );
    });

    it('hints a date field day/month/year in Khmer, in the numerals the reader chose, not YYYY-MM-DD', async () => {
      const form = await secretariat.get('/secretariat/assembly/questions/new', {
        cookie: `sala_lang=km; sala_digits=khmr; ${secretariat.jar.header()}`,
      });
      const html = await form.text();
      expect(html).toContain('ថ្ងៃ/ខែ/ឆ្នាំ ឧ. ៣១/១២/២០២៦');
      expect(html).toContain('aria-describedby="receivedOn-hint"');
      expect(html).not.toContain('YYYY');
    });
  },
  seedDemo,
);
