// A small fixed catalogue and two offices for the counter's tests (fictional, sample fees — not official).
import type { Db } from '../../db/connect';
import type { ApplicationInput } from './receipt.commands';

export const TEST_OFFICE = 'OWSO-120101';
export const OTHER_OFFICE = 'OWSO-120109';

/** An application for REG-01 at the test office, paid at the counter, both documents ticked. */
export const testApplication = (over: Partial<ApplicationInput> = {}): ApplicationInput => ({
  office: TEST_OFFICE,
  service: 'REG-01',
  applicantName: 'Demo Applicant 1',
  applicantPhone: null,
  documents: ['0', '1'],
  payment: 'counter',
  agency: '',
  agencyReference: '',
  exemptionReason: '',
  ...over,
});

/** Adds a category, three services with their fee history, one agency and two commune offices. */
export async function addCounterTestCatalogue(db: Db, at = '2026-01-01T00:00:00.000Z') {
  const k = db.kysely;
  await k
    .insertInto('owso_categories')
    .values({ code: 'registration', name_en: 'Registration', name_km: 'ការចុះបញ្ជី', sort_order: 1 })
    .execute();
  const service = (code: string, en: string, km: string, maxDays: number, agency: number) => ({
    code,
    category_code: 'registration',
    level: 'commune' as const,
    name_en: en,
    name_km: km,
    max_days: maxDays,
    documents_en: 'Identity card\nResidence book',
    documents_km: 'អត្តសញ្ញាណប័ណ្ណ\nសៀវភៅស្នាក់នៅ',
    who_may_apply_en: 'Anyone',
    who_may_apply_km: 'គ្រប់គ្នា',
    legal_basis: 'Sample (not official)',
    pay_at_counter: 1,
    pay_at_agency: agency,
    is_sample: 1,
    search_text: en.toLowerCase(),
    updated_at: at,
  });
  await k
    .insertInto('owso_services')
    .values([
      service('REG-01', 'Birth registration (sample)', 'ការចុះបញ្ជីកំណើត (គំរូ)', 3, 1),
      service('REG-02', 'Marriage registration (sample)', 'ការចុះបញ្ជីអាពាហ៍ពិពាហ៍ (គំរូ)', 5, 0),
      service('CER-01', 'Certification of a letter (sample)', 'ការបញ្ជាក់លិខិត (គំរូ)', 1, 0),
    ])
    .execute();
  await k
    .insertInto('owso_fees')
    .values([
      {
        service_code: 'REG-01',
        fee_riel: 4000,
        effective_from: '2020-01-01',
        recorded_at: at,
        recorded_by: null,
        note: null,
      },
      // A later change: receipts from that day show the new fee, earlier ones keep the old.
      {
        service_code: 'REG-01',
        fee_riel: 5000,
        effective_from: '2026-06-01',
        recorded_at: at,
        recorded_by: null,
        note: null,
      },
      {
        service_code: 'REG-02',
        fee_riel: 10000,
        effective_from: '2020-01-01',
        recorded_at: at,
        recorded_by: null,
        note: null,
      },
      {
        service_code: 'CER-01',
        fee_riel: 0,
        effective_from: '2020-01-01',
        recorded_at: at,
        recorded_by: null,
        note: null,
      },
    ])
    .execute();
  await k
    .insertInto('owso_agencies')
    .values({ code: 'AGENCY-1', name_en: 'Sample agency', name_km: 'ភ្នាក់ងារគំរូ' })
    .execute();
  const office = (code: string, place: string, en: string) => ({
    code,
    level: 'commune' as const,
    place_code: place,
    name_en: en,
    name_km: `${en} (km)`,
    rollout_status: 'operating' as const,
    operating_since: '2025-01-01',
    updated_at: at,
  });
  await k
    .insertInto('owso_offices')
    .values([
      office(TEST_OFFICE, '120101', 'Test commune office'),
      office(OTHER_OFFICE, '120109', 'Other commune office'),
    ])
    .execute();
}
