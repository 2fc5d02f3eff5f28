import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { createDemoAssembly } from './demo-assembly';
import { createDemoQuestionsLaws } from './demo-questions-laws';
import { loadPlacesAndCommissions } from './records.test-data';
import { readSeatAllocation } from './seat-allocation.input';

const NOW = new Date('2026-11-20T03:00:00Z');

describeEachDatabase(
  'the demo Assembly',
  (t) => {
    beforeAll(async () => {
      await createDemoAssembly(t.db, NOW);
      await createDemoQuestionsLaws(t.db, NOW);
    });

    it('fills 125 seats with fictional members named in Khmer and Latin letters, all marked demo', async () => {
      const persons = await t.db.kysely
        .selectFrom('assembly_persons')
        .select(['name_en', 'name_km', 'is_demo'])
        .execute();
      expect(persons).toHaveLength(125);
      expect(persons.filter((p) => p.is_demo !== 1)).toEqual([]);
      expect(persons.filter((p) => !/^[A-Z][a-z]+ [A-Z][a-z]+ \(demo\)$/.test(p.name_en))).toEqual([]);
      expect(
        persons.filter((p) => !/^[\u1780-\u17ff]+ [\u1780-\u17ff]+ \(សាកល្បង\)$/.test(p.name_km)),
      ).toEqual([]);
      expect(new Set(persons.map((p) => p.name_en)).size).toBe(125);
    });

    it('seats as many members in each province as it has in the current legislature (125 in all)', async () => {
      const seated = await t.db.kysely.selectFrom('assembly_memberships').select(['province_code']).execute();
      const count = (province: string) => seated.filter((m) => m.province_code === province).length;
      const allocation = readSeatAllocation();
      expect(allocation).toHaveLength(25);
      expect(allocation.reduce((sum, p) => sum + p.seats, 0)).toBe(125);
      expect(allocation.map((p) => [p.province, count(p.province)])).toEqual(
        allocation.map((p) => [p.province, p.seats]),
      );
      // Phnom Penh 12, Kandal and Prey Veng 11, Battambang 8, Siem Reap 6, Kep 1.
      expect(['12', '08', '14', '02', '17', '23'].map(count)).toEqual([12, 11, 11, 8, 6, 1]);
    });

    it('gives the members fictional parties with Khmer names, none a real party', async () => {
      const parties = await t.db.kysely
        .selectFrom('assembly_parties')
        .select(['code', 'name_km', 'name_en', 'is_demo'])
        .orderBy('code')
        .execute();
      expect(parties.map((p) => [p.code, p.is_demo])).toEqual([
        ['DEMO-A', 1],
        ['DEMO-B', 1],
        ['DEMO-C', 1],
      ]);
      expect(parties.every((p) => p.name_km.startsWith('គណបក្ស') && p.name_en.includes('fictional'))).toBe(
        true,
      );
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
