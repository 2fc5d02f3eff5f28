// Fictional demo applications and receipts at the demo OWSO offices (marked demo): issued, moved on, done
// on time or late, rated and one cancelled, through the same commands a clerk and a chief use — at each
// commune office with demo staff (Phnom Penh, Battambang, Siem Reap). Runs after createDemoOwso; skips a
// pair of accounts that is missing, or whose office is not there or has no fee in force.
import type { Db } from '../../db/connect';
import { currentUserByUsername } from '../../platform/auth/current-user';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { digitsToKhmer } from '../../platform/khmer/fold';
import { advanceApplication, rateApplication } from './applications.commands';
import { officesAtPlaces, serviceAtOffice, servicesOfOffice } from './counter.queries';
import { placesOf } from './owso.policy';
import { cancelReceipt, issueReceipt } from './receipt.commands';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Receipt n: issued `daysAgo` days back; then moved to done after `doneAfter` days, rated, or cancelled. */
const PLAN: {
  daysAgo: number;
  doneAfter?: number;
  rating?: number;
  ready?: boolean;
  cancel?: boolean;
  exempt?: boolean;
}[] = [
  { daysAgo: 40, doneAfter: 1, rating: 5 },
  { daysAgo: 38, doneAfter: 2, rating: 4 },
  { daysAgo: 35, doneAfter: 9, rating: 2 },
  { daysAgo: 30, doneAfter: 1 },
  { daysAgo: 20, doneAfter: 2, rating: 5 },
  { daysAgo: 14, doneAfter: 1, rating: 3, exempt: true },
  { daysAgo: 9, doneAfter: 6 },
  { daysAgo: 6, cancel: true },
  { daysAgo: 3, ready: true },
  { daysAgo: 1 },
  { daysAgo: 0 },
  { daysAgo: 0 },
];

/** The demo clerk and chief of each demo commune OWSO. */
const COUNTER_STAFF = [
  ['owso_clerk', 'owso_chief'],
  ['owso_clerk_battambang', 'owso_chief_battambang'],
  ['owso_clerk_siemreap', 'owso_chief_siemreap'],
] as const;

export async function createDemoOwsoCounter(db: Db, now: Date): Promise<void> {
  for (const [clerk, chief] of COUNTER_STAFF) await createDemoReceipts(db, now, clerk, chief);
}

async function createDemoReceipts(db: Db, now: Date, clerkName: string, chiefName: string): Promise<void> {
  const clerk = await currentUserByUsername(db.kysely, clerkName);
  const chief = await currentUserByUsername(db.kysely, chiefName);
  if (!clerk || !chief) return;
  const [office] = await officesAtPlaces(db.kysely, placesOf(clerk, ['owso_clerk']));
  if (!office) return;
  const today = phnomPenhDate(now);
  const services = [];
  for (const s of await servicesOfOffice(db.kysely, office.code, office.level)) {
    const row = await serviceAtOffice(db.kysely, office.code, s.code, today);
    if (row && row.fee_riel !== null && row.pay_at_counter === 1) services.push(s);
  }
  if (services.length === 0) return;

  for (const [i, plan] of PLAN.entries()) {
    const service = services[i % services.length];
    const at = new Date(now.getTime() - plan.daysAgo * DAY_MS);
    const documents = service.documents_en
      .split('\n')
      .filter((l) => l.trim())
      .map((_, d) => String(d));
    const issued = await issueReceipt(
      db,
      {
        office: office.code,
        service: service.code,
        applicantName: `អ្នកដាក់ពាក្យសាកល្បង ${digitsToKhmer(String(i + 1))} (ប្រឌិត)`,
        applicantPhone: null,
        documents,
        payment: plan.exempt ? 'exempt' : 'counter',
        agency: '',
        agencyReference: '',
        exemptionReason: plan.exempt ? 'សាកល្បង៖ បានបង្ហាញប័ណ្ណសមធម៌ (ប្រឌិត)' : '',
      },
      clerk,
      at,
      { demo: true },
    );
    if (!issued.ok) continue;
    const number = issued.value.number;
    if (plan.cancel) {
      await cancelReceipt(db, number, 'សាកល្បង៖ ជ្រើសសេវាខុសនៅបញ្ជរ (ប្រឌិត)', chief, at);
      continue;
    }
    if (plan.ready) await advanceApplication(db, number, 'ready', clerk, at);
    if (plan.doneAfter !== undefined) {
      const done = new Date(at.getTime() + plan.doneAfter * DAY_MS);
      if (done > now) continue;
      await advanceApplication(db, number, 'done', clerk, done);
      if (plan.rating) await rateApplication(db, number, plan.rating, done);
    }
  }
}
