// Fictional demo concerns in the demo offices (CO-12 Phnom Penh at every stage of handling; CO-02 Battambang
// and CO-17 Siem Reap at a few), so a first-time visitor sees a working queue wherever they sign in. Marked
// as demo (cases.is_demo) and in their own words.
import type { Db } from '../../db/connect';
import { currentUserByUsername } from '../../platform/auth/current-user';
import type { Channel } from './case.table';
import { type HandlingInput, handleCase, handlingInputSchema } from './handle-case.commands';
import { concernInputSchema, submitConcern } from './submit-concern.commands';

const DAY_MS = 24 * 60 * 60 * 1000;
const DEMO_NOTE = 'ឧទាហរណ៍សាកល្បង (ប្រឌិត)៖ ';

interface DemoCase {
  daysAgo: number;
  category: string;
  district: string;
  commune: string;
  channel: Channel;
  description: string;
  contact?: { name: string; phone?: string; email?: string; preferredContact: 'sms' | 'email' | 'phone' };
  confidential?: boolean;
  consent?: boolean;
  /** Steps taken after intake: who (a demo username, or null for the citizen), what, how many days later. */
  steps?: { by: string | null; after: number; input: Record<string, unknown> }[];
}

const CASES: DemoCase[] = [
  {
    daysAgo: 1,
    category: 'infrastructure',
    district: '1201',
    commune: '120101',
    channel: 'web',
    description: 'ផ្លូវលំក្នុងភូមិខូចខាតធ្ងន់ធ្ងរ ទឹកដក់រាល់ពេលភ្លៀង ហើយកុមារពិបាកទៅសាលារៀន។',
  },
  {
    daysAgo: 2,
    category: 'water',
    district: '1201',
    commune: '120109',
    channel: 'phone',
    description: 'អណ្ដូងទឹកសាធារណៈរបស់ភូមិខូចអស់ពីរខែហើយ។',
    contact: { name: 'ពលរដ្ឋសាកល្បង ក (ប្រឌិត)', phone: '010 000 001', preferredContact: 'sms' },
  },
  {
    daysAgo: 14,
    category: 'land',
    district: '1202',
    commune: '120201',
    channel: 'in_person',
    description: 'ជម្លោះព្រំប្រទល់ស្រែរបស់គ្រួសារខ្ញុំ ជាមួយក្រុមហ៊ុនមួយដែលនៅជាប់គ្នា។',
    confidential: true,
    contact: { name: 'ពលរដ្ឋសាកល្បង ខ (ប្រឌិត)', phone: '010 000 002', preferredContact: 'phone' },
    steps: [{ by: 'co_director', after: 1, input: { action: 'accept' } }],
  },
  {
    daysAgo: 20,
    category: 'electricity',
    district: '1201',
    commune: '120101',
    channel: 'field_mission',
    description: 'ភ្លើងបំភ្លឺផ្លូវនៅមុខផ្សារមិនដំណើរការ ធ្វើឱ្យមានអសុវត្ថិភាពពេលយប់។',
    consent: true,
    contact: { name: 'ពលរដ្ឋសាកល្បង គ (ប្រឌិត)', email: 'demo-c@example.org', preferredContact: 'email' },
    steps: [
      {
        by: 'co_director',
        after: 2,
        input: { action: 'forward', destinationKind: 'commission', commission: 'C01' },
      },
      { by: 'commission_staff', after: 4, input: { action: 'acknowledge' } },
    ],
  },
  {
    daysAgo: 30,
    category: 'education',
    district: '1202',
    commune: '120202',
    channel: 'letter',
    description: 'សាលាបឋមសិក្សាក្នុងឃុំខ្វះគ្រូបង្រៀនសម្រាប់ថ្នាក់ទី៥ និងទី៦។',
    steps: [
      {
        by: 'co_staff',
        after: 1,
        input: { action: 'forward', destinationKind: 'commission', commission: 'C01' },
      },
      {
        by: 'commission_staff',
        after: 10,
        input: {
          action: 'answer',
          answer: 'ឧទាហរណ៍សាកល្បង៖ គណៈកម្មការបានស្នើសុំឱ្យមន្ទីរអប់រំពិនិត្យការបែងចែកគ្រូបង្រៀន។',
        },
      },
    ],
  },
  {
    daysAgo: 9,
    category: 'health',
    district: '1201',
    commune: '120109',
    channel: 'web',
    description: 'មណ្ឌលសុខភាពបិទទ្វារមុនម៉ោងកំណត់ស្ទើររៀងរាល់ថ្ងៃ។',
    steps: [
      {
        by: 'co_staff',
        after: 1,
        input: { action: 'request_info', question: 'តើមណ្ឌលសុខភាពមួយណា ហើយចាប់តាំងពីពេលណាមក?' },
      },
    ],
  },
  {
    daysAgo: 12,
    category: 'public_services',
    district: '1201',
    commune: '120101',
    channel: 'web',
    description: 'សាលាឃុំទារប្រាក់បន្ថែម ដើម្បីបញ្ជាក់លិខិតមួយច្បាប់។',
  },
  {
    daysAgo: 40,
    category: 'environment',
    district: '1202',
    commune: '120201',
    channel: 'web',
    description: 'សំរាមត្រូវបានចាក់ចោលនៅមាត់ស្ទឹងក្បែរភូមិ ធ្វើឱ្យមានក្លិនស្អុយ។',
    steps: [
      {
        by: 'co_director',
        after: 2,
        input: {
          action: 'forward',
          destinationKind: 'local_authority',
          destinationName: 'សាលាស្រុកសាកល្បង (ប្រឌិត)',
        },
      },
      {
        by: 'co_director',
        after: 12,
        input: { action: 'answer', answer: 'ចម្លើយសាកល្បង៖ សាលាស្រុកបានរៀបចំការប្រមូលសំរាមរៀងរាល់សប្តាហ៍។' },
      },
      { by: null, after: 14, input: { action: 'confirm_resolved' } },
    ],
  },
];

