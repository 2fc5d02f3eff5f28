// The secretariat's roll-call over HTTP: each member's vote on one page, the counts derived from it and
// decided by the rules, each wrong roll refused with its own reason and nothing stored; the scorecards and
// the Popolo export then carry the members' votes.
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { createDemoAssembly } from './demo-assembly';
import { recordsMessages } from './records.messages';

const en = recordsMessages.en;

describeEachDatabase(
  "the secretariat's roll-call",
  (t) => {
    let app: TestApp;
    let visitor: Browser;
    let clerk: Browser;
    let sitting = '';
    /** The roll: everyone seated that day, present first (by membership id). */
    let present: { membership_id: number; person_id: number; name_en: string }[] = [];
    let absent: { membership_id: number; person_id: number; name_en: string }[] = [];
    const titles = { matter: 'treaty', titleKm: 'សន្ធិសញ្ញាសាកល្បង', titleEn: 'Demo treaty by name' };
    /** 70 for, 12 against, 7 abstaining, the last present member not voting; the absent left as they are. */
    const fullRoll = () =>
      Object.fromEntries(
        present.map((m, i) => [
          `vote-${m.membership_id}`,
          i < 70 ? 'yes' : i < 82 ? 'no' : i < 89 ? 'abstain' : 'absent',
        ]),
      );
    const storedVotes = () =>
      t.db.kysely
        .selectFrom('assembly_vote_events')
        .select('id')
        .where('sitting_id', '=', Number(sitting))
        .execute();
    const votesCastOf = async (personId: number) => {
      const csv = await (await visitor.get('/watch/members.csv')).text();
      const header = csv.split('\n')[0]?.split(',') ?? [];
      const row = csv
        .split('\n')
        .map((line) => line.split(','))
        .find((cells) => cells[0] === String(personId));
      return Number(row?.[header.indexOf('votes_cast')]);
    };

    beforeAll(async () => {
      await createDemoAssembly(t.db, new Date());
      app = testApp(t.db);
      visitor = new Browser(app);
      await visitor.get('/lang/en?next=/');
      clerk = await new Browser(app).signIn('secretariat');
      await clerk.get('/lang/en?next=/');
      const session = await t.db.kysely
        .selectFrom('assembly_sessions')
        .selectAll()
        .orderBy('opens_on', 'desc')
        .executeTakeFirstOrThrow();
      const made = await clerk.post('/secretariat/assembly/sittings', {
        sessionId: String(session.id),
        sittingOn: session.opens_on,
        titleKm: 'កិច្ចប្រជុំបោះឆ្នោតតាមឈ្មោះ',
        titleEn: 'Roll-call sitting',
      });
      sitting = (made.headers.get('location') ?? '').replace('?saved=1', '').split('/').pop() ?? '';
      const seated = await t.db.kysely
        .selectFrom('assembly_memberships as m')
        .innerJoin('assembly_persons as p', 'p.id', 'm.person_id')
        .select(['m.id as membership_id', 'p.id as person_id', 'p.name_en'])
        .where('m.start_date', '<=', session.opens_on)
        .where((eb) => eb.or([eb('m.end_date', 'is', null), eb('m.end_date', '>=', session.opens_on)]))
        .orderBy('m.id')
        .execute();
      present = seated.slice(0, 90);
      absent = seated.slice(90);
      const attended = await clerk.post(`/secretariat/assembly/sittings/${sitting}/attendance`, {
        present: present.map((m) => String(m.membership_id)),
      });
      expect(attended.status).toBe(303);
    });

    it('shows every member seated that day: the absent ones start absent, the present ones with no vote', async () => {
      const html = await (await clerk.get(`/assembly/sittings/${sitting}`)).text();
      expect(html).toContain(en.recordVote);
      expect(html).not.toContain('name="yes"');
      const radios = (id: number) =>
        [...html.matchAll(new RegExp(`<input[^>]*name="vote-${id}"[^>]*>`, 'g'))].map((r) => r[0]);
      for (const m of [present[0]!, present[89]!]) {
        expect(radios(m.membership_id)).toHaveLength(4);
        expect(radios(m.membership_id).some((r) => r.includes('checked'))).toBe(false);
      }
      const away = radios(absent[0]!.membership_id);
      expect(away).toHaveLength(4);
      expect(away.filter((r) => r.includes('checked'))).toEqual([expect.stringContaining('value="absent"')]);
      // Nobody else's page carries the form.
      expect(await (await visitor.get(`/assembly/sittings/${sitting}`)).text()).not.toContain('name="vote-');
    });

    it('refuses a present member left without a vote, names them and keeps every choice made', async () => {
      const roll = fullRoll();
      delete roll[`vote-${present[3]!.membership_id}`];
      const res = await clerk.post(`/secretariat/assembly/sittings/${sitting}/votes`, { ...titles, ...roll });
      expect(res.status).toBe(422);
      const html = await res.text();
      // No article governs how a vote by name is taken: the refusal cites none.
      expect(html).toContain(`<li>${en.errors['member-without-vote']}</li>`);
      expect(html).toContain(`${present[3]!.name_en} <span class="muted">(${en.presentAtSitting})</span>`);
      expect(html).toMatch(
        new RegExp(`name="vote-${present[3]!.membership_id}"[^>]*>[^<]*${en.options.yes}`),
      );
      expect(html).toContain(en.noVoteChosen);
      expect(html).toMatch(
        new RegExp(`<input[^>]*name="vote-${present[0]!.membership_id}"[^>]*value="yes"[^>]*checked`),
      );
      expect(html).toContain('value="Demo treaty by name"');
      expect(await storedVotes()).toHaveLength(0);
    });

    it('refuses a vote by a member recorded absent, a member off the roll and a vote that is not one', async () => {
      const post = (extra: Record<string, string>) =>
        clerk.post(`/secretariat/assembly/sittings/${sitting}/votes`, { ...titles, ...fullRoll(), ...extra });
      const byAbsent = await post({ [`vote-${absent[0]!.membership_id}`]: 'yes' });
      expect(byAbsent.status).toBe(422);
      expect(await byAbsent.text()).toContain(`<li>${en.errors['vote-by-absent-member']}</li>`);
      const offRoll = await post({ 'vote-99999999': 'no' });
      expect(offRoll.status).toBe(422);
      expect(await offRoll.text()).toContain(`<li>${en.errors['not-on-the-roll']}</li>`);
      const notAVote = await post({ [`vote-${present[0]!.membership_id}`]: 'maybe' });
      expect(notAVote.status).toBe(422);
      expect(await notAVote.text()).toContain(en.errors.invalid);
      expect(await storedVotes()).toHaveLength(0);
    });

    it('refuses a vote at a sitting whose attendance is not recorded, citing the quorum (Art. 88.3)', async () => {
      const session = await t.db.kysely
        .selectFrom('assembly_sessions')
        .selectAll()
        .orderBy('opens_on', 'desc')
        .executeTakeFirstOrThrow();
      const made = await clerk.post('/secretariat/assembly/sittings', {
        sessionId: String(session.id),
        sittingOn: session.opens_on,
        titleKm: 'កិច្ចប្រជុំគ្មានវត្តមាន',
        titleEn: 'Sitting without attendance',
      });
      const bare = (made.headers.get('location') ?? '').replace('?saved=1', '').split('/').pop() ?? '';
      const res = await clerk.post(`/secretariat/assembly/sittings/${bare}/votes`, {
        ...titles,
        ...fullRoll(),
      });
      const body = await res.text();
      expect(res.status).toBe(422);
      expect(body).toContain(`<li>${en.errors['attendance-first']} (Art. 88.3)</li>`);
      const stored = await t.db.kysely
        .selectFrom('assembly_vote_events')
        .select('id')
        .where('sitting_id', '=', Number(bare))
        .execute();
      expect(stored).toHaveLength(0);
    });

    it('records the roll, derives the counts and decides them; scorecards and Popolo carry each vote', async () => {
      const voter = present[0]!;
      const away = absent[0]!;
      const [castBefore, awayBefore] = [
        await votesCastOf(voter.person_id),
        await votesCastOf(away.person_id),
      ];
      const res = await clerk.post(`/secretariat/assembly/sittings/${sitting}/votes`, {
        ...titles,
        ...fullRoll(),
      });
      expect(res.status).toBe(303);
      const html = await (await visitor.get(`/assembly/sittings/${sitting}`)).text();
      expect(html).toContain(en.counts('70', '12', '7'));
      // 70 of 125 is more than half of all members (63 needed).
      expect(html).toContain('Demo treaty by name: Adopted');
      expect(html).toContain('Art. 90.1–6');
      expect(html).toContain(`${voter.name_en}: ${en.options.yes}`);
      expect(html).toContain(`${away.name_en}: ${en.options.absent}`);
      const [vote] = await storedVotes();
      const rows = await t.db.kysely
        .selectFrom('assembly_votes')
        .select(['membership_id', 'option'])
        .where('vote_event_id', '=', vote!.id)
        .execute();
      expect(rows).toHaveLength(present.length + absent.length);
      expect(rows.filter((r) => r.option === 'absent')).toHaveLength(absent.length + 1);

      expect(await votesCastOf(voter.person_id)).toBe(castBefore + 1);
      expect(await votesCastOf(away.person_id)).toBe(awayBefore);

      const popolo = (await (await visitor.get('/api/popolo.json')).json()) as {
        vote_events: {
          id: string;
          counts: { option: string; value: number }[];
          votes: { voter_id: string; option: string }[];
        }[];
      };
      const event = popolo.vote_events.find((e) => e.id.endsWith(`/${vote!.id}`));
      expect(event?.votes).toHaveLength(present.length + absent.length);
      expect(Object.fromEntries(event?.counts.map((c) => [c.option, c.value]) ?? [])).toEqual({
        yes: 70,
        no: 12,
        abstain: 7,
        absent: absent.length + 1,
      });
      expect(event?.votes.filter((v) => v.option === 'yes')).toHaveLength(70);
    });

    it('lets no other role record a vote', async () => {
      for (const role of ['co_director', 'commission_staff', 'minister_office', 'watchdog', 'admin']) {
        const other = await new Browser(app).signIn(role);
        const res = await other.post(`/secretariat/assembly/sittings/${sitting}/votes`, {
          ...titles,
          ...fullRoll(),
        });
        expect(res.status, role).toBe(403);
      }
      const anonymous = await visitor.post(`/secretariat/assembly/sittings/${sitting}/votes`, {
        ...titles,
        ...fullRoll(),
      });
      expect([303, 401, 403]).toContain(anonymous.status);
      expect(await storedVotes()).toHaveLength(1);
    });
  },
  seedDemo,
);
