// Texts of the form by which the holding office completes a concern's category and place, in Khmer and English.
import type { Catalog } from '../../platform/i18n/i18n';
import type { CompletionError } from './complete-concern.commands';

const en = {
  title: 'Complete the concern',
  hint: 'A concern sent by SMS or Telegram may come without its topic or place. Set them here: the queue’s filters and search then find it.',
  category: 'Topic',
  commune: 'Commune (grouped by district)',
  choose: 'Choose…',
  save: 'Save topic and place',
  done: 'The topic and place are saved.',
  errorSummary: 'Nothing was changed. Please correct the fields marked below.',
  fieldErrors: { required: 'This is required.', invalid: 'Choose one from the list.' },
  refusals: {
    'not-found': 'This concern does not exist, or you may not open it.',
    'not-yours': 'Only the office holding the concern may complete it.',
    'a-complaint': 'A complaint’s commune and service are set on its page “What the complaint is about”.',
    'case-closed': 'The concern is closed: its topic and place stay as they were.',
    'changed-meanwhile': 'The concern changed while you were completing it. Open it again and check.',
    'unknown-category': 'This topic is not in the list.',
    'unknown-commune': 'This commune is not in the concern’s province.',
  } satisfies Record<CompletionError, string>,
};

const km: typeof en = {
  title: 'បំពេញព័ត៌មានកង្វល់',
  hint: 'កង្វល់ដែលផ្ញើតាម SMS ឬតេឡេក្រាម អាចមកដល់ដោយគ្មានប្រធានបទ ឬទីកន្លែង។ សូមកំណត់វានៅទីនេះ៖ ពេលនោះ តម្រង និងការស្វែងរកក្នុងបញ្ជីនឹងរកឃើញវា។',
  category: 'ប្រធានបទ',
  commune: 'ឃុំ/សង្កាត់ (តាមស្រុក/ខណ្ឌ)',
  choose: 'ជ្រើសរើស…',
  save: 'រក្សាទុកប្រធានបទ និងទីកន្លែង',
  done: 'ប្រធានបទ និងទីកន្លែងត្រូវបានរក្សាទុក។',
  errorSummary: 'គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ សូមកែប្រអប់ដែលបានសម្គាល់ខាងក្រោម។',
  fieldErrors: { required: 'ត្រូវតែបំពេញ។', invalid: 'សូមជ្រើសរើសមួយពីបញ្ជី។' },
  refusals: {
    'not-found': 'កង្វល់នេះមិនមាន ឬអ្នកមិនអាចបើកវាបានទេ។',
    'not-yours': 'មានតែការិយាល័យដែលកាន់កាប់កង្វល់ប៉ុណ្ណោះ ដែលអាចបំពេញវាបាន។',
    'a-complaint': 'ឃុំ/សង្កាត់ និងសេវារបស់បណ្តឹង ត្រូវកំណត់នៅលើទំព័រ «បណ្តឹងនេះអំពីអ្វី»។',
    'case-closed': 'កង្វល់នេះបានបិទហើយ៖ ប្រធានបទ និងទីកន្លែងនៅដដែល។',
    'changed-meanwhile': 'កង្វល់បានផ្លាស់ប្ដូរ ខណៈពេលអ្នកកំពុងបំពេញ។ សូមបើកវាម្ដងទៀត ហើយពិនិត្យ។',
    'unknown-category': 'ប្រធានបទនេះមិនមានក្នុងបញ្ជីទេ។',
    'unknown-commune': 'ឃុំ/សង្កាត់នេះមិនស្ថិតក្នុងខេត្តរបស់កង្វល់ទេ។',
  },
};

export const completeConcernMessages: Catalog<typeof en> = { en, km };
