// What the bot says while a citizen writes a complaint to a district's Citizens' Office, Khmer first and English.
import { type Catalog, formatNumber } from '../../platform/i18n/i18n';

/** A count in a Khmer message of the bot, in Khmer numerals as the rest of its Khmer text. */
const khmer = (n: number) => formatNumber(n, 'km', 'khmr');

export interface ComplaintTexts {
  askKind: string;
  askProvince: string;
  askDistrict: string;
  askCommune: string;
  districtOffice: string;
  noPlaceMatches: (typed: string) => string;
  askService: string;
  /** More services than buttons: the first `shown` of `all` are offered, a typed word finds the others. */
  moreServices: (shown: number, all: number) => string;
  noServiceMatches: (typed: string) => string;
  otherService: string;
  askDescription: string;
  askName: string;
  askShare: string;
  askConsent: string;
  expectPlace: string;
  expectDescription: string;
  expectName: string;
  expectButton: string;
  summary: (s: {
    kind: string;
    place: string;
    service: string;
    description: string;
    name: string | null;
    share: boolean;
  }) => string;
  send: string;
  anonymous: string;
  yes: string;
  no: string;
  cancel: string;
  resume: string;
  resumeOrCancel: string;
  otherDraftOpen: string;
  noConsent: string;
  cancelled: string;
  noDraft: string;
  refused: string;
  sent: (code: string, district: string, link: string) => string;
}

