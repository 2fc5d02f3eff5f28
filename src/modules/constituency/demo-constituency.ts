// Fictional demo missions, office details, plans, coordination and books of the demo constituency offices
// (CO-12 Phnom Penh, CO-02 Battambang, CO-17 Siem Reap; marked demo), written through the same commands their
// demo director and staff use. Skips an office whose demo accounts are missing.
import type { Db } from '../../db/connect';
import { currentUserByUsername } from '../../platform/auth/current-user';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import {
  decideExpense,
  expenseInputSchema,
  recordExpense,
  reverseExpense,
  setBudgetLine,
} from './budget.commands';
import { BUDGET_LINES } from './constituency.table';
import { recordCoordination } from './coordination.commands';
import { planMission, publishMission, recordMissionReport } from './missions.commands';
import { officeMps, provinceCommunes, upsertOfficeDetails } from './missions.queries';
import { addProject, linkConcern, moveProject, projectInputSchema } from './plans.commands';

/** The demo offices: province, the town in their invented address, and their demo accounts. */
const DEMO_OFFICES = [
  { province: '12', town: ['ភ្នំពេញ', 'Phnom Penh'], director: 'co_director', staff: 'co_staff' },
  {
    province: '02',
    town: ['បាត់ដំបង', 'Battambang'],
    director: 'co_director_battambang',
    staff: 'co_staff_battambang',
  },
  {
    province: '17',
    town: ['សៀមរាប', 'Siem Reap'],
    director: 'co_director_siemreap',
    staff: 'co_staff_siemreap',
  },
] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Demo allowance per line, in riel: round, fictional figures (not an official allowance). */
const DEMO_BUDGET: Record<(typeof BUDGET_LINES)[number], number> = {
  staff_salaries: 96_000_000,
  constituency_assistants: 36_000_000,
  rent: 24_000_000,
  travel_missions: 12_000_000,
  events: 6_000_000,
  supplies: 3_000_000,
};

/** The smallest file a PDF reader opens; marked as a demo receipt. */
const DEMO_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% Sala demo receipt (fictional)\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export async function createDemoConstituency(db: Db, now: Date): Promise<void> {
  for (const office of DEMO_OFFICES) await createDemoOffice(db, now, office);
}

