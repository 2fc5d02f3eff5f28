// The league table's arithmetic on a fixed data set, on both databases: on-time share (late includes
// overdue open applications), median processing days, overcharging reports per 1,000 receipts, average rating.
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import type { Db } from '../../db/connect';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { concernInputSchema, submitConcern } from '../casework';
import type { ApplicationStatus } from './counter.table';
import { addCounterTestCatalogue } from './counter-test-data';
import { loadLeague } from './league.service';

const TODAY = '2026-06-15';

async function addOffice(db: Db, code: string, place: string, level: 'commune' | 'district') {
  await db.kysely
    .insertInto('owso_offices')
    .values({
      code,
      level,
      place_code: place,
      name_en: code,
      name_km: code,
      rollout_status: 'operating',
      updated_at: '2026-01-01T00:00:00Z',
    })
    .execute();
}

type App = [
  office: string,
  receivedOn: string,
  status: ApplicationStatus,
  days: number | null,
  onTime: 0 | 1 | null,
  rating: number | null,
  dueOn?: string,
];

async function addApplications(db: Db, apps: App[]) {
  await db.kysely
    .insertInto('owso_applications')
    .values(
      apps.map(([office, receivedOn, status, days, onTime, rating, dueOn]) => ({
        office_code: office,
        service_code: 'REG-01',
        applicant_name: 'Demo Applicant',
        applicant_phone: null,
        documents_checked: '',
        status,
        received_on: receivedOn,
        due_on: dueOn ?? '2026-05-30',
        processing_days: days,
        on_time: onTime,
        rating,
        done_at: status === 'done' ? `${receivedOn}T09:00:00.000Z` : null,
        form_id: null,
        clerk_user_id: null,
        created_at: `${receivedOn}T02:00:00.000Z`,
        updated_at: `${receivedOn}T02:00:00.000Z`,
      })),
    )
    .execute();
}

async function addReport(db: Db, category: string, commune: string, now: Date) {
  const input = concernInputSchema.parse({
    category,
    description: 'I was asked to pay more than the posted fee (test, fictional).',
    province: commune.slice(0, 2),
    district: commune.slice(0, 4),
    commune,
  });
  const result = await submitConcern(db, input, { channel: 'web', actor: SYSTEM_ACTOR, lang: 'en', now });
  if (!result.ok) throw new Error(result.error);
}

