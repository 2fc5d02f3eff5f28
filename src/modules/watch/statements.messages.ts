// Khmer and English text of joint statements and of watchdogs' notes on MPs.
import { type Lang, textFor } from '../../platform/i18n/i18n';
import { formErrors } from './form.messages';
import type { OrganisationKind } from './watch.table';

const en = {
  title: 'Joint statements',
  intro:
    'Statements published by civil-society organisations, and the organisations (NGOs, associations, trade unions) that signed on, with the day each signed. Each organisation signs for itself, through its own members’ accounts.',
  none: 'No statement is recorded yet.',
  publisher: 'Published by',
  publishedOn: 'Published on',
  signatories: 'Signatories',
  signatoryCount: (n: number, shown: string) => `${shown} ${n === 1 ? 'signatory' : 'signatories'}`,
  organisation: 'Organisation',
  kind: 'Kind',
  signedOn: 'Signed on',
  kinds: {
    ngo: 'NGO',
    association: 'Association',
    trade_union: 'Trade union',
    network: 'Network',
    other: 'Other',
  } satisfies Record<OrganisationKind, string>,
  demo: 'demo, fictional',
  feed: 'New statements (Atom feed)',
  supporterCount: (n: number, shown: string) =>
    `${shown} ${n === 1 ? 'citizen supports' : 'citizens support'}`,
  // The organisation's member's forms
  editTitle: 'For your organisation',
  publish: 'Publish a statement in your organisation’s name',
  sign: 'Sign this statement',
  signAs: 'Sign in the name of',
  withdraw: 'Withdraw your organisation’s signature',
  withdrawAs: 'Withdraw the signature of',
  withdrawn: 'Your organisation’s signature is withdrawn.',
  signed: 'Your organisation has signed.',
  chooseOrganisation: 'Your organisation',
  onBehalf: (n: string) =>
    `${n} signature(s) recorded by a watchdog on organisations’ behalf, before organisations signed for themselves, are not shown.`,
  // The administrator's list of organisations
  organisationsTitle: 'Organisations',
  organisationsIntro:
    'Register an organisation, then give its members accounts at Users with the role “Member of an organisation” and the organisation’s number as the scope.',
  organisationNumber: 'Number',
  register: 'Register the organisation',
  newName: 'Name',
  newKind: 'Kind',
  newWebsite: 'Website (`http` or `https`, optional)',
  // Citizens' support
  supportTitle: 'Add your name in support',
  supportIntro:
    'Give your phone number or e-mail address: a six-digit code is sent to it, and your support counts once you type the code here. Your phone or e-mail is never shown; your name only if you tick the box.',
  supportNames: 'Citizens who agreed to show their name:',
  contact: 'Phone number or e-mail address',
  supporterName: 'Your name (optional)',
  showName: 'Show my name with this statement',
  sendCode: 'Send me a code',
  codeSent: (channel: 'sms' | 'email'): string =>
    channel === 'sms'
      ? 'If this number can receive it, a code is on its way by SMS. Type it below within 15 minutes.'
      : 'If this address can receive it, a code is on its way by e-mail. Type it below within 15 minutes.',
  code: 'The six-digit code',
  confirm: 'Confirm my support',
  supportConfirmed: 'Thank you: your support is counted.',
  statementTitle: 'Title',
  body: 'Text of the statement',
  save: 'Save',
  saved: 'Saved.',
  errorTitle: 'Nothing was saved:',
  // Notes on an MP
  notesIntro: (plus: string, zero: string, minus: string) =>
    `Remarks by civil-society watchdogs on what this member did, each with its source. A score says whether the act served citizens (${plus}), was neutral (${zero}) or went against them (${minus}). Notes are the watchdogs’ own views, not Sala’s.`,
  noNotes: 'No note yet.',
  scoreSum: (sum: string, n: number, shown: string) =>
    `Sum of scores: ${sum} (${shown} ${n === 1 ? 'note' : 'notes'})`,
  score: 'Score',
  remark: 'Remark',
  remarkHint: 'what the member did, at most 2,000 characters',
  scoreChoices: {
    '1': 'for citizens',
    '0': 'neutral',
    '-1': 'against citizens',
  } satisfies Record<string, string>,
  source: 'Source',
  by: 'by',
  addNote: 'Add a note',
  sourceUrl: 'Source link (`http` or `https`)',
  errors: {
    ...formErrors.en,
    'organisation-required': 'choose your organisation',
    'unknown-organisation': 'this organisation is not listed',
    'organisation-exists': 'an organisation of this name is listed already',
    'not-a-member': 'you may act only in the name of your own organisation',
    'before-publication': 'an organisation cannot sign before the statement was published',
    'already-signed': 'this organisation has already signed',
    'not-signed': 'this organisation has no signature to withdraw',
    'publisher-stays': 'the publishing organisation’s signature is part of its statement and stays',
    'not-found': 'not found',
    'contact-required': 'give a phone number or an e-mail address',
    'contact-invalid': 'this is neither a phone number (e.g. 012 345 678) nor an e-mail address',
    'name-required': 'give your name, or untick “show my name”',
    'code-shape': 'the code has six digits',
    'wrong-code': 'this code is not right; ask for a new one if it is lost',
    'code-expired': 'this code has expired; ask for a new one',
    'too-many-tries': 'too many wrong codes for this contact and statement: it cannot be confirmed any more',
    'too-many-requests': 'too many requests from this connection; please try again in an hour',
  } satisfies Record<string, string>,
};

