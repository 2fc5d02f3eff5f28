// A bill's adoption over HTTP, on the demo Assembly: the secretariat's form offers only the bill's own passing
// votes, and each refusal says why in the reader's language with the article it rests on.
import { beforeAll, expect, it } from 'vitest';
import { type Browser, englishBrowser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { createDemoAssembly } from './demo-assembly';
import { addDays } from './procedure/dates.rules';
import { questionsLawsMessages } from './questions-laws.messages';

const en = questionsLawsMessages.en;

describeEachDatabase(
  'adopting a bill on its page',
  (t) => {
    let app: TestApp;
    let secretariat: Browser;
    const today = phnomPenhDate(new Date());
    const day = (daysAgo: number) => addDays(today, -daysAgo);
    beforeAll(async () => {
      await createDemoAssembly(t.db, new Date());
      app = testApp(t.db);
      secretariat = await englishBrowser(app, 'secretariat');
    });

    const sittingOn = async (daysAgo: number) =>
      (
        await t.db.kysely
          .selectFrom('assembly_sittings')
          .select('id')
          .where('sitting_on', '=', day(daysAgo))
          .executeTakeFirstOrThrow()
      ).id;
    const lastVoteId = async () =>
      (
        await t.db.kysely
          .selectFrom('assembly_vote_events')
          .select((eb) => eb.fn.max('id').as('id'))
          .executeTakeFirstOrThrow()
      ).id;

    it('offers only the bill’s own passing votes, refuses any other with its article, and adopts on its own', async () => {
      const res = await secretariat.post('/secretariat/assembly/laws', {
        titleKm: 'ច្បាប់សាកល្បងស្ដីពីសាលារៀន',
        titleEn: 'Demo law on schools (fictional)',
        initiatedBy: 'prime_minister',
        initiatorMembershipId: '',
        introducedOn: day(35),
      });
      expect(res.status).toBe(303);
      const path = (res.headers.get('location') ?? '').replace('?saved=1', '');
      const id = path.match(/\d+/)?.[0] ?? '';
      const adopt = (voteEventId: string, adoptedOn = day(8)) =>
        secretariat.post(`/secretariat/assembly/laws/${id}/adoption`, { adoptedOn, voteEventId });
      expect(await (await secretariat.get(path)).text()).toContain(en.noPassingVote);

      const none = await adopt('');
      expect(none.status).toBe(422);
      const noneText = await none.text();
      expect(noneText).toContain(en.errors['vote-required']);
      expect(noneText).toContain('Art. 90');
      const roads = await t.db.kysely
        .selectFrom('assembly_vote_events')
        .select('id')
        .where('bill_id', 'is not', null)
        .where('outcome', '=', 'adopted')
        .executeTakeFirstOrThrow();
      const another = await adopt(String(roads.id));
      expect(another.status).toBe(422);
      expect(await another.text()).toContain(en.errors['vote-of-another-bill']);

      // Recorded at the sitting on this bill: too few votes first, then enough.
      const sitting = await sittingOn(8);
      const present = await t.db.kysely
        .selectFrom('assembly_attendance')
        .select('membership_id')
        .where('sitting_id', '=', sitting)
        .where('present', '=', 1)
        .orderBy('membership_id')
        .execute();
      // A roll-call: the first `yes` members present vote for, the others against.
      const vote = (yes: string) =>
        secretariat.post(`/secretariat/assembly/sittings/${sitting}/votes`, {
          matter: 'law',
          billId: id,
          titleKm: 'ច្បាប់សាកល្បងស្ដីពីសាលារៀន',
          titleEn: 'Demo law on schools',
          ...Object.fromEntries(
            present.map((m, i) => [`vote-${m.membership_id}`, i < Number(yes) ? 'yes' : 'no']),
          ),
        });
      expect((await vote('40')).status).toBe(303);
      const failed = String(await lastVoteId());
      const refused = await adopt(failed);
      expect(refused.status).toBe(422);
      expect(await refused.text()).toContain(`${en.errors['vote-not-adopted']} (Art. 90`);
      expect((await vote('90')).status).toBe(303);
      const passed = String(await lastVoteId());
      // The sitting's record links the vote to the bill it decided.
      const sittingPage = await (await secretariat.get(`/assembly/sittings/${sitting}`)).text();
      expect(sittingPage).toContain(`<a href="/assembly/laws/${id}">the bill voted on</a>`);

      const form = await (await secretariat.get(path)).text();
      const offered = [...form.matchAll(/name="voteEventId"[\s\S]*?<\/select>/g)][0]?.[0] ?? '';
      expect([...offered.matchAll(/<option value="(\d+)"/g)].map((m) => m[1])).toEqual([passed]);
      expect((await adopt(passed)).status).toBe(303);
      expect(
        (await secretariat.post(`/secretariat/assembly/laws/${id}/signature`, { signedOn: day(6) })).status,
      ).toBe(303);
      const page = await (await secretariat.get(path)).text();
      expect(page).toContain(en.stage.signed);
      expect(page).toContain(`${en.adoptionVote} ${passed}`);
    });
  },
  seedDemo,
);
