import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { createDemoAssembly } from './demo-assembly';
import { createDemoQuestionsLaws } from './demo-questions-laws';
import { loadPlacesAndCommissions } from './records.test-data';

const NOW = new Date('2026-11-20T03:00:00Z');

describeEachDatabase(
  'the demo Assembly',
  (t) => {
    beforeAll(async () => {
      await createDemoAssembly(t.db, NOW);
      await createDemoQuestionsLaws(t.db, NOW);
    });

    it('fills 125 seats with fictional members, all marked demo', async () => {
      const persons = await t.db.kysely
        .selectFrom('assembly_persons')
        .select(['name_en', 'is_demo'])
        .execute();
      expect(persons).toHaveLength(125);
      expect(persons.every((p) => p.is_demo === 1 && p.name_en.startsWith('Demo Member'))).toBe(true);
    });

    it('has an adopted law, a vote invalid for want of a quorum, and a roll-call vote', async () => {
      const votes = await t.db.kysely.selectFrom('assembly_vote_events').selectAll().orderBy('id').execute();
      expect(votes.map((v) => [v.matter, v.outcome, v.reason])).toEqual([
        ['law', 'adopted', 'majority_reached'],
        ['confidence', 'adopted', 'majority_reached'],
        ['law', 'invalid', 'no_quorum'],
        ['law', 'adopted', 'majority_reached'],
      ]);
      expect(votes.every((v) => v.is_demo === 1)).toBe(true);
      const named = await t.db.kysely
        .selectFrom('assembly_votes')
        .select('option')
        .where('vote_event_id', '=', votes[1].id)
        .execute();
      expect(named.filter((v) => v.option === 'yes')).toHaveLength(90);
    });

    it('has a published law, an adopted one and a new bill, each adopted one on its own passing vote', async () => {
      const bills = await t.db.kysely.selectFrom('assembly_bills').selectAll().orderBy('id').execute();
      expect(bills.map((b) => [b.published_on !== null, b.adopted_on !== null, b.is_demo])).toEqual([
        [true, true, 1],
        [false, true, 1],
        [false, false, 1],
      ]);
      expect(bills[0].effective_nationwide).not.toBeNull();
      for (const bill of bills.filter((b) => b.adopted_on)) {
        const vote = await t.db.kysely
          .selectFrom('assembly_vote_events')
          .selectAll()
          .where('id', '=', bill.adoption_vote_event_id ?? 0)
          .executeTakeFirstOrThrow();
        expect([vote.bill_id, vote.outcome]).toEqual([bill.id, 'adopted']);
      }
    });

    it('gives the demo questions and laws their askers', async () => {
      const questions = await t.db.kysely.selectFrom('assembly_questions').select('id').execute();
      expect(questions).toHaveLength(4);
    });
  },
  loadPlacesAndCommissions,
);
