// Fictional demo joint statements, signatories and watchdog notes (marked demo), written by the demo
// watchdog through the same commands. The organisations are invented; the notes concern the invented
// "Demo Member" MPs only.
import type { Db } from '../db/connect';
import {
  addMemberNote,
  noteInputSchema,
  publishStatement,
  signatureInputSchema,
  signStatement,
  statementInputSchema,
} from '../modules/watch/statements.commands';
import { currentUserByUsername } from '../platform/auth/current-user';
import { phnomPenhDate } from '../platform/calendar/working-days.rules';

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

const NOTES = [
  [1, 'Demo note (fictional): asked a written question on rural roads and published the answer.', '1'],
  [1, 'Demo note (fictional): absent from a sitting without a reason given.', '-1'],
  [2, 'Demo note (fictional): held a public meeting in the commune hall.', '1'],
  [3, 'Demo note (fictional): voted on the demo law as the party did; no statement of reasons.', '0'],
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
  const members = await db.kysely
    .selectFrom('assembly_persons')
    .select('id')
    .where('is_demo', '=', 1)
    .orderBy('id')
    .limit(3)
    .execute();
  for (const [nth, remark, score] of NOTES) {
    const member = members[nth - 1];
    if (!member) continue;
    const input = noteInputSchema.parse({
      remark,
      score,
      sourceUrl: `https://example.org/demo/notes/${nth}`,
    });
    await addMemberNote(db, member.id, input, watchdog, now, { demo: true });
  }
}
