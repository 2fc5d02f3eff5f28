// Sala at full size, for the tests that measure public pages: the demo data (125 members, 25 constituency
// offices) plus a whole catalogue of fictional sample services, and one fictional commune office in each of
// the gazetteer's 1,652 communes with a month of receipts, so the league table has a row for every commune.
// Every row is fictional and marked as demo or sample.
import type { Db } from '../../src/db/connect';
import { buildSearchText } from '../../src/platform/search/search-text';
import { prepareDatabase } from '../../src/setup/prepare-database';
import { TEST_PASSWORD } from './app';

/** About as many services as a province's one-window offices list across the three levels. */
export const FULL_SIZE_SERVICES = 240;

const KM_WORDS = [
  'ការចុះបញ្ជី',
  'លិខិតបញ្ជាក់',
  'អាជ្ញាប័ណ្ណ',
  'ការផ្ទេរ',
  'ការកែប្រែ',
  'សំបុត្រកំណើត',
  'ដីធ្លី',
  'សំណង់',
  'អាជីវកម្ម',
  'កសិកម្ម',
  'ទឹកស្អាត',
  'យានយន្ត',
  'ការធ្វើដំណើរ',
  'ពាណិជ្ជកម្ម',
  'ឧស្សាហកម្ម',
  'វប្បធម៌',
  'ទេសចរណ៍',
  'សុខាភិបាល',
  'អប់រំ',
  'ការងារ',
];
const EN_WORDS = [
  'registration',
  'certificate',
  'licence',
  'transfer',
  'amendment',
  'birth record',
  'land',
  'building',
  'business',
  'farming',
  'clean water',
  'vehicle',
  'travel',
  'trade',
  'industry',
  'culture',
  'tourism',
  'health',
  'education',
  'labour',
];

/** Deterministic choices (mulberry32), so every run measures the same pages. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 200) await insert(rows.slice(i, i + 200));
}

/** The demo data, then the full-size additions; `today` is a Phnom Penh day (YYYY-MM-DD). */
export async function seedFullSize(db: Db, today: string) {
  await prepareDatabase(db, { demo: true, demoPassword: TEST_PASSWORD, demoCases: true });
  const k = db.kysely;
  const random = seeded(19);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const at = `${today}T00:00:00.000Z`;
  const categories = (await k.selectFrom('owso_categories').select('code').execute()).map((c) => c.code);
  const levels = ['commune', 'district', 'province'] as const;
  const services = Array.from({ length: FULL_SIZE_SERVICES }, (_, i) => {
    const words = [0, 1, 2, 3].map(() => Math.floor(random() * KM_WORDS.length));
    const code = `FULL-${String(i + 1).padStart(3, '0')}`;
    const name_en = `${words.map((w) => EN_WORDS[w]).join(' ')} (sample ${i + 1})`;
    const name_km = `${words.map((w) => KM_WORDS[w]).join(' ')} (គំរូ ${i + 1})`;
    return {
      code,
      category_code: pick(categories),
      level: levels[i % 3],
      name_en,
      name_km,
      max_days: 1 + Math.floor(random() * 30),
      documents_en: `Identity card\n${pick(EN_WORDS)} paper`,
      documents_km: `អត្តសញ្ញាណប័ណ្ណ\nឯកសារ${pick(KM_WORDS)}`,
      who_may_apply_en: 'Anyone',
      who_may_apply_km: 'គ្រប់គ្នា',
      legal_basis: 'Sample (not official)',
      is_sample: 1,
      search_text: buildSearchText([code, name_en, name_km]),
      updated_at: at,
    };
  });
  await insertInChunks(services, (chunk) => k.insertInto('owso_services').values(chunk).execute());
  await insertInChunks(services, (chunk) =>
    k
      .insertInto('owso_fees')
      .values(
        chunk.map((s) => ({
          service_code: s.code,
          fee_riel: Math.floor(random() * 200) * 1000,
          effective_from: '2020-01-01',
          recorded_at: at,
          recorded_by: null,
          note: 'sample, not official',
        })),
      )
      .execute(),
  );
  const communes = await k
    .selectFrom('places')
    .select(['code', 'name_latin', 'name_km'])
    .where('level', '=', 'commune')
    .orderBy('code')
    .execute();
  const offices = communes.map((c) => ({
    code: `FULL-${c.code}`,
    level: 'commune' as const,
    place_code: c.code,
    name_en: `${c.name_latin} commune office (demo)`,
    name_km: `ការិយាល័យច្រកចេញចូលតែមួយឃុំ${c.name_km} (សាកល្បង)`,
    rollout_status: 'operating' as const,
    operating_since: '2025-01-01',
    is_demo: 1,
    updated_at: at,
  }));
  await insertInChunks(offices, (chunk) => k.insertInto('owso_offices').values(chunk).execute());
  const communeService = services.find((s) => s.level === 'commune')?.code ?? '';
  const received = `${today.slice(0, 7)}-01`;
  const applications = offices.flatMap((o, i) =>
    [0, 1].map((n) => {
      const days = 1 + ((i + n) % 9);
      return {
        office_code: o.code,
        service_code: communeService,
        applicant_name: `Demo Applicant ${i}-${n}`,
        documents_checked: '[]',
        status: 'done' as const,
        received_on: received,
        due_on: received,
        done_at: at,
        processing_days: days,
        on_time: days <= 5 ? 1 : 0,
        rating: 1 + ((i + n) % 5),
        is_demo: 1,
        created_at: at,
        updated_at: at,
      };
    }),
  );
  await insertInChunks(applications, (chunk) => k.insertInto('owso_applications').values(chunk).execute());
}