/**
 * A provincial office's demo concerns, handled by its own demo accounts (`co_director_<name>`,
 * `co_staff_<name>`): new, accepted, forwarded to the commission and answered.
 */
function provincialCases(name: string, district: string, communes: [string, string]): DemoCase[] {
  return [
    {
      daysAgo: 1,
      category: 'water',
      district,
      commune: communes[0],
      channel: 'web',
      description: 'ប្រឡាយទឹកស្រោចស្រពរបស់ភូមិស្ទះ ស្រែរាប់សិបហិកតាខ្វះទឹក។',
    },
    {
      daysAgo: 6,
      category: 'infrastructure',
      district,
      commune: communes[1],
      channel: 'phone',
      description: 'ស្ពាននៅលើផ្លូវទៅផ្សារ បាក់បង្កាន់ដៃ។',
      contact: { name: 'ពលរដ្ឋសាកល្បង ឃ (ប្រឌិត)', phone: '010 000 004', preferredContact: 'sms' },
      steps: [{ by: `co_director_${name}`, after: 1, input: { action: 'accept' } }],
    },
    {
      daysAgo: 25,
      category: 'education',
      district,
      commune: communes[0],
      channel: 'field_mission',
      description: 'សាលារៀនខ្វះតុកៅអីសម្រាប់សិស្សថ្នាក់ទី១។',
      steps: [
        {
          by: `co_staff_${name}`,
          after: 1,
          input: { action: 'forward', destinationKind: 'commission', commission: 'C01' },
        },
        {
          by: 'commission_staff',
          after: 8,
          input: {
            action: 'answer',
            answer: 'ឧទាហរណ៍សាកល្បង៖ គណៈកម្មការបានស្នើសុំឱ្យមន្ទីរអប់រំខេត្តពិនិត្យ។',
          },
        },
      ],
    },
  ];
}

/** Each demo office's province and concerns. */
const OFFICES: { province: string; cases: DemoCase[] }[] = [
  { province: '12', cases: CASES },
  { province: '02', cases: provincialCases('battambang', '0203', ['020301', '020302']) },
  { province: '17', cases: provincialCases('siemreap', '1710', ['171009', '171001']) },
];

/** Creates the demo cases once; `now` is the start of the demo (cases are dated before it). */
export async function createDemoCases(db: Db, now: Date): Promise<number> {
  for (const office of OFFICES) {
    for (const demo of office.cases) await createDemoCase(db, office.province, demo, now);
  }
  return OFFICES.reduce((sum, o) => sum + o.cases.length, 0);
}

async function createDemoCase(db: Db, province: string, demo: DemoCase, now: Date): Promise<void> {
  const submittedAt = new Date(now.getTime() - demo.daysAgo * DAY_MS);
  const input = concernInputSchema.parse({
    category: demo.category,
    description: DEMO_NOTE + demo.description,
    province,
    district: demo.district,
    commune: demo.commune,
    name: demo.contact?.name ?? '',
    phone: demo.contact?.phone ?? '',
    email: demo.contact?.email ?? '',
    preferredContact: demo.contact?.preferredContact ?? 'none',
    confidential: demo.confidential ?? false,
    consentToShare: demo.consent ?? false,
  });
  const created = await submitConcern(db, input, {
    channel: demo.channel,
    actor: { userId: null, label: 'demo-data' },
    lang: 'km',
    now: submittedAt,
    demo: true,
  });
  if (!created.ok) throw new Error(`demo case: ${created.error}`);
  for (const step of demo.steps ?? []) {
    await takeDemoStep(db, created.value, step, submittedAt);
  }
}

async function takeDemoStep(
  db: Db,
  made: { trackingCode: string; citizenKey: string },
  step: { by: string | null; after: number; input: Record<string, unknown> },
  submittedAt: Date,
) {
  const user = step.by ? await currentUserByUsername(db.kysely, step.by) : null;
  if (step.by && !user) throw new Error(`demo account ${step.by} is missing`);
  const input: HandlingInput = handlingInputSchema.parse(step.input);
  const result = await handleCase(
    db,
    made.trackingCode,
    input,
    user ? { kind: 'staff', user } : { kind: 'citizen', proof: { kind: 'key', secret: made.citizenKey } },
    new Date(submittedAt.getTime() + step.after * DAY_MS),
  );
  if (!result.ok) throw new Error(`demo step ${input.action}: ${result.error}`);
}
