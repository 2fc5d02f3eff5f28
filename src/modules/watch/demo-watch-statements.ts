// Fictional demo joint statements, signatories and watchdog notes (marked demo), written by the demo
// watchdog through the same commands. The organisations are invented; the notes concern the invented
// members of the demo Assembly only.
import type { Db } from '../../db/connect';
import { currentUserByUsername } from '../../platform/auth/current-user';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { demoMemberName } from '../assembly';
import { addMemberNote, noteInputSchema } from './member-notes.commands';
import {
  publishStatement,
  signatureInputSchema,
  signStatement,
  statementInputSchema,
} from './statements.commands';

const DAY_MS = 24 * 60 * 60 * 1000;

const STATEMENTS = [
  {
    publisher: ['Demo Coalition for Clean Water (fictional)', 'network'],
    title: 'Demo statement: publish every commune’s water-quality tests',
    body: 'សេចក្តីថ្លែងការណ៍សាកល្បង (ប្រឌិត)៖ យើងស្នើឲ្យផ្សព្វផ្សាយលទ្ធផលតេស្តគុណភាពទឹកនៃឃុំនីមួយៗជាសាធារណៈ។\n\nDemo statement (fictional): we ask that the results of every commune’s water-quality tests be published, month by month, where citizens can read them.',
    daysAgo: 40,
    signers: [
      ['Demo Farmers’ Association (fictional)', 'association', 38],
      ['Demo Teachers’ Union (fictional)', 'trade_union', 35],
      ['Demo Women’s Network (fictional)', 'network', 20],
    ],
  },
  {
    publisher: ['Demo Parliament Monitor (fictional)', 'ngo'],
    title: 'Demo statement: answer members’ questions within the 7 days',
    body: 'សេចក្តីថ្លែងការណ៍សាកល្បង (ប្រឌិត)៖ យើងស្នើឲ្យក្រសួងនានាឆ្លើយសំណួររបស់សមាជិកក្នុងរយៈពេល ៧ ថ្ងៃ។\n\nDemo statement (fictional): we ask ministries to answer members’ written questions within the 7 days the Constitution allows.',
    daysAgo: 12,
    signers: [
      ['Demo Coalition for Clean Water (fictional)', 'network', 10],
      ['Demo Youth Association (fictional)', 'association', 5],
    ],
  },
] as const;

// [demo member n, remark, score, days ago]
const NOTES = [
  [
    1,
    'កំណត់សម្គាល់សាកល្បង (ប្រឌិត)៖ បានសួរសំណួរជាលាយលក្ខណ៍អក្សរអំពីផ្លូវជនបទ ហើយបានផ្សព្វផ្សាយចម្លើយ។ Demo note (fictional): asked a written question on rural roads and published the answer.',
    '1',
    30,
  ],
  [
    1,
    'កំណត់សម្គាល់សាកល្បង (ប្រឌិត)៖ អវត្តមាននៅសម័យប្រជុំមួយ ដោយគ្មានហេតុផល។ Demo note (fictional): absent from a sitting without a reason given.',
    '-1',
    9,
  ],
  [
    2,
    'កំណត់សម្គាល់សាកល្បង (ប្រឌិត)៖ បានរៀបចំវេទិកាសាធារណៈនៅសាលាឃុំ។ Demo note (fictional): held a public meeting in the commune hall.',
    '1',
    14,
  ],
  [
    3,
    'កំណត់សម្គាល់សាកល្បង (ប្រឌិត)៖ បានបោះឆ្នោតលើច្បាប់សាកល្បងតាមគណបក្ស ដោយគ្មានការពន្យល់ហេតុផល។ Demo note (fictional): voted on the demo law as the party did; no statement of reasons.',
    '0',
    5,
  ],
] as const;

export async function createDemoStatements(db: Db, now: Date): Promise<void> {
  const watchdog = await currentUserByUsername(db.kysely, 'watchdog');
  if (!watchdog) return;
  const ago = (days: number) => phnomPenhDate(new Date(now.getTime() - days * DAY_MS));
  for (const s of STATEMENTS) {
    const published = await publishStatement(
      db,
      statementInputSchema.parse({
        newName: s.publisher[0],
        newKind: s.publisher[1],
        title: s.title,
        body: s.body,
        publishedOn: ago(s.daysAgo),
      }),
      watchdog,
      now,
      { demo: true },
    );
    if (!published.ok) continue;
    for (const [name, kind, daysAgo] of s.signers) {
      const input = signatureInputSchema.parse({ newName: name, newKind: kind, signedOn: ago(daysAgo) });
      await signStatement(db, published.value.id, input, watchdog, now, { demo: true });
    }
  }
  // Only the invented members of the demo Assembly get notes: never a real person.
  const names = [1, 2, 3].map((n) => demoMemberName(n).en);
  const members = await db.kysely
    .selectFrom('assembly_persons')
    .select(['id', 'name_en'])
    .where('is_demo', '=', 1)
    .where('name_en', 'in', names)
    .execute();
  for (const [nth, remark, score, daysAgo] of NOTES) {
    const member = members.find((p) => p.name_en === demoMemberName(nth).en);
    if (!member) continue;
    const input = noteInputSchema.parse({
      remark,
      score,
      sourceUrl: `https://example.org/demo/notes/${nth}`,
    });
    await addMemberNote(db, member.id, input, watchdog, new Date(now.getTime() - daysAgo * DAY_MS), {
      demo: true,
    });
  }
}
