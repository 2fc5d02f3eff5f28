// Fictional demo complaints to Chamkar Mon's Citizens' Office, marked demo, made through the real commands
// and handled by the demo `ombudsman` account: one received, one being looked into, one answered, one referred.
import type { Db } from '../../db/connect';
import { currentUserByUsername } from '../../platform/auth/current-user';
import { handleCase, handlingInputSchema } from '../casework';
import { type ComplaintInput, complaintInputSchema, fileComplaint } from './complaint.commands';

const DAY_MS = 24 * 60 * 60 * 1000;
const DEMO = { userId: null, label: 'citizen' };

const DEMO_COMPLAINTS: {
  daysAgo: number;
  input: Record<string, string>;
  steps: { after: number; input: Record<string, unknown> }[];
}[] = [
  {
    daysAgo: 2,
    input: {
      district: '1201',
      commune: '120101',
      kind: 'rudeness',
      service: 'other',
      description: '(ទិន្នន័យសាកល្បង) បុគ្គលិកនៅបញ្ជរស្រែកដាក់ខ្ញុំ ពេលខ្ញុំសួរថាត្រូវការឯកសារអ្វីខ្លះ។',
      consent: 'on',
    },
    steps: [],
  },
  {
    daysAgo: 6,
    input: {
      district: '1201',
      commune: '',
      kind: 'delay',
      service: 'other',
      description: '(ទិន្នន័យសាកល្បង) ខ្ញុំដាក់ពាក្យតាំងពីបីសប្តាហ៍មុន ហើយរៀងរាល់សប្តាហ៍ គេប្រាប់ខ្ញុំឲ្យមកវិញសប្តាហ៍ក្រោយ។',
      name: 'អ្នកប្តឹងសាកល្បង ក',
      phone: '012345001',
      consent: 'on',
    },
    steps: [{ after: 1, input: { action: 'accept', note: 'បានស្នើសុំសំណុំឯកសារពីរដ្ឋបាលខណ្ឌ (សាកល្បង)។' } }],
  },
  {
    daysAgo: 12,
    input: {
      district: '1201',
      commune: '120101',
      kind: 'wrong_document',
      service: 'other',
      description: '(ទិន្នន័យសាកល្បង) ច្បាប់ចម្លងសំបុត្រកំណើតរបស់ខ្ញុំ សរសេរឈ្មោះម្តាយខ្ញុំខុស។',
      name: 'អ្នកប្តឹងសាកល្បង ខ',
      email: 'demo-b@example.org',
      consent: 'on',
    },
    steps: [
      { after: 1, input: { action: 'accept' } },
      {
        after: 4,
        input: {
          action: 'answer_directly',
          answer: 'រដ្ឋបាលសង្កាត់បានកែតម្រូវអក្ខរាវិរុទ្ធរួចហើយ ហើយនឹងប្រគល់ច្បាប់ចម្លងថ្មីជូនលោកអ្នក ដោយមិនគិតថ្លៃ (ចម្លើយសាកល្បង)។',
        },
      },
    ],
  },
  {
    daysAgo: 20,
    input: {
      district: '1201',
      commune: '',
      kind: 'refusal',
      service: 'other',
      description: '(ទិន្នន័យសាកល្បង) ពាក្យសុំលិខិតអនុញ្ញាតសាងសង់របស់ខ្ញុំត្រូវបានបដិសេធ ដោយគ្មានប្រាប់ហេតុផល។',
      consent: 'on',
      share: 'on',
    },
    steps: [
      { after: 1, input: { action: 'accept' } },
      {
        after: 3,
        input: {
          action: 'forward',
          destinationKind: 'local_authority',
          destinationName: 'មន្ទីររៀបចំដែនដីរាជធានីសាកល្បង (ប្រឌិត)',
          note: 'លិខិតអនុញ្ញាតប្រភេទនេះ សម្រេចនៅមន្ទីរ មិនមែននៅខណ្ឌទេ (សាកល្បង)។',
        },
      },
    ],
  },
];

export async function createDemoComplaints(db: Db, now: Date): Promise<void> {
  const ombudsman = await currentUserByUsername(db.kysely, 'ombudsman');
  if (!ombudsman) throw new Error('demo account ombudsman is missing');
  for (const demo of DEMO_COMPLAINTS) {
    const at = new Date(now.getTime() - demo.daysAgo * DAY_MS);
    const input: ComplaintInput = complaintInputSchema.parse(demo.input);
    const made = await fileComplaint(db, input, {
      channel: 'web',
      actor: DEMO,
      lang: 'km',
      now: at,
      demo: true,
    });
    if (!made.ok) throw new Error(`demo complaint: ${made.error}`);
    for (const step of demo.steps) {
      const done = await handleCase(
        db,
        made.value.trackingCode,
        handlingInputSchema.parse(step.input),
        { kind: 'staff', user: ombudsman },
        new Date(at.getTime() + step.after * DAY_MS),
      );
      if (!done.ok) throw new Error(`demo complaint step ${String(step.input.action)}: ${done.error}`);
    }
  }
}