export type StatementMessages = typeof en;

const km: StatementMessages = {
  title: 'សេចក្តីថ្លែងការណ៍រួម',
  intro:
    'សេចក្តីថ្លែងការណ៍ដែលចេញផ្សាយដោយអង្គការសង្គមស៊ីវិល និងអង្គការ (អង្គការក្រៅរដ្ឋាភិបាល សមាគម សហជីព) ដែលបានចុះហត្ថលេខាគាំទ្រ ព្រមទាំងថ្ងៃដែលអង្គការនីមួយៗបានចុះហត្ថលេខា។',
  none: 'មិនទាន់មានសេចក្តីថ្លែងការណ៍ត្រូវបានកត់ត្រានៅឡើយទេ។',
  publisher: 'ចេញផ្សាយដោយ',
  publishedOn: 'ចេញផ្សាយថ្ងៃ',
  signatories: 'អ្នកចុះហត្ថលេខា',
  signatoryCount: (_n, shown) => `អ្នកចុះហត្ថលេខា ${shown}`,
  supporterCount: (_n, shown) => `ពលរដ្ឋគាំទ្រ ${shown} នាក់`,
  organisation: 'អង្គការ',
  kind: 'ប្រភេទ',
  signedOn: 'ចុះហត្ថលេខាថ្ងៃ',
  kinds: {
    ngo: 'អង្គការក្រៅរដ្ឋាភិបាល',
    association: 'សមាគម',
    trade_union: 'សហជីព',
    network: 'បណ្តាញ',
    other: 'ផ្សេងៗ',
  },
  demo: 'សាកល្បង ប្រឌិត',
  feed: 'សេចក្តីថ្លែងការណ៍ថ្មីៗ (Atom)',
  editTitle: 'សម្រាប់អង្គការរបស់អ្នក',
  publish: 'ចេញផ្សាយសេចក្តីថ្លែងការណ៍ក្នុងនាមអង្គការរបស់អ្នក',
  sign: 'ចុះហត្ថលេខាលើសេចក្តីថ្លែងការណ៍នេះ',
  signAs: 'ចុះហត្ថលេខាក្នុងនាម',
  withdraw: 'ដកហត្ថលេខារបស់អង្គការអ្នកវិញ',
  withdrawAs: 'ដកហត្ថលេខារបស់',
  withdrawn: 'ហត្ថលេខារបស់អង្គការអ្នកត្រូវបានដកវិញហើយ។',
  signed: 'អង្គការរបស់អ្នកបានចុះហត្ថលេខាហើយ។',
  chooseOrganisation: 'អង្គការរបស់អ្នក',
  onBehalf: (n) => `ហត្ថលេខា ${n} ដែលអ្នកតាមដានបានកត់ត្រាជំនួសអង្គការ មុនពេលអង្គការចុះហត្ថលេខាដោយខ្លួនឯង មិនត្រូវបានបង្ហាញទេ។`,
  organisationsTitle: 'អង្គការ',
  organisationsIntro:
    'ចុះបញ្ជីអង្គការ រួចផ្តល់គណនីដល់សមាជិករបស់វានៅទំព័រអ្នកប្រើ ដោយតួនាទី «សមាជិកអង្គការ» និងលេខរបស់អង្គការជាវិសាលភាព។',
  organisationNumber: 'លេខ',
  register: 'ចុះបញ្ជីអង្គការ',
  newName: 'ឈ្មោះ',
  newKind: 'ប្រភេទ',
  newWebsite: 'គេហទំព័រ (`http` ឬ `https` ស្រេចចិត្ត)',
  supportTitle: 'បន្ថែមឈ្មោះរបស់អ្នកដើម្បីគាំទ្រ',
  supportIntro:
    'ផ្តល់លេខទូរស័ព្ទ ឬអាសយដ្ឋានអ៊ីមែលរបស់អ្នក៖ លេខកូដប្រាំមួយខ្ទង់នឹងត្រូវផ្ញើទៅ ហើយការគាំទ្ររបស់អ្នកត្រូវបានរាប់ នៅពេលអ្នកវាយលេខកូដនោះនៅទីនេះ។ លេខទូរស័ព្ទ ឬអ៊ីមែលរបស់អ្នកមិនត្រូវបានបង្ហាញឡើយ ឈ្មោះរបស់អ្នកបង្ហាញតែពេលអ្នកគូសប្រអប់ប៉ុណ្ណោះ។',
  supportNames: 'ពលរដ្ឋដែលយល់ព្រមបង្ហាញឈ្មោះ៖',
  contact: 'លេខទូរស័ព្ទ ឬអាសយដ្ឋានអ៊ីមែល',
  supporterName: 'ឈ្មោះរបស់អ្នក (ស្រេចចិត្ត)',
  showName: 'បង្ហាញឈ្មោះខ្ញុំជាមួយសេចក្តីថ្លែងការណ៍នេះ',
  sendCode: 'ផ្ញើលេខកូដមកខ្ញុំ',
  codeSent: (channel) =>
    channel === 'sms'
      ? 'បើលេខនេះអាចទទួលបាន លេខកូដកំពុងផ្ញើតាម SMS។ សូមវាយវាខាងក្រោមក្នុងរយៈពេល ១៥ នាទី។'
      : 'បើអាសយដ្ឋាននេះអាចទទួលបាន លេខកូដកំពុងផ្ញើតាមអ៊ីមែល។ សូមវាយវាខាងក្រោមក្នុងរយៈពេល ១៥ នាទី។',
  code: 'លេខកូដប្រាំមួយខ្ទង់',
  confirm: 'បញ្ជាក់ការគាំទ្ររបស់ខ្ញុំ',
  supportConfirmed: 'អរគុណ៖ ការគាំទ្ររបស់អ្នកត្រូវបានរាប់ហើយ។',
  statementTitle: 'ចំណងជើង',
  body: 'អត្ថបទសេចក្តីថ្លែងការណ៍',
  save: 'រក្សាទុក',
  saved: 'បានរក្សាទុក។',
  errorTitle: 'គ្មានអ្វីត្រូវបានរក្សាទុកទេ៖',
  notesIntro: (plus: string, zero: string, minus: string) =>
    `កំណត់សម្គាល់របស់អ្នកតាមដានសង្គមស៊ីវិល លើអ្វីដែលសមាជិកនេះបានធ្វើ ដោយមានប្រភពនីមួយៗ។ ពិន្ទុបង្ហាញថាទង្វើនោះបម្រើពលរដ្ឋ (${plus}) អព្យាក្រឹត (${zero}) ឬប្រឆាំងនឹងពួកគេ (${minus})។ កំណត់សម្គាល់ជាទស្សនៈរបស់អ្នកតាមដានផ្ទាល់ មិនមែនរបស់សាលាទេ។`,
  noNotes: 'មិនទាន់មានកំណត់សម្គាល់ទេ។',
  scoreSum: (sum, _n, shown) => `ពិន្ទុសរុប៖ ${sum} (កំណត់សម្គាល់ ${shown})`,
  score: 'ពិន្ទុ',
  remark: 'កំណត់សម្គាល់',
  remarkHint: 'អ្វីដែលសមាជិកបានធ្វើ យ៉ាងច្រើន ២.០០០ តួអក្សរ',
  scoreChoices: {
    '1': 'បម្រើពលរដ្ឋ',
    '0': 'អព្យាក្រឹត',
    '-1': 'ប្រឆាំងនឹងពលរដ្ឋ',
  },
  source: 'ប្រភព',
  by: 'ដោយ',
  addNote: 'បន្ថែមកំណត់សម្គាល់',
  sourceUrl: 'តំណប្រភព (`http` ឬ `https`)',
  errors: {
    ...formErrors.km,
    'organisation-required': 'សូមជ្រើសរើសអង្គការរបស់អ្នក',
    'unknown-organisation': 'អង្គការនេះមិនមានក្នុងបញ្ជីទេ',
    'organisation-exists': 'អង្គការដែលមានឈ្មោះនេះមានក្នុងបញ្ជីរួចហើយ',
    'not-a-member': 'អ្នកអាចធ្វើសកម្មភាពបានតែក្នុងនាមអង្គការរបស់អ្នកប៉ុណ្ណោះ',
    'before-publication': 'អង្គការមិនអាចចុះហត្ថលេខាមុនថ្ងៃចេញផ្សាយសេចក្តីថ្លែងការណ៍បានទេ',
    'already-signed': 'អង្គការនេះបានចុះហត្ថលេខារួចហើយ',
    'not-signed': 'អង្គការនេះគ្មានហត្ថលេខាដែលត្រូវដកវិញទេ',
    'publisher-stays': 'ហត្ថលេខារបស់អង្គការចេញផ្សាយ ជាផ្នែកនៃសេចក្តីថ្លែងការណ៍របស់ខ្លួន ហើយនៅដដែល',
    'not-found': 'រកមិនឃើញ',
    'contact-required': 'សូមផ្តល់លេខទូរស័ព្ទ ឬអាសយដ្ឋានអ៊ីមែល',
    'contact-invalid': 'នេះមិនមែនជាលេខទូរស័ព្ទ (ឧ. ០១២ ៣៤៥ ៦៧៨) ឬអាសយដ្ឋានអ៊ីមែលទេ',
    'name-required': 'សូមផ្តល់ឈ្មោះរបស់អ្នក ឬដកសញ្ញាធីក «បង្ហាញឈ្មោះខ្ញុំ»',
    'code-shape': 'លេខកូដមានប្រាំមួយខ្ទង់',
    'wrong-code': 'លេខកូដនេះមិនត្រឹមត្រូវទេ សូមស្នើសុំលេខថ្មី បើបាត់',
    'code-expired': 'លេខកូដនេះផុតកំណត់ហើយ សូមស្នើសុំលេខថ្មី',
    'too-many-tries': 'លេខកូដខុសច្រើនដងពេកសម្រាប់ទំនាក់ទំនង និងសេចក្តីថ្លែងការណ៍នេះ៖ មិនអាចបញ្ជាក់បានទៀតទេ',
    'too-many-requests': 'សំណើច្រើនពេកពីការតភ្ជាប់នេះ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេលមួយម៉ោង',
  },
};

export const statementMessages: Record<Lang, StatementMessages> = { en, km };

/** The reasons of a refused form, in the reader's language. */
export const describeErrors = (lang: Lang, codes: readonly string[]) =>
  codes.map((c) => textFor(statementMessages[lang].errors, c) ?? statementMessages[lang].errors.other);
