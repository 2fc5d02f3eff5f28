// Words of the step that confirms marking a case as a duplicate (duplicate-confirm.pages.tsx).
import type { Catalog } from '../../platform/i18n/i18n';

const en = {
  title: 'Mark as a duplicate?',
  body: (copy: string, original: string) =>
    `Case ${copy} will be closed as a duplicate of ${original}. Its citizen will be told, and will hear the answer given to ${original}. This cannot be undone from this page.`,
  confirm: 'Yes, mark it as a duplicate',
  cancel: 'No, back to the case',
};

const km: typeof en = {
  title: 'សម្គាល់ថាជាកង្វល់ស្ទួន?',
  body: (copy: string, original: string) =>
    `កង្វល់ ${copy} នឹងត្រូវបិទជាកង្វល់ស្ទួននឹង ${original}។ ពលរដ្ឋម្ចាស់កង្វល់នឹងត្រូវបានជូនដំណឹង ហើយនឹងទទួលចម្លើយដែលបានផ្ដល់ឱ្យ ${original}។ ទំព័រនេះមិនអាចលុបចោលវាវិញបានទេ។`,
  confirm: 'បាទ/ចាស សម្គាល់ថាជាកង្វល់ស្ទួន',
  cancel: 'ទេ ត្រឡប់ទៅកង្វល់វិញ',
};

export const duplicateConfirmMessages: Catalog<typeof en> = { km, en };
