// Sample OWSO catalogue (sample fees — not official) and demo offices in Phnom Penh, Battambang and Siem Reap
// (marked demo).
// No official fee schedule ships with Sala: names follow the shape of the commune OWSO (10 registration
// and 13 certification sub-services, some district services); every fee here is invented.
import type { Db } from '../../db/connect';
import { type Actor, appendAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { currentUserByUsername } from '../../platform/auth/current-user';
import { type ServiceInput, saveService } from './catalogue.commands';
import { insertAgency, insertCategories } from './catalogue.queries';
import { loadOwsoReference } from './load-owso-reference';
import { saveOffice } from './offices.commands';
import type { RolloutStatus, ServiceLevel } from './owso.table';

/** The demo commune office where the demo owso_clerk and owso_chief work (place 120101). */
export const DEMO_COMMUNE_OFFICE = 'OWSO-120101';

const CATEGORIES = [
  { code: 'registration', name_en: 'Registration', name_km: 'ការចុះបញ្ជី', sort_order: 1 },
  {
    code: 'certification',
    name_en: 'Certification of letters and applications',
    name_km: 'ការបញ្ជាក់លិខិត និងពាក្យស្នើសុំ',
    sort_order: 2,
  },
  { code: 'district', name_en: 'District services', name_km: 'សេវាថ្នាក់ស្រុក/ខណ្ឌ', sort_order: 3 },
];

// [English, Khmer] names; the sub-services are illustrative, not a legal list.
const REGISTRATION: [string, string][] = [
  ['Birth registration', 'ការចុះបញ្ជីកំណើត'],
  ['Late birth registration', 'ការចុះបញ្ជីកំណើតហួសកាលកំណត់'],
  ['Marriage registration', 'ការចុះបញ្ជីអាពាហ៍ពិពាហ៍'],
  ['Death registration', 'ការចុះបញ្ជីមរណភាព'],
  ['Copy of a birth certificate', 'ការចម្លងសំបុត្រកំណើត'],
  ['Copy of a marriage certificate', 'ការចម្លងសំបុត្រអាពាហ៍ពិពាហ៍'],
  ['Copy of a death certificate', 'ការចម្លងសំបុត្រមរណភាព'],
  ['Correction of a civil record', 'ការកែតម្រូវលិខិតអត្រានុកូលដ្ឋាន'],
  ['Registration of a new residence', 'ការចុះបញ្ជីទីលំនៅថ្មី'],
  ['Family book entry', 'ការបញ្ចូលឈ្មោះក្នុងសៀវភៅគ្រួសារ'],
];
const CERTIFICATION: [string, string][] = [
  ['Certification of a signature', 'ការបញ្ជាក់ហត្ថលេខា'],
  ['Certification of a copy', 'ការបញ្ជាក់ច្បាប់ចម្លង'],
  ['Certificate of residence', 'លិខិតបញ្ជាក់ទីលំនៅ'],
  ['Certificate of identity', 'លិខិតបញ្ជាក់អត្តសញ្ញាណ'],
  ['Certificate of poverty status', 'លិខិតបញ្ជាក់ស្ថានភាពក្រីក្រ'],
  ['Certificate of single status', 'លិខិតបញ្ជាក់នៅលីវ'],
  ['Certificate of land possession', 'លិខិតបញ្ជាក់ការកាន់កាប់ដី'],
  ['Certification of a sale letter', 'ការបញ្ជាក់លិខិតលក់ទិញ'],
  ['Certification of a gift letter', 'ការបញ្ជាក់លិខិតប្រគល់ជូន'],
  ['Certification of a lease', 'ការបញ្ជាក់កិច្ចសន្យាជួល'],
  ['Certificate of good conduct', 'លិខិតបញ្ជាក់ចរិយាសម្បត្តិល្អ'],
  ['Certification of a travel letter', 'ការបញ្ជាក់លិខិតធ្វើដំណើរ'],
  ['Certification of a loan application', 'ការបញ្ជាក់ពាក្យស្នើសុំកម្ចី'],
];
const DISTRICT: [string, string][] = [
  ['Small business licence', 'អាជ្ញាប័ណ្ណអាជីវកម្មខ្នាតតូច'],
  ['Construction permit (small house)', 'លិខិតអនុញ្ញាតសាងសង់ (ផ្ទះតូច)'],
  ['Motorbike transport licence', 'អាជ្ញាប័ណ្ណដឹកជញ្ជូនម៉ូតូ'],
  ['Event permit', 'លិខិតអនុញ្ញាតរៀបចំកម្មវិធី'],
];

const SAMPLE_BASIS = 'គំរូ — មិនមែនមូលដ្ឋានច្បាប់ផ្លូវការទេ';

function sampleService(
  code: string,
  category: string,
  level: ServiceLevel,
  [en, km]: [string, string],
  maxDays: number,
  agency: boolean,
): ServiceInput {
  return {
    code,
    category_code: category,
    level,
    name_en: `${en} (sample)`,
    name_km: `${km} (គំរូ)`,
    max_days: maxDays,
    documents_en: 'Identity card or family book\nResidence book\nApplication form',
    documents_km: 'អត្តសញ្ញាណប័ណ្ណ ឬសៀវភៅគ្រួសារ\nសៀវភៅស្នាក់នៅ\nពាក្យស្នើសុំ',
    who_may_apply_en: 'Residents of the commune or district, or a person they authorise',
    who_may_apply_km: 'ប្រជាពលរដ្ឋរស់នៅក្នុងឃុំ/សង្កាត់ ឬស្រុក/ខណ្ឌ ឬអ្នកទទួលសិទ្ធិ',
    legal_basis: SAMPLE_BASIS,
    pay_at_counter: 1,
    pay_at_agency: agency ? 1 : 0,
    is_sample: 1,
    is_active: 1,
  };
}

const OFFICES: {
  code: string;
  level: ServiceLevel;
  place: string;
  en: string;
  km: string;
  status: RolloutStatus;
  since: string | null;
}[] = [
  {
    code: DEMO_COMMUNE_OFFICE,
    level: 'commune',
    place: '120101',
    en: 'Tonle Basak commune OWSO (demo)',
    km: 'ច្រកចេញចូលតែមួយសង្កាត់ទន្លេបាសាក់ (សាកល្បង)',
    status: 'operating',
    since: '2025-03-01',
  },
  {
    code: 'OWSO-120109',
    level: 'commune',
    place: '120109',
    en: 'Tuol Tumpung Ti Pir commune OWSO (demo)',
    km: 'ច្រកចេញចូលតែមួយសង្កាត់ទួលទំពូងទី ២ (សាកល្បង)',
    status: 'outreach_done',
    since: null,
  },
  {
    code: 'OWSO-120110',
    level: 'commune',
    place: '120110',
    en: 'Tuol Tumpung Ti Muoy commune OWSO (demo)',
    km: 'ច្រកចេញចូលតែមួយសង្កាត់ទួលទំពូងទី ១ (សាកល្បង)',
    status: 'working_group',
    since: null,
  },
  {
    code: 'OWSO-120111',
    level: 'commune',
    place: '120111',
    en: 'Boeng Trabaek commune OWSO (demo)',
    km: 'ច្រកចេញចូលតែមួយសង្កាត់បឹងត្របែក (សាកល្បង)',
    status: 'planned',
    since: null,
  },
  {
    code: 'OWSO-1201',
    level: 'district',
    place: '1201',
    en: 'Chamkar Mon district OWSO (demo)',
    km: 'ច្រកចេញចូលតែមួយខណ្ឌចំការមន (សាកល្បង)',
    status: 'operating',
    since: '2019-06-01',
  },
  // Where the demo accounts owso_clerk_battambang and owso_chief_battambang work, and their municipality's.
  {
    code: 'OWSO-020301',
    level: 'commune',
    place: '020301',
    en: 'Tuol Ta Ek commune OWSO (demo)',
    km: 'ច្រកចេញចូលតែមួយសង្កាត់ទួលតាឯក (សាកល្បង)',
    status: 'operating',
    since: '2025-06-02',
  },
  {
    code: 'OWSO-0203',
    level: 'district',
    place: '0203',
    en: 'Battambang municipality OWSO (demo)',
    km: 'ច្រកចេញចូលតែមួយក្រុងបាត់ដំបង (សាកល្បង)',
    status: 'operating',
    since: '2019-06-01',
  },
  // Where owso_clerk_siemreap and owso_chief_siemreap work, and their municipality's.
  {
    code: 'OWSO-171009',
    level: 'commune',
    place: '171009',
    en: 'Siem Reap commune OWSO (demo)',
    km: 'ច្រកចេញចូលតែមួយសង្កាត់សៀមរាប (សាកល្បង)',
    status: 'operating',
    since: '2025-06-02',
  },
  {
    code: 'OWSO-1710',
    level: 'district',
    place: '1710',
    en: 'Siem Reap municipality OWSO (demo)',
    km: 'ច្រកចេញចូលតែមួយក្រុងសៀមរាប (សាកល្បង)',
    status: 'operating',
    since: '2019-06-01',
  },
];

export async function createDemoOwso(db: Db, now: Date): Promise<void> {
  await loadOwsoReference(db);
  const monitor = await currentUserByUsername(db.kysely, 'moi_monitor');
  const actor: Actor = monitor ? { userId: monitor.id, label: monitor.username } : SYSTEM_ACTOR;
  await db.kysely.transaction().execute(async (trx) => {
    await insertCategories(trx, CATEGORIES);
    await insertAgency(trx, {
      code: 'DEMO-AGENCY',
      name_en: 'Demo Payment Agency (fictional)',
      name_km: 'ភ្នាក់ងារបង់ប្រាក់សាកល្បង',
    });
    await appendAudit(trx, actor, {
      action: 'owso.demo.load',
      entityType: 'owso_catalogue',
      entityId: 'sample',
      after: { categories: CATEGORIES.length, sample: true },
    });
  });
  const services: [ServiceInput, number][] = [
    ...REGISTRATION.map((n, i): [ServiceInput, number] => [
      sampleService(
        `REG-${String(i + 1).padStart(2, '0')}`,
        'registration',
        'commune',
        n,
        1 + (i % 3),
        i < 4,
      ),
      i < 4 ? 0 : 4000 + 1000 * (i % 4),
    ]),
    ...CERTIFICATION.map((n, i): [ServiceInput, number] => [
      sampleService(
        `CER-${String(i + 1).padStart(2, '0')}`,
        'certification',
        'commune',
        n,
        1 + (i % 2),
        false,
      ),
      2000 + 1000 * (i % 5),
    ]),
    ...DISTRICT.map((n, i): [ServiceInput, number] => [
      sampleService(
        `DST-${String(i + 1).padStart(2, '0')}`,
        'district',
        'district',
        n,
        5 + 5 * (i % 3),
        true,
      ),
      20000 + 10000 * i,
    ]),
  ];
  for (const [service, fee] of services) {
    const saved = await saveService(
      db,
      actor,
      service,
      { isNew: true, firstFee: { fee_riel: fee, effective_from: '2020-01-01' } },
      now,
    );
    if (!saved.ok) throw new Error(`demo service ${service.code}: ${saved.error}`);
  }
  for (const o of OFFICES) {
    const saved = await saveOffice(
      db,
      actor,
      {
        code: o.code,
        level: o.level,
        place_code: o.place,
        name_en: o.en,
        name_km: o.km,
        rollout_status: o.status,
        working_group_on: o.status === 'planned' ? null : '2024-09-02',
        outreach_on: o.status === 'outreach_done' || o.status === 'operating' ? '2024-12-02' : null,
        operating_since: o.since,
        opening_hours_en: 'Monday to Friday, 7:30–11:30 and 14:00–17:00',
        opening_hours_km: 'ថ្ងៃច័ន្ទ ដល់ ថ្ងៃសុក្រ ម៉ោង ៧:៣០–១១:៣០ និង ១៤:០០–១៧:០០',
        counters: o.level === 'district' ? 3 : 1,
        is_demo: 1,
        services: [],
      },
      { isNew: true },
      now,
    );
    if (!saved.ok) throw new Error(`demo office ${o.code}: ${saved.error}`);
  }
}
