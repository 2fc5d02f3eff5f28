// The arithmetic of every indicator, on a small fixed data set: two members, three sittings, one vote by
// name, three questions, and concerns at their office.
import { CompiledQuery } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { SAMPLE_CONCERN, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import {
  answerInputSchema,
  questionInputSchema,
  recordAnswer,
  recordQuestion,
} from '../assembly/questions.commands';
import { createTinyAssembly, TEST_ACTOR, type TinyAssembly } from '../assembly/questions-laws.test-data';
import { loadPlacesAndCommissions } from '../assembly/records.test-data';
import {
  createSession,
  createSitting,
  recordAttendance,
  recordVote,
  sessionInputSchema,
  sittingInputSchema,
} from '../assembly/sittings.commands';
import { loadCaseworkDefaults } from '../casework';
import { officeConcernsQuery } from './indicators.queries';
import { memberIndicators } from './indicators.service';
import { ministersTimeliness, rankTimeliness } from './ministers.routes';

const NOW = new Date('2026-03-20T03:00:00Z');

describeEachDatabase(
  'parliamentary watch indicators',
  (t) => {
    let a: TinyAssembly;
    beforeAll(async () => {
      a = await createTinyAssembly(t.db.kysely);
      const session = await createSession(
        t.db,
        TEST_ACTOR,
        sessionInputSchema.parse({
          legislatureId: a.legislatureId,
          kind: 'ordinary',
          opensOn: '2024-03-01',
          closesOn: '2024-06-15',
        }),
      );
      if (!session.ok) throw new Error(session.error.code);
      // Member 1 attends 2 of 3 sittings; the former member (seated until 2024-12-31) attends all 3.
      for (const [day, present] of [
        ['2024-03-04', [a.memberId, a.formerMemberId]],
        ['2024-03-05', [a.formerMemberId]],
        ['2024-03-06', [a.memberId, a.formerMemberId]],
      ] as const) {
        const sitting = await createSitting(
          t.db,
          TEST_ACTOR,
          sittingInputSchema.parse({
            sessionId: session.value.id,
            sittingOn: day,
            titleKm: 'ក',
            titleEn: 'S',
            isQuestionDay: false,
          }),
        );
        if (!sitting.ok) throw new Error(sitting.error.code);
        await recordAttendance(t.db, TEST_ACTOR, sitting.value.id, [...present]);
        if (day === '2024-03-06') {
          await recordVote(
            t.db,
            TEST_ACTOR,
            sitting.value.id,
            {
              matter: 'law',
              titleKm: 'ក',
              titleEn: 'L',
              byMember: { [String(a.memberId)]: 'yes', [String(a.formerMemberId)]: 'abstain' },
            },
            NOW,
          );
        }
      }
      // Member 1 asks three questions: answered in 7 days, answered late, not answered (overdue by NOW).
      const ask = async (receivedOn: string, answeredOn: string | null) => {
        const q = await recordQuestion(
          t.db,
          TEST_ACTOR,
          questionInputSchema.parse({
            membershipId: a.memberId,
            receivedOn,
            ministries: ['DEMO-A'],
            ministerNames: ['Demo Minister A'],
            subject: 'Q',
            body: 'Q',
          }),
          NOW,
        );
        if (!q.ok) throw new Error(q.error);
        if (answeredOn)
          await recordAnswer(
            t.db,
            TEST_ACTOR,
            q.value.id,
            answerInputSchema.parse({ kind: 'written', answeredOn, summary: 'A' }),
          );
      };
      await ask('2026-03-01', '2026-03-08');
      await ask('2026-03-01', '2026-03-11');
      await ask('2026-03-02', null);
      // Their office (CO-12) receives two concerns; one is answered.
      await loadCaseworkDefaults(t.db, NOW);
      const first = await submitSample(t.db, {}, { now: new Date('2026-03-02T03:00:00Z') });
      await submitSample(t.db, {}, { now: new Date('2026-03-03T03:00:00Z') });
      await t.db.kysely
        .updateTable('cases')
        .set({ first_answered_at: '2026-03-06T03:00:00.000Z' })
        .where('id', '=', first.id)
        .execute();
      expect(SAMPLE_CONCERN.province).toBe('12');
      // Member 1 went on one reported field mission to two communes, which collected the first concern.
      const { id: missionId } = await t.db.kysely
        .insertInto('co_missions')
        .values({
          office_code: 'CO-12',
          purpose: 'Test mission',
          starts_on: '2026-03-02',
          ends_on: '2026-03-02',
          published: 1,
          reported_at: '2026-03-03T03:00:00.000Z',
          created_at: '2026-03-01T03:00:00.000Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.db.kysely
        .insertInto('co_mission_members')
        .values({ mission_id: missionId, membership_id: a.memberId })
        .execute();
      await t.db.kysely
        .insertInto('co_mission_communes')
        .values([
          { mission_id: missionId, commune_code: '120101' },
          { mission_id: missionId, commune_code: '120109' },
        ])
        .execute();
      await t.db.kysely
        .insertInto('co_mission_cases')
        .values({ mission_id: missionId, case_id: first.id })
        .execute();
    });

    it('counts attendance, votes by name, questions answered in time, and the office concerns', async () => {
      const rows = await memberIndicators(t.db.kysely, { legislatureId: a.legislatureId });
      const one = rows.find((r) => r.membershipId === a.memberId);
      const former = rows.find((r) => r.membershipId === a.formerMemberId);
      expect(one).toMatchObject({
        sittingsHeld: 3,
        sittingsAttended: 2,
        votesCast: 1,
        questionsAsked: 3,
        questionsAnsweredInTime: 1,
        missions: 1,
        communesVisited: 2,
        missionConcerns: 1,
        officeConcerns: 2,
        officeConcernsAnswered: 1,
        officeMedianDaysToAnswer: 4,
      });
      expect(former).toMatchObject({
        sittingsHeld: 3,
        sittingsAttended: 3,
        votesCast: 1,
        questionsAsked: 0,
        missions: 0,
      });
    });

    it('counts one year only when asked', async () => {
      const [in2024] = await memberIndicators(t.db.kysely, {
        legislatureId: a.legislatureId,
        membershipId: a.memberId,
        year: 2024,
      });
      expect(in2024).toMatchObject({ sittingsHeld: 3, questionsAsked: 0, officeConcerns: 0 });
      const [in2026] = await memberIndicators(t.db.kysely, {
        legislatureId: a.legislatureId,
        membershipId: a.memberId,
        year: 2026,
      });
      expect(in2026).toMatchObject({ sittingsHeld: 0, votesCast: 0, questionsAsked: 3, officeConcerns: 2 });
    });

    it("ranks ministers' timeliness: in time, late, unanswered and overdue, median days", async () => {
      const rows = rankTimeliness(await ministersTimeliness(t.db.kysely, a.legislatureId, '2026-03-20'));
      expect(rows).toEqual([
        expect.objectContaining({
          ministryCode: 'DEMO-A',
          minister: 'Demo Minister A',
          received: 3,
          inTime: 1,
          late: 1,
          unanswered: 1,
          overdue: 1,
          medianDays: 8.5,
        }),
      ]);
      const march = await ministersTimeliness(t.db.kysely, a.legislatureId, '2026-03-20', '2026-02');
      expect(march).toEqual([]);
    });

    it.runIf(t.dialect === 'sqlite')(
      "reads the offices' days to an answer from their index, not by parsing dates per case (SQLite)",
      async () => {
        const query = officeConcernsQuery(t.db.kysely, ['12', '01'], undefined).compile();
        const plan = await t.db.kysely.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
        );
        expect(plan.rows.map((r) => r.detail).join(' | ')).toMatch(
          /USING (COVERING )?INDEX cases_office_answer_days_idx/,
        );
      },
    );
  },
  loadPlacesAndCommissions,
);
