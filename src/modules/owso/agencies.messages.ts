// Strings of the ministry's page of approved payment agencies.
import type { Catalog } from '../../platform/i18n/i18n';

const en = {
  title: 'Approved payment agencies',
  intro:
    'The banks and payment agencies where a citizen may pay a one-window fee instead of at the counter. The counter names the agency on the receipt. A whole list is imported at /admin/import (kind `agencies`).',
  code: 'Code',
  nameKm: 'Name in Khmer',
  nameEn: 'Name in English',
  name: 'Name',
  active: 'Approved now',
  yes: 'yes',
  no: 'no',
  edit: 'Edit',
  none: 'No payment agency yet.',
  addHeading: 'Add a payment agency',
  editTitle: (code: string) => `Payment agency ${code}`,
  codeHint: 'Capital letters, digits and hyphens, for example `ACLEDA` or `WING-01`.',
  save: 'Save',
  saved: 'Saved.',
  refused: 'Please correct the marked fields. Nothing was saved.',
  codeTaken: 'An agency with this code exists already.',
  back: 'All payment agencies',
};

const km: typeof en = {
  title: 'ភ្នាក់ងារបង់ប្រាក់ដែលបានអនុម័ត',
  intro:
    'ធនាគារ និងភ្នាក់ងារបង់ប្រាក់ ដែលពលរដ្ឋអាចបង់ថ្លៃសេវាច្រកចេញចូលតែមួយ ជំនួសឱ្យការបង់នៅបញ្ជរ។ បញ្ជរកត់ឈ្មោះភ្នាក់ងារនៅលើបង្កាន់ដៃ។ បញ្ជីទាំងមូលអាចនាំចូលនៅ /admin/import (ប្រភេទ `agencies`)។',
  code: 'លេខកូដ',
  nameKm: 'ឈ្មោះជាភាសាខ្មែរ',
  nameEn: 'ឈ្មោះជាភាសាអង់គ្លេស',
  name: 'ឈ្មោះ',
  active: 'កំពុងអនុម័ត',
  yes: 'បាទ/ចាស',
  no: 'ទេ',
  edit: 'កែ',
  none: 'មិនទាន់មានភ្នាក់ងារបង់ប្រាក់នៅឡើយ។',
  addHeading: 'បន្ថែមភ្នាក់ងារបង់ប្រាក់',
  editTitle: (code: string) => `ភ្នាក់ងារបង់ប្រាក់ ${code}`,
  codeHint: 'អក្សរធំឡាតាំង លេខ និងសញ្ញា - ឧ. `ACLEDA` ឬ `WING-01`។',
  save: 'រក្សាទុក',
  saved: 'បានរក្សាទុក។',
  refused: 'សូមកែវាលដែលបានសម្គាល់។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។',
  codeTaken: 'មានភ្នាក់ងារដែលមានលេខកូដនេះរួចហើយ។',
  back: 'ភ្នាក់ងារបង់ប្រាក់ទាំងអស់',
};

export const agencyMessages: Catalog<typeof en> = { en, km };
