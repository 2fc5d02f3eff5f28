// Strings of the admin's pages of service standards and public holidays.
import type { Catalog } from '../../platform/i18n/i18n';
import type { ServiceStage } from './case.table';
import type { AdminFieldError } from './edit-standards';

const en = {
  standardsTitle: 'Service standards',
  standardsIntro:
    'How many working days each stage of a concern may take. Working days skip Saturdays, Sundays and the public holidays on the list.',
  standardsAppliesNext:
    'A change applies to the steps that follow: cases keep the due date they already have, and get the new standard at their next step.',
  holidaysLink: 'Public holidays',
  stageLabels: {
    triage: 'Triage by the office',
    office_answer: 'Answer by the office itself',
    commission_answer: 'Answer by the commission, ministry or local authority',
  } satisfies Record<ServiceStage, string>,
  stageHints: {
    triage: 'From receipt until the office accepts, forwards, declines or asks the citizen.',
    office_answer: 'From acceptance until the office answers the citizen.',
    commission_answer: 'From forwarding until the answer reaches the citizen.',
  } satisfies Record<ServiceStage, string>,
  workingDaysUnit: 'In working days: a whole number from 1 to 365.',
  lastChanged: 'Last changed',
  notSetYet: 'not set yet',
  save: 'Save',
  saved: 'Saved. The new standards apply from the next step of each case.',
  unchanged: 'Nothing was changed.',
  errorSummary: 'Please correct the marked fields. Nothing was saved.',
  errors: {
    required: 'This is required.',
    'whole-number': 'Please write a whole number of days, for example 3.',
    'out-of-range': 'Please give a number from 1 to 365.',
    'invalid-date': 'Please give a real date as year-month-day, for example 2026-12-31.',
    'too-long': 'This is too long: at most 200 characters.',
    'broken-text': 'This text has broken characters. Please type it again.',
  } satisfies Record<AdminFieldError, string>,
  duplicateDate: 'This date is already on the list.',

  holidaysTitle: 'Public holidays',
  holidaysIntro:
    'Sala ships no official list of holidays. An administrator enters the days the government announces; working days skip them.',
  holidaysAppliesNext:
    'A change applies to due dates computed after it: cases keep the due date they already have.',
  standardsLink: 'Service standards',
  addHeading: 'Add a holiday',
  date: 'Date',
  dateHint: 'Year-month-day, for example 2026-12-31.',
  nameKm: 'Name in Khmer',
  nameEn: 'Name in English',
  add: 'Add the holiday',
  added: 'The holiday was added.',
  deleted: 'The holiday was taken off the list.',
  listHeading: 'Holidays on the list',
  none: 'No holidays on the list yet.',
  yearCaption: (year: string) => `Holidays of ${year}`,
  actions: 'Action',
  remove: 'Take off the list',
};

export type StandardsAdminMessages = typeof en;

