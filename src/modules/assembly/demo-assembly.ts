// A fictional demo Assembly (marked demo): legislature 90 with the real seats of each province (125, as in
// the 7th legislature) held by members with invented Khmer names, three fictional parties, posts, this year's and last year's ordinary sessions, and sittings with
// attendance and votes — one without a quorum, one on the question day. Made through the secretariat's
// commands, so every rule applies; nothing here names a real person or party.
import type { Db } from '../../db/connect';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { firstCommissionCodes, markDemoMembers, markDemoSessions, markDemoSittings } from './demo.queries';
import { adoptDemoBills, introduceDemoBills } from './demo-bills';
import { must } from './demo-must';
import { DEMO_PARTIES, demoMemberName } from './demo-names';
import {
  createLegislature,
  createParty,
  givePost,
  memberInputSchema,
  registerMember,
} from './members.commands';
import { addDays, addMonths } from './procedure/dates.rules';
import { readSeatAllocation } from './seat-allocation.input';
import {
  createSession,
  createSitting,
  recordAttendance,
  recordVote,
  sessionInputSchema,
  sittingInputSchema,
} from './sittings.commands';

const SEATS = 125;

/** Party of demo member n: about two in three for the first party, the rest shared by the other two. */
const demoParty = (n: number) => (n % 3 === 0 ? 'DEMO-B' : n % 7 === 0 ? 'DEMO-C' : 'DEMO-A');

