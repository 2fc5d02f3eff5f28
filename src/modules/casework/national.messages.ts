// Strings of the secretariat's national view of concerns (page and CSV).
import type { Catalog } from '../../platform/i18n/i18n';
import type { NationalDimension, NationalFigure } from './national.rules';

const en = {
  title: 'Concerns across the country',
  intro:
    'Counts of the concerns received in a year (Phnom Penh time), by province, topic, commission and status, and whether the first answer came within the service standard. Counts only: no name, contact or description.',
  smallCounts:
    'Any count below 5 is shown as “fewer than 5”, so that no one can be singled out. Where a column would have only one such count, the next smallest count is withheld too, so the small one cannot be worked out from the total.',
  year: 'Year',
  yearHint: 'For example 2026.',
  show: 'Show',
  badYear: 'Please give a year, for example 2026.',
  download: 'Download as CSV (opens in Excel)',
  fewer: 'fewer than 5',
  withheld: 'withheld',
  total: 'All concerns',
  notForwarded: 'Not forwarded to a commission',
  notRecorded:
    'On time and late count only answers given since this was recorded; earlier answers are in neither column.',
  dimensions: {
    province: 'By province',
    category: 'By topic',
    commission: 'By commission',
    status: 'By status now',
  } satisfies Record<NationalDimension, string>,
  columns: {
    province: 'Province',
    category: 'Topic',
    commission: 'Commission',
    status: 'Status',
  } satisfies Record<NationalDimension, string>,
  figures: {
    received: 'Received',
    onTime: 'Answered on time',
    late: 'Answered late',
  } satisfies Record<NationalFigure, string>,
};

const km: typeof en = {
  title: 'កង្វល់ទូទាំងប្រទេស',
  intro:
    'ចំនួនកង្វល់ដែលបានទទួលក្នុងមួយឆ្នាំ (ម៉ោងភ្នំពេញ) តាមខេត្ត ប្រធានបទ គណៈកម្មការ និងស្ថានភាព ព្រមទាំងថាចម្លើយដំបូងបានមកទាន់ស្តង់ដារសេវាឬទេ។ មានតែចំនួនប៉ុណ្ណោះ៖ គ្មានឈ្មោះ ទំនាក់ទំនង ឬការពិពណ៌នាឡើយ។',
  smallCounts:
    'ចំនួនណាដែលតិចជាង ៥ បង្ហាញថា «តិចជាង ៥» ដើម្បីកុំឱ្យអាចចង្អុលបង្ហាញនរណាម្នាក់បាន។ បើជួរឈរមួយមានចំនួនបែបនេះតែមួយ ចំនួនតូចបន្ទាប់ក៏ត្រូវលាក់ដែរ ដើម្បីកុំឱ្យគណនាចំនួនតូចនោះចេញពីសរុបបាន។',
  year: 'ឆ្នាំ',
  yearHint: 'ឧទាហរណ៍ ២០២៦។',
  show: 'បង្ហាញ',
  badYear: 'សូមផ្តល់ឆ្នាំ ឧទាហរណ៍ ២០២៦។',
  download: 'ទាញយកជា CSV (បើកក្នុង Excel)',
  fewer: 'តិចជាង ៥',
  withheld: 'មិនបង្ហាញ',
  total: 'កង្វល់ទាំងអស់',
  notForwarded: 'មិនបានបញ្ជូនទៅគណៈកម្មការ',
  notRecorded: 'ទាន់ពេល និងយឺត រាប់តែចម្លើយដែលបានផ្តល់ចាប់តាំងពីមានការកត់ត្រានេះ ចម្លើយមុននោះមិននៅក្នុងជួរឈរណាមួយឡើយ។',
  dimensions: {
    province: 'តាមខេត្ត',
    category: 'តាមប្រធានបទ',
    commission: 'តាមគណៈកម្មការ',
    status: 'តាមស្ថានភាពបច្ចុប្បន្ន',
  },
  columns: {
    province: 'ខេត្ត',
    category: 'ប្រធានបទ',
    commission: 'គណៈកម្មការ',
    status: 'ស្ថានភាព',
  },
  figures: {
    received: 'បានទទួល',
    onTime: 'បានឆ្លើយទាន់ពេល',
    late: 'បានឆ្លើយយឺត',
  },
};

export const nationalMessages: Catalog<typeof en> = { en, km };
export type NationalMessages = typeof en;
