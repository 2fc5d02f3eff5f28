// Texts of the citizen's proofs and own steps: the private link, one-time codes, adding information,
// withdrawing, and what to do when a proof is refused.
import type { Catalog } from '../../platform/i18n/i18n';

const en = {
  privateLinkTitle: 'Your private link',
  privateLinkBody:
    'With this link you — and only you — can reply to the office, say whether an answer resolved your concern, add information or withdraw the concern. Keep it to yourself; it is shown only now, and sent to the contact you gave.',
  privateLinkHere: 'This is your private page for this concern. Do not share its address.',
  actTitle: 'Is this your concern?',
  actBody:
    'Anyone with the tracking code can read this page. To reply, add information or withdraw the concern, open the private link you received when you submitted it, or ask for a one-time code sent to the phone or e-mail you gave.',
  sendCode: 'Send me a one-time code',
  codeLabel: 'One-time code (6 digits)',
  codeButton: 'Continue',
  codeSentTitle: 'A code is on its way',
  codeSent: (channel: 'email' | 'sms' | 'telegram') =>
    `We sent a 6-digit code to the ${channel === 'email' ? 'e-mail address' : channel === 'telegram' ? 'Telegram chat' : 'phone number'} you gave. Type it below within 15 minutes.`,
  noContactTitle: 'No contact to send a code to',
  noContactBody:
    'This concern has no phone number or e-mail to send a code to. Ask the constituency office for a new private link; bring your tracking code.',
  caseOverTitle: 'This concern is closed',
  caseOverBody: 'Nothing more can be done on a closed concern. You can still read its page.',
  refusedTitle: 'Only the citizen can do this',
  refusedBody:
    'Nothing was changed. The tracking code only shows the concern’s status. To act on it, open the private link you received when you submitted the concern, or ask for a one-time code on the tracking page. If you have lost both, ask the constituency office for a new private link.',
  wrongCode:
    'This code is not right, or it has expired. Nothing was changed. Check the latest message we sent, or ask for a new code.',
  badLinkTitle: 'This private link does not work',
  badLinkBody:
    'The link may be mistyped, or the office has issued a new one. Nothing was changed. Use the latest link you received, ask for a one-time code on the tracking page, or ask the constituency office for a new link.',
  tooManyTitle: 'Too many tries',
  tooManyBody:
    'Too many wrong links or codes were tried for this concern or from this connection. Nothing was changed. Please wait an hour, then try again with the latest link or code you received.',
  backToTracking: 'Back to the tracking page',
  addInfoTitle: 'Add information',
  addInfoNote: 'What you want to add',
  addInfoHint: 'Only the office and those it works with read this.',
  addInfoFile: 'A photo or document (optional: PDF, JPEG or PNG, up to 1 MB)',
  addInfoButton: 'Add to my concern',
  addInfoMissing: 'Please write something or choose a file.',
  addInfoTooLong: 'Please write at most 4,000 characters.',
  fileProblems: {
    'too-large': 'The file is larger than 1 MB. Please send a smaller photo or scan.',
    type: 'Only PDF, JPEG and PNG files can be added.',
    empty: 'The file is empty.',
  },
  withdrawTitle: 'Withdraw my concern',
  withdrawHint: 'The office will stop working on it and close it. This cannot be undone.',
  withdrawReason: 'Why (optional; only the office reads it)',
  withdrawButton: 'Withdraw my concern',
  thanksInformation: 'Thank you. Your information was added to the concern.',
  thanksWithdrawn: 'Your concern was withdrawn and closed.',
};

export type CitizenKeyMessages = typeof en;

