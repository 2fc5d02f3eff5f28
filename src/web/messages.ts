// Strings of the layout, navigation and error pages, in Khmer and English.
import type { Catalog } from '../platform/i18n/i18n';

const en = {
  siteName: 'Sala',
  tagline: 'Where citizens meet their National Assembly and public services',
  skipToContent: 'Skip to content',
  mainNav: 'Main',
  menu: 'Menu',
  otherLanguage: 'ភាសាខ្មែរ',
  khmerDigits: 'Khmer numerals',
  latinDigits: 'Latin numerals',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: 'Signed in as',
  demoNotice: 'Demonstration: every name and case here is fictional.',
  footer: 'Sala is open-source software for Cambodia.',
  apiDocs: 'API',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address. Check the address, or start again from the home page.',
  errorTitle: 'Something went wrong',
  errorBody: 'Sala could not finish this request. Nothing you sent was lost; please try again in a moment.',
  forbiddenTitle: 'Not allowed',
  forbiddenBody:
    'Your account does not have the role this page needs. Ask your administrator if you need it.',
  badRequestTitle: 'This request could not be read',
  tooLargeTitle: 'Too much data',
  tooLargeBody: 'What you sent is larger than Sala accepts. Shorten it and try again.',
  csrfTitle: 'This form has expired',
  csrfBody: 'For your safety the form could not be sent. Go back, reload the page and send it again.',
  backHome: 'Back to the home page',
};

export type LayoutMessages = typeof en;

const km: LayoutMessages = {
  siteName: 'សាលា',
  tagline: 'កន្លែងដែលប្រជាពលរដ្ឋជួបរដ្ឋសភា និងសេវាសាធារណៈ',
  skipToContent: 'រំលងទៅខ្លឹមសារ',
  mainNav: 'ម៉ឺនុយមេ',
  menu: 'ម៉ឺនុយ',
  otherLanguage: 'English',
  khmerDigits: 'លេខខ្មែរ',
  latinDigits: 'លេខឡាតាំង',
  signIn: 'ចូលគណនី',
  signOut: 'ចាកចេញ',
  signedInAs: 'បានចូលជា',
  demoNotice: 'ការបង្ហាញសាកល្បង៖ ឈ្មោះ និងករណីទាំងអស់នៅទីនេះ ជារឿងប្រឌិត។',
  footer: 'សាលា ជាកម្មវិធីកូដចំហសម្រាប់កម្ពុជា។',
  apiDocs: 'API',
  notFoundTitle: 'រកមិនឃើញទំព័រ',
  notFoundBody: 'គ្មានទំព័រនៅអាសយដ្ឋាននេះទេ។ សូមពិនិត្យអាសយដ្ឋាន ឬចាប់ផ្ដើមម្ដងទៀតពីទំព័រដើម។',
  errorTitle: 'មានបញ្ហាកើតឡើង',
  errorBody: 'សាលាមិនអាចបញ្ចប់សំណើនេះបានទេ។ អ្វីដែលអ្នកបានផ្ញើមិនបាត់បង់ទេ សូមព្យាយាមម្ដងទៀតបន្តិចទៀត។',
  forbiddenTitle: 'មិនអនុញ្ញាត',
  forbiddenBody: 'គណនីរបស់អ្នកមិនមានតួនាទីដែលទំព័រនេះត្រូវការទេ។ សូមសួរអ្នកគ្រប់គ្រង ប្រសិនបើអ្នកត្រូវការវា។',
  badRequestTitle: 'មិនអាចអានសំណើនេះបានទេ',
  tooLargeTitle: 'ទិន្នន័យច្រើនពេក',
  tooLargeBody: 'អ្វីដែលអ្នកបានផ្ញើធំជាងសាលាទទួលយក។ សូមកាត់ឱ្យខ្លី ហើយព្យាយាមម្ដងទៀត។',
  csrfTitle: 'ទម្រង់នេះផុតកំណត់ហើយ',
  csrfBody: 'ដើម្បីសុវត្ថិភាពរបស់អ្នក ទម្រង់មិនត្រូវបានផ្ញើទេ។ សូមត្រឡប់ក្រោយ ផ្ទុកទំព័រឡើងវិញ ហើយផ្ញើម្ដងទៀត។',
  backHome: 'ត្រឡប់ទៅទំព័រដើម',
};

export const layoutMessages: Catalog<LayoutMessages> = { en, km };
