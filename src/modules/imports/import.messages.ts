// Strings of the admin's import page (the reasons of refusals are the platform's, shared with the command line).
import type { Catalog } from '../../platform/i18n/i18n';
import type { ImportKind } from './importers.commands';

const en = {
  title: 'Import reference data',
  intro:
    'Upload a file to add or update records in place: each row is matched by its code (the roster by its Popolo id), so importing the same file again changes nothing. The whole file is checked first: if one row is wrong, nothing is imported. The columns of each file are in `README.md`, with a sample in `data/samples/`.',
  kind: 'What the file holds',
  kinds: {
    roster:
      'The Assembly’s roster: members, parties, memberships, constituencies and commissions (Popolo JSON or CSV)',
    offices: 'One-window offices with their rollout status and dates (CSV)',
    services: 'The one-window service catalogue: documents, legal basis, time standard and fee history (CSV)',
    agencies: 'Approved payment agencies (CSV)',
    holidays: 'Public holidays (CSV or iCalendar)',
  } satisfies Record<ImportKind, string>,
  file: 'File',
  button: 'Import',
  done: 'Imported.',
  cli: 'The same import runs from the command line: `npm run import -- <kind> <file>`, where `<kind>` is one of the kinds above and `<file>` the path of the file.',
};

const km: typeof en = {
  title: 'នាំចូលទិន្នន័យយោង',
  intro:
    'ផ្ទុកឯកសារឡើង ដើម្បីបន្ថែម ឬកែប្រែកំណត់ត្រានៅនឹងកន្លែង៖ ជួរនីមួយៗត្រូវផ្គូផ្គងតាមលេខកូដ (បញ្ជីតំណាងរាស្ត្រតាមអត្តសញ្ញាណ Popolo) ដូច្នេះការនាំចូលឯកសារដដែលម្ដងទៀតមិនប្ដូរអ្វីទេ។ ឯកសារទាំងមូលត្រូវបានពិនិត្យជាមុន៖ បើជួរមួយខុស គ្មានអ្វីត្រូវបាននាំចូលទេ។ ជួរឈររបស់ឯកសារនីមួយៗមាននៅក្នុង `README.md` ជាមួយគំរូនៅក្នុង `data/samples/`។',
  kind: 'ខ្លឹមសារនៃឯកសារ',
  kinds: {
    roster: 'បញ្ជីតំណាងរាស្ត្រ៖ សមាជិក គណបក្ស សមាជិកភាព មណ្ឌលបោះឆ្នោត និងគណៈកម្មការ (Popolo JSON ឬ CSV)',
    offices: 'ការិយាល័យច្រកចេញចូលតែមួយ ជាមួយស្ថានភាព និងកាលបរិច្ឆេទនៃការដាក់ឱ្យដំណើរការ (CSV)',
    services: 'បញ្ជីសេវាច្រកចេញចូលតែមួយ៖ ឯកសារ មូលដ្ឋានច្បាប់ រយៈពេលស្តង់ដារ និងប្រវត្តិថ្លៃសេវា (CSV)',
    agencies: 'ភ្នាក់ងារបង់ប្រាក់ដែលបានអនុម័ត (CSV)',
    holidays: 'ថ្ងៃបុណ្យសាធារណៈ (CSV ឬ iCalendar)',
  },
  file: 'ឯកសារ',
  button: 'នាំចូល',
  done: 'បាននាំចូល។',
  cli: 'ការនាំចូលដដែលនេះក៏អាចដំណើរការពីបន្ទាត់បញ្ជាផងដែរ៖ `npm run import -- <kind> <file>` ដែល `<kind>` ជាប្រភេទមួយខាងលើ ហើយ `<file>` ជាផ្លូវទៅកាន់ឯកសារ។',
};

export const importPageMessages: Catalog<typeof en> = { en, km };
