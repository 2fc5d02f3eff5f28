// The Assembly's records over HTTP: the public pages decide and cite, the secretariat's forms refuse with
// the article, and the calendar feed carries every session and sitting.
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { createDemoAssembly } from './demo-assembly';
import { demoMemberName } from './demo-names';
import { recordsMessages } from './records.messages';

const en = recordsMessages.en;

describeEachDatabase(
  "the Assembly's records pages",
  (t) => {
    let app: TestApp;
    let visitor: Browser;
    let clerk: Browser;
    const sittingIdTitled = async (titleEn: string) =>
      (
        await t.db.kysely
          .selectFrom('assembly_sittings')
          .select('id')
          .where('title_en', '=', titleEn)
          .executeTakeFirstOrThrow()
      ).id;

    beforeAll(async () => {
      await createDemoAssembly(t.db, new Date());
      app = testApp(t.db);
      visitor = new Browser(app);
      await visitor.get('/lang/en?next=/');
      clerk = await new Browser(app).signIn('secretariat');
      await clerk.get('/lang/en?next=/');
    });

    it('shows the legislature, its seats and the quorum it needs (7/10 of 125 is 88)', async () => {
      const html = await (await visitor.get('/assembly')).text();
      expect(html).toContain(en.legislature('90'));
      expect(html).toContain(en.quorumNeeded('88', '125'));
      expect(html).toContain('Art. 88.3');
    });

    it('lists the members and derives the Permanent Standing Committee (Art. 84.2)', async () => {
      const html = await (await visitor.get('/assembly/members')).text();
      expect(html.match(/[A-Z][a-z]+ [A-Z][a-z]+ \(demo\)/g)?.length).toBeGreaterThanOrEqual(125);
      expect(html).toContain(en.psc);
      expect(html).toContain(`${demoMemberName(1).en}</a> — President`);
      expect(html).toContain('Art. 84.2');
    });

    it('shows a sitting without a quorum as invalid, with Art. 88.3, and an adopted law with its article', async () => {
      const thin = await (
        await visitor.get(`/assembly/sittings/${await sittingIdTitled('Sitting without a quorum (demo)')}`)
      ).text();
      expect(thin).toContain(en.quorum('80', '88', false));
      expect(thin).toContain('Invalid');
      expect(thin).toContain('Art. 88.3');
      const full = await (
        await visitor.get(`/assembly/sittings/${await sittingIdTitled('Plenary sitting (demo)')}`)
      ).text();
      expect(full).toContain('Demo law on rural roads: Adopted');
      expect(full).toContain('Art. 90.1–6');
      expect(full).toContain('Confidence vote (demo): Adopted');
      expect(full).toContain('Art. 90.7');
      expect(full).toContain(en.byName);
      expect(full).not.toContain(en.recordVote);
    });

    it('publishes sessions and sittings as an iCalendar feed', async () => {
      const res = await visitor.get('/assembly/calendar.ics');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const ics = await res.text();
      const sessions = await t.db.kysely.selectFrom('assembly_sessions').select('id').execute();
      const sittings = await t.db.kysely.selectFrom('assembly_sittings').select('id').execute();
      expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(sessions.length + sittings.length);
      // Long lines are folded: a line break followed by a space continues the line.
      expect(ics.replaceAll('\r\n ', '')).toContain('SUMMARY:កិច្ចប្រជុំពេញអង្គ (សាកល្បង) — Plenary sitting (demo)');
    });

    it('refuses to register a candidate under 25 on election day, citing Art. 76.3, and keeps the form', async () => {
      const legislature = await t.db.kysely
        .selectFrom('assembly_legislatures')
        .select(['id', 'elected_on'])
        .executeTakeFirstOrThrow();
      const year = Number(legislature.elected_on.slice(0, 4));
      const before = await t.db.kysely.selectFrom('assembly_persons').select('id').execute();
      const res = await clerk.post('/secretariat/assembly/members', {
        legislatureId: String(legislature.id),
        nameKm: 'បេក្ខជនវ័យក្មេង',
        nameEn: 'Young Candidate (test)',
        birthDate: `${year - 24}-01-01`,
        khmerByBirth: '1',
        province: '12',
        party: '',
        startDate: `${year}-09-01`,
      });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain(`${en.errors.under_minimum_age} (Art. 76.3)`);
      expect(html).toContain('value="Young Candidate (test)"');
      expect(await t.db.kysely.selectFrom('assembly_persons').select('id').execute()).toHaveLength(
        before.length,
      );
    });

    it('lets the secretariat record a sitting, who is present and a vote; the public page decides it', async () => {
      const session = await t.db.kysely
        .selectFrom('assembly_sessions')
        .selectAll()
        .orderBy('opens_on', 'desc')
        .executeTakeFirstOrThrow();
      const made = await clerk.post('/secretariat/assembly/sittings', {
        sessionId: String(session.id),
        sittingOn: session.opens_on,
        titleKm: 'កិច្ចប្រជុំសាកល្បង',
        titleEn: 'Test sitting',
      });
      expect(made.status).toBe(303);
      const path = (made.headers.get('location') ?? '').replace('?saved=1', '');
      const id = path.split('/').pop() ?? '';
      const members = await t.db.kysely
        .selectFrom('assembly_memberships')
        .select('id')
        .orderBy('id')
        .limit(90)
        .execute();
      expect(
        (
          await clerk.post(`/secretariat/assembly/sittings/${id}/attendance`, {
            present: members.map((m) => String(m.id)),
          })
        ).status,
      ).toBe(303);
      // The roll-call: each member present for, against or abstaining; the counts come from it.
      const roll = Object.fromEntries(
        members.map((m, i) => [`vote-${m.id}`, i < 70 ? 'yes' : i < 82 ? 'no' : 'abstain']),
      );
      const vote = await clerk.post(`/secretariat/assembly/sittings/${id}/votes`, {
        matter: 'treaty',
        titleKm: 'សន្ធិសញ្ញាសាកល្បង',
        titleEn: 'Demo treaty',
        ...roll,
      });
      expect(vote.status).toBe(303);
      const html = await (await visitor.get(path)).text();
      expect(html).toContain(en.quorum('90', '88', true));
      expect(html).toContain(en.counts('70', '12', '8'));
      // 70 of 125 is more than half of all members (63 needed), whatever the number present.
      expect(html).toContain('Demo treaty: Adopted');
      // A request is backed by signatures under its own article; it is not voted in a sitting.
      const request = await clerk.post(`/secretariat/assembly/sittings/${id}/votes`, {
        matter: 'closed_sitting_request',
        titleKm: 'ក',
        titleEn: 'Request voted',
        ...roll,
      });
      expect(request.status).toBe(422);
      expect(await request.text()).toContain(`${en.errors['request-is-not-a-vote']} (Art. 88.2)`);
      const votes = await t.db.kysely
        .selectFrom('assembly_vote_events')
        .select('title_en')
        .where('sitting_id', '=', Number(id))
        .execute();
      expect(votes.map((v) => v.title_en)).toEqual(['Demo treaty']);
    });

    // Last: a new legislature ends the demo one.
    it('flags a first session later than 60 days after the election (Art. 82.1)', async () => {
      const res = await clerk.post('/secretariat/assembly/legislatures', {
        number: '91',
        seats: '125',
        electedOn: '2030-01-01',
        convenedOn: '2030-03-15',
      });
      expect(res.status).toBe(303);
      const html = await (await visitor.get('/assembly')).text();
      expect(html).toContain(en.legislature('91'));
      expect(html).toContain(en.lateFirstSession('2 March 2030'));
      expect(html).toContain('Art. 82.1');
    });

    it('keeps the secretariat pages from other roles', async () => {
      const director = await new Browser(app).signIn('co_director');
      expect((await director.get('/secretariat/assembly')).status).toBe(403);
    });
  },
  seedDemo,
);
