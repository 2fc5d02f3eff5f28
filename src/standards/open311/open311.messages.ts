// Strings of Sala's Open311 endpoint (service names come from the categories), in Khmer and English.
import type { Catalog } from '../../platform/i18n/i18n';

const en = {
  contact:
    'Sala, the National Assembly of Cambodia’s civic platform: write to the constituency office of your province.',
  keyService: 'No API key is needed to read or to submit a concern.',
  group: 'Concerns to the National Assembly',
  serviceDescription: (name: string) =>
    `A concern about: ${name}. It goes to the constituency office of the province.`,
  notice: (code: string) =>
    `Your concern was received by the constituency office. Keep its tracking code ${code}; follow it at /track/${code}.`,
  attributes: {
    province:
      'Province code from the gazetteer (/api/places), two digits. Not needed when a district or commune is given.',
    district: 'District code from the gazetteer, four digits.',
    commune: 'Commune code from the gazetteer, six digits. Gives the place without lat/long.',
    confidential: 'Withhold the citizen’s identity from everyone outside the constituency office.',
    consent: 'Allow the commission or ministry that must act to see the citizen’s name and contacts.',
    preferredContact:
      'How the citizen is told of the concern’s progress. Left out: by SMS when a phone is given, else by e-mail when an e-mail is given.',
    contactChoices: { sms: 'SMS', telegram: 'Telegram', email: 'E-mail', none: 'Not told' },
    yes: 'Yes',
    no: 'No',
    codeFormat: 'A gazetteer code (digits)',
  },
  errors: {
    serviceCodeMissing: 'service_code is required.',
    serviceCodeUnknown: (code: string) => `There is no service with service_code "${code}".`,
    locationMissing:
      'A location is required: lat and long, address_string, address_id (a gazetteer code), or attribute[commune].',
    locationOutside: 'lat and long must be numbers of a point in Cambodia.',
    addressUnknown: 'No province, district or commune of Cambodia matches address_string.',
    addressIdUnknown: 'address_id must be a gazetteer code: 2, 4, 6 or 8 digits.',
    unreadableBody: 'The body could not be read as a form (application/x-www-form-urlencoded).',
    notText: (field: string) => `${field} must be text.`,
    nul: 'Text in the request must not contain the character U+0000.',
    unknownPlace: (field: string) =>
      `${field}: there is no such place in the gazetteer, or it is not inside the place above it.`,
    contactMissing: 'A phone number or an e-mail address is needed for the chosen way of contact.',
    field: (field: string, reason: string) => `${field}: ${reason}`,
    reasons: {
      required: 'required',
      'too-short': 'too short (at least 10 characters)',
      'too-long': 'too long',
      invalid: 'not valid',
      'broken-text': 'holds characters that are not valid text',
    } satisfies Record<string, string>,
    badFlag: (field: string) => `${field} must be true or false.`,
    badDate: (field: string) => `${field} must be an ISO 8601 date-time, e.g. 2026-11-22T09:15:00+07:00.`,
    dateOrder: 'start_date must not be after end_date.',
    badStatus: 'status must be open, closed or both (comma separated).',
    tooManyIds: 'Ask for at most 200 service_request_id values at once.',
    unknownRequest: (id: string) => `There is no public service request with id "${id}".`,
    unknownFormat: 'Ask for .json or .xml.',
    tooMany: 'Too many concerns from this address. Please try again later.',
    unknownToken: (token: string) => `There is no public service request with token "${token}".`,
    notForm:
      'Send the fields form-encoded (Content-Type application/x-www-form-urlencoded or multipart/form-data).',
    badIdempotencyKey: 'Idempotency-Key must be 1 to 200 printable ASCII characters.',
    idempotencyKeyReused:
      'This Idempotency-Key was already used with other fields. Use a new key for a new request.',
    unknownPath:
      'There is nothing at this address. The endpoints are discovery, services, requests and tokens, each ending in .json or .xml.',
    tooLarge: 'The request body is larger than 1 MiB.',
    badToken: 'The bearer token is not valid. Open311 needs no token: send none, or a valid one.',
  },
};

export type Open311Messages = typeof en;

