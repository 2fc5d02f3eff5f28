// Fictional demo joint statements, signatures, citizens' support and watchdog notes (marked demo). The
// organisations are invented; each signs through its own demo member account (`organisation_member`,
// `organisation_member_<short name>`), made with the other demo accounts. The notes concern the invented
// members of the demo Assembly only.
import type { Db } from '../../db/connect';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { currentUserByUsername } from '../../platform/auth/current-user';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { demoMemberName, demoPersonsNamed } from '../assembly';
import { addMemberNote, noteInputSchema } from './member-notes.commands';
import {
  organisationInputSchema,
  publishStatement,
  registerOrganisation,
  signatureInputSchema,
  signStatement,
  statementInputSchema,
} from './statements.commands';
import { findOrganisationByName } from './statements.queries';
import { confirmSupport, requestSupport, supportInputSchema } from './support.commands';
import type { OrganisationKind } from './watch.table';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The invented organisations and the username of each one's demo member account. */
export const DEMO_ORGANISATIONS: readonly { username: string; name: string; kind: OrganisationKind }[] = [
  { username: 'organisation_member', name: 'អង្គការឃ្លាំមើលសភាសាកល្បង (ប្រឌិត)', kind: 'ngo' },
  {
    username: 'organisation_member_water',
    name: 'សម្ព័ន្ធទឹកស្អាតសាកល្បង (ប្រឌិត)',
    kind: 'network',
  },
  {
    username: 'organisation_member_farmers',
    name: 'សមាគមកសិករសាកល្បង (ប្រឌិត)',
    kind: 'association',
  },
  { username: 'organisation_member_teachers', name: 'សហជីពគ្រូបង្រៀនសាកល្បង (ប្រឌិត)', kind: 'trade_union' },
  { username: 'organisation_member_women', name: 'បណ្តាញស្ត្រីសាកល្បង (ប្រឌិត)', kind: 'network' },
  { username: 'organisation_member_youth', name: 'សមាគមយុវជនសាកល្បង (ប្រឌិត)', kind: 'association' },
];

/** Lists the demo organisations (once) and gives each one's member account's username and scope. */
export async function ensureDemoOrganisations(
  db: Db,
  now: Date,
): Promise<{ username: string; id: number }[]> {
  const out: { username: string; id: number }[] = [];
  for (const o of DEMO_ORGANISATIONS) {
    const known = await findOrganisationByName(db.kysely, o.name);
    const id = known
      ? known.id
      : await registerOrganisation(
          db,
          organisationInputSchema.parse({ name: o.name, kind: o.kind }),
          SYSTEM_ACTOR,
          now,
          { demo: true },
        ).then((r) => (r.ok ? r.value.id : undefined));
    if (id !== undefined) out.push({ username: o.username, id });
  }
  return out;
}

const STATEMENTS = [
  {
    publisher: 'organisation_member_water',
    title: 'សេចក្តីថ្លែងការណ៍សាកល្បង៖ សូមផ្សព្វផ្សាយលទ្ធផលតេស្តគុណភាពទឹករបស់ឃុំនីមួយៗ',
    body: 'សេចក្តីថ្លែងការណ៍សាកល្បង (ប្រឌិត)៖ យើងស្នើឲ្យផ្សព្វផ្សាយលទ្ធផលតេស្តគុណភាពទឹករបស់ឃុំនីមួយៗជាសាធារណៈ ជារៀងរាល់ខែ នៅកន្លែងដែលប្រជាពលរដ្ឋអាចអានបាន។\n\nប្រជាពលរដ្ឋមានសិទ្ធិដឹងថា ទឹកដែលពួកគាត់ប្រើប្រាស់ជារៀងរាល់ថ្ងៃ មានសុវត្ថិភាពឬទេ។',
    daysAgo: 40,
    signers: [
      ['organisation_member_farmers', 38],
      ['organisation_member_teachers', 35],
      ['organisation_member_women', 20],
    ],
    // Fictional citizens' support: [e-mail at example.org, name shown or null]
    supporters: [
      ['demo.supporter.1@example.org', 'អ្នកគាំទ្រសាកល្បង ដារ៉ា (ប្រឌិត)'],
      ['demo.supporter.2@example.org', null],
      ['demo.supporter.3@example.org', null],
    ],
  },
  {
    publisher: 'organisation_member',
    title: 'សេចក្តីថ្លែងការណ៍សាកល្បង៖ សូមឆ្លើយសំណួររបស់សមាជិកសភាក្នុងរយៈពេល ៧ ថ្ងៃ',
    body: 'សេចក្តីថ្លែងការណ៍សាកល្បង (ប្រឌិត)៖ យើងស្នើឲ្យក្រសួងនានាឆ្លើយសំណួរជាលាយលក្ខណ៍អក្សររបស់សមាជិករដ្ឋសភា ក្នុងរយៈពេល ៧ ថ្ងៃ ដែលរដ្ឋធម្មនុញ្ញកំណត់។',
    daysAgo: 12,
    signers: [
      ['organisation_member_water', 10],
      ['organisation_member_youth', 5],
    ],
    supporters: [['demo.supporter.4@example.org', 'អ្នកគាំទ្រសាកល្បង សុភា (ប្រឌិត)']],
  },
] as const;

