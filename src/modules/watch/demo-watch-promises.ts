// A fictional demo platform for the promise tracker (marked demo): 16 invented promises in 3 sectors,
// indicators with invented values from example.org, and assessments of the last two years, written by
// the demo watchdog through the same commands. Not a real government's platform or real figures.
import type { Db } from '../../db/connect';
import { currentUserByUsername } from '../../platform/auth/current-user';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { digitsToKhmer } from '../../platform/khmer/fold';
import {
  assessmentInputSchema,
  assessPromise,
  createPlatform,
  indicatorInputSchema,
  measurementInputSchema,
  platformInputSchema,
  promiseInputSchema,
  recordMeasurement,
  saveIndicator,
  savePromise,
} from './promises.commands';
import type { Verdict } from './watch.table';

const PLATFORM = 'DEMO-PLATFORM';
const SECTORS = {
  EDU: ['ការអប់រំ', 'Education'],
  HLT: ['សុខាភិបាល', 'Health'],
  RUR: ['ទឹក ផ្លូវ និងអគ្គិសនីជនបទ', 'Rural water, roads and power'],
} as const;

/** [code, sector, Khmer, English, verdict two years ago, verdict last year] */
const PROMISES: [string, keyof typeof SECTORS, string, string, Verdict, Verdict | null][] = [
  [
    'P01',
    'EDU',
    'សាងសង់អនុវិទ្យាល័យថ្មីចំនួន ១០០',
    'Build 100 new lower-secondary schools',
    'partly_fulfilled',
    'partly_fulfilled',
  ],
  [
    'P02',
    'EDU',
    'បង្កើនអត្រាបញ្ចប់ការសិក្សាអនុវិទ្យាល័យដល់ ៦០%',
    'Raise the lower-secondary completion rate to 60%',
    'not_fulfilled',
    'partly_fulfilled',
  ],
  [
    'P03',
    'EDU',
    'ផ្តល់ទឹកស្អាតដល់សាលាបឋមសិក្សាគ្រប់សាលា',
    'Give every primary school clean drinking water',
    'partly_fulfilled',
    'fulfilled',
  ],
  ['P04', 'EDU', 'បណ្តុះបណ្តាលគ្រូថ្មីចំនួន ៥,០០០ នាក់', 'Train 5,000 new teachers', 'fulfilled', 'fulfilled'],
  [
    'P05',
    'EDU',
    'ផ្តល់អាហារូបករណ៍ដល់សិស្សក្រីក្រចំនួន ៥០,០០០ នាក់',
    'Give scholarships to 50,000 poor students',
    'partly_fulfilled',
    'partly_fulfilled',
  ],
  [
    'P06',
    'EDU',
    'បើកបណ្ណាល័យសាធារណៈនៅគ្រប់ស្រុក',
    'Open a public library in every district',
    'cannot_assess',
    null,
  ],
  [
    'P07',
    'HLT',
    'កាត់បន្ថយមរណភាពមាតាមួយភាគបី',
    'Cut maternal deaths by a third',
    'not_fulfilled',
    'partly_fulfilled',
  ],
  [
    'P08',
    'HLT',
    'ដាក់ឆ្មបនៅគ្រប់មណ្ឌលសុខភាព',
    'Staff every health centre with a midwife',
    'fulfilled',
    'fulfilled',
  ],
  [
    'P09',
    'HLT',
    'ពង្រីកមូលនិធិសមធម៌សុខាភិបាលដល់គ្រួសារក្រីក្រទាំងអស់',
    'Extend the health equity fund to all poor households',
    'partly_fulfilled',
    'partly_fulfilled',
  ],
  [
    'P10',
    'HLT',
    'សាងសង់មន្ទីរពេទ្យបង្អែកថ្មីចំនួន ២០',
    'Build 20 new referral hospitals',
    'not_fulfilled',
    'not_fulfilled',
  ],
  [
    'P11',
    'HLT',
    'ចាក់វ៉ាក់សាំងដល់កុមារអាយុក្រោមមួយឆ្នាំ ៩៥%',
    'Vaccinate 95% of children under one',
    'partly_fulfilled',
    'fulfilled',
  ],
  [
    'P12',
    'RUR',
    'ក្រាលកៅស៊ូផ្លូវជនបទប្រវែង ១,០០០ គីឡូម៉ែត្រ',
    'Pave 1,000 km of rural roads',
    'not_fulfilled',
    'partly_fulfilled',
  ],
  [
    'P13',
    'RUR',
    'នាំទឹកស្អាតតាមបំពង់ដល់គ្រួសារជនបទ ៨០%',
    'Bring piped water to 80% of rural households',
    'partly_fulfilled',
    'not_fulfilled',
  ],
  [
    'P14',
    'RUR',
    'ភ្ជាប់ភូមិគ្រប់ភូមិទៅបណ្តាញអគ្គិសនី',
    'Connect every village to the electricity grid',
    'fulfilled',
    'fulfilled',
  ],
  ['P15', 'RUR', 'ជួសជុលប្រឡាយស្រោចស្រពចំនួន ២០០', 'Repair 200 irrigation canals', 'not_fulfilled', 'not_fulfilled'],
  [
    'P16',
    'RUR',
    'សាងសង់ការិយាល័យច្រកចេញចូលតែមួយនៅគ្រប់ឃុំ',
    'Open a One Window Service Office in every commune',
    'cannot_assess',
    'cannot_assess',
  ],
];

