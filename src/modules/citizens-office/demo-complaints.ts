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
      description:
        '(ទិន្នន័យសាកល្បង / demo) Staff at the counter shouted at me when I asked what papers I needed.',
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
      description:
        '(ទិន្នន័យសាកល្បង / demo) I applied three weeks ago and I am told each week to come back next week.',
      name: 'Demo Complainant A',
      phone: '012345001',
      consent: 'on',
    },
    steps: [
      { after: 1, input: { action: 'accept', note: 'Asked the district office for the file (demo).' } },
    ],
  },
  {
    daysAgo: 12,
    input: {
      district: '1201',
      commune: '120101',
      kind: 'wrong_document',
      service: 'other',
      description: '(ទិន្នន័យសាកល្បង / demo) My birth certificate copy has my mother’s name spelt wrongly.',
      name: 'Demo Complainant B',
      email: 'demo-b@example.org',
      consent: 'on',
    },
    steps: [
      { after: 1, input: { action: 'accept' } },
      {
        after: 4,
        input: {
          action: 'answer_directly',
          answer:
            'The commune office has corrected the spelling and will give you the new copy free of charge (demo answer).',
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
      description:
        '(ទិន្នន័យសាកល្បង / demo) My application for a construction permit was refused without a reason.',
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
          destinationName: 'Capital land management department (demo referral)',
          note: 'Permits are decided there, not by the district (demo).',
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
