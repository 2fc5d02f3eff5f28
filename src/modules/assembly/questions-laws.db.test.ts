import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import type { Executor } from '../../db/database';
import { loadGazetteer } from '../places';
import { billInputSchema, introduceBill } from './laws.commands';
import { answerInputSchema, questionInputSchema, recordAnswer, recordQuestion } from './questions.commands';
import { findQuestion } from './questions-laws.queries';
import { createTinyAssembly, TEST_ACTOR, type TinyAssembly } from './questions-laws.test-data';

const NOW = new Date('2026-03-10T03:00:00Z');

async function auditActions(db: Executor, entityType: string, entityId: number) {
  const rows = await db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', String(entityId))
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

describeEachDatabase(
  'questions to the government and laws',
  (t) => {
    let a: TinyAssembly;
    beforeAll(async () => {
      a = await createTinyAssembly(t.db.kysely);
    });

    const question = (over: Record<string, unknown> = {}) =>
      questionInputSchema.parse({
        membershipId: a.memberId,
        receivedOn: '2026-03-02',
        ministries: ['DEMO-A', 'DEMO-B'],
        ministerNames: ['Demo Minister A'],
        subject: 'Road repairs in a fictional commune',
        body: 'When will the road be repaired? (test, fictional)',
        ...over,
      });

    it('records a question due 7 days after it was received, addressed to each ministry, and audits it', async () => {
      const made = await recordQuestion(t.db, TEST_ACTOR, question(), NOW);
      expect(made).toEqual({ ok: true, value: { id: expect.any(Number), dueOn: '2026-03-09' } });
      if (!made.ok) return;
      const addressees = await t.db.kysely
        .selectFrom('assembly_question_addressees')
        .select(['ministry_code', 'minister_name'])
        .where('question_id', '=', made.value.id)
        .orderBy('ministry_code')
        .execute();
      expect(addressees).toEqual([
        { ministry_code: 'DEMO-A', minister_name: 'Demo Minister A' },
        { ministry_code: 'DEMO-B', minister_name: null },
      ]);
      expect(await auditActions(t.db.kysely, 'assembly_question', made.value.id)).toEqual([
        'question.record',
      ]);
    });

    it('refuses a question from someone not seated that day, or to an unknown ministry, writing nothing', async () => {
      const before = await t.db.kysely
        .selectFrom('assembly_questions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(
        await recordQuestion(t.db, TEST_ACTOR, question({ membershipId: a.formerMemberId }), NOW),
      ).toEqual({
        ok: false,
        error: 'not-a-member-that-day',
      });
      expect(await recordQuestion(t.db, TEST_ACTOR, question({ ministries: ['NOPE'] }), NOW)).toEqual({
        ok: false,
        error: 'unknown-ministry',
      });
      const after = await t.db.kysely
        .selectFrom('assembly_questions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it('records an answer once, on time or late against the due day; a debate only on an oral answer', async () => {
      const made = await recordQuestion(t.db, TEST_ACTOR, question(), NOW);
      if (!made.ok) throw new Error('setup');
      const answer = (over: Record<string, unknown>) =>
        answerInputSchema.parse({
          kind: 'oral',
          answeredOn: '2026-03-09',
          summary: 'Repairs planned (fictional).',
          ...over,
        });
      expect(
        await recordAnswer(t.db, TEST_ACTOR, made.value.id, answer({ answeredOn: '2026-03-01' })),
      ).toEqual({
        ok: false,
        error: 'answer-before-question',
      });
      expect(
        await recordAnswer(t.db, TEST_ACTOR, made.value.id, answer({ kind: 'written', debateOpened: true })),
      ).toEqual({ ok: false, error: 'debate-needs-oral' });
      expect(await recordAnswer(t.db, TEST_ACTOR, made.value.id, answer({ debateOpened: true }))).toEqual({
        ok: true,
        value: { onTime: true },
      });
      expect(await recordAnswer(t.db, TEST_ACTOR, made.value.id, answer({}))).toEqual({
        ok: false,
        error: 'already-answered',
      });
      expect(await findQuestion(t.db.kysely, made.value.id)).toMatchObject({
        answer_kind: 'oral',
        answered_on: '2026-03-09',
        debate_opened: 1,
      });
      const late = await recordQuestion(t.db, TEST_ACTOR, question(), NOW);
      if (!late.ok) throw new Error('setup');
      expect(
        await recordAnswer(t.db, TEST_ACTOR, late.value.id, answer({ answeredOn: '2026-03-10' })),
      ).toEqual({
        ok: true,
        value: { onTime: false },
      });
    });

    it('refuses a deputies bill without its initiator, and a date before any legislature', async () => {
      const input = (over: Record<string, unknown>) =>
        billInputSchema.parse({
          titleKm: 'ក',
          titleEn: 'A',
          initiatedBy: 'deputies',
          introducedOn: '2026-01-05',
          ...over,
        });
      expect(await introduceBill(t.db, TEST_ACTOR, input({}), NOW)).toEqual({
        ok: false,
        error: { code: 'initiator-needed' },
      });
      expect(
        await introduceBill(
          t.db,
          TEST_ACTOR,
          input({ initiatedBy: 'prime_minister', introducedOn: '1990-01-01' }),
          NOW,
        ),
      ).toEqual({ ok: false, error: { code: 'no-legislature-that-day' } });
    });
  },
  async (db) => {
    await loadGazetteer(db);
  },
);