const REASONING: Record<Verdict, string> = {
  fulfilled: 'សាកល្បង (ប្រឌិត)៖ គោលដៅត្រូវបានសម្រេច តាមតួលេខដែលបានវាស់វែង។',
  partly_fulfilled: 'សាកល្បង (ប្រឌិត)៖ មានវឌ្ឍនភាព ប៉ុន្តែមិនទាន់ដល់គោលដៅនៅឡើយទេ។',
  not_fulfilled: 'សាកល្បង (ប្រឌិត)៖ គ្មានវឌ្ឍនភាពគួរឲ្យកត់សម្គាល់ទេ។',
  cannot_assess: 'សាកល្បង (ប្រឌិត)៖ ទិន្នន័យដែលបានផ្សព្វផ្សាយ មិនគ្រប់គ្រាន់ដើម្បីវាយតម្លៃទេ។',
};

/** [indicator, promise, Khmer, English, unit, baseline, target, value two years ago, value last year] */
const INDICATORS: [string, string, string, string, string, number, number, number, number][] = [
  ['P01-A', 'P01', 'អនុវិទ្យាល័យថ្មីដែលបានសាងសង់', 'New lower-secondary schools built', 'សាលា', 0, 100, 18, 47],
  ['P02-A', 'P02', 'អត្រាបញ្ចប់ការសិក្សាអនុវិទ្យាល័យ', 'Lower-secondary completion rate', '%', 45, 60, 46, 52],
  [
    'P07-A',
    'P07',
    'មរណភាពមាតាក្នុងកំណើតរស់ ១០០,០០០',
    'Maternal deaths per 100,000 live births',
    'ក្នុងកំណើតរស់ ១០០,០០០',
    160,
    107,
    158,
    138,
  ],
  ['P11-A', 'P11', 'កុមារអាយុក្រោមមួយឆ្នាំដែលបានចាក់វ៉ាក់សាំង', 'Children under one vaccinated', '%', 88, 95, 91, 96],
  ['P12-A', 'P12', 'ផ្លូវជនបទដែលបានក្រាលកៅស៊ូ', 'Rural roads paved', 'គីឡូម៉ែត្រ', 0, 1000, 120, 480],
  ['P13-A', 'P13', 'គ្រួសារជនបទដែលមានទឹកតាមបំពង់', 'Rural households with piped water', '%', 62, 80, 66, 65],
];

export async function createDemoPromises(db: Db, now: Date): Promise<void> {
  const watchdog = await currentUserByUsername(db.kysely, 'watchdog');
  if (!watchdog) return;
  const thisYear = Number(phnomPenhDate(now).slice(0, 4));
  const [twoYearsAgo, lastYear] = [thisYear - 2, thisYear - 1];
  const dayBefore = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const platform = await createPlatform(
    db,
    platformInputSchema.parse({
      code: PLATFORM,
      titleKm: `កម្មវិធីនយោបាយសាកល្បង (ប្រឌិត) ${twoYearsAgo}–${thisYear + 2}`,
      titleEn: `Demo platform (fictional) ${twoYearsAgo}–${thisYear + 2}`,
      firstYear: String(twoYearsAgo),
      lastYear: String(thisYear + 2),
    }),
    watchdog,
    now,
    { demo: true },
  );
  if (!platform.ok) return;
  await db.kysely.transaction().execute(async (trx) => {
    for (const [code, sector, km, en, earlier, later] of PROMISES) {
      const [sectorKm, sectorEn] = SECTORS[sector];
      await savePromise(
        trx,
        promiseInputSchema.parse({
          platformCode: PLATFORM,
          sectorCode: sector,
          sectorKm,
          sectorEn,
          code,
          textKm: `(សាកល្បង) ${km}`,
          textEn: `(Demo) ${en}`,
        }),
        watchdog,
        now,
      );
      for (const [year, verdict] of [
        [twoYearsAgo, earlier],
        [lastYear, later],
      ] as const) {
        if (!verdict) continue;
        const input = { promiseCode: code, year: String(year), verdict, reasoning: REASONING[verdict] };
        await assessPromise(trx, assessmentInputSchema.parse(input), watchdog, dayBefore);
      }
    }
    // One reassessment (6 of 16 fulfilled last year), so the history shows an assessment a later one replaced.
    await assessPromise(
      trx,
      assessmentInputSchema.parse({
        promiseCode: 'P05',
        year: String(lastYear),
        verdict: 'fulfilled',
        reasoning: `${REASONING.fulfilled} (បានវាយតម្លៃឡើងវិញ នៅពេលតួលេខចុងក្រោយត្រូវបានចេញផ្សាយ)`,
        evidenceUrl: 'https://example.org/demo/scholarships-final',
      }),
      watchdog,
      now,
    );
    for (const [code, promise, km, en, unit, baseline, target, earlier, later] of INDICATORS) {
      await saveIndicator(
        trx,
        indicatorInputSchema.parse({
          promiseCode: promise,
          code,
          nameKm: km,
          nameEn: en,
          unit,
          baseline: String(baseline),
          baselineYear: String(twoYearsAgo - 1),
          target: String(target),
          targetYear: String(thisYear + 2),
        }),
        watchdog,
      );
      for (const [year, value] of [
        [twoYearsAgo, earlier],
        [lastYear, later],
      ] as const) {
        const input = {
          indicatorCode: code,
          value: String(value),
          measuredOn: `${year}-12-31`,
          sourceUrl: `https://example.org/demo/${code.toLowerCase()}/${year}`,
          sourceNote: `ប្រភពសាកល្បង (ប្រឌិត) ឆ្នាំ${digitsToKhmer(String(year))}`,
        };
        await recordMeasurement(trx, measurementInputSchema.parse(input), watchdog, now);
      }
    }
  });
}
