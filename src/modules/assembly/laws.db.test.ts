// Bills on both databases, on the demo Assembly (125 seats, sittings with attendance): a bill is adopted
// only on its own valid vote that reached its majority (Art. 90.1–6); then signature, publication, annulment.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { createDemoAssembly } from './demo-assembly';
import {
  adoptionInputSchema,
  amendmentInputSchema,
  billInputSchema,
  introduceBill,
  recordAmendment,
  recordBillStep,
} from './laws.commands';
import { findBill } from './questions-laws.queries';
import { TEST_ACTOR } from './questions-laws.test-data';
import { loadPlacesAndCommissions } from './records.test-data';
import { recordVote } from './sittings.commands';

// The demo Assembly's sittings fall 30, 20, 13 (the question day) and 8 days before this.
const NOW = new Date('2026-11-20T03:00:00Z');

describeEachDatabase(
  'adopting bills',
  (t) => {
    const sittings: Record<string, number> = {};
    beforeAll(async () => {
      await createDemoAssembly(t.db, NOW);
      for (const s of await t.db.kysely
        .selectFrom('assembly_sittings')
        .select(['id', 'sitting_on'])
        .execute())
        sittings[s.sitting_on] = s.id;
    });

    const introduce = async (titleEn: string) => {
      const made = await introduceBill(
        t.db,
        TEST_ACTOR,
        billInputSchema.parse({
          titleKm: 'សេចក្ដីព្រាងច្បាប់សាកល្បង',
          titleEn,
          initiatedBy: 'prime_minister',
          introducedOn: '2026-10-01',
        }),
        NOW,
      );
      if (!made.ok) throw new Error(made.error.code);
      return made.value.id;
    };
    const vote = async (billId: number | null, sittingOn: string, yes: number, matter = 'law' as const) => {
      const made = await recordVote(
        t.db,
        TEST_ACTOR,
        sittings[sittingOn],
        { matter, titleKm: 'ការបោះឆ្នោតសាកល្បង', titleEn: 'Test vote', billId, yes, no: 0, abstain: 0 },
        NOW,
      );
      if (!made.ok) throw new Error(made.error.code);
      return made.value;
    };
    const adopt = (billId: number, voteEventId: number | null, adoptedOn = '2026-11-12') =>
      recordBillStep(
        t.db,
        TEST_ACTOR,
        billId,
        'adoption',
        adoptionInputSchema.parse({
          adoptedOn,
          voteEventId: voteEventId === null ? '' : String(voteEventId),
        }),
        NOW,
      );

    it('refuses to adopt a bill without a vote, on another bill’s or motion’s vote, or on its own failed vote, citing the article', async () => {
      const id = await introduce('Test law on ferries (fictional)');
      expect(await adopt(id, null)).toEqual({
        ok: false,
        error: { code: 'vote-required', article: '90.1–6' },
      });

      const others = await t.db.kysely
        .selectFrom('assembly_vote_events')
        .select(['id', 'bill_id', 'matter'])
        .where('outcome', '=', 'adopted')
        .orderBy('id')
        .execute();
      const anotherBills = others.find((v) => v.bill_id !== null);
      const aMotion = others.find((v) => v.matter === 'confidence');
      for (const other of [anotherBills, aMotion]) {
        expect(await adopt(id, other?.id ?? 0)).toEqual({
          ok: false,
          error: { code: 'vote-of-another-bill', article: '90.1–6' },
        });
      }
      // The passing vote of a motion recorded without a bill adopts no bill either.
      const motion = await vote(null, '2026-11-12', 100);
      expect(motion.outcome).toBe('adopted');
      expect(await adopt(id, motion.id)).toEqual({
        ok: false,
        error: { code: 'vote-of-another-bill', article: '90.1–6' },
      });

      const noQuorum = await vote(id, '2026-10-31', 80);
      expect(noQuorum.outcome).toBe('invalid');
      expect(await adopt(id, noQuorum.id)).toEqual({
        ok: false,
        error: { code: 'vote-invalid', article: '88.3' },
      });
      const tooFew = await vote(id, '2026-10-21', 62);
      expect(tooFew.outcome).toBe('rejected');
      expect(await adopt(id, tooFew.id)).toEqual({
        ok: false,
        error: { code: 'vote-not-adopted', article: '90.1–6' },
      });
      expect(await findBill(t.db.kysely, id)).toMatchObject({
        adopted_on: null,
        adoption_vote_event_id: null,
      });
    });

    it('adopts a bill on its own passing vote, not before the day of that vote', async () => {
      const id = await introduce('Test law on bridges (fictional)');
      const passed = await vote(id, '2026-11-12', 63);
      expect(passed.outcome).toBe('adopted');
      expect(await adopt(id, passed.id, '2026-11-11')).toEqual({
        ok: false,
        error: { code: 'date-before-previous-step' },
      });
      expect(await adopt(id, passed.id)).toMatchObject({ ok: true });
      expect(await findBill(t.db.kysely, id)).toMatchObject({
        adopted_on: '2026-11-12',
        adoption_vote_event_id: passed.id,
      });
    });

    it('links a vote only to a bill not yet adopted, on a matter a bill is voted on', async () => {
      const id = await introduce('Test law on ports (fictional)');
      const confidence = await recordVote(
        t.db,
        TEST_ACTOR,
        sittings['2026-11-12'],
        { matter: 'confidence', titleKm: 'ក', titleEn: 'A', billId: id, yes: 90, no: 0, abstain: 0 },
        NOW,
      );
      expect(confidence).toEqual({ ok: false, error: { code: 'not-a-bill-matter', article: '90.1–6' } });
      await adopt(id, (await vote(id, '2026-11-12', 90)).id);
      expect(
        await recordVote(
          t.db,
          TEST_ACTOR,
          sittings['2026-11-12'],
          { matter: 'law', titleKm: 'ក', titleEn: 'A', billId: id, yes: 90, no: 0, abstain: 0 },
          NOW,
        ),
      ).toEqual({ ok: false, error: { code: 'bill-already-adopted' } });
    });

    it('follows a bill to a law: amendments, adoption, signature with the dates it takes effect, publication, annulment', async () => {
      const [member] = await t.db.kysely.selectFrom('assembly_memberships').select('id').limit(1).execute();
      const made = await introduceBill(
        t.db,
        TEST_ACTOR,
        billInputSchema.parse({
          titleKm: 'សេចក្ដីព្រាងច្បាប់សាកល្បង',
          titleEn: 'Demo bill (fictional)',
          initiatedBy: 'deputies',
          initiatorMembershipId: String(member.id),
          introducedOn: '2026-10-05',
        }),
        NOW,
      );
      if (!made.ok) throw new Error(made.error.code);
      const id = made.value.id;
      const amendment = (over: Record<string, unknown>) =>
        amendmentInputSchema.parse({
          proposedOn: '2026-10-10',
          summary: 'Lower a tax (fictional).',
          ...over,
        });
      expect(
        await recordAmendment(
          t.db,
          TEST_ACTOR,
          id,
          amendment({ inadmissibleReason: 'reduces_public_income', inadmissibleNote: 'Cuts revenue.' }),
          NOW,
        ),
      ).toMatchObject({ ok: true });
      expect(
        await recordAmendment(t.db, TEST_ACTOR, id, amendment({ proposedOn: '2026-10-01' }), NOW),
      ).toEqual({
        ok: false,
        error: { code: 'date-before-previous-step' },
      });
      const sign = (signedOn: string, urgent = false) =>
        recordBillStep(t.db, TEST_ACTOR, id, 'signature', { signedOn, urgent }, NOW);
      expect(await sign('2026-11-16')).toEqual({ ok: false, error: { code: 'not-adopted-yet' } });
      expect(await adopt(id, (await vote(id, '2026-11-12', 70)).id)).toMatchObject({ ok: true });
      expect(await recordAmendment(t.db, TEST_ACTOR, id, amendment({}), NOW)).toEqual({
        ok: false,
        error: { code: 'already-adopted' },
      });
      expect(await sign('2026-11-11')).toEqual({ ok: false, error: { code: 'date-before-previous-step' } });
      expect(await sign('2026-11-16')).toMatchObject({ ok: true });
      expect(
        await recordBillStep(
          t.db,
          TEST_ACTOR,
          id,
          'publication',
          { publishedOn: '2026-11-18', reference: 'JO 2026/7 (demo)' },
          NOW,
        ),
      ).toMatchObject({ ok: true });
      expect(await findBill(t.db.kysely, id)).toMatchObject({
        signed_on: '2026-11-16',
        effective_phnom_penh: '2026-11-26',
        effective_nationwide: '2026-12-06',
        published_on: '2026-11-18',
      });
      expect(
        await recordBillStep(
          t.db,
          TEST_ACTOR,
          id,
          'annulment',
          { annulledOn: '2026-11-19', reference: 'CC decision (demo)' },
          NOW,
        ),
      ).toMatchObject({ ok: true });
      const audit = await t.db.kysely
        .selectFrom('audit_log')
        .select('action')
        .where('entity_type', '=', 'assembly_bill')
        .where('entity_id', '=', String(id))
        .orderBy('id')
        .execute();
      expect(audit.map((r) => r.action)).toEqual([
        'bill.introduce',
        'bill.amendment',
        'bill.adopt',
        'bill.sign',
        'bill.publish',
        'bill.annul',
      ]);
    });

    it('makes an urgent law take effect on the day it is signed', async () => {
      const id = await introduce('Urgent demo law (fictional)');
      await adopt(id, (await vote(id, '2026-11-12', 70)).id);
      await recordBillStep(t.db, TEST_ACTOR, id, 'signature', { signedOn: '2026-11-13', urgent: true }, NOW);
      expect(await findBill(t.db.kysely, id)).toMatchObject({
        urgent: 1,
        effective_phnom_penh: '2026-11-13',
        effective_nationwide: '2026-11-13',
      });
    });
  },
  loadPlacesAndCommissions,
);