export async function createDemoAssembly(db: Db, now: Date): Promise<void> {
  const today = phnomPenhDate(now);
  const year = Number(today.slice(0, 4));
  const electedOn = `${year - 2}-07-23`;
  const convenedOn = `${year - 2}-08-21`;
  const legislature = await must(
    'legislature',
    createLegislature(db, SYSTEM_ACTOR, { number: 90, seats: SEATS, electedOn, convenedOn }),
  );
  for (const [code, km, en] of DEMO_PARTIES) {
    await must('party', createParty(db, SYSTEM_ACTOR, { code, nameKm: km, nameEn: en }));
  }
  // One seat a member, province by province, as many as the province has in the current legislature.
  const seatProvinces = readSeatAllocation().flatMap((p) =>
    Array.from({ length: p.seats }, () => p.province),
  );
  const members: number[] = [];
  for (const [i, province] of seatProvinces.entries()) {
    const n = i + 1;
    const name = demoMemberName(n);
    const seat = await must(
      'member',
      registerMember(
        db,
        SYSTEM_ACTOR,
        memberInputSchema.parse({
          legislatureId: legislature.id,
          nameKm: name.km,
          nameEn: name.en,
          birthDate: `${1960 + (n % 30)}-0${1 + (n % 9)}-1${n % 10}`,
          khmerByBirth: true,
          province,
          party: demoParty(n),
          startDate: convenedOn,
        }),
        now,
      ),
    );
    members.push(seat.membershipId);
  }
  await markDemoMembers(db.kysely, legislature.id);

  const commissions = await firstCommissionCodes(db.kysely, 5);
  await must(
    'post',
    givePost(db, SYSTEM_ACTOR, members[0], { role: 'president', commission: '', startDate: convenedOn }),
  );
  for (const m of members.slice(1, 3)) {
    await must(
      'post',
      givePost(db, SYSTEM_ACTOR, m, { role: 'vice_president', commission: '', startDate: convenedOn }),
    );
  }
  for (const [i, commission] of commissions.entries()) {
    await must(
      'post',
      givePost(db, SYSTEM_ACTOR, members[3 + i], {
        role: 'commission_president',
        commission: commission.code,
        startDate: convenedOn,
      }),
    );
  }

  // Last year's two ordinary sessions, and this year's first, which has sittings.
  for (const [opensOn, closesOn] of [
    [`${year - 1}-03-01`, `${year - 1}-06-15`],
    [`${year - 1}-09-01`, `${year - 1}-12-15`],
  ]) {
    await must(
      'session',
      createSession(
        db,
        SYSTEM_ACTOR,
        sessionInputSchema.parse({ legislatureId: legislature.id, kind: 'ordinary', opensOn, closesOn }),
      ),
    );
  }
  const opensOn = addDays(today, -40);
  const session = await must(
    'session',
    createSession(
      db,
      SYSTEM_ACTOR,
      sessionInputSchema.parse({
        legislatureId: legislature.id,
        kind: 'ordinary',
        opensOn,
        closesOn: addMonths(opensOn, 3),
      }),
    ),
  );
  await markDemoSessions(db.kysely);
  const bills = await introduceDemoBills(db, now, members[0]);

  const sitting = async (
    daysAgo: number,
    titleKm: string,
    titleEn: string,
    present: number,
    questionDay = false,
  ) => {
    const made = await must(
      'sitting',
      createSitting(
        db,
        SYSTEM_ACTOR,
        sittingInputSchema.parse({
          sessionId: session.id,
          sittingOn: addDays(today, -daysAgo),
          titleKm,
          titleEn,
          isQuestionDay: questionDay,
        }),
      ),
    );
    await must('attendance', recordAttendance(db, SYSTEM_ACTOR, made.id, members.slice(0, present)));
    return made.id;
  };

  const first = await sitting(30, 'កិច្ចប្រជុំពេញអង្គ (សាកល្បង)', 'Plenary sitting (demo)', 110);
  const roadsVote = await must(
    'vote',
    recordVote(
      db,
      SYSTEM_ACTOR,
      first,
      {
        matter: 'law',
        titleKm: 'ច្បាប់សាកល្បងស្ដីពីផ្លូវជនបទ',
        titleEn: 'Demo law on rural roads',
        billId: bills.roads,
        yes: 98,
        no: 9,
        abstain: 3,
      },
      now,
    ),
  );
  const byMember = Object.fromEntries(
    members.slice(0, 110).map((m, i) => [String(m), i < 90 ? 'yes' : i < 105 ? 'no' : 'abstain'] as const),
  );
  await must(
    'vote',
    recordVote(
      db,
      SYSTEM_ACTOR,
      first,
      {
        matter: 'confidence',
        titleKm: 'ការទុកចិត្តលើរាជរដ្ឋាភិបាល (សាកល្បង)',
        titleEn: 'Confidence vote (demo)',
        byMember,
      },
      now,
    ),
  );
  const thin = await sitting(20, 'កិច្ចប្រជុំមិនគ្រប់កូរ៉ុម (សាកល្បង)', 'Sitting without a quorum (demo)', 80);
  await must(
    'vote',
    recordVote(
      db,
      SYSTEM_ACTOR,
      thin,
      {
        matter: 'law',
        titleKm: 'ច្បាប់សាកល្បងស្ដីពីទឹកស្អាត',
        titleEn: 'Demo law on clean water',
        billId: bills.water,
        yes: 80,
        no: 0,
        abstain: 0,
      },
      now,
    ),
  );
  // Voted again at a sitting with a quorum, the clean water bill passes.
  const second = await sitting(8, 'កិច្ចប្រជុំពេញអង្គ (សាកល្បង)', 'Plenary sitting (demo)', 100);
  const waterVote = await must(
    'vote',
    recordVote(
      db,
      SYSTEM_ACTOR,
      second,
      {
        matter: 'law',
        titleKm: 'ច្បាប់សាកល្បងស្ដីពីទឹកស្អាត',
        titleEn: 'Demo law on clean water',
        billId: bills.water,
        yes: 85,
        no: 10,
        abstain: 2,
      },
      now,
    ),
  );
  await sitting(13, 'ថ្ងៃសំណួរ និងចម្លើយ (សាកល្បង)', 'Questions and answers (demo)', 100, true);
  await markDemoSittings(db.kysely);
  await adoptDemoBills(db, now, bills, { roads: roadsVote.id, water: waterVote.id });
}
