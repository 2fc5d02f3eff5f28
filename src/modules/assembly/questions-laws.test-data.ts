// A small fictional Assembly for the tests of questions and laws: one legislature, two members, ministries.
import type { Executor } from '../../db/database';

export const TEST_ACTOR = { userId: null, label: 'test-secretariat' };

export interface TinyAssembly {
  legislatureId: number;
  /** A seat held from the legislature's first day. */
  memberId: number;
  /** A seat that ended on 2024-12-31. */
  formerMemberId: number;
}

/** Legislature 99 (fictional) from 2023-07-23, and ministries DEMO-A, DEMO-B and the Prime Minister. */
export async function createTinyAssembly(db: Executor): Promise<TinyAssembly> {
  const existing = await db
    .selectFrom('assembly_legislatures')
    .select('id')
    .where('number', '=', 99)
    .executeTakeFirst();
  if (existing) throw new Error('createTinyAssembly runs once per database');
  const now = new Date().toISOString();
  const { id: legislatureId } = await db
    .insertInto('assembly_legislatures')
    .values({
      number: 99,
      seats: 125,
      elected_on: '2023-07-23',
      convened_on: '2023-08-21',
      ends_on: null,
      is_demo: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const seat = async (n: number, end: string | null) => {
    const { id: personId } = await db
      .insertInto('assembly_persons')
      .values({
        name_en: `Test Member ${n}`,
        name_km: `សមាជិកសាកល្បង ${n}`,
        gender: null,
        birth_date: '1970-01-01',
        khmer_by_birth: 1,
        is_demo: 1,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id } = await db
      .insertInto('assembly_memberships')
      .values({
        person_id: personId,
        legislature_id: legislatureId,
        province_code: '12',
        party_id: null,
        start_date: '2023-08-21',
        end_date: end,
        end_reason: end ? 'resignation' : null,
        replaces_membership_id: null,
        government_post: null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  };
  const memberId = await seat(1, null);
  const formerMemberId = await seat(2, '2024-12-31');
  await db
    .insertInto('assembly_ministries')
    .values([
      {
        code: 'DEMO-PM',
        name_en: 'Prime Minister (test)',
        name_km: 'នាយករដ្ឋមន្ត្រី (សាកល្បង)',
        is_prime_minister: 1,
      },
      { code: 'DEMO-A', name_en: 'Demo Ministry A', name_km: 'ក្រសួងសាកល្បង ក', is_prime_minister: 0 },
      { code: 'DEMO-B', name_en: 'Demo Ministry B', name_km: 'ក្រសួងសាកល្បង ខ', is_prime_minister: 0 },
    ])
    .execute();
  return { legislatureId, memberId, formerMemberId };
}
