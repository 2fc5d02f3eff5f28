// Strings of the OWSO league table page and its CSV.
import type { Catalog } from '../../platform/i18n/i18n';
import type { LeagueLevel } from './league.rules';

const en = {
  title: 'One Window Service Offices: league table',
  intro:
    'Offices compared by month: the share of applications done within the service’s maximum time, the median processing time in working days, reports of overcharging per 1,000 receipts and the citizens’ average rating.',
  howLate:
    'An application counts as late when it was done after its last day, or is still not done after it. Months are Phnom Penh calendar months of the day an application was received.',
  month: 'Month',
  level: 'Compare',
  levels: { commune: 'Communes', district: 'Districts', province: 'Provinces' } satisfies Record<
    LeagueLevel,
    string
  >,
  show: 'Show',
  csv: 'Download as CSV',
  badMonth: (example: string) => `Please give a month as year-month, for example ${example}.`,
  badLevel: 'Please choose communes, districts or provinces.',
  none: 'No receipts or reports in this month.',
  rank: 'Rank',
  area: 'Area',
  receipts: 'Receipts',
  onTime: 'Done on time',
  medianDays: 'Median working days',
  reports: 'Overcharging reports',
  perThousand: 'Reports per 1,000 receipts',
  rating: 'Average rating (1–5)',
  ratings: 'Ratings',
  noValue: '—',
  chartOnTime: 'Share done on time (%)',
  chartMedian: 'Median processing time (working days)',
  chartReports: 'Overcharging reports per 1,000 receipts',
  chartRating: 'Average citizen rating (1–5)',
  chartTop: (_first: string, last: string) => `The first ${last} of the table.`,
  sample: 'The demo data is fictional.',
};

export type LeagueMessages = typeof en;

const km: LeagueMessages = {
  title: 'ការិយាល័យច្រកចេញចូលតែមួយ៖ តារាងចំណាត់ថ្នាក់',
  intro:
    'ការប្រៀបធៀបការិយាល័យតាមខែ៖ ភាគរយនៃពាក្យស្នើសុំដែលបានបញ្ចប់ក្នុងរយៈពេលអតិបរមានៃសេវា រយៈពេលដំណើរការមធ្យម (មេដ្យាន) គិតជាថ្ងៃធ្វើការ របាយការណ៍ការយកថ្លៃលើស ក្នុងបង្កាន់ដៃ ១០០០ និងការវាយតម្លៃជាមធ្យមរបស់ប្រជាពលរដ្ឋ។',
  howLate:
    'ពាក្យស្នើសុំត្រូវរាប់ថាយឺត នៅពេលវាបានបញ្ចប់ក្រោយថ្ងៃចុងក្រោយរបស់វា ឬនៅតែមិនទាន់បញ្ចប់ក្រោយថ្ងៃនោះ។ ខែ គឺជាខែប្រតិទិនភ្នំពេញនៃថ្ងៃដែលបានទទួលពាក្យស្នើសុំ។',
  month: 'ខែ',
  level: 'ប្រៀបធៀប',
  levels: { commune: 'ឃុំ/សង្កាត់', district: 'ស្រុក/ខណ្ឌ', province: 'ខេត្ត/រាជធានី' },
  show: 'បង្ហាញ',
  csv: 'ទាញយកជា CSV',
  badMonth: (example: string) => `សូមផ្តល់ខែជា ឆ្នាំ-ខែ ឧទាហរណ៍ ${example}។`,
  badLevel: 'សូមជ្រើសរើស ឃុំ/សង្កាត់ ស្រុក/ខណ្ឌ ឬ ខេត្ត/រាជធានី។',
  none: 'គ្មានបង្កាន់ដៃ ឬរបាយការណ៍ក្នុងខែនេះទេ។',
  rank: 'ចំណាត់ថ្នាក់',
  area: 'តំបន់',
  receipts: 'បង្កាន់ដៃ',
  onTime: 'បានបញ្ចប់ទាន់ពេល',
  medianDays: 'ថ្ងៃធ្វើការ (មេដ្យាន)',
  reports: 'របាយការណ៍ការយកថ្លៃលើស',
  perThousand: 'របាយការណ៍ក្នុងបង្កាន់ដៃ ១០០០',
  rating: 'ការវាយតម្លៃជាមធ្យម (១–៥)',
  ratings: 'ចំនួនការវាយតម្លៃ',
  noValue: '—',
  chartOnTime: 'ភាគរយដែលបានបញ្ចប់ទាន់ពេល (%)',
  chartMedian: 'រយៈពេលដំណើរការមធ្យម (ថ្ងៃធ្វើការ)',
  chartReports: 'របាយការណ៍ការយកថ្លៃលើស ក្នុងបង្កាន់ដៃ ១០០០',
  chartRating: 'ការវាយតម្លៃជាមធ្យមរបស់ប្រជាពលរដ្ឋ (១–៥)',
  chartTop: (first: string, last: string) => `លំដាប់ទី ${first} ដល់ ${last} នៃតារាង។`,
  sample: 'ទិន្នន័យសាកល្បងគឺប្រឌិត។',
};

export const leagueMessages: Catalog<LeagueMessages> = { en, km };