// [demo member n, remark, score, days ago]. A watchdog writes a note in one language: in Khmer here, not
// a Khmer and an English half on one line.
const NOTES = [
  [1, 'កំណត់សម្គាល់សាកល្បង (ប្រឌិត)៖ បានសួរសំណួរជាលាយលក្ខណ៍អក្សរអំពីផ្លូវជនបទ ហើយបានផ្សព្វផ្សាយចម្លើយ។', '1', 30],
  [1, 'កំណត់សម្គាល់សាកល្បង (ប្រឌិត)៖ អវត្តមាននៅសម័យប្រជុំមួយ ដោយគ្មានហេតុផល។', '-1', 9],
  [2, 'កំណត់សម្គាល់សាកល្បង (ប្រឌិត)៖ បានរៀបចំវេទិកាសាធារណៈនៅសាលាឃុំ។', '1', 14],
  [3, 'កំណត់សម្គាល់សាកល្បង (ប្រឌិត)៖ បានបោះឆ្នោតលើច្បាប់សាកល្បងតាមគណបក្ស ដោយគ្មានការពន្យល់ហេតុផល។', '0', 5],
] as const;

/** A member account and the organisation it signs for, or null when the demo accounts were not made. */
async function demoSigner(db: Db, username: string) {
  const user = await currentUserByUsername(db.kysely, username);
  const grant = user?.grants.find((g) => g.role === 'organisation_member');
  return user && grant ? { user, organisationId: Number(grant.scopeCode) } : null;
}

/** Demo support goes through the same code step as a citizen's; the demo's code is handed back, not sent. */
async function addDemoSupport(db: Db, statementId: number, email: string, name: string | null, now: Date) {
  const asked = await requestSupport(
    db,
    statementId,
    supportInputSchema.parse({ contact: email, name: name ?? '', showName: name ? 'yes' : '' }),
    'en',
    now,
    { demo: true },
  );
  if (asked.ok && asked.value.demoCode)
    await confirmSupport(db, statementId, { request: asked.value.request, code: asked.value.demoCode }, now);
}

export async function createDemoStatements(db: Db, now: Date): Promise<void> {
  const ago = (days: number) => phnomPenhDate(new Date(now.getTime() - days * DAY_MS));
  for (const s of STATEMENTS) {
    const publisher = await demoSigner(db, s.publisher);
    if (!publisher) continue;
    const published = await publishStatement(
      db,
      statementInputSchema.parse({
        organisationId: publisher.organisationId,
        title: s.title,
        body: s.body,
        publishedOn: ago(s.daysAgo),
      }),
      publisher.user,
      now,
      { demo: true },
    );
    if (!published.ok) continue;
    for (const [username, daysAgo] of s.signers) {
      const signer = await demoSigner(db, username);
      if (!signer) continue;
      const input = signatureInputSchema.parse({
        organisationId: signer.organisationId,
        signedOn: ago(daysAgo),
      });
      await signStatement(db, published.value.id, input, signer.user, now);
    }
    for (const [email, name] of s.supporters) await addDemoSupport(db, published.value.id, email, name, now);
  }
  const watchdog = await currentUserByUsername(db.kysely, 'watchdog');
  if (!watchdog) return;
  // Only the invented members of the demo Assembly get notes: never a real person.
  const names = [1, 2, 3].map((n) => demoMemberName(n).en);
  const members = await demoPersonsNamed(db.kysely, names);
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
