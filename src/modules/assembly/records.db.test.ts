import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import {
  appointReplacement,
  createLegislature,
  createParty,
  endMembership,
  givePost,
  memberInputSchema,
  registerMember,
  replacementInputSchema,
  setGovernmentPost,
} from './members.commands';
import { loadPlacesAndCommissions } from './records.test-data';
import {
  createSession,
  createSitting,
  recordAttendance,
  recordVote,
  sessionInputSchema,
  sittingInputSchema,
} from './sittings.commands';

const ACTOR = { userId: null, label: 'test-secretariat' };
const NOW = new Date('2026-03-01T03:00:00Z');

describeEachDatabase(
  "the Assembly's records",
  (t) => {
    let legislatureId = 0;
    const raw = (n: number, over: Record<string, unknown> = {}) => ({
      legislatureId,
      nameKm: `សមាជិកសាកល្បង ${n}`,
      nameEn: `Test Member ${n}`,
      birthDate: '1980-05-01',
      khmerByBirth: true,
      province: '12',
      party: 'TP',
      startDate: '2023-08-21',
      ...over,
    });
    const member = (n: number, over: Record<string, unknown> = {}) => memberInputSchema.parse(raw(n, over));
    const seat = async (n: number, over: Record<string, unknown> = {}) => {
      const r = await registerMember(t.db, ACTOR, member(n, over), NOW);
      if (!r.ok) throw new Error(r.error.code);
      return r.value.membershipId;
    };

    beforeAll(async () => {
      const made = await createLegislature(t.db, ACTOR, {
        number: 97,
        seats: 120,
        electedOn: '2023-07-23',
        convenedOn: '2023-08-21',
      });
      if (!made.ok) throw new Error(made.error.code);
      legislatureId = made.value.id;
      await createParty(t.db, ACTOR, { code: 'TP', nameKm: 'គណបក្សសាកល្បង', nameEn: 'Test Party' });
    });

    it('refuses fewer seats than the Constitution allows, citing Art. 76.1', async () => {
      expect(
        await createLegislature(t.db, ACTOR, {
          number: 96,
          seats: 119,
          electedOn: '2018-07-29',
          convenedOn: null,
        }),
      ).toEqual({
        ok: false,
        error: { code: 'fewer-seats-than-constitution', article: '76.1' },
      });
    });

    it('ends the legislature before when the next one convenes (Art. 78.1)', async () => {
      const next = await createLegislature(t.db, ACTOR, {
        number: 98,
        seats: 125,
        electedOn: '2028-07-23',
        convenedOn: '2028-08-21',
      });
      expect(next.ok).toBe(true);
      const older = await t.db.kysely
        .selectFrom('assembly_legislatures')
        .select('ends_on')
        .where('number', '=', 97)
        .executeTakeFirstOrThrow();
      expect(older.ends_on).toBe('2028-08-21');
      // Put it back, so the other tests see legislature 97 sitting.
      await t.db.kysely
        .updateTable('assembly_legislatures')
        .set({ ends_on: null })
        .where('number', '=', 97)
        .execute();
      await t.db.kysely.deleteFrom('assembly_legislatures').where('number', '=', 98).execute();
    });

    it('refuses a candidate under 25 on election day or not Khmer by birth, citing Art. 76.3; 25 that day is enough', async () => {
      expect(await registerMember(t.db, ACTOR, member(1, { birthDate: '1998-07-24' }), NOW)).toEqual({
        ok: false,
        error: { code: 'under_minimum_age', article: '76.3' },
      });
      expect(await registerMember(t.db, ACTOR, member(1, { khmerByBirth: false }), NOW)).toEqual({
        ok: false,
        error: { code: 'no_khmer_nationality_at_birth', article: '76.3' },
      });
      expect((await registerMember(t.db, ACTOR, member(1, { birthDate: '1998-07-23' }), NOW)).ok).toBe(true);
    });

    it('appoints a replacement only for a seat vacated at least 6 months before the mandate ends (Art. 95)', async () => {
      const early = await seat(2);
      const late = await seat(3);
      await endMembership(t.db, ACTOR, early, { endDate: '2028-01-23', reason: 'death' });
      await endMembership(t.db, ACTOR, late, { endDate: '2028-01-24', reason: 'resignation' });
      const replacement = replacementInputSchema.parse(raw(4, { startDate: '2028-02-10' }));
      const ok = await appointReplacement(t.db, ACTOR, early, replacement, NOW);
      expect(ok.ok).toBe(true);
      expect(await appointReplacement(t.db, ACTOR, late, replacement, NOW)).toEqual({
        ok: false,
        error: { code: 'replacement-too-late', article: '95' },
      });
      expect(await appointReplacement(t.db, ACTOR, early, replacement, NOW)).toEqual({
        ok: false,
        error: { code: 'already-replaced' },
      });
    });

    it('refuses a commission post to a member in the government, and ends their posts when they join it (Art. 79)', async () => {
      const m = await seat(5);
      expect(
        (
          await givePost(t.db, ACTOR, m, {
            role: 'commission_member',
            commission: 'C01',
            startDate: '2023-09-01',
          })
        ).ok,
      ).toBe(true);
      expect(
        await setGovernmentPost(t.db, ACTOR, m, { post: 'Demo minister (fictional)', onDate: '2024-01-01' }),
      ).toEqual({
        ok: true,
        value: { postsEnded: 1 },
      });
      expect(
        await givePost(t.db, ACTOR, m, {
          role: 'commission_president',
          commission: 'C02',
          startDate: '2024-02-01',
        }),
      ).toEqual({
        ok: false,
        error: { code: 'member-in-government', article: '79' },
      });
      const other = await seat(6);
      expect(
        (await givePost(t.db, ACTOR, other, { role: 'president', commission: '', startDate: '2023-09-01' }))
          .ok,
      ).toBe(true);
      const third = await seat(7);
      expect(
        await givePost(t.db, ACTOR, third, { role: 'president', commission: '', startDate: '2023-09-01' }),
      ).toEqual({
        ok: false,
        error: { code: 'post-taken' },
      });
    });

    it('calls an extraordinary session only on a valid request with its agenda published (Art. 83.2)', async () => {
      const session = (over: Record<string, unknown>) =>
        sessionInputSchema.parse({
          legislatureId,
          kind: 'extraordinary',
          opensOn: '2024-07-01',
          closesOn: '2024-07-10',
          ...over,
        });
      expect(
        await createSession(t.db, ACTOR, session({ requestedBy: 'members', requestingMembers: '39' })),
      ).toEqual({
        ok: false,
        error: { code: 'request-not-backed', article: '83.2' },
      });
      expect(
        await createSession(t.db, ACTOR, session({ requestedBy: 'members', requestingMembers: '40' })),
      ).toEqual({
        ok: false,
        error: { code: 'agenda-not-published', article: '83.2' },
      });
      const made = await createSession(
        t.db,
        ACTOR,
        session({
          requestedBy: 'members',
          requestingMembers: '40',
          agendaEn: 'Demo agenda',
          publishedOn: '2024-06-20',
        }),
      );
      expect(made.ok).toBe(true);
    });

    it('decides votes from the attendance: no quorum, the question day, and majorities of all members', async () => {
      const s = await createSession(
        t.db,
        ACTOR,
        sessionInputSchema.parse({
          legislatureId,
          kind: 'ordinary',
          opensOn: '2025-04-01',
          closesOn: '2025-07-15',
        }),
      );
      if (!s.ok) throw new Error(s.error.code);
      const sitting = async (on: string, questionDay = false) => {
        const r = await createSitting(
          t.db,
          ACTOR,
          sittingInputSchema.parse({
            sessionId: s.value.id,
            sittingOn: on,
            titleKm: 'កិច្ចប្រជុំ',
            titleEn: 'Sitting',
            isQuestionDay: questionDay,
          }),
        );
        if (!r.ok) throw new Error(r.error.code);
        return r.value.id;
      };
      // Seat members up to 90 in all (some were seated by earlier tests), to test a quorum of 84 of 120.
      const seatedNow = await t.db.kysely
        .selectFrom('assembly_memberships')
        .select('id')
        .where('end_date', 'is', null)
        .where('start_date', '<=', '2025-04-01')
        .execute();
      const ids = seatedNow.map((r) => r.id);
      for (let n = 100; ids.length < 90; n++) ids.push(await seat(n));

      const full = await sitting('2025-04-02');
      expect(
        await recordVote(
          t.db,
          ACTOR,
          full,
          { matter: 'law', titleKm: 'ក', titleEn: 'A', yes: 61, no: 0, abstain: 0 },
          NOW,
        ),
      ).toEqual({
        ok: false,
        error: { code: 'attendance-first', article: '88.3' },
      });
      expect(await recordAttendance(t.db, ACTOR, full, ids.slice(0, 84))).toMatchObject({
        ok: true,
        value: { present: 84 },
      });
      const passed = await recordVote(
        t.db,
        ACTOR,
        full,
        { matter: 'law', titleKm: 'ក', titleEn: 'Demo law', yes: 61, no: 20, abstain: 3 },
        NOW,
      );
      expect(passed).toMatchObject({ ok: true, value: { outcome: 'adopted', article: '90.1–6' } });
      const failed = await recordVote(
        t.db,
        ACTOR,
        full,
        { matter: 'law', titleKm: 'ក', titleEn: 'Demo law 2', yes: 60, no: 24, abstain: 0 },
        NOW,
      );
      expect(failed).toMatchObject({ ok: true, value: { outcome: 'rejected' } });
      expect(await recordAttendance(t.db, ACTOR, full, ids.slice(0, 80))).toEqual({
        ok: false,
        error: { code: 'votes-already-recorded' },
      });

      const thin = await sitting('2025-04-03');
      await recordAttendance(t.db, ACTOR, thin, ids.slice(0, 83));
      expect(
        await recordVote(
          t.db,
          ACTOR,
          thin,
          { matter: 'law', titleKm: 'ក', titleEn: 'B', yes: 83, no: 0, abstain: 0 },
          NOW,
        ),
      ).toMatchObject({
        ok: true,
        value: { outcome: 'invalid', reason: 'no_quorum', article: '88.3' },
      });

      const questions = await sitting('2025-04-04', true);
      await recordAttendance(t.db, ACTOR, questions, ids.slice(0, 90));
      expect(
        await recordVote(
          t.db,
          ACTOR,
          questions,
          { matter: 'law', titleKm: 'ក', titleEn: 'C', yes: 90, no: 0, abstain: 0 },
          NOW,
        ),
      ).toMatchObject({
        ok: true,
        value: { outcome: 'invalid', reason: 'question_day', article: '96.6' },
      });

      // By name: the counts come from the members' votes; an absent member cannot vote.
      const named = await sitting('2025-04-07');
      await recordAttendance(t.db, ACTOR, named, ids.slice(0, 85));
      const byMember = Object.fromEntries(
        ids.slice(0, 85).map((m, i) => [String(m), i < 80 ? 'yes' : 'no'] as const),
      );
      const roll = await recordVote(
        t.db,
        ACTOR,
        named,
        { matter: 'confidence', titleKm: 'ក', titleEn: 'Confidence (demo)', byMember },
        NOW,
      );
      expect(roll).toMatchObject({ ok: true, value: { outcome: 'adopted', article: '90.7' } });
      if (!roll.ok) return;
      const stored = await t.db.kysely
        .selectFrom('assembly_vote_events')
        .selectAll()
        .where('id', '=', roll.value.id)
        .executeTakeFirstOrThrow();
      expect([stored.yes_count, stored.no_count, stored.present_count, stored.required]).toEqual([
        80, 5, 85, 80,
      ]);
      const absentVotes = await t.db.kysely
        .selectFrom('assembly_votes')
        .select('option')
        .where('vote_event_id', '=', roll.value.id)
        .where('option', '=', 'absent')
        .execute();
      const absentThatDay = await t.db.kysely
        .selectFrom('assembly_attendance')
        .select('membership_id')
        .where('sitting_id', '=', named)
        .where('present', '=', 0)
        .execute();
      expect(absentThatDay.length).toBeGreaterThan(0);
      expect(absentVotes).toHaveLength(absentThatDay.length);
      expect(
        await recordVote(
          t.db,
          ACTOR,
          named,
          { matter: 'law', titleKm: 'ក', titleEn: 'D', byMember: { [String(ids[89])]: 'yes' } },
          NOW,
        ),
      ).toEqual({ ok: false, error: { code: 'vote-by-absent-member' } });
    });

    it('refuses an impossible vote with a refusal of its own for each rule, and stores nothing', async () => {
      const s = await createSession(
        t.db,
        ACTOR,
        sessionInputSchema.parse({
          legislatureId,
          kind: 'ordinary',
          opensOn: '2025-10-01',
          closesOn: '2025-12-31',
        }),
      );
      if (!s.ok) throw new Error(s.error.code);
      const made = await createSitting(
        t.db,
        ACTOR,
        sittingInputSchema.parse({
          sessionId: s.value.id,
          sittingOn: '2025-10-02',
          titleKm: 'កិច្ចប្រជុំ',
          titleEn: 'Sitting of refusals',
          isQuestionDay: false,
        }),
      );
      if (!made.ok) throw new Error(made.error.code);
      const sitting = made.value.id;
      const seatedThen = await t.db.kysely
        .selectFrom('assembly_memberships')
        .select('id')
        .where('start_date', '<=', '2025-10-02')
        .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', '2025-10-02')]))
        .execute();
      const present = seatedThen.slice(0, 10).map((r) => r.id);
      expect((await recordAttendance(t.db, ACTOR, sitting, present)).ok).toBe(true);
      const vote = (over: Partial<Parameters<typeof recordVote>[3]>) =>
        recordVote(
          t.db,
          ACTOR,
          sitting,
          { matter: 'law', titleKm: 'ក', titleEn: 'Refused', yes: 1, no: 0, abstain: 0, ...over },
          NOW,
        );
      expect(await vote({ matter: 'extraordinary_session_request' })).toEqual({
        ok: false,
        error: { code: 'request-is-not-a-vote', article: '83.2' },
      });
      expect(await vote({ matter: 'censure_motion_proposal' })).toEqual({
        ok: false,
        error: { code: 'request-is-not-a-vote', article: '98' },
      });
      expect(await vote({ yes: -1 })).toEqual({ ok: false, error: { code: 'count-negative' } });
      expect(await vote({ no: 1.5 })).toEqual({ ok: false, error: { code: 'count-not-whole-number' } });
      expect(await vote({ abstain: 200_000 })).toEqual({ ok: false, error: { code: 'count-too-large' } });
      expect(await vote({ yes: 8, no: 3 })).toEqual({
        ok: false,
        error: { code: 'more-votes-than-present' },
      });
      const stored = await t.db.kysely
        .selectFrom('assembly_vote_events')
        .select('id')
        .where('sitting_id', '=', sitting)
        .execute();
      expect(stored).toHaveLength(0);
    });
  },
  loadPlacesAndCommissions,
);