const km: CitizenKeyMessages = {
  privateLinkTitle: 'តំណឯកជនរបស់អ្នក',
  privateLinkBody:
    'ជាមួយតំណនេះ មានតែអ្នកទេ ដែលអាចឆ្លើយតបទៅការិយាល័យ ប្រាប់ថាចម្លើយបានដោះស្រាយកង្វល់ឬទេ បន្ថែមព័ត៌មាន ឬដកកង្វល់វិញ។ សូមរក្សាវាទុកតែខ្លួនឯង។ វាបង្ហាញតែពេលនេះ ហើយត្រូវបានផ្ញើទៅទំនាក់ទំនងដែលអ្នកបានផ្តល់។',
  privateLinkHere: 'នេះជាទំព័រឯកជនរបស់អ្នកសម្រាប់កង្វល់នេះ។ កុំចែករំលែកអាសយដ្ឋានរបស់វា។',
  actTitle: 'តើនេះជាកង្វល់របស់អ្នកឬ?',
  actBody:
    'អ្នកណាដែលមានលេខកូដតាមដាន អាចអានទំព័រនេះបាន។ ដើម្បីឆ្លើយតប បន្ថែមព័ត៌មាន ឬដកកង្វល់វិញ សូមបើកតំណឯកជនដែលអ្នកបានទទួលពេលដាក់កង្វល់ ឬសុំលេខកូដប្រើម្តង ផ្ញើទៅលេខទូរស័ព្ទ ឬអ៊ីមែលដែលអ្នកបានផ្តល់។',
  sendCode: 'ផ្ញើលេខកូដប្រើម្តងមកខ្ញុំ',
  codeLabel: 'លេខកូដប្រើម្តង (៦ ខ្ទង់)',
  codeButton: 'បន្ត',
  codeSentTitle: 'លេខកូដកំពុងផ្ញើទៅអ្នក',
  codeSent: (channel: 'email' | 'sms' | 'telegram') =>
    `យើងបានផ្ញើលេខកូដ ៦ ខ្ទង់ ទៅ${channel === 'email' ? 'អ៊ីមែល' : channel === 'telegram' ? 'តេឡេក្រាម' : 'លេខទូរស័ព្ទ'}ដែលអ្នកបានផ្តល់។ សូមវាយវាខាងក្រោម ក្នុងរយៈពេល ១៥ នាទី។`,
  noContactTitle: 'គ្មានទំនាក់ទំនងសម្រាប់ផ្ញើលេខកូដ',
  noContactBody:
    'កង្វល់នេះគ្មានលេខទូរស័ព្ទ ឬអ៊ីមែល សម្រាប់ផ្ញើលេខកូដទេ។ សូមសុំតំណឯកជនថ្មីពីការិយាល័យមណ្ឌល ដោយយកលេខកូដតាមដានរបស់អ្នកមកជាមួយ។',
  caseOverTitle: 'កង្វល់នេះត្រូវបានបិទហើយ',
  caseOverBody: 'មិនអាចធ្វើអ្វីបន្ថែមលើកង្វល់ដែលបានបិទទេ។ អ្នកនៅតែអាចអានទំព័ររបស់វាបាន។',
  refusedTitle: 'មានតែពលរដ្ឋម្ចាស់កង្វល់ទេ ដែលអាចធ្វើបាន',
  refusedBody:
    'គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ លេខកូដតាមដានគ្រាន់តែបង្ហាញស្ថានភាពកង្វល់ប៉ុណ្ណោះ។ ដើម្បីធ្វើសកម្មភាព សូមបើកតំណឯកជនដែលអ្នកបានទទួលពេលដាក់កង្វល់ ឬសុំលេខកូដប្រើម្តងនៅលើទំព័រតាមដាន។ ប្រសិនបើអ្នកបាត់ទាំងពីរ សូមសុំតំណឯកជនថ្មីពីការិយាល័យមណ្ឌល។',
  wrongCode: 'លេខកូដនេះមិនត្រឹមត្រូវ ឬផុតកំណត់ហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមពិនិត្យសារចុងក្រោយដែលយើងបានផ្ញើ ឬសុំលេខកូដថ្មី។',
  badLinkTitle: 'តំណឯកជននេះមិនដំណើរការទេ',
  badLinkBody:
    'តំណអាចវាយខុស ឬការិយាល័យបានចេញតំណថ្មីហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមប្រើតំណចុងក្រោយដែលអ្នកបានទទួល សុំលេខកូដប្រើម្តងនៅលើទំព័រតាមដាន ឬសុំតំណថ្មីពីការិយាល័យមណ្ឌល។',
  tooManyTitle: 'ព្យាយាមច្រើនដងពេក',
  tooManyBody:
    'មានការសាកល្បងតំណ ឬលេខកូដខុសច្រើនដងពេក សម្រាប់កង្វល់នេះ ឬពីការតភ្ជាប់នេះ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមរង់ចាំមួយម៉ោង រួចព្យាយាមម្តងទៀត ជាមួយតំណ ឬលេខកូដចុងក្រោយដែលអ្នកបានទទួល។',
  backToTracking: 'ត្រឡប់ទៅទំព័រតាមដាន',
  addInfoTitle: 'បន្ថែមព័ត៌មាន',
  addInfoNote: 'អ្វីដែលអ្នកចង់បន្ថែម',
  addInfoHint: 'មានតែការិយាល័យ និងអ្នកដែលខ្លួនធ្វើការជាមួយទេ ដែលអានវាបាន។',
  addInfoFile: 'រូបថត ឬឯកសារ (មិនចាំបាច់៖ PDF, JPEG ឬ PNG មិនលើស ១ MB)',
  addInfoButton: 'បន្ថែមទៅកង្វល់របស់ខ្ញុំ',
  addInfoMissing: 'សូមសរសេរអ្វីមួយ ឬជ្រើសរើសឯកសារ។',
  addInfoTooLong: 'សូមសរសេរមិនឱ្យលើស ៤០០០ តួអក្សរ។',
  fileProblems: {
    'too-large': 'ឯកសារធំជាង ១ MB។ សូមផ្ញើរូបថត ឬឯកសារស្កេនដែលតូចជាងនេះ។',
    type: 'អាចបន្ថែមបានតែឯកសារ PDF, JPEG និង PNG ប៉ុណ្ណោះ។',
    empty: 'ឯកសារទទេ។',
  },
  withdrawTitle: 'ដកកង្វល់របស់ខ្ញុំវិញ',
  withdrawHint: 'ការិយាល័យនឹងឈប់ដោះស្រាយ ហើយបិទវា។ មិនអាចត្រឡប់វិញបានទេ។',
  withdrawReason: 'មូលហេតុ (មិនចាំបាច់៖ មានតែការិយាល័យទេដែលអានវា)',
  withdrawButton: 'ដកកង្វល់របស់ខ្ញុំវិញ',
  thanksInformation: 'សូមអរគុណ។ ព័ត៌មានរបស់អ្នកត្រូវបានបន្ថែមទៅកង្វល់ហើយ។',
  thanksWithdrawn: 'កង្វល់របស់អ្នកត្រូវបានដកវិញ ហើយបិទ។',
};

export const citizenKeyMessages: Catalog<CitizenKeyMessages> = { en, km };
