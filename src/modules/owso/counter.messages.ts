// Strings of the OWSO counter, receipts, verification, follow-up, rating and league pages.
import type { Catalog } from '../../platform/i18n/i18n';
import type { ApplicationStatus, PaymentChannel } from './counter.table';
import type { ChainBreak } from './receipt.rules';

type ErrorCode =
  | 'required'
  | 'invalid'
  | 'too-long'
  | 'too-short'
  | 'broken-text'
  | 'unknown-office'
  | 'not-your-office'
  | 'unknown-service'
  | 'no-fee'
  | 'documents-missing'
  | 'agency-required'
  | 'agency-reference-required'
  | 'agency-not-allowed'
  | 'counter-not-allowed'
  | 'exemption-reason-required';

const en = {
  counterTitle: 'OWSO counter',
  noOffice: 'There is no One Window Service Office at the place where you work yet.',
  office: 'Office',
  service: 'Service',
  choose: 'Choose',
  chooseService: 'Choose the service the applicant asks for.',
  fee: 'Official fee',
  feeHint: 'From the national catalogue, in force today. It cannot be typed.',
  sampleFees: 'Sample fees — not official.',
  free: 'Free',
  riel: (n: string) => `${n} riel`,
  documents: 'Documents checked',
  documentsHint: 'Tick each document the applicant brought. All are required.',
  applicantName: 'Applicant’s name',
  applicantPhone: 'Phone (optional)',
  payment: 'Payment',
  channels: {
    counter: 'Cash at the counter',
    agency: 'Through an approved agency',
    exempt: 'Exempt from the fee',
  } satisfies Record<PaymentChannel, string>,
  agency: 'Agency',
  agencyReference: 'Agency’s payment reference',
  exemptionReason: 'Reason for the exemption',
  exemptionHint: 'Required for an exemption; it is recorded in the audit trail.',
  issue: 'Register and issue the receipt',
  errorSummary: 'Please correct the marked fields. No receipt was issued.',
  errors: {
    required: 'This is required.',
    invalid: 'This is not valid.',
    'too-long': 'This is too long.',
    'too-short': 'Please write a little more.',
    'broken-text': 'This text has broken characters. Please type it again.',
    'unknown-office': 'This office does not exist.',
    'not-your-office': 'You do not work at this office.',
    'unknown-service': 'This office does not offer this service.',
    'no-fee': 'The catalogue has no fee in force today for this service; a receipt cannot be issued.',
    'documents-missing': 'Every required document must be checked.',
    'agency-required': 'Choose an approved agency.',
    'agency-reference-required': 'Give the agency’s payment reference.',
    'agency-not-allowed': 'This service cannot be paid through an agency.',
    'counter-not-allowed': 'This service cannot be paid at the counter.',
    'exemption-reason-required': 'An exemption needs a reason (at least 3 characters).',
  } satisfies Record<ErrorCode, string>,
  recent: 'Latest receipts at this office',
  none: 'None yet.',
  number: 'Receipt number',
  issuedAt: 'Date and time',
  status: 'Status',
  statuses: {
    received: 'Received',
    in_progress: 'Being processed',
    ready: 'Ready to collect',
    done: 'Done',
    cancelled: 'Cancelled',
  } satisfies Record<ApplicationStatus, string>,

  receiptTitle: (n: string) => `Receipt ${n}`,
  firstReceipt: (n: string) => `Open the receipt it issued: ${n}`,
  receiptHeading: 'One Window Service Office — receipt',
  paid: 'Paid',
  clerk: 'Clerk',
  applicant: 'Applicant',
  maxDays: (n: string) => `Done within ${n} working days`,
  dueOn: 'Due by',
  qrCaption: 'Scan to check this receipt, or open:',
  qrLabel: (url: string) => `QR code linking to ${url}`,
  print: 'Print: use your browser’s print command.',
  moveTo: 'Move the application to',
  move: 'Save the status',
  moved: 'The status was saved.',
  movedError: {
    'not-allowed-now': 'That status cannot follow the current one.',
    'changed-meanwhile': 'Someone changed this application meanwhile. Here is its status now.',
  },
  cancelLink: 'Cancel this receipt',
  demo: 'Demo receipt — fictional.',

  cancelTitle: (n: string) => `Cancel receipt ${n}`,
  cancelIntro:
    'A cancelled receipt is kept and listed in the public register of cancelled receipts with this reason. Do not write personal data.',
  reason: 'Reason',
  cancel: 'Cancel the receipt',
  alreadyCancelled: 'This receipt is already cancelled.',
  cancelled: 'Cancelled',
  cancelledOn: (when: string, reason: string) => `Cancelled on ${when}: ${reason}`,

  verifyTitle: 'Check a receipt',
  verifyLabel: 'Receipt number',
  verifyHint: 'As printed on the receipt, for example OWSO-120101-000042.',
  verifyButton: 'Check',
  verifyResultTitle: (n: string) => `Receipt ${n}`,
  verifyNotFound: 'No receipt has this number.',
  verifyMissing:
    'This number was issued by the office, but its receipt is no longer in the records: the office’s chain of receipts is broken.',
  verifyValid: 'This receipt was issued and is valid.',
  verifyCancelled: 'This receipt was cancelled.',
  chainIntact: (n: string) => `The office’s chain of receipts is intact (${n} receipts checked).`,
  chainBroken: 'The office’s chain of receipts is BROKEN: a receipt was edited or deleted.',
  chainBrokenAt: (n: string) => `First break at receipt ${n}.`,
  chainBreaks: {
    edited: 'A receipt’s content no longer matches its hash.',
    missing: 'A receipt is missing from the chain.',
    'tail-missing': 'The latest receipts were deleted.',
  } satisfies Record<ChainBreak, string>,
  noPersonalData: 'This page shows no personal data.',
  overchargeHint: 'Were you asked to pay more than the official fee?',
  overchargeLink: 'Report it',

  registerTitle: 'Cancelled receipts',
  registerIntro:
    'Every receipt an office chief cancelled, with the reason. Cancelled receipts stay in the records.',
  previous: 'Newer',
  next: 'Older',

  followTitle: 'Follow your application',
  followLabel: 'Receipt number',
  followButton: 'Follow',
  followNotFound: 'No receipt has this number. Please check it and try again.',
  receivedOn: 'Received on',
  onTime: 'Done on time',
  late: 'Done late',
  processingDays: (n: string) => `${n} working days`,
  rateHeading: 'How was the service?',
  rateLegend: 'Your rating, from 1 (very bad) to 5 (very good)',
  rateButton: 'Send my rating',
  rated: (n: string) => `Rated ${n} out of 5. Thank you.`,
  rateErrors: {
    'not-done': 'You can rate the service once your application is done.',
    'already-rated': 'This application has already been rated.',
    cancelled: 'This receipt was cancelled.',
    invalid: 'Please choose a rating from 1 to 5.',
    'too-many': 'Too many ratings from this connection. Please try again later.',
  },
};