const km: StandardsAdminMessages = {
  standardsTitle: 'ស្តង់ដារសេវា',
  standardsIntro:
    'ចំនួនថ្ងៃធ្វើការដែលដំណាក់កាលនីមួយៗនៃបញ្ហាអាចប្រើបាន។ ថ្ងៃធ្វើការមិនរាប់ថ្ងៃសៅរ៍ ថ្ងៃអាទិត្យ និងថ្ងៃបុណ្យដែលមានក្នុងបញ្ជីទេ។',
  standardsAppliesNext:
    'ការផ្លាស់ប្ដូរអនុវត្តចំពោះជំហានបន្ទាប់៖ បញ្ហាដែលមានស្រាប់រក្សាកាលបរិច្ឆេទកំណត់ដដែល ហើយទទួលស្តង់ដារថ្មីនៅជំហានបន្ទាប់របស់វា។',
  holidaysLink: 'ថ្ងៃបុណ្យសាធារណៈ',
  stageLabels: {
    triage: 'ការពិនិត្យដំបូងដោយការិយាល័យ',
    office_answer: 'ការឆ្លើយតបដោយការិយាល័យផ្ទាល់',
    commission_answer: 'ការឆ្លើយតបដោយគណៈកម្មការ ក្រសួង ឬអាជ្ញាធរមូលដ្ឋាន',
  },
  stageHints: {
    triage: 'ចាប់ពីពេលទទួល រហូតដល់ការិយាល័យទទួលយក បញ្ជូនបន្ត បដិសេធ ឬសួរពលរដ្ឋ។',
    office_answer: 'ចាប់ពីពេលទទួលយក រហូតដល់ការិយាល័យឆ្លើយតបទៅពលរដ្ឋ។',
    commission_answer: 'ចាប់ពីពេលបញ្ជូនបន្ត រហូតដល់ចម្លើយទៅដល់ពលរដ្ឋ។',
  },
  workingDaysUnit: 'គិតជាថ្ងៃធ្វើការ៖ ចំនួនគត់ពី ១ ដល់ ៣៦៥។',
  lastChanged: 'ផ្លាស់ប្ដូរចុងក្រោយ',
  notSetYet: 'មិនទាន់កំណត់',
  save: 'រក្សាទុក',
  saved: 'បានរក្សាទុក។ ស្តង់ដារថ្មីអនុវត្តចាប់ពីជំហានបន្ទាប់នៃបញ្ហានីមួយៗ។',
  unchanged: 'គ្មានអ្វីផ្លាស់ប្ដូរទេ។',
  errorSummary: 'សូមកែតម្រូវប្រអប់ដែលបានសម្គាល់។ មិនទាន់បានរក្សាទុកអ្វីទេ។',
  errors: {
    required: 'ត្រូវតែបំពេញ។',
    'whole-number': 'សូមសរសេរចំនួនថ្ងៃជាចំនួនគត់ ឧទាហរណ៍ ៣។',
    'out-of-range': 'សូមផ្ដល់ចំនួនពី ១ ដល់ ៣៦៥។',
    'invalid-date': 'សូមផ្ដល់កាលបរិច្ឆេទពិតប្រាកដ ជាឆ្នាំ-ខែ-ថ្ងៃ ឧទាហរណ៍ 2026-12-31។',
    'too-long': 'វែងពេក៖ យ៉ាងច្រើន ២០០ តួអក្សរ។',
    'broken-text': 'អត្ថបទនេះមានតួអក្សរខូច។ សូមវាយម្ដងទៀត។',
  },
  duplicateDate: 'កាលបរិច្ឆេទនេះមានក្នុងបញ្ជីរួចហើយ។',

  holidaysTitle: 'ថ្ងៃបុណ្យសាធារណៈ',
  holidaysIntro:
    'Sala មិនមានបញ្ជីថ្ងៃបុណ្យផ្លូវការភ្ជាប់មកជាមួយទេ។ អ្នកគ្រប់គ្រងបញ្ចូលថ្ងៃដែលរាជរដ្ឋាភិបាលប្រកាស ហើយថ្ងៃធ្វើការមិនរាប់ថ្ងៃទាំងនោះទេ។',
  holidaysAppliesNext: 'ការផ្លាស់ប្ដូរអនុវត្តចំពោះកាលបរិច្ឆេទកំណត់ដែលគណនាបន្ទាប់ពីនេះ៖ បញ្ហាដែលមានស្រាប់រក្សាកាលបរិច្ឆេទកំណត់ដដែល។',
  standardsLink: 'ស្តង់ដារសេវា',
  addHeading: 'បន្ថែមថ្ងៃបុណ្យ',
  date: 'កាលបរិច្ឆេទ',
  dateHint: 'ឆ្នាំ-ខែ-ថ្ងៃ ឧទាហរណ៍ 2026-12-31។',
  nameKm: 'ឈ្មោះជាភាសាខ្មែរ',
  nameEn: 'ឈ្មោះជាភាសាអង់គ្លេស',
  add: 'បន្ថែមថ្ងៃបុណ្យ',
  added: 'បានបន្ថែមថ្ងៃបុណ្យ។',
  deleted: 'បានដកថ្ងៃបុណ្យចេញពីបញ្ជី។',
  listHeading: 'ថ្ងៃបុណ្យក្នុងបញ្ជី',
  none: 'មិនទាន់មានថ្ងៃបុណ្យក្នុងបញ្ជីនៅឡើយទេ។',
  yearCaption: (year: string) => `ថ្ងៃបុណ្យឆ្នាំ ${year}`,
  actions: 'សកម្មភាព',
  remove: 'ដកចេញពីបញ្ជី',
};

export const standardsAdminMessages: Catalog<StandardsAdminMessages> = { en, km };
