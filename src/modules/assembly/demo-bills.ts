// Fictional demo bills (marked demo): one published law, one adopted, one new bill. Each adopted bill rests on
// its own passing vote (Art. 90.1–6), so the bills are introduced before the sittings that vote on them.
import type { Db } from '../../db/connect';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { markDemoBills } from './demo.queries';
import { must } from './demo-must';
import {
  adoptionInputSchema,
  amendmentInputSchema,
  billInputSchema,
  introduceBill,
  recordAmendment,
  recordBillStep,
} from './laws.commands';
import { addDays } from './procedure/dates.rules';

export interface DemoBills {
  roads: number;
  water: number;
}

/** Introduces the demo bills (the roads bill with an inadmissible amendment by `memberId`). */
export async function introduceDemoBills(db: Db, now: Date, memberId: number): Promise<DemoBills> {
  const today = phnomPenhDate(now);
  const billIds: number[] = [];
  const bill = async (titleKm: string, titleEn: string, daysAgo: number) => {
    const made = await must(
      'bill',
      introduceBill(
        db,
        SYSTEM_ACTOR,
        billInputSchema.parse({
          titleKm,
          titleEn,
          initiatedBy: 'prime_minister',
          introducedOn: addDays(today, -daysAgo),
        }),
        now,
      ),
    );
    billIds.push(made.id);
    return made.id;
  };
  const roads = await bill('ច្បាប់សាកល្បងស្ដីពីផ្លូវជនបទ', 'Demo law on rural roads (fictional)', 60);
  await must(
    'amendment',
    recordAmendment(
      db,
      SYSTEM_ACTOR,
      roads,
      amendmentInputSchema.parse({
        membershipId: String(memberId),
        proposedOn: addDays(today, -55),
        summary: 'លុបពន្ធផ្លូវ (សាកល្បង)។',
        inadmissibleReason: 'reduces_public_income',
        inadmissibleNote: 'សាកល្បង៖ ពន្ធផ្លូវជាចំណូលសាធារណៈ។',
      }),
      now,
    ),
  );
  const water = await bill('ច្បាប់សាកល្បងស្ដីពីទឹកស្អាត', 'Demo law on clean water (fictional)', 20);
  await bill('សេចក្ដីព្រាងច្បាប់សាកល្បងស្ដីពីសុខាភិបាល', 'Demo bill on health centres (fictional)', 3);
  await markDemoBills(db.kysely, billIds);
  return { roads, water };
}

/** Adopts the demo bills on their passing votes; the roads law is then signed and published. */
export async function adoptDemoBills(db: Db, now: Date, bills: DemoBills, votes: DemoBills): Promise<void> {
  const day = (daysAgo: number) => addDays(phnomPenhDate(now), -daysAgo);
  const adopt = (bill: number, vote: number, daysAgo: number) =>
    must(
      'adoption',
      recordBillStep(
        db,
        SYSTEM_ACTOR,
        bill,
        'adoption',
        adoptionInputSchema.parse({ adoptedOn: day(daysAgo), voteEventId: String(vote) }),
        now,
      ),
    );
  await adopt(bills.roads, votes.roads, 30);
  await must(
    'signature',
    recordBillStep(db, SYSTEM_ACTOR, bills.roads, 'signature', { signedOn: day(25), urgent: false }, now),
  );
  await must(
    'publication',
    recordBillStep(
      db,
      SYSTEM_ACTOR,
      bills.roads,
      'publication',
      { publishedOn: day(23), reference: 'DEMO-JO-1' },
      now,
    ),
  );
  await adopt(bills.water, votes.water, 5);
}