export type CounterMessages = typeof en;

const km: CounterMessages = {
  counterTitle: 'បញ្ជរច្រកចេញចូលតែមួយ',
  noOffice: 'មិនទាន់មានការិយាល័យច្រកចេញចូលតែមួយ នៅទីកន្លែងដែលអ្នកធ្វើការនៅឡើយទេ។',
  office: 'ការិយាល័យ',
  service: 'សេវា',
  choose: 'ជ្រើសរើស',
  chooseService: 'ជ្រើសរើសសេវាដែលអ្នកដាក់ពាក្យស្នើសុំ។',
  fee: 'តម្លៃសេវាផ្លូវការ',
  feeHint: 'យកពីបញ្ជីសេវាថ្នាក់ជាតិ ដែលមានសុពលភាពថ្ងៃនេះ។ មិនអាចវាយបញ្ចូលបានទេ។',
  sampleFees: 'តម្លៃគំរូ — មិនមែនផ្លូវការទេ។',
  free: 'ឥតគិតថ្លៃ',
  riel: (n: string) => `${n} រៀល`,
  documents: 'ឯកសារដែលបានពិនិត្យ',
  documentsHint: 'គូសឯកសារនីមួយៗដែលអ្នកដាក់ពាក្យបានយកមក។ ត្រូវការទាំងអស់។',
  applicantName: 'ឈ្មោះអ្នកដាក់ពាក្យ',
  applicantPhone: 'ទូរស័ព្ទ (ស្រេចចិត្ត)',
  payment: 'ការបង់ប្រាក់',
  channels: {
    counter: 'សាច់ប្រាក់នៅបញ្ជរ',
    agency: 'តាមរយៈភ្នាក់ងារដែលបានអនុម័ត',
    exempt: 'លើកលែងការបង់ថ្លៃ',
  },
  agency: 'ភ្នាក់ងារ',
  agencyReference: 'លេខយោងការបង់ប្រាក់របស់ភ្នាក់ងារ',
  exemptionReason: 'មូលហេតុនៃការលើកលែង',
  exemptionHint: 'ចាំបាច់សម្រាប់ការលើកលែង ហើយត្រូវកត់ត្រាក្នុងសវនកម្ម។',
  issue: 'ចុះបញ្ជី និងចេញបង្កាន់ដៃ',
  errorSummary: 'សូមកែប្រអប់ដែលបានសម្គាល់។ មិនទាន់បានចេញបង្កាន់ដៃទេ។',
  errors: {
    required: 'ត្រូវតែបំពេញ។',
    invalid: 'មិនត្រឹមត្រូវ។',
    'too-long': 'វែងពេក។',
    'too-short': 'សូមសរសេរបន្ថែមបន្តិច។',
    'broken-text': 'អត្ថបទនេះមានតួអក្សរខូច។ សូមវាយម្តងទៀត។',
    'unknown-office': 'មិនមានការិយាល័យនេះទេ។',
    'not-your-office': 'អ្នកមិនបានធ្វើការនៅការិយាល័យនេះទេ។',
    'unknown-service': 'ការិយាល័យនេះមិនផ្តល់សេវានេះទេ។',
    'no-fee': 'បញ្ជីសេវាគ្មានតម្លៃដែលមានសុពលភាពថ្ងៃនេះសម្រាប់សេវានេះទេ មិនអាចចេញបង្កាន់ដៃបានទេ។',
    'documents-missing': 'ត្រូវពិនិត្យឯកសារចាំបាច់ទាំងអស់។',
    'agency-required': 'សូមជ្រើសរើសភ្នាក់ងារដែលបានអនុម័ត។',
    'agency-reference-required': 'សូមផ្តល់លេខយោងការបង់ប្រាក់របស់ភ្នាក់ងារ។',
    'agency-not-allowed': 'សេវានេះមិនអាចបង់តាមភ្នាក់ងារបានទេ។',
    'counter-not-allowed': 'សេវានេះមិនអាចបង់នៅបញ្ជរបានទេ។',
    'exemption-reason-required': 'ការលើកលែងត្រូវមានមូលហេតុ (យ៉ាងហោចណាស់ ៣ តួអក្សរ)។',
  },
  recent: 'បង្កាន់ដៃចុងក្រោយនៅការិយាល័យនេះ',
  none: 'មិនទាន់មាននៅឡើយ។',
  number: 'លេខបង្កាន់ដៃ',
  issuedAt: 'កាលបរិច្ឆេទ និងម៉ោង',
  status: 'ស្ថានភាព',
  statuses: {
    received: 'បានទទួល',
    in_progress: 'កំពុងដំណើរការ',
    ready: 'រួចរាល់សម្រាប់មកយក',
    done: 'បានបញ្ចប់',
    cancelled: 'បានលុបចោល',
  },

  receiptTitle: (n: string) => `បង្កាន់ដៃ ${n}`,
  firstReceipt: (n: string) => `បើកបង្កាន់ដៃដែលបានចេញ៖ ${n}`,
  receiptHeading: 'ការិយាល័យច្រកចេញចូលតែមួយ — បង្កាន់ដៃ',
  paid: 'បានបង់',
  clerk: 'មន្ត្រីបញ្ជរ',
  applicant: 'អ្នកដាក់ពាក្យ',
  maxDays: (n: string) => `បញ្ចប់ក្នុងរយៈពេល ${n} ថ្ងៃធ្វើការ`,
  dueOn: 'ត្រូវបញ្ចប់ត្រឹម',
  qrCaption: 'ស្កេនដើម្បីពិនិត្យបង្កាន់ដៃនេះ ឬបើក៖',
  qrLabel: (url: string) => `កូដ QR ភ្ជាប់ទៅ ${url}`,
  print: 'បោះពុម្ព៖ ប្រើពាក្យបញ្ជាបោះពុម្ពរបស់កម្មវិធីរុករក។',
  moveTo: 'ប្តូរស្ថានភាពពាក្យស្នើសុំទៅ',
  move: 'រក្សាទុកស្ថានភាព',
  moved: 'ស្ថានភាពត្រូវបានរក្សាទុក។',
  movedError: {
    'not-allowed-now': 'ស្ថានភាពនោះមិនអាចបន្តពីស្ថានភាពបច្ចុប្បន្នបានទេ។',
    'changed-meanwhile': 'មាននរណាម្នាក់បានប្តូរពាក្យស្នើសុំនេះក្នុងពេលជាមួយគ្នា។ នេះជាស្ថានភាពបច្ចុប្បន្ន។',
  },
  cancelLink: 'លុបចោលបង្កាន់ដៃនេះ',
  demo: 'បង្កាន់ដៃសាកល្បង — ប្រឌិត។',

  cancelTitle: (n: string) => `លុបចោលបង្កាន់ដៃ ${n}`,
  cancelIntro:
    'បង្កាន់ដៃដែលបានលុបចោលនៅតែរក្សាទុក ហើយចុះក្នុងបញ្ជីសាធារណៈនៃបង្កាន់ដៃដែលបានលុបចោល ជាមួយមូលហេតុនេះ។ កុំសរសេរទិន្នន័យផ្ទាល់ខ្លួន។',
  reason: 'មូលហេតុ',
  cancel: 'លុបចោលបង្កាន់ដៃ',
  alreadyCancelled: 'បង្កាន់ដៃនេះត្រូវបានលុបចោលរួចហើយ។',
  cancelled: 'បានលុបចោល',
  cancelledOn: (when: string, reason: string) => `បានលុបចោលនៅ ${when}៖ ${reason}`,

  verifyTitle: 'ពិនិត្យបង្កាន់ដៃ',
  verifyLabel: 'លេខបង្កាន់ដៃ',
  verifyHint: 'ដូចដែលបានបោះពុម្ពលើបង្កាន់ដៃ ឧទាហរណ៍ OWSO-120101-000042។',
  verifyButton: 'ពិនិត្យ',
  verifyResultTitle: (n: string) => `បង្កាន់ដៃ ${n}`,
  verifyNotFound: 'គ្មានបង្កាន់ដៃណាមានលេខនេះទេ។',
  verifyMissing:
    'លេខនេះត្រូវបានចេញដោយការិយាល័យ ប៉ុន្តែបង្កាន់ដៃរបស់វាលែងមានក្នុងកំណត់ត្រាទៀតហើយ៖ ខ្សែសង្វាក់បង្កាន់ដៃរបស់ការិយាល័យខូច។',
  verifyValid: 'បង្កាន់ដៃនេះត្រូវបានចេញ ហើយមានសុពលភាព។',
  verifyCancelled: 'បង្កាន់ដៃនេះត្រូវបានលុបចោល។',
  chainIntact: (n: string) => `ខ្សែសង្វាក់បង្កាន់ដៃរបស់ការិយាល័យនៅដដែល (បានពិនិត្យបង្កាន់ដៃ ${n})។`,
  chainBroken: 'ខ្សែសង្វាក់បង្កាន់ដៃរបស់ការិយាល័យខូច៖ មានបង្កាន់ដៃត្រូវបានកែ ឬលុប។',
  chainBrokenAt: (n: string) => `ចំណុចខូចដំបូងនៅបង្កាន់ដៃ ${n}។`,
  chainBreaks: {
    edited: 'ខ្លឹមសារនៃបង្កាន់ដៃមួយលែងត្រូវនឹងតម្លៃហាស់របស់វា។',
    missing: 'បង្កាន់ដៃមួយបាត់ពីខ្សែសង្វាក់។',
    'tail-missing': 'បង្កាន់ដៃចុងក្រោយត្រូវបានលុប។',
  },
  noPersonalData: 'ទំព័រនេះមិនបង្ហាញទិន្នន័យផ្ទាល់ខ្លួនទេ។',
  overchargeHint: 'តើអ្នកត្រូវបានគេសុំឱ្យបង់លើសតម្លៃផ្លូវការទេ?',
  overchargeLink: 'រាយការណ៍',

  registerTitle: 'បង្កាន់ដៃដែលបានលុបចោល',
  registerIntro: 'បង្កាន់ដៃទាំងអស់ដែលប្រធានការិយាល័យបានលុបចោល ជាមួយមូលហេតុ។ បង្កាន់ដៃដែលបានលុបចោលនៅតែមានក្នុងកំណត់ត្រា។',
  previous: 'ថ្មីជាង',
  next: 'ចាស់ជាង',

  followTitle: 'តាមដានពាក្យស្នើសុំរបស់អ្នក',
  followLabel: 'លេខបង្កាន់ដៃ',
  followButton: 'តាមដាន',
  followNotFound: 'គ្មានបង្កាន់ដៃណាមានលេខនេះទេ។ សូមពិនិត្យ ហើយព្យាយាមម្តងទៀត។',
  receivedOn: 'បានទទួលនៅ',
  onTime: 'បានបញ្ចប់ទាន់ពេល',
  late: 'បានបញ្ចប់យឺត',
  processingDays: (n: string) => `${n} ថ្ងៃធ្វើការ`,
  rateHeading: 'តើសេវាយ៉ាងដូចម្តេច?',
  rateLegend: 'ការវាយតម្លៃរបស់អ្នក ពី ១ (អាក្រក់ណាស់) ដល់ ៥ (ល្អណាស់)',
  rateButton: 'ផ្ញើការវាយតម្លៃ',
  rated: (n: string) => `បានវាយតម្លៃ ${n} លើ ៥។ សូមអរគុណ។`,
  rateErrors: {
    'not-done': 'អ្នកអាចវាយតម្លៃសេវាបាន នៅពេលពាក្យស្នើសុំរបស់អ្នកបានបញ្ចប់។',
    'already-rated': 'ពាក្យស្នើសុំនេះត្រូវបានវាយតម្លៃរួចហើយ។',
    cancelled: 'បង្កាន់ដៃនេះត្រូវបានលុបចោល។',
    invalid: 'សូមជ្រើសរើសការវាយតម្លៃពី ១ ដល់ ៥។',
    'too-many': 'មានការវាយតម្លៃច្រើនពេកពីការតភ្ជាប់នេះ។ សូមព្យាយាមម្តងទៀតពេលក្រោយ។',
  },
};

export const counterMessages: Catalog<CounterMessages> = { en, km };
export type CounterErrorCode = ErrorCode;