describeEachDatabase(
  'OWSO league table arithmetic',
  (t) => {
    beforeAll(async () => {
      const db = t.db;
      await addCounterTestCatalogue(db);
      await addOffice(db, 'C-010201', '010201', 'commune');
      await addOffice(db, 'D-1201', '1201', 'district');
      await db.kysely
        .insertInto('concern_categories')
        .values({ code: 'overcharging', name_en: 'Overcharging', name_km: 'យកថ្លៃលើស', sort_order: 99 })
        // Sala's reference data (loadOwsoReference) may have added it already.
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
      await addApplications(db, [
        // Commune 120101: done in 1, 2, 3 (on time) and 6 (late) days; one open past its day (late);
        // one open not yet due; one cancelled (not counted anywhere).
        ['OWSO-120101', '2026-05-04', 'done', 1, 1, 5],
        ['OWSO-120101', '2026-05-05', 'done', 2, 1, 4],
        ['OWSO-120101', '2026-05-06', 'done', 3, 1, null],
        ['OWSO-120101', '2026-05-07', 'done', 6, 0, 2],
        ['OWSO-120101', '2026-05-12', 'received', null, null, null, '2026-05-20'],
        ['OWSO-120101', '2026-05-29', 'in_progress', null, null, null, '2026-06-20'],
        ['OWSO-120101', '2026-05-13', 'cancelled', null, null, null, '2026-05-20'],
        // Commune 120109: two done in a day each, one rating of 3; an April one is another month.
        ['OWSO-120109', '2026-05-11', 'done', 1, 1, 3],
        ['OWSO-120109', '2026-05-31', 'done', 1, 1, null],
        ['OWSO-120109', '2026-04-30', 'done', 9, 0, 1],
        // Commune 010201 (another province): one done late.
        ['C-010201', '2026-05-15', 'done', 4, 0, null],
        // The district office of 1201: counts for the district and province, not for any commune.
        ['D-1201', '2026-05-20', 'done', 2, 1, 5],
      ]);
      // Overcharging reports: two in 120101 and one in 120109 in May (Phnom Penh), one in April, one of another category.
      await addReport(db, 'overcharging', '120101', new Date('2026-05-10T03:00:00Z'));
      await addReport(db, 'overcharging', '120101', new Date('2026-05-31T16:59:00Z')); // 23:59 on 31 May in Phnom Penh
      await addReport(db, 'overcharging', '120109', new Date('2026-05-20T03:00:00Z'));
      await addReport(db, 'overcharging', '120101', new Date('2026-04-30T16:59:00Z'));
      await addReport(db, 'land', '120101', new Date('2026-05-10T03:00:00Z'));
    });

    it('ranks communes by on-time share, with median days, reports per 1,000 receipts and average rating', async () => {
      const rows = await loadLeague(t.db.kysely, '2026-05', 'commune', TODAY);
      expect(rows?.map((r) => r.area)).toEqual(['120109', '120101', '010201']);
      const [b, a, c] = rows ?? [];
      expect(b).toMatchObject({
        receipts: 2,
        onTimeShare: 1,
        medianDays: 1,
        overchargeReports: 1,
        averageRating: 3,
      });
      expect(b.reportsPerThousand).toBe(500);
      expect(a).toMatchObject({
        receipts: 6,
        onTimeShare: 0.6,
        medianDays: 2.5,
        overchargeReports: 2,
        ratings: 3,
      });
      expect(a.reportsPerThousand).toBeCloseTo(333.333, 3);
      expect(a.averageRating).toBeCloseTo(11 / 3, 10);
      expect(c).toMatchObject({
        receipts: 1,
        onTimeShare: 0,
        medianDays: 4,
        reportsPerThousand: 0,
        averageRating: null,
      });
      expect(a.nameLatin).toBe('Tonle Basak');
    });

    it('adds up districts and provinces from every office inside them', async () => {
      for (const [level, code, other] of [
        ['district', '1201', '0102'],
        ['province', '12', '01'],
      ] as const) {
        const rows = await loadLeague(t.db.kysely, '2026-05', level, TODAY);
        expect(rows?.map((r) => r.area)).toEqual([code, other]);
        const first = rows?.[0];
        // 6 + 2 + 1 receipts; on time 3 + 2 + 1 of 8 outcomes; days 1,1,1,2,2,3,6; 3 reports; ratings 5,4,2,3,5.
        expect(first).toMatchObject({
          receipts: 9,
          onTimeShare: 0.75,
          medianDays: 2,
          overchargeReports: 3,
          averageRating: 3.8,
        });
        expect(first?.reportsPerThousand).toBeCloseTo(3000 / 9, 10);
      }
    });

    it('counts an open application as late only once its last day has passed', async () => {
      const rows = await loadLeague(t.db.kysely, '2026-05', 'commune', '2026-06-30');
      // The in-progress one (due 20 June) is now late too: 3 on time of 6 outcomes.
      expect(rows?.find((r) => r.area === '120101')?.onTimeShare).toBe(0.5);
    });

    it('has an empty table for a month without data, and none for a month that is not one', async () => {
      expect(await loadLeague(t.db.kysely, '2026-07', 'commune', TODAY)).toEqual([]);
      expect(await loadLeague(t.db.kysely, '2026-13', 'commune', TODAY)).toBeNull();
    });
  },
  seedDemo,
);

describe('league rules', () => {
  it('takes the median of counted values', async () => {
    const { medianOfCounts } = await import('./league.rules');
    expect(medianOfCounts([])).toBeNull();
    expect(medianOfCounts([{ value: 5, count: 1 }])).toBe(5);
    expect(
      medianOfCounts([
        { value: 3, count: 2 },
        { value: 1, count: 1 },
      ]),
    ).toBe(3);
    expect(
      medianOfCounts([
        { value: 1, count: 1 },
        { value: 4, count: 1 },
      ]),
    ).toBe(2.5);
    expect(
      medianOfCounts([
        { value: 2, count: 3 },
        { value: 10, count: 3 },
      ]),
    ).toBe(6);
  });
});
