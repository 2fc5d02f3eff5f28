// A fictional demo concern forwarded to the demo ministry whose office has the demo `minister_office`
// account, made through casework's own commands (intake, accept, forward) and marked demo. The demo question
// to the same ministry is the Assembly's (demo-questions-laws.ts).
import type { Db } from '../../db/connect';
import { currentUserByUsername } from '../../platform/auth/current-user';
import { DEMO_MINISTRY_CODE, findMinistry } from '../assembly';
import { concernInputSchema, handleCase, handlingInputSchema, submitConcern } from '../casework';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function createDemoMinistryWork(db: Db, now: Date): Promise<void> {
  // Without the demo ministry (a database made before it), there is nothing to forward to.
  if (!(await findMinistry(db.kysely, DEMO_MINISTRY_CODE))) return;
  const staff = await currentUserByUsername(db.kysely, 'co_staff');
  if (!staff) return;
  const submittedAt = new Date(now.getTime() - 6 * DAY_MS);
  const made = await submitConcern(
    db,
    concernInputSchema.parse({
      category: 'health',
      description: 'ឧទាហរណ៍សាកល្បង (ប្រឌិត)៖ មណ្ឌលសុខភាពឃុំបិទទ្វារញឹកញាប់ ហើយគ្មានឆ្មបប្រចាំការពេលយប់។',
      province: '12',
      district: '1201',
      commune: '120101',
      name: 'ពលរដ្ឋសាកល្បង ង (ប្រឌិត)',
      phone: '010 000 021',
      email: '',
      preferredContact: 'sms',
      confidential: false,
      consentToShare: false,
    }),
    { channel: 'web', actor: { userId: null, label: 'demo-data' }, lang: 'km', now: submittedAt, demo: true },
  );
  if (!made.ok) throw new Error(`demo ministry concern: ${made.error}`);
  const steps = [
    { after: 1, input: { action: 'accept' } },
    { after: 2, input: { action: 'forward', destinationKind: 'ministry', ministry: DEMO_MINISTRY_CODE } },
  ];
  for (const step of steps) {
    const done = await handleCase(
      db,
      made.value.trackingCode,
      handlingInputSchema.parse(step.input),
      { kind: 'staff', user: staff },
      new Date(submittedAt.getTime() + step.after * DAY_MS),
    );
    if (!done.ok) throw new Error(`demo ministry step: ${done.error}`);
  }
}
