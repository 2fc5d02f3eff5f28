// Strings of the monthly activity report of an office and its MPs, in English and Khmer.
import type { Catalog } from '../../platform/i18n/i18n';

const en = {
  title: 'Monthly activity report',
  intro:
    'Missions that started in the month, communes visited (reported missions), and where the concerns they collected stand today.',
  office: 'Office',
  month: 'Month',
  show: 'Show',
  badMonth: 'Please give a month as year-month, as the hint shows.',
  chooseOffice: 'Choose an office.',
  who: 'Office or member',
  missions: 'Missions',
  communes: 'Communes visited',
  concerns: 'Concerns collected',
  forwarded: 'Forwarded',
  answered: 'Answered',
  total: 'Whole office',
  csv: 'Download as CSV (opens in Excel)',
  print: 'To print, use your browser’s Print command: the page prints without menus.',
};
export type ActivityMessages = typeof en;

const km: ActivityMessages = {
  title: 'របាយការណ៍សកម្មភាពប្រចាំខែ',
  intro:
    'បេសកកម្មដែលបានចាប់ផ្តើមក្នុងខែ ឃុំ/សង្កាត់ដែលបានចុះ (បេសកកម្មដែលមានរបាយការណ៍) និងស្ថានភាពបច្ចុប្បន្ននៃកង្វល់ដែលបានប្រមូល។',
  office: 'ការិយាល័យ',
  month: 'ខែ',
  show: 'បង្ហាញ',
  badMonth: 'សូមផ្តល់ខែជា ឆ្នាំ-ខែ ដូចឧទាហរណ៍។',
  chooseOffice: 'សូមជ្រើសរើសការិយាល័យ។',
  who: 'ការិយាល័យ ឬសមាជិក',
  missions: 'បេសកកម្ម',
  communes: 'ឃុំ/សង្កាត់ដែលបានចុះ',
  concerns: 'កង្វល់ដែលបានប្រមូល',
  forwarded: 'បានបញ្ជូនបន្ត',
  answered: 'បានឆ្លើយតប',
  total: 'ការិយាល័យទាំងមូល',
  csv: 'ទាញយកជា CSV (បើកក្នុង Excel)',
  print: 'ដើម្បីបោះពុម្ព សូមប្រើពាក្យបញ្ជា បោះពុម្ព របស់កម្មវិធីរុករក៖ ទំព័របោះពុម្ពដោយគ្មានម៉ឺនុយ។',
};

export const activityMessages: Catalog<ActivityMessages> = { en, km };