export const complaintMessages: Catalog<ComplaintTexts> = {
  en: {
    askKind:
      "Complaint to the Citizens' Office (1/7): about a service of your district or commune office. What happened?",
    askProvince: 'Which office (2/7)? Choose the province, or type part of its name.',
    askDistrict: 'Choose the district (or type part of its name).',
    askCommune: 'Was it the district’s own office, or a commune’s? Choose it (or type part of its name).',
    districtOffice: 'The district’s own office',
    noPlaceMatches: (typed) => `No place matches “${typed}”. Type another part of the name, or choose below.`,
    askService: 'Which service (3/7)? Choose it, or type part of its name.',
    moreServices: (shown, all) =>
      `Which service (3/7)? The first ${shown} of ${all} are below: type part of a service’s name to find another.`,
    noServiceMatches: (typed) =>
      `No service matches “${typed}”. Type another part of its name, or choose below.`,
    otherService: 'Another service (say which in the description)',
    askDescription:
      'What happened (4/7): when, what you asked for, what you were told. 10 to 4,000 characters. Do not write anyone’s phone or ID number.',
    askName:
      'Your name (5/7), optional. Type it, or stay anonymous: the Citizens’ Office then knows only this chat.',
    askShare: 'If the complaint is referred to another body, may that body see your name (6/7)?',
    askConsent:
      'Do you agree that the Citizens’ Office handles this complaint and keeps what you gave (7/7)? It is needed to send it.',
    expectPlace: 'Please choose with the buttons, or type part of the name.',
    expectDescription: 'Please describe what happened in text, at least 10 and at most 4,000 characters.',
    expectName: 'Please type your name as text (at most 100 characters), or press “Stay anonymous”.',
    expectButton: 'Please answer with the buttons above. /cancel stops this complaint.',
    summary: (s) =>
      [
        'Please check your complaint:',
        `What happened: ${s.kind}`,
        `Office: ${s.place}`,
        `Service: ${s.service}`,
        `Description: ${s.description}`,
        `Name: ${s.name ?? 'anonymous'}`,
        `May be shared with a body it is referred to: ${s.share ? 'yes' : 'no'}`,
        'Only the ombudsman of the district’s Citizens’ Office sees who you are — never the office you complain about.',
      ].join('\n'),
    send: 'Send the complaint',
    anonymous: 'Stay anonymous',
    yes: 'Yes',
    no: 'No',
    cancel: 'Cancel',
    resume: 'Continue it',
    resumeOrCancel: 'You have a complaint not yet sent. Continue it or cancel it?',
    otherDraftOpen: 'You are writing a concern. Send it or /cancel it first, then start the complaint.',
    noConsent:
      'Without your agreement the Citizens’ Office cannot handle the complaint, so nothing was sent. /complain starts again.',
    cancelled: 'The complaint was cancelled; nothing was sent.',
    noDraft: 'There is no complaint being written. /complain starts one.',
    refused: 'The complaint could not be sent: a step is no longer valid. Please start again with /complain.',
    sent: (code, district, link) =>
      `Your complaint was sent to the Citizens’ Office of ${district}. Tracking code: ${code}\nYour private link, keep it to yourself: ${link}\nThe ombudsman’s questions and answer will arrive in this chat.`,
  },
  km: {
    askKind: 'បណ្តឹងទៅការិយាល័យប្រជាពលរដ្ឋ (១/៧)៖ អំពីសេវារបស់រដ្ឋបាលស្រុក/ខណ្ឌ ឬឃុំ/សង្កាត់។ តើមានអ្វីកើតឡើង?',
    askProvince: 'ការិយាល័យណា (២/៧)? ជ្រើសរើសខេត្ត ឬវាយផ្នែកនៃឈ្មោះ។',
    askDistrict: 'ជ្រើសរើសស្រុក/ខណ្ឌ (ឬវាយផ្នែកនៃឈ្មោះ)។',
    askCommune: 'តើជារដ្ឋបាលស្រុក/ខណ្ឌផ្ទាល់ ឬឃុំ/សង្កាត់? សូមជ្រើសរើស (ឬវាយផ្នែកនៃឈ្មោះ)។',
    districtOffice: 'រដ្ឋបាលស្រុក/ខណ្ឌផ្ទាល់',
    noPlaceMatches: (typed) => `គ្មានទីកន្លែងណាត្រូវនឹង «${typed}» ទេ។ សូមវាយផ្នែកផ្សេងនៃឈ្មោះ ឬជ្រើសរើសខាងក្រោម។`,
    askService: 'សេវាអ្វី (៣/៧)? សូមជ្រើសរើស ឬវាយផ្នែកនៃឈ្មោះសេវា។',
    moreServices: (shown, all) =>
      `សេវាអ្វី (៣/៧)? ខាងក្រោមជាសេវា ${khmer(shown)} ដំបូងក្នុងចំណោម ${khmer(all)}៖ សូមវាយផ្នែកនៃឈ្មោះសេវា ដើម្បីរកសេវាផ្សេងទៀត។`,
    noServiceMatches: (typed) => `គ្មានសេវាណាត្រូវនឹង «${typed}» ទេ។ សូមវាយផ្នែកផ្សេងនៃឈ្មោះ ឬជ្រើសរើសខាងក្រោម។`,
    otherService: 'សេវាផ្សេងទៀត (សូមបញ្ជាក់ក្នុងការរៀបរាប់)',
    askDescription:
      'អ្វីដែលបានកើតឡើង (៤/៧)៖ ពេលណា អ្នកបានស្នើសុំអ្វី គេប្រាប់អ្នកថាម៉េច។ ពី ១០ ដល់ ៤.០០០ តួអក្សរ។ កុំសរសេរលេខទូរស័ព្ទ ឬលេខអត្តសញ្ញាណប័ណ្ណរបស់នរណាម្នាក់។',
    askName: 'ឈ្មោះរបស់អ្នក (៥/៧) មិនចាំបាច់។ សូមវាយឈ្មោះ ឬមិនបញ្ចេញឈ្មោះ៖ ការិយាល័យប្រជាពលរដ្ឋនឹងស្គាល់តែការជជែកនេះ។',
    askShare: 'បើបណ្តឹងត្រូវបញ្ជូនទៅស្ថាប័នផ្សេង តើស្ថាប័ននោះអាចឃើញឈ្មោះរបស់អ្នកបានទេ (៦/៧)?',
    askConsent: 'តើអ្នកយល់ព្រមឱ្យការិយាល័យប្រជាពលរដ្ឋដោះស្រាយបណ្តឹងនេះ និងរក្សាទុកព័ត៌មានដែលអ្នកបានផ្តល់ទេ (៧/៧)? ចាំបាច់ដើម្បីផ្ញើ។',
    expectPlace: 'សូមជ្រើសរើសដោយប៊ូតុង ឬវាយផ្នែកនៃឈ្មោះ។',
    expectDescription: 'សូមរៀបរាប់អ្វីដែលបានកើតឡើងជាអក្សរ យ៉ាងតិច ១០ និងយ៉ាងច្រើន ៤.០០០ តួអក្សរ។',
    expectName: 'សូមវាយឈ្មោះរបស់អ្នកជាអក្សរ (យ៉ាងច្រើន ១០០ តួ) ឬចុច «មិនបញ្ចេញឈ្មោះ»។',
    expectButton: 'សូមឆ្លើយដោយប៊ូតុងខាងលើ។ /cancel បញ្ឈប់បណ្តឹងនេះ។',
    summary: (s) =>
      [
        'សូមពិនិត្យបណ្តឹងរបស់អ្នក៖',
        `អ្វីដែលបានកើតឡើង៖ ${s.kind}`,
        `ការិយាល័យ៖ ${s.place}`,
        `សេវា៖ ${s.service}`,
        `ការរៀបរាប់៖ ${s.description}`,
        `ឈ្មោះ៖ ${s.name ?? 'មិនបញ្ចេញឈ្មោះ'}`,
        `អាចចែករំលែកជាមួយស្ថាប័នដែលបណ្តឹងត្រូវបញ្ជូនទៅ៖ ${s.share ? 'បាទ/ចាស' : 'ទេ'}`,
        'មានតែមន្ត្រីការិយាល័យប្រជាពលរដ្ឋនៃស្រុក/ខណ្ឌប៉ុណ្ណោះដែលដឹងថាអ្នកជានរណា — មិនដែលការិយាល័យដែលអ្នកប្តឹងទេ។',
      ].join('\n'),
    send: 'ផ្ញើបណ្តឹង',
    anonymous: 'មិនបញ្ចេញឈ្មោះ',
    yes: 'បាទ/ចាស',
    no: 'ទេ',
    cancel: 'បោះបង់',
    resume: 'បន្ត',
    resumeOrCancel: 'អ្នកមានបណ្តឹងមួយមិនទាន់ផ្ញើ។ បន្ត ឬបោះបង់?',
    otherDraftOpen: 'អ្នកកំពុងសរសេរកង្វល់មួយ។ សូមផ្ញើ ឬ /cancel វាជាមុនសិន រួចចាប់ផ្តើមបណ្តឹង។',
    noConsent:
      'បើគ្មានការយល់ព្រមរបស់អ្នក ការិយាល័យប្រជាពលរដ្ឋមិនអាចដោះស្រាយបណ្តឹងបានទេ ដូច្នេះគ្មានអ្វីត្រូវបានផ្ញើទេ។ /complain ដើម្បីចាប់ផ្តើមម្តងទៀត។',
    cancelled: 'បណ្តឹងត្រូវបានបោះបង់ គ្មានអ្វីត្រូវបានផ្ញើទេ។',
    noDraft: 'មិនមានបណ្តឹងកំពុងសរសេរទេ។ /complain ដើម្បីចាប់ផ្តើម។',
    refused: 'មិនអាចផ្ញើបណ្តឹងបានទេ៖ ជំហានមួយលែងត្រឹមត្រូវ។ សូមចាប់ផ្តើមម្តងទៀតដោយ /complain។',
    sent: (code, district, link) =>
      `បណ្តឹងរបស់អ្នកត្រូវបានផ្ញើទៅការិយាល័យប្រជាពលរដ្ឋនៃ ${district} ហើយ។ លេខកូដតាមដាន៖ ${code}\nតំណឯកជនរបស់អ្នក កុំឱ្យអ្នកផ្សេង៖ ${link}\nសំណួរ និងចម្លើយរបស់ការិយាល័យប្រជាពលរដ្ឋនឹងមកដល់ការជជែកនេះ។`,
  },
};
