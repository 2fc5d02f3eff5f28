// Words of the secretariat's queue of SMS concerns, in English and Khmer.
import type { Catalog } from '../../platform/i18n/i18n';
import type { SmsComplaintKind } from './incoming-sms.rules';
import type { AssignError } from './sms-intake.commands';

const en = {
  title: 'SMS concerns to assign',
  intro:
    'Concerns sent by SMS from numbers Sala has never seen on a case. Choose the province whose office takes each one; the office then completes the place and the category. A complaint to the Citizens’ Office goes to the Citizens’ Office of the district it is about.',
  empty: 'No SMS concern is waiting.',
  received: 'Received',
  from: 'From',
  concern: 'Concern',
  province: 'Province',
  category: 'Category',
  assign: 'Assign',
  assigned: (code: string) => `Concern ${code} is now with its province's office.`,
  errors: {
    'not-found': 'This concern is not in the queue.',
    'already-assigned': 'Someone assigned this concern already.',
    'unknown-province': 'Choose a province.',
    'unknown-category': 'Choose a category.',
    'unknown-district': 'Choose the district whose Citizens’ Office takes the complaint.',
    'no-office': 'This district has no Citizens’ Office in Sala.',
  } satisfies Record<AssignError, string>,
  complaint: 'Complaint to the Citizens’ Office',
  complaintKind: 'Kind of complaint',
  citizensOffice: 'Citizens’ Office (district)',
  kinds: {
    delay: 'Delay',
    refusal: 'Refusal',
    rudeness: 'Rudeness',
    wrong_document: 'Wrong document',
    overcharging: 'Asking more than the fee',
    other: 'Other',
  } satisfies Record<SmsComplaintKind, string>,
};

export const smsIntakeMessages: Catalog<typeof en> = {
  en,
  km: {
    title: 'កង្វល់តាម SMS ដែលត្រូវចាត់ចែង',
    intro:
      'កង្វល់ដែលផ្ញើតាម SMS ពីលេខដែលសាលាមិនធ្លាប់ឃើញលើករណីណាមួយ។ សូមជ្រើសរើសខេត្តដែលការិយាល័យរបស់ខ្លួនទទួលយក។ ការិយាល័យនឹងបំពេញទីកន្លែង និងប្រភេទបន្ថែម។ បណ្តឹងទៅការិយាល័យប្រជាពលរដ្ឋ ត្រូវទៅការិយាល័យប្រជាពលរដ្ឋនៃស្រុកដែលបណ្តឹងនិយាយអំពី។',
    empty: 'គ្មានកង្វល់តាម SMS កំពុងរង់ចាំទេ។',
    received: 'បានទទួល',
    from: 'ពី',
    concern: 'កង្វល់',
    province: 'ខេត្ត',
    category: 'ប្រភេទ',
    assign: 'ចាត់ចែង',
    assigned: (code: string) => `កង្វល់ ${code} ឥឡូវនៅការិយាល័យខេត្តរបស់វា។`,
    errors: {
      'not-found': 'កង្វល់នេះមិនមាននៅក្នុងបញ្ជីទេ។',
      'already-assigned': 'មានអ្នកផ្សេងបានចាត់ចែងកង្វល់នេះរួចហើយ។',
      'unknown-province': 'សូមជ្រើសរើសខេត្ត។',
      'unknown-category': 'សូមជ្រើសរើសប្រភេទ។',
      'unknown-district': 'សូមជ្រើសរើសស្រុកដែលការិយាល័យប្រជាពលរដ្ឋរបស់ខ្លួនទទួលបណ្តឹងនេះ។',
      'no-office': 'ស្រុកនេះមិនមានការិយាល័យប្រជាពលរដ្ឋនៅក្នុងសាលាទេ។',
    },
    complaint: 'បណ្តឹងទៅការិយាល័យប្រជាពលរដ្ឋ',
    complaintKind: 'ប្រភេទបណ្តឹង',
    citizensOffice: 'ការិយាល័យប្រជាពលរដ្ឋ (ស្រុក)',
    kinds: {
      delay: 'យឺតយ៉ាវ',
      refusal: 'ការបដិសេធ',
      rudeness: 'អាកប្បកិរិយាមិនគួរសម',
      wrong_document: 'ឯកសារខុស',
      overcharging: 'ទារប្រាក់លើសតម្លៃសេវា',
      other: 'ផ្សេងៗ',
    },
  },
};
