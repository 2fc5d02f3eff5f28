// Reasons a watchdog's form or file is refused that every watch form shares, in Khmer and English.
import { HOW_TO_WRITE_A_DAY } from '../../platform/i18n/date-input';
import type { Lang } from '../../platform/i18n/i18n';

const en = {
  required: 'a required field is empty',
  'too-short': 'a text is too short',
  'too-long': 'a text is too long',
  'broken-text': 'a text is not readable (broken characters)',
  'invalid-date': `a date must exist and be written ${HOW_TO_WRITE_A_DAY.en}`,
  'invalid-url': 'a link must start with http:// or https://',
  'date-in-future': 'a date is still to come',
  invalid: 'a choice is not one of those offered',
  other: 'a value is not what the field expects (too long, or of the wrong kind)',
} satisfies Record<string, string>;

const km: typeof en = {
  required: 'ប្រអប់ចាំបាច់មួយនៅទទេ',
  'too-short': 'អត្ថបទខ្លីពេក',
  'too-long': 'អត្ថបទវែងពេក',
  'broken-text': 'អត្ថបទអានមិនបាន (តួអក្សរខូច)',
  'invalid-date': `កាលបរិច្ឆេទត្រូវមានពិត និងសរសេរជា ${HOW_TO_WRITE_A_DAY.km}`,
  'invalid-url': 'តំណត្រូវចាប់ផ្តើមដោយ http:// ឬ https://',
  'date-in-future': 'កាលបរិច្ឆេទមិនទាន់មកដល់',
  invalid: 'ជម្រើសមួយមិនមែនជាជម្រើសដែលបានផ្តល់',
  other: 'តម្លៃមួយមិនត្រូវនឹងប្រអប់ (វែងពេក ឬខុសប្រភេទ)',
};

export const formErrors: Record<Lang, typeof en> = { en, km };
