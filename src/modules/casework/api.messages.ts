// Strings of casework's JSON API and of the Open311 intake built on it, in Khmer and English.
import type { Catalog } from '../../platform/i18n/i18n';
import type { SubmitError } from './submit-concern.commands';

const en = {
  invalidIdempotencyKey: 'Idempotency-Key must be 1 to 200 printable ASCII characters.',
  idempotencyKeyReused:
    'This Idempotency-Key was already used with a different request body. Use a new key for a new concern.',
  channelNotAllowed:
    'Only constituency office staff (co_director or co_staff, signed in with a bearer token) may record a concern brought in person, by phone, by letter or on a field mission.',
  tooMany: 'Too many concerns from this address. Please try again later.',
  invalidTrackingCode: 'This is not a tracking code: 10 digits, the last one a check digit.',
  unknownCase: 'No concern has this tracking code.',
  submit: {
    'unknown-category': 'There is no concern category with this code.',
    'unknown-province': 'There is no province with this code.',
    'unknown-district': 'There is no district with this code in the given province.',
    'unknown-commune': 'There is no commune with this code in the given district.',
    'contact-missing': 'The chosen way of contact needs a phone number or an e-mail address.',
  } satisfies Record<SubmitError, string>,
};

export type CaseApiMessages = typeof en;

const km: CaseApiMessages = {
  invalidIdempotencyKey: 'Idempotency-Key ត្រូវមានពី ១ ដល់ ២០០ តួអក្សរ ASCII ដែលអាចបោះពុម្ពបាន។',
  idempotencyKeyReused: 'Idempotency-Key នេះត្រូវបានប្រើរួចហើយជាមួយខ្លឹមសារសំណើផ្សេង។ សូមប្រើកូនសោថ្មីសម្រាប់កង្វល់ថ្មី។',
  channelNotAllowed:
    'មានតែបុគ្គលិកការិយាល័យមណ្ឌល (co_director ឬ co_staff ដែលចូលដោយ bearer token) ទេ ដែលអាចកត់ត្រាកង្វល់ដែលប្រជាពលរដ្ឋនាំមកផ្ទាល់ តាមទូរស័ព្ទ តាមលិខិត ឬក្នុងបេសកកម្មចុះមូលដ្ឋាន។',
  tooMany: 'មានកង្វល់ច្រើនពេកពីអាសយដ្ឋាននេះ។ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ។',
  invalidTrackingCode: 'នេះមិនមែនជាលេខកូដតាមដានទេ៖ លេខ ១០ ខ្ទង់ ដែលខ្ទង់ចុងក្រោយជាលេខត្រួតពិនិត្យ។',
  unknownCase: 'គ្មានកង្វល់ណាមួយមានលេខកូដតាមដាននេះទេ។',
  submit: {
    'unknown-category': 'គ្មានប្រភេទកង្វល់ដែលមានកូដនេះទេ។',
    'unknown-province': 'គ្មានខេត្តដែលមានកូដនេះទេ។',
    'unknown-district': 'គ្មានស្រុក/ខណ្ឌដែលមានកូដនេះក្នុងខេត្តដែលបានផ្ដល់ទេ។',
    'unknown-commune': 'គ្មានឃុំ/សង្កាត់ដែលមានកូដនេះក្នុងស្រុកដែលបានផ្ដល់ទេ។',
    'contact-missing': 'មធ្យោបាយទំនាក់ទំនងដែលបានជ្រើសត្រូវការលេខទូរស័ព្ទ ឬអាសយដ្ឋានអ៊ីមែល។',
  },
};

export const caseApiMessages: Catalog<CaseApiMessages> = { en, km };
