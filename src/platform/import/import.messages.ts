// Strings of every import, in Khmer and English: the reasons a row is refused and the words of the summary,
// shared by the admin page and the command line.
import { HOW_TO_WRITE_A_DAY } from '../i18n/date-input';
import type { Catalog, Lang } from '../i18n/i18n';
import type { ImportReason, ImportSummary, RowProblem } from './import-kit';

const en = {
  reasons: {
    unreadable: 'The file cannot be read: it is not CSV with a header row, or not Popolo JSON.',
    empty: 'The file has no rows to import.',
    'missing-column': 'This column is missing from the header row.',
    'duplicate-in-file': 'The same code is on an earlier row of the file.',
    required: 'This is required.',
    'too-short': 'This is too short.',
    'too-long': 'This is too long.',
    'broken-text': 'This text has broken characters.',
    invalid: 'This value is not one of those allowed.',
    'invalid-code': 'This code is not in the expected form.',
    'invalid-date': `This is not a real date: write it ${HOW_TO_WRITE_A_DAY.en}.`,
    'whole-number': 'This must be a whole number.',
    'out-of-range': 'This number is out of range.',
    'date-order': 'This date comes before the one it must follow.',
    'past-date': 'A fee that changes may not change in the past: receipts were issued with it.',
    'unknown-place': 'No place of the gazetteer has this code.',
    'place-level': 'The place is not of the office’s level (commune, district or province).',
    'unknown-category': 'No category has this code.',
    'unknown-service': 'No service has this code.',
    'unknown-agency': 'No payment agency has this code.',
    'unknown-person': 'No member has this id, in Sala or in the file.',
    'unknown-party': 'No party has this id, in Sala or in the file.',
    'unknown-province': 'No province (constituency) has this code.',
    'unknown-legislature': 'No legislature has this number.',
    'unknown-commission': 'No commission has this code, in Sala or in the file.',
    'unknown-organization': 'This organization is neither a legislature, a party nor a commission.',
    'khmer-name-required':
      'A commission needs its name in Khmer, written in Khmer script, when it is added or its name changes.',
  } satisfies Record<ImportReason, string>,
  row: (n: string) => `Row ${n}`,
  column: (name: string) => `column \`${name}\``,
  wholeFile: 'The file',
  refused: 'Nothing was imported. Please correct the file and import it again:',
  summary: (added: string, updated: string, unchanged: string) =>
    `${added} added, ${updated} updated, ${unchanged} unchanged.`,
};

const km: typeof en = {
  reasons: {
    unreadable: 'មិនអាចអានឯកសារបានទេ៖ វាមិនមែនជា CSV ដែលមានជួរចំណងជើង ឬ Popolo JSON ទេ។',
    empty: 'ឯកសារគ្មានជួរសម្រាប់នាំចូលទេ។',
    'missing-column': 'ជួរឈរនេះខ្វះពីជួរចំណងជើង។',
    'duplicate-in-file': 'លេខកូដដដែលមាននៅជួរមុនក្នុងឯកសារ។',
    required: 'ត្រូវការបំពេញ។',
    'too-short': 'ខ្លីពេក។',
    'too-long': 'វែងពេក។',
    'broken-text': 'អត្ថបទនេះមានតួអក្សរខូច។',
    invalid: 'តម្លៃនេះមិនមែនជាតម្លៃដែលអនុញ្ញាតទេ។',
    'invalid-code': 'លេខកូដនេះមិនត្រូវទម្រង់ទេ។',
    'invalid-date': `នេះមិនមែនជាកាលបរិច្ឆេទពិតទេ៖ សូមសរសេរជា ${HOW_TO_WRITE_A_DAY.km}។`,
    'whole-number': 'ត្រូវតែជាចំនួនគត់។',
    'out-of-range': 'ចំនួននេះនៅក្រៅដែនកំណត់។',
    'date-order': 'កាលបរិច្ឆេទនេះមកមុនកាលបរិច្ឆេទដែលវាត្រូវមកក្រោយ។',
    'past-date': 'ថ្លៃសេវាមិនអាចប្ដូរនៅថ្ងៃកន្លងមកបានទេ៖ បង្កាន់ដៃត្រូវបានចេញតាមថ្លៃនោះរួចហើយ។',
    'unknown-place': 'គ្មានទីកន្លែងក្នុងបញ្ជីភូមិសាស្ត្រមានលេខកូដនេះទេ។',
    'place-level': 'ទីកន្លែងនេះមិនស្របនឹងថ្នាក់របស់ការិយាល័យ (ឃុំ/សង្កាត់ ស្រុក/ខណ្ឌ ឬខេត្ត) ទេ។',
    'unknown-category': 'គ្មានប្រភេទសេវាមានលេខកូដនេះទេ។',
    'unknown-service': 'គ្មានសេវាមានលេខកូដនេះទេ។',
    'unknown-agency': 'គ្មានភ្នាក់ងារបង់ប្រាក់មានលេខកូដនេះទេ។',
    'unknown-person': 'គ្មានតំណាងរាស្ត្រមានអត្តសញ្ញាណនេះ ក្នុង Sala ឬក្នុងឯកសារទេ។',
    'unknown-party': 'គ្មានគណបក្សមានអត្តសញ្ញាណនេះ ក្នុង Sala ឬក្នុងឯកសារទេ។',
    'unknown-province': 'គ្មានខេត្ត (មណ្ឌលបោះឆ្នោត) មានលេខកូដនេះទេ។',
    'unknown-legislature': 'គ្មាននីតិកាលមានលេខនេះទេ។',
    'unknown-commission': 'គ្មានគណៈកម្មការមានលេខកូដនេះ ក្នុង Sala ឬក្នុងឯកសារទេ។',
    'unknown-organization': 'អង្គភាពនេះមិនមែនជានីតិកាល គណបក្ស ឬគណៈកម្មការទេ។',
    'khmer-name-required': 'គណៈកម្មការត្រូវមានឈ្មោះជាភាសាខ្មែរ សរសេរជាអក្សរខ្មែរ នៅពេលបន្ថែម ឬប្ដូរឈ្មោះរបស់វា។',
  },
  row: (n: string) => `ជួរទី ${n}`,
  column: (name: string) => `ជួរឈរ \`${name}\``,
  wholeFile: 'ឯកសារ',
  refused: 'គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមកែឯកសារ ហើយនាំចូលម្ដងទៀត៖',
  summary: (added: string, updated: string, unchanged: string) =>
    `បានបន្ថែម ${added} កែប្រែ ${updated} មិនប្ដូរ ${unchanged}។`,
};

export const importMessages: Catalog<typeof en> = { en, km };

type Format = (n: number) => string;

/** One refusal as a line: "Row 5 (column code): reason", numbers in the reader's digits. */
export function problemText(lang: Lang, p: RowProblem, format: Format = String): string {
  const m = importMessages[lang];
  const where = p.row === 0 ? m.wholeFile : m.row(format(p.row));
  const place = p.column ? `${where} (${m.column(p.column)})` : where;
  return `${place}: ${m.reasons[p.reason]}`;
}

export function summaryText(lang: Lang, s: ImportSummary, format: Format = String): string {
  return importMessages[lang].summary(format(s.added), format(s.updated), format(s.unchanged));
}