const km: Open311Messages = {
  contact: 'សាលា វេទិកាពលរដ្ឋរបស់រដ្ឋសភាកម្ពុជា៖ សូមសរសេរទៅការិយាល័យមណ្ឌលនៃខេត្តរបស់អ្នក។',
  keyService: 'មិនត្រូវការ API key ដើម្បីអាន ឬដាក់កង្វល់ទេ។',
  group: 'កង្វល់ជូនរដ្ឋសភា',
  serviceDescription: (name: string) => `កង្វល់អំពី៖ ${name}។ វាត្រូវបានបញ្ជូនទៅការិយាល័យមណ្ឌលនៃខេត្ត។`,
  notice: (code: string) =>
    `ការិយាល័យមណ្ឌលបានទទួលកង្វល់របស់អ្នកហើយ។ សូមរក្សាលេខកូដតាមដាន ${code} ហើយតាមដាននៅ /track/${code}។`,
  attributes: {
    province: 'កូដខេត្តពីបញ្ជីភូមិសាស្ត្រ (/api/places) ពីរខ្ទង់។ មិនចាំបាច់ទេ បើបានផ្ដល់ស្រុក ឬឃុំ។',
    district: 'កូដស្រុក/ខណ្ឌពីបញ្ជីភូមិសាស្ត្រ បួនខ្ទង់។',
    commune: 'កូដឃុំ/សង្កាត់ពីបញ្ជីភូមិសាស្ត្រ ប្រាំមួយខ្ទង់។ ផ្ដល់ទីកន្លែងដោយមិនចាំបាច់មាន lat/long។',
    confidential: 'លាក់អត្តសញ្ញាណរបស់ពលរដ្ឋពីអ្នកទាំងអស់ក្រៅការិយាល័យមណ្ឌល។',
    consent: 'អនុញ្ញាតឱ្យគណៈកម្មការ ឬក្រសួងដែលត្រូវដោះស្រាយ មើលឈ្មោះ និងទំនាក់ទំនងរបស់ពលរដ្ឋ។',
    preferredContact:
      'របៀបប្រាប់ពលរដ្ឋអំពីដំណើរការនៃកង្វល់។ បើមិនផ្ដល់៖ តាម SMS ពេលមានលេខទូរស័ព្ទ បើមិនដូច្នោះទេ តាមអ៊ីមែល ពេលមានអ៊ីមែល។',
    contactChoices: { sms: 'SMS', telegram: 'តេឡេក្រាម', email: 'អ៊ីមែល', none: 'មិនប្រាប់' },
    yes: 'បាទ/ចាស',
    no: 'ទេ',
    codeFormat: 'កូដបញ្ជីភូមិសាស្ត្រ (លេខ)',
  },
  errors: {
    serviceCodeMissing: 'ត្រូវការ service_code។',
    serviceCodeUnknown: (code: string) => `គ្មានសេវាដែលមាន service_code "${code}" ទេ។`,
    locationMissing:
      'ត្រូវការទីតាំង៖ lat និង long, address_string, address_id (កូដបញ្ជីភូមិសាស្ត្រ) ឬ attribute[commune]។',
    locationOutside: 'lat និង long ត្រូវតែជាលេខនៃចំណុចមួយក្នុងប្រទេសកម្ពុជា។',
    addressUnknown: 'គ្មានខេត្ត ស្រុក ឬឃុំណាមួយនៃកម្ពុជាត្រូវនឹង address_string ទេ។',
    addressIdUnknown: 'address_id ត្រូវតែជាកូដបញ្ជីភូមិសាស្ត្រ៖ ២, ៤, ៦ ឬ ៨ ខ្ទង់។',
    unreadableBody: 'មិនអាចអានខ្លឹមសារជាទម្រង់ (application/x-www-form-urlencoded) បានទេ។',
    notText: (field: string) => `${field} ត្រូវតែជាអត្ថបទ។`,
    nul: 'អត្ថបទក្នុងសំណើមិនអាចមានតួអក្សរ U+0000 បានទេ។',
    unknownPlace: (field: string) => `${field}៖ គ្មានទីកន្លែងនេះក្នុងបញ្ជីភូមិសាស្ត្រ ឬវាមិនស្ថិតក្នុងទីកន្លែងខាងលើទេ។`,
    contactMissing: 'ត្រូវការលេខទូរស័ព្ទ ឬអាសយដ្ឋានអ៊ីមែល សម្រាប់មធ្យោបាយទំនាក់ទំនងដែលបានជ្រើស។',
    field: (field: string, reason: string) => `${field}៖ ${reason}`,
    reasons: {
      required: 'ត្រូវតែបំពេញ',
      'too-short': 'ខ្លីពេក (យ៉ាងហោចណាស់ ១០ តួអក្សរ)',
      'too-long': 'វែងពេក',
      invalid: 'មិនត្រឹមត្រូវ',
      'broken-text': 'មានតួអក្សរដែលមិនមែនជាអត្ថបទត្រឹមត្រូវ',
    },
    badFlag: (field: string) => `${field} ត្រូវតែជា true ឬ false។`,
    badDate: (field: string) => `${field} ត្រូវតែជាកាលបរិច្ឆេទ ISO 8601 ឧ. 2026-11-22T09:15:00+07:00។`,
    dateOrder: 'start_date មិនអាចក្រោយ end_date បានទេ។',
    badStatus: 'status ត្រូវតែជា open, closed ឬទាំងពីរ (បំបែកដោយក្បៀស)។',
    tooManyIds: 'សូមស្នើ service_request_id យ៉ាងច្រើន ២០០ ក្នុងមួយលើក។',
    unknownRequest: (id: string) => `គ្មានសំណើសេវាសាធារណៈដែលមានលេខ "${id}" ទេ។`,
    unknownFormat: 'សូមស្នើ .json ឬ .xml។',
    tooMany: 'មានកង្វល់ច្រើនពេកពីអាសយដ្ឋាននេះ។ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ។',
    unknownToken: (token: string) => `គ្មានសំណើសេវាសាធារណៈដែលមាន token "${token}" ទេ។`,
    notForm: 'សូមផ្ញើវាលទាំងអស់ជាទម្រង់ (Content-Type application/x-www-form-urlencoded ឬ multipart/form-data)។',
    badIdempotencyKey: 'Idempotency-Key ត្រូវតែមានពី ១ ដល់ ២០០ តួអក្សរ ASCII ដែលអាចបោះពុម្ពបាន។',
    idempotencyKeyReused: 'Idempotency-Key នេះត្រូវបានប្រើរួចហើយជាមួយវាលផ្សេង។ សូមប្រើ key ថ្មីសម្រាប់សំណើថ្មី។',
    unknownPath:
      'គ្មានអ្វីនៅអាសយដ្ឋាននេះទេ។ ចំណុចចូលមាន discovery, services, requests និង tokens ដែលបញ្ចប់ដោយ .json ឬ .xml។',
    tooLarge: 'ខ្លឹមសារសំណើធំជាង ១ MiB។',
    badToken: 'Bearer token មិនត្រឹមត្រូវទេ។ Open311 មិនត្រូវការ token ទេ៖ កុំផ្ញើ ឬផ្ញើ token ដែលត្រឹមត្រូវ។',
  },
};

export const open311Messages: Catalog<Open311Messages> = { en, km };
