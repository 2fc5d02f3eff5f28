// Khmer and English text of joint statements and of watchdogs' notes on MPs.
import { type Lang, textFor } from '../../platform/i18n/i18n';
import { formErrors } from './form.messages';
import type { OrganisationKind } from './watch.table';

const en = {
  title: 'Joint statements',
  intro:
    'Statements published by civil-society organisations, and the organisations (NGOs, associations, trade unions) that signed on, with the day each signed.',
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
  // The watchdog's forms
  editTitle: 'For watchdogs',
  publish: 'Publish a statement',
  sign: 'Add a signatory',
  chooseOrganisation: 'An organisation already listed',
  noneChosen: '— a new organisation, named below —',
  newName: 'Or a new organisation: its name',
  newKind: 'Its kind',
  newWebsite: 'Its website (http or https, optional)',
  statementTitle: 'Title',
  body: 'Text of the statement',
  save: 'Save',
  saved: 'Saved.',
  errorTitle: 'Nothing was saved:',
  // Notes on an MP
  notesIntro:
    'Remarks by civil-society watchdogs on what this member did, each with its source. A score says whether the act served citizens (+1), was neutral (0) or went against them (−1). Notes are the watchdogs’ own views, not Sala’s.',
  noNotes: 'No note yet.',
  scoreSum: (sum: string, n: number, shown: string) =>
    `Sum of scores: ${sum} (${shown} ${n === 1 ? 'note' : 'notes'})`,
  score: 'Score',
  scores: { '1': '+1', '0': '0', '-1': '−1' } satisfies Record<string, string>,
  remark: 'Remark',
  remarkHint: 'what the member did, at most 2,000 characters',
  scoreChoices: {
    '1': '+1 for citizens',
    '0': '0 neutral',
    '-1': '−1 against citizens',
  } satisfies Record<string, string>,
  source: 'Source',
  by: 'by',
  addNote: 'Add a note',
  sourceUrl: 'Source link (http or https)',
  errors: {
    ...formErrors.en,
    'organisation-required': 'choose an organisation, or name a new one with its kind',
    'unknown-organisation': 'this organisation is not listed',
    'before-publication': 'an organisation cannot sign before the statement was published',
    'already-signed': 'this organisation has already signed',
    'not-found': 'not found',
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
  editTitle: 'សម្រាប់អ្នកតាមដាន',
  publish: 'ចេញផ្សាយសេចក្តីថ្លែងការណ៍',
  sign: 'បន្ថែមអ្នកចុះហត្ថលេខា',
  chooseOrganisation: 'អង្គការដែលមានក្នុងបញ្ជីរួចហើយ',
  noneChosen: '— អង្គការថ្មី ដាក់ឈ្មោះខាងក្រោម —',
  newName: 'ឬអង្គការថ្មី៖ ឈ្មោះ',
  newKind: 'ប្រភេទរបស់វា',
  newWebsite: 'គេហទំព័ររបស់វា (http ឬ https ស្រេចចិត្ត)',
  statementTitle: 'ចំណងជើង',
  body: 'អត្ថបទសេចក្តីថ្លែងការណ៍',
  save: 'រក្សាទុក',
  saved: 'បានរក្សាទុក។',
  errorTitle: 'គ្មានអ្វីត្រូវបានរក្សាទុកទេ៖',
  notesIntro:
    'កំណត់សម្គាល់របស់អ្នកតាមដានសង្គមស៊ីវិល លើអ្វីដែលសមាជិកនេះបានធ្វើ ដោយមានប្រភពនីមួយៗ។ ពិន្ទុបង្ហាញថាទង្វើនោះបម្រើពលរដ្ឋ (+1) អព្យាក្រឹត (0) ឬប្រឆាំងនឹងពួកគេ (−1)។ កំណត់សម្គាល់ជាទស្សនៈរបស់អ្នកតាមដានផ្ទាល់ មិនមែនរបស់សាលាទេ។',
  noNotes: 'មិនទាន់មានកំណត់សម្គាល់ទេ។',
  scoreSum: (sum, _n, shown) => `ពិន្ទុសរុប៖ ${sum} (កំណត់សម្គាល់ ${shown})`,
  score: 'ពិន្ទុ',
  scores: { '1': '+1', '0': '0', '-1': '−1' },
  remark: 'កំណត់សម្គាល់',
  remarkHint: 'អ្វីដែលសមាជិកបានធ្វើ យ៉ាងច្រើន ២.០០០ តួអក្សរ',
  scoreChoices: {
    '1': '+1 បម្រើពលរដ្ឋ',
    '0': '0 អព្យាក្រឹត',
    '-1': '−1 ប្រឆាំងនឹងពលរដ្ឋ',
  },
  source: 'ប្រភព',
  by: 'ដោយ',
  addNote: 'បន្ថែមកំណត់សម្គាល់',
  sourceUrl: 'តំណប្រភព (http ឬ https)',
  errors: {
    ...formErrors.km,
    'organisation-required': 'សូមជ្រើសរើសអង្គការ ឬដាក់ឈ្មោះអង្គការថ្មីជាមួយប្រភេទរបស់វា',
    'unknown-organisation': 'អង្គការនេះមិនមានក្នុងបញ្ជីទេ',
    'before-publication': 'អង្គការមិនអាចចុះហត្ថលេខាមុនថ្ងៃចេញផ្សាយសេចក្តីថ្លែងការណ៍បានទេ',
    'already-signed': 'អង្គការនេះបានចុះហត្ថលេខារួចហើយ',
    'not-found': 'រកមិនឃើញ',
  },
};

export const statementMessages: Record<Lang, StatementMessages> = { en, km };

/** The reasons of a refused form, in the reader's language. */
export const describeErrors = (lang: Lang, codes: readonly string[]) =>
  codes.map((c) => textFor(statementMessages[lang].errors, c) ?? statementMessages[lang].errors.other);
