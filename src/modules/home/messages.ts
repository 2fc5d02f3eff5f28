// Strings of the home page.
import type { Catalog } from '../../platform/i18n/i18n';

const en = {
  title: 'Sala: citizens, the National Assembly and public services',
  intro:
    'Sala connects citizens with the constituency offices of the National Assembly, follows their concerns to an answer, and makes public services and their official fees easy to check.',
  forCitizens: 'For citizens',
  sendConcern: 'Send a concern or complaint to your constituency office',
  sendConcernHint: 'You can stay anonymous. You get a tracking code to follow the answer.',
  trackConcern: 'Follow a concern with its tracking code',
  publicServices: 'Public services (one-window offices)',
  serviceFees: 'Official fees of public services',
  checkReceipt: 'Check a receipt',
  reportOvercharge: 'Asked to pay more? Report it',
  browsePlaces: 'Find your province, district, commune or village',
  theAssembly: 'The National Assembly',
  commissions: "The Assembly's commissions",
  constituencies:
    'Each of the 25 provinces and the capital is one constituency, with its constituency office.',
  forStaff: 'For staff',
  staffIntro:
    'Constituency offices, commissions, the secretariat, One Window Service Offices and monitors sign in to do their work.',
  signIn: 'Sign in',
  developers: 'For developers and monitors',
  apiIntro: 'Open data and a documented JSON API.',
  apiDocs: 'API documentation',
};

export type HomeMessages = typeof en;

const km: HomeMessages = {
  title: 'សាលា៖ ប្រជាពលរដ្ឋ រដ្ឋសភា និងសេវាសាធារណៈ',
  intro:
    'សាលា ភ្ជាប់ប្រជាពលរដ្ឋជាមួយការិយាល័យមណ្ឌលរបស់រដ្ឋសភា តាមដានកង្វល់របស់ពួកគេរហូតដល់មានចម្លើយ និងធ្វើឱ្យការពិនិត្យសេវាសាធារណៈ និងថ្លៃសេវាផ្លូវការងាយស្រួល។',
  forCitizens: 'សម្រាប់ប្រជាពលរដ្ឋ',
  sendConcern: 'ផ្ញើកង្វល់ ឬបណ្ដឹងទៅការិយាល័យមណ្ឌលរបស់អ្នក',
  sendConcernHint: 'អ្នកអាចមិនបញ្ចេញឈ្មោះបាន។ អ្នកនឹងទទួលបានលេខកូដតាមដាន ដើម្បីតាមដានចម្លើយ។',
  trackConcern: 'តាមដានកង្វល់ដោយលេខកូដតាមដាន',
  publicServices: 'សេវាសាធារណៈ (ច្រកចេញចូលតែមួយ)',
  serviceFees: 'ថ្លៃសេវាសាធារណៈផ្លូវការ',
  checkReceipt: 'ពិនិត្យបង្កាន់ដៃ',
  reportOvercharge: 'ត្រូវបានស្នើឱ្យបង់លើស? រាយការណ៍',
  browsePlaces: 'ស្វែងរកខេត្ត ស្រុក ឃុំ ឬភូមិរបស់អ្នក',
  theAssembly: 'រដ្ឋសភា',
  commissions: 'គណៈកម្មការនានារបស់រដ្ឋសភា',
  constituencies: 'ខេត្តនីមួយៗ និងរាជធានី គឺជាមណ្ឌលបោះឆ្នោតមួយ ដែលមានការិយាល័យមណ្ឌលរបស់ខ្លួន។',
  forStaff: 'សម្រាប់បុគ្គលិក',
  staffIntro:
    'ការិយាល័យមណ្ឌល គណៈកម្មការ អគ្គលេខាធិការដ្ឋាន ការិយាល័យច្រកចេញចូលតែមួយ និងអ្នកតាមដាន ចូលគណនីដើម្បីបំពេញការងាររបស់ខ្លួន។',
  signIn: 'ចូលគណនី',
  developers: 'សម្រាប់អ្នកអភិវឌ្ឍ និងអ្នកតាមដាន',
  apiIntro: 'ទិន្នន័យបើកចំហ និង JSON API ដែលមានឯកសារពន្យល់។',
  apiDocs: 'ឯកសារ API',
};

export const homeMessages: Catalog<HomeMessages> = { en, km };
