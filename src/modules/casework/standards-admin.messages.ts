// Strings of the admin's pages of service standards and public holidays.
import { HOW_TO_WRITE_A_DAY } from '../../platform/i18n/date-input';
import type { Catalog } from '../../platform/i18n/i18n';
import type { HolidayOrigin, ServiceStage } from './case.table';
import type { AdminFieldError } from './edit-standards.commands';

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
    'invalid-date': `Please give a real date, ${HOW_TO_WRITE_A_DAY.en}.`,
    'too-long': 'This is too long: at most 200 characters.',
    'broken-text': 'This text has broken characters. Please type it again.',
  } satisfies Record<AdminFieldError, string>,
  duplicateDate: 'This date is already on the list.',

  holidaysTitle: 'Public holidays',
  holidaysIntro:
    'Sala ships Cambodia’s public holidays for 2025 to 2027 (the sources are in `data/README.md`). An administrator adds the days the government announces besides, or takes a day off the list; working days skip them.',
  holidaysAppliesNext:
    'Adding or removing a holiday after today moves the due dates of running cases with it, so nothing stays due on a holiday. The 7 days of Assembly questions are calendar days and do not move.',
  dueDatesMoved: (n: string) => `Running cases whose due date moved: ${n}.`,
  computedNotice: (years: string) =>
    `The official list for ${years} is not in Sala’s data yet. The days marked “computed” follow the usual rules (fixed dates; Khmer New Year, Visak Bochea, the Royal Ploughing Ceremony, Pchum Ben and the Water Festival from the lunisolar calendar): check them against the government’s sub-decree, then correct or remove any that differ.`,
  confirmYear: (year: string) => `The days of ${year} match the government’s list: confirm them`,
  confirmedYear: 'The computed days of the year are confirmed.',
  source: 'Source',
  filesHeading: 'Files',
  downloadCsv: 'Download the list as CSV',
  downloadIcs: 'Download the list as iCalendar',
  importHeading: 'Import holidays',
  importHint:
    'A CSV file with the columns `date` (year-month-day), `name_km` (the name in Khmer) and `name_en` (the name in English), as in the download; or an iCalendar file (`.ics`: the summary in Khmer, the description in English). The whole file is checked first: if one row is wrong, nothing is imported. Dates already on the list keep their row.',
  importFile: 'File',
  importButton: 'Import',
  imported: (added: string) => `Holidays added from the file: ${added}.`,
  importRefused: 'Nothing was imported. Please correct the file and import it again:',
  importRow: (format: 'csv' | 'ics', row: string) => (format === 'csv' ? `Row ${row}` : `Event ${row}`),
  importReasons: {
    'duplicate-in-file': 'this date is in the file twice.',
    unreadable:
      'The file is neither a CSV with the columns `date`, `name_km` and `name_en` nor an iCalendar file.',
    empty: 'The file has no holidays.',
  },
  origins: {
    official: 'Official list',
    computed: 'Computed, to be confirmed',
    confirmed: 'Computed, confirmed by an administrator',
    admin: 'Added by an administrator',
  } satisfies Record<HolidayOrigin, string>,
  standardsLink: 'Service standards',
  addHeading: 'Add a holiday',
  date: 'Date',
  nameKm: 'Name in Khmer',
  nameEn: 'Name in English',
  name: 'Name',
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
    'ចំនួនថ្ងៃធ្វើការដែលដំណាក់កាលនីមួយៗនៃកង្វល់អាចប្រើបាន។ ថ្ងៃធ្វើការមិនរាប់ថ្ងៃសៅរ៍ ថ្ងៃអាទិត្យ និងថ្ងៃបុណ្យដែលមានក្នុងបញ្ជីទេ។',
  standardsAppliesNext:
    'ការផ្លាស់ប្ដូរអនុវត្តចំពោះជំហានបន្ទាប់៖ កង្វល់ដែលមានស្រាប់រក្សាកាលបរិច្ឆេទកំណត់ដដែល ហើយទទួលស្តង់ដារថ្មីនៅជំហានបន្ទាប់របស់វា។',
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
  saved: 'បានរក្សាទុក។ ស្តង់ដារថ្មីអនុវត្តចាប់ពីជំហានបន្ទាប់នៃកង្វល់នីមួយៗ។',
  unchanged: 'គ្មានអ្វីផ្លាស់ប្ដូរទេ។',
  errorSummary: 'សូមកែតម្រូវប្រអប់ដែលបានសម្គាល់។ មិនទាន់បានរក្សាទុកអ្វីទេ។',
  errors: {
    required: 'ត្រូវតែបំពេញ។',
    'whole-number': 'សូមសរសេរចំនួនថ្ងៃជាចំនួនគត់ ឧទាហរណ៍ ៣។',
    'out-of-range': 'សូមផ្ដល់ចំនួនពី ១ ដល់ ៣៦៥។',
    'invalid-date': `សូមផ្ដល់កាលបរិច្ឆេទពិតប្រាកដ ជា ${HOW_TO_WRITE_A_DAY.km}។`,
    'too-long': 'វែងពេក៖ យ៉ាងច្រើន ២០០ តួអក្សរ។',
    'broken-text': 'អត្ថបទនេះមានតួអក្សរខូច។ សូមវាយម្ដងទៀត។',
  },
  duplicateDate: 'កាលបរិច្ឆេទនេះមានក្នុងបញ្ជីរួចហើយ។',

  holidaysTitle: 'ថ្ងៃបុណ្យសាធារណៈ',
  holidaysIntro:
    'Sala ភ្ជាប់មកជាមួយនូវថ្ងៃបុណ្យសាធារណៈរបស់កម្ពុជាសម្រាប់ឆ្នាំ ២០២៥ ដល់ ២០២៧ (ប្រភពមាននៅក្នុង `data/README.md`)។ អ្នកគ្រប់គ្រងបន្ថែមថ្ងៃផ្សេងទៀតដែលរាជរដ្ឋាភិបាលប្រកាស ឬដកថ្ងៃណាមួយចេញពីបញ្ជី ហើយថ្ងៃធ្វើការមិនរាប់ថ្ងៃទាំងនោះទេ។',
  holidaysAppliesNext:
    'ការបន្ថែម ឬដកថ្ងៃបុណ្យក្រោយថ្ងៃនេះ ផ្លាស់ប្ដូរកាលបរិច្ឆេទកំណត់នៃកង្វល់ដែលកំពុងដំណើរការជាមួយ ដូច្នេះគ្មានកង្វល់ណាមួយដល់កំណត់នៅថ្ងៃបុណ្យទេ។ ៧ ថ្ងៃនៃសំណួររបស់រដ្ឋសភា ជាថ្ងៃប្រតិទិន ហើយមិនផ្លាស់ប្ដូរទេ។',
  dueDatesMoved: (n: string) => `កាលបរិច្ឆេទកំណត់នៃកង្វល់ដែលកំពុងដំណើរការចំនួន ${n} ត្រូវបានផ្លាស់ប្ដូរ។`,
  computedNotice: (years: string) =>
    `បញ្ជីផ្លូវការសម្រាប់ឆ្នាំ ${years} មិនទាន់មានក្នុងទិន្នន័យរបស់ Sala នៅឡើយទេ។ ថ្ងៃដែលសម្គាល់ថា «គណនា» គឺតាមវិធានធម្មតា (ថ្ងៃថេរ ហើយបុណ្យចូលឆ្នាំថ្មី វិសាខបូជា ព្រះរាជពិធីច្រត់ព្រះនង្គ័ល ភ្ផុំបិណ្ឌ និងបុណ្យអុំទូក តាមប្រតិទិនចន្ទគតិ)៖ សូមផ្ទៀងផ្ទាត់ជាមួយអនុក្រឹត្យរបស់រាជរដ្ឋាភិបាល រួចកែ ឬដកថ្ងៃណាដែលខុស។`,
  confirmYear: (year: string) => `ថ្ងៃនៃឆ្នាំ ${year} ត្រូវនឹងបញ្ជីរបស់រាជរដ្ឋាភិបាល៖ បញ្ជាក់`,
  confirmedYear: 'ថ្ងៃដែលបានគណនានៃឆ្នាំនេះត្រូវបានបញ្ជាក់ហើយ។',
  source: 'ប្រភព',
  filesHeading: 'ឯកសារ',
  downloadCsv: 'ទាញយកបញ្ជីជា CSV',
  downloadIcs: 'ទាញយកបញ្ជីជា iCalendar',
  importHeading: 'នាំចូលថ្ងៃបុណ្យ',
  importHint:
    'ឯកសារ CSV ដែលមានជួរឈរ `date` (ឆ្នាំ-ខែ-ថ្ងៃ) `name_km` (ឈ្មោះជាភាសាខ្មែរ) និង `name_en` (ឈ្មោះជាភាសាអង់គ្លេស) ដូចឯកសារទាញយក ឬឯកសារ iCalendar (`.ics`៖ សេចក្ដីសង្ខេបជាភាសាខ្មែរ ការពិពណ៌នាជាភាសាអង់គ្លេស)។ ឯកសារទាំងមូលត្រូវបានពិនិត្យជាមុន៖ ប្រសិនបើជួរមួយខុស គ្មានអ្វីត្រូវបាននាំចូលទេ។ កាលបរិច្ឆេទដែលមានក្នុងបញ្ជីរួចហើយ រក្សាជួររបស់វាដដែល។',
  importFile: 'ឯកសារ',
  importButton: 'នាំចូល',
  imported: (added: string) => `ថ្ងៃបុណ្យដែលបានបន្ថែមពីឯកសារ៖ ${added}។`,
  importRefused: 'គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមកែឯកសារ ហើយនាំចូលម្ដងទៀត៖',
  importRow: (format: 'csv' | 'ics', row: string) => (format === 'csv' ? `ជួរទី ${row}` : `ព្រឹត្តិការណ៍ទី ${row}`),
  importReasons: {
    'duplicate-in-file': 'កាលបរិច្ឆេទនេះមានពីរដងក្នុងឯកសារ។',
    unreadable: 'ឯកសារនេះមិនមែនជា CSV ដែលមានជួរឈរ `date` `name_km` និង `name_en` ឬឯកសារ iCalendar ទេ។',
    empty: 'ឯកសារនេះគ្មានថ្ងៃបុណ្យទេ។',
  },
  origins: {
    official: 'បញ្ជីផ្លូវការ',
    computed: 'គណនា ត្រូវបញ្ជាក់',
    confirmed: 'គណនា បានបញ្ជាក់ដោយអ្នកគ្រប់គ្រង',
    admin: 'បន្ថែមដោយអ្នកគ្រប់គ្រង',
  },
  standardsLink: 'ស្តង់ដារសេវា',
  addHeading: 'បន្ថែមថ្ងៃបុណ្យ',
  date: 'កាលបរិច្ឆេទ',
  nameKm: 'ឈ្មោះជាភាសាខ្មែរ',
  nameEn: 'ឈ្មោះជាភាសាអង់គ្លេស',
  name: 'ឈ្មោះ',
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