async function createDemoOffice(db: Db, now: Date, office: (typeof DEMO_OFFICES)[number]): Promise<void> {
  const director = await currentUserByUsername(db.kysely, office.director);
  const staff = await currentUserByUsername(db.kysely, office.staff);
  if (!director || !staff) return;
  const { province } = office;
  const officeCode = `CO-${province}`;
  const [townKm, townEn] = office.town;
  const today = phnomPenhDate(now);
  const day = (offset: number) => phnomPenhDate(new Date(now.getTime() + offset * DAY_MS));

  await upsertOfficeDetails(db.kysely, officeCode, {
    address_km: `អគារសាកល្បង ផ្លូវលេខ ០០០ ${townKm} (ទិន្នន័យសាកល្បង)`,
    address_en: `Demo Building, Street 000, ${townEn} (demo data)`,
    hours_km: 'ថ្ងៃចន្ទ ដល់ ថ្ងៃសុក្រ ម៉ោង ៨:០០–១២:០០ និង ១៤:០០–១៧:០០',
    hours_en: 'Monday to Friday, 8:00–12:00 and 14:00–17:00',
    phone: '+855 00 000 000',
    email: `co-${province}.demo@example.org`,
    updated_at: now.toISOString(),
  });

  // Missions: one past and reported (its concerns become demo cases), one coming and published.
  let waterCase: string | null = null;
  const mps = (await officeMps(db.kysely, province, today)).slice(0, 2).map((m) => m.id);
  const communes = (await provinceCommunes(db.kysely, province)).map((c) => c.code);
  if (communes.length >= 3) {
    const past = await planMission(
      db,
      {
        office: officeCode,
        purpose: 'បេសកកម្មសាកល្បង៖ ចុះស្តាប់មតិប្រជាពលរដ្ឋអំពីបញ្ហាទឹក និងផ្លូវ (ប្រឌិត)',
        startsOn: day(-12),
        endsOn: day(-11),
        members: mps,
        communes: communes.slice(0, 2),
        publish: true,
      },
      staff,
      new Date(now.getTime() - 20 * DAY_MS),
      { demo: true },
    );
    if (past.ok) {
      const report = await recordMissionReport(
        db,
        past.value.id,
        {
          meetingsHeld: 3,
          authoritiesMet: 'ក្រុមប្រឹក្សាឃុំសាកល្បង (ប្រឌិត)',
          citizensMet: 45,
          followUps: 'ស្នើសុំការិយាល័យធនធានទឹកស្រុក ឲ្យកំណត់ថ្ងៃចុះពិនិត្យទីតាំង (សាកល្បង)។',
          concerns: [
            {
              category: 'water',
              commune: communes[0],
              description: 'ឧទាហរណ៍សាកល្បង (ប្រឌិត)៖ អណ្តូងទឹករបស់ភូមិរីងស្ងួតអស់ពីរសប្តាហ៍ហើយ។',
            },
            {
              category: 'infrastructure',
              commune: communes[1],
              description: 'ឧទាហរណ៍សាកល្បង (ប្រឌិត)៖ ផ្លូវទៅសាលារៀនលិចទឹករាល់ពេលភ្លៀង។',
            },
          ],
        },
        staff,
        new Date(now.getTime() - 10 * DAY_MS),
        { demo: true },
      );
      if (report.ok) waterCase = report.value.trackingCodes[0] ?? null;
    }
    const coming = await planMission(
      db,
      {
        office: officeCode,
        purpose: 'បេសកកម្មសាកល្បង៖ ជួបពិភាក្សាជាមួយអ្នកលក់ដូរនៅផ្សារ (ប្រឌិត)',
        startsOn: day(7),
        endsOn: day(8),
        members: mps,
        communes: communes.slice(2, 3),
        publish: false,
      },
      staff,
      now,
      { demo: true },
    );
    if (coming.ok) await publishMission(db, coming.value.id, staff);
  }

  // Development plan priorities of this year, one moved on and linked to the concern heard on the mission.
  const year = Number(today.slice(0, 4));
  if (communes.length >= 3) {
    const priorities = [
      [
        communes[0],
        'water_sanitation',
        'សាកល្បង៖ ខួងអណ្តូងជម្រៅមួយសម្រាប់សាលាបឋមសិក្សា (ប្រឌិត)',
        '18000000',
        'commune_council',
      ],
      [communes[1], 'roads', 'សាកល្បង៖ លើកកម្ពស់ផ្លូវទៅសាលារៀន ឲ្យផុតពីកម្រិតទឹកជំនន់ (ប្រឌិត)', '95000000', 'citizens'],
      [communes[2].slice(0, 4), 'health', 'សាកល្បង៖ ប៉ុស្តិ៍សុខភាពទីពីរសម្រាប់ស្រុក (ប្រឌិត)', '', 'commune_council'],
    ] as const;
    const ids: number[] = [];
    for (const [place, sector, description, cost, raisedBy] of priorities) {
      const added = await addProject(
        db,
        officeCode,
        projectInputSchema.parse({
          year: String(year),
          place,
          sector,
          description,
          estimatedCostRiel: cost,
          fundingSource: 'មូលនិធិឃុំ/សង្កាត់ (សាកល្បង)',
          raisedBy,
        }),
        staff,
        now,
        { demo: true },
      );
      if (added.ok) ids.push(added.value.id);
    }
    if (ids[0]) {
      await moveProject(db, ids[0], 'in_plan', 'បានដាក់បញ្ចូលក្នុងកម្មវិធីវិនិយោគឃុំ (សាកល្បង)', staff, now);
      await moveProject(db, ids[0], 'funded', 'មូលនិធិឃុំបានបែងចែកថវិការួចហើយ (សាកល្បង)', staff, now);
      if (waterCase) await linkConcern(db, ids[0], waterCase, staff);
    }
  }

  // Coordination: a meeting with one follow-up overdue and one to come.
  await recordCoordination(
    db,
    {
      office: officeCode,
      kind: 'meeting',
      heldOn: day(-9),
      authorityLevel: 'district',
      authority: 'រដ្ឋបាលស្រុកសាកល្បង (ប្រឌិត)',
      subject: 'ផ្លូវទៅសាលារៀនលិចទឹក និងអណ្តូងរីង ដែលបានឮក្នុងបេសកកម្មសាកល្បង',
      decisions: 'ស្រុកនឹងចាត់វិស្វករម្នាក់ចុះពិនិត្យ ហើយក្រុមប្រឹក្សាឃុំនឹងដាក់អណ្តូងនេះក្នុងផែនការរបស់ខ្លួន (សាកល្បង)។',
      followups: [
        { action: 'វិស្វករចុះពិនិត្យផ្លូវ (សាកល្បង)', dueOn: day(-2) },
        { action: 'ស្រុកឆ្លើយតបជាលាយលក្ខណ៍អក្សរ (សាកល្បង)', dueOn: day(14) },
      ],
    },
    staff,
    now,
    { demo: true },
  );

  // Books of this year: the allowance, approved and pending expenses, one overspend, one reversal.
  for (const line of BUDGET_LINES) {
    await setBudgetLine(db, { office: officeCode, year, line, amountRiel: DEMO_BUDGET[line] }, director, now);
  }
  const spentOn = today.slice(0, 4) === day(-5).slice(0, 4) ? day(-5) : today;
  const expense = (
    line: string,
    payee: string,
    amountRiel: string,
    purpose: string,
    usd?: [string, string],
  ) =>
    expenseInputSchema.parse({
      office: officeCode,
      line,
      spentOn,
      payee,
      amountRiel,
      amountUsd: usd?.[0] ?? '',
      usdRate: usd?.[1] ?? '',
      purpose,
    });
  const rent = await recordExpense(
    db,
    expense('rent', 'ក្រុមហ៊ុនជួលអគារសាកល្បង (ប្រឌិត)', '2000000', 'ថ្លៃជួលការិយាល័យ មួយខែ (សាកល្បង)'),
    { bytes: DEMO_PDF, type: 'application/pdf' },
    staff,
    now,
    { demo: true },
  );
  if (rent.ok)
    await decideExpense(db, rent.value.id, { decision: 'approve', justification: null }, director, now);
  const fuel = await recordExpense(
    db,
    expense('travel_missions', 'ស្ថានីយប្រេងឥន្ធនៈសាកល្បង (ប្រឌិត)', '', 'ប្រេងឥន្ធនៈសម្រាប់បេសកកម្មសាកល្បង', [
      '40.00',
      '4100',
    ]),
    null,
    staff,
    now,
    { demo: true },
  );
  if (fuel.ok) {
    await decideExpense(db, fuel.value.id, { decision: 'approve', justification: null }, director, now);
    await reverseExpense(db, fuel.value.id, 'សាកល្បង៖ កត់ត្រាស្ទួនដោយច្រឡំ ដូច្នេះបានបញ្ច្រាសវិញ', director, now);
  }
  const printer = await recordExpense(
    db,
    expense('supplies', 'ហាងសម្ភារៈការិយាល័យសាកល្បង (ប្រឌិត)', '3500000', 'ម៉ាស៊ីនបោះពុម្ពសម្រាប់ការិយាល័យ (សាកល្បង)'),
    null,
    staff,
    now,
    { demo: true },
  );
  if (printer.ok)
    await decideExpense(
      db,
      printer.value.id,
      { decision: 'approve', justification: 'សាកល្បង៖ ម៉ាស៊ីនបោះពុម្ពចាស់ខូច មុនវេទិកាសាធារណៈ។' },
      director,
      now,
    );
  await recordExpense(
    db,
    expense('events', 'ហាងជួលឧបករណ៍សំឡេងសាកល្បង (ប្រឌិត)', '450000', 'ឧបករណ៍បំពងសំឡេងសម្រាប់វេទិកាសាធារណៈ (សាកល្បង)'),
    null,
    staff,
    now,
    { demo: true },
  );
}
