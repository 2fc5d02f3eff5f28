// Fictional demo questions to the government (marked demo), made through the same commands the secretariat
// uses: fictional ministries always; questions when the demo Assembly has members (the demo bills are the
// demo Assembly's, demo-bills.ts). Nothing here names a real minister or ministry.
import type { Db } from '../../db/connect';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { markDemoMinistries, markDemoQuestions, seatedMembers } from './demo.queries';
import { must } from './demo-must';
import { addMinistry } from './ministries.commands';
import { addDays } from './procedure/dates.rules';
import { answerInputSchema, questionInputSchema, recordAnswer, recordQuestion } from './questions.commands';

const MINISTRIES = [
  { code: 'PM-DEMO', nameKm: 'នាយករដ្ឋមន្ត្រី (សាកល្បង)', nameEn: 'Prime Minister (demo)', isPrimeMinister: true },
  {
    code: 'RURAL-DEMO',
    nameKm: 'ក្រសួងអភិវឌ្ឍន៍ជនបទ (សាកល្បង)',
    nameEn: 'Demo Ministry of Rural Roads',
    isPrimeMinister: false,
  },
  {
    code: 'WATER-DEMO',
    nameKm: 'ក្រសួងធនធានទឹក (សាកល្បង)',
    nameEn: 'Demo Ministry of Water',
    isPrimeMinister: false,
  },
  {
    code: 'HEALTH-DEMO',
    nameKm: 'ក្រសួងសុខាភិបាល (សាកល្បង)',
    nameEn: 'Demo Ministry of Health',
    isPrimeMinister: false,
  },
];

/**
 * Questions received this many days ago, answered after so many days (null: not yet). A question's subject,
 * text and answer are one text each, as the secretariat records them: in Khmer, the language they are asked
 * in, never a Khmer and an English half on the same line.
 */
const QUESTIONS = [
  {
    daysAgo: 40,
    answeredAfter: 5,
    ministries: ['RURAL-DEMO'],
    subject: 'ផ្លូវលំភូមិខូច (សាកល្បង)',
  },
  {
    daysAgo: 30,
    answeredAfter: 12,
    ministries: ['WATER-DEMO', 'HEALTH-DEMO'],
    subject: 'ទឹកស្អាតនៅសាលារៀន (សាកល្បង)',
  },
  {
    daysAgo: 20,
    answeredAfter: null,
    ministries: ['PM-DEMO'],
    subject: 'គោលនយោបាយទូទៅ (សាកល្បង)',
  },
  {
    daysAgo: 2,
    answeredAfter: null,
    ministries: ['HEALTH-DEMO'],
    subject: 'បុគ្គលិកមណ្ឌលសុខភាព (សាកល្បង)',
  },
];

/** The demo ministry whose office has a demo account (`minister_office`). */
export const DEMO_MINISTRY_CODE = 'HEALTH-DEMO';

/**
 * The fictional ministries, added once and marked demo: the demo accounts need one before the modules' demo
 * data is made (a ministry office's account is held for its ministry).
 */
export async function ensureDemoMinistries(db: Db): Promise<void> {
  for (const ministry of MINISTRIES) {
    const made = await addMinistry(db, SYSTEM_ACTOR, ministry);
    if (!made.ok && made.error !== 'code-taken') throw new Error(`demo ministry: ${made.error}`);
  }
  await markDemoMinistries(db.kysely);
}

export async function createDemoQuestionsLaws(db: Db, now: Date): Promise<void> {
  await ensureDemoMinistries(db);

  const today = phnomPenhDate(now);
  const members = await seatedMembers(db.kysely, addDays(today, -40), QUESTIONS.length);
  // Only the rows made here are marked demo, never anything the secretariat recorded before.
  const madeIds: number[] = [];
  for (const [i, q] of QUESTIONS.entries()) {
    const member = members[i % Math.max(members.length, 1)];
    if (!member) break;
    const receivedOn = addDays(today, -q.daysAgo);
    const made = await must(
      'question',
      recordQuestion(
        db,
        SYSTEM_ACTOR,
        questionInputSchema.parse({
          membershipId: member.id,
          receivedOn,
          ministries: q.ministries,
          subject: q.subject,
          body: `${q.subject}។ សំណួរសាកល្បង ប្រឌិត។`,
        }),
        now,
      ),
    );
    madeIds.push(made.id);
    if (q.answeredAfter !== null) {
      await must(
        'answer',
        recordAnswer(
          db,
          SYSTEM_ACTOR,
          made.id,
          answerInputSchema.parse({
            kind: i % 2 === 0 ? 'written' : 'oral',
            answeredOn: addDays(receivedOn, q.answeredAfter),
            summary: 'ចម្លើយសាកល្បង ប្រឌិត។',
          }),
        ),
      );
    }
  }
  await markDemoQuestions(db.kysely, madeIds);
}
