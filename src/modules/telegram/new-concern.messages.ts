// What the bot says while a citizen writes a new concern, in Khmer first and English.
import { type Catalog, formatNumber } from '../../platform/i18n/i18n';

export interface ConcernTexts {
  askCategory: string;
  askProvince: string;
  askDistrict: string;
  askCommune: string;
  noPlaceMatches: (typed: string) => string;
  askDescription: string;
  askPhotos: string;
  askName: string;
  askConfidential: string;
  askConsent: string;
  expectPlace: string;
  expectDescription: string;
  expectPhoto: string;
  expectName: string;
  expectButton: string;
  locationOutside: string;
  photoTooLarge: string;
  tooManyPhotos: (max: number) => string;
  photoKept: (n: number) => string;
  expectVoice: string;
  voiceTooLarge: string;
  voiceKept: string;
  summary: (s: {
    category: string;
    place: string;
    description: string;
    photos: number;
    voiceNotes: number;
    name: string | null;
    confidential: boolean;
    consent: boolean;
  }) => string;
  change: Record<'category' | 'province' | 'description' | 'photos' | 'name', string>;
  send: string;
  skip: string;
  done: string;
  anonymous: string;
  yes: string;
  no: string;
  cancel: string;
  resume: string;
  resumeOrCancel: string;
  cancelled: string;
  noDraft: string;
  complaintDraftOpen: string;
  refused: string;
  sent: (code: string, link: string) => string;
}

export const concernMessages: Catalog<ConcernTexts> = {
  en: {
    askCategory: 'New concern (1/7). What is it about?',
    askProvince: 'Where is it (2/7)? Choose the province, or type part of its name, or share a location.',
    askDistrict: 'Choose the district (or type part of its name).',
    askCommune: 'Choose the commune (or type part of its name).',
    noPlaceMatches: (typed) => `No place matches “${typed}”. Type another part of the name, or choose below.`,
    askDescription: 'Describe the concern (3/7): what happened, where, since when. 10 to 4,000 characters.',
    askPhotos:
      'Photos and a voice note (4/7), optional: send up to 5 photos and one voice note, then press Done.',
    askName: 'Your name (5/7), optional. Type it, or stay anonymous: the office then knows only this chat.',
    askConfidential: 'Keep your identity within the constituency office (6/7)?',
    askConsent: 'May your name be shared with the commission or ministry that must act (7/7)?',
    expectPlace: 'Please choose a place with the buttons, type part of its name, or share a location.',
    expectDescription: 'Please describe the concern in text, at least 10 and at most 4,000 characters.',
    expectPhoto: 'Please send a photo or a voice note (not a sticker or a file), or press Done.',
    expectName: 'Please type your name as text (at most 100 characters), or press “Stay anonymous”.',
    expectButton: 'Please answer with the buttons above. /cancel stops this concern.',
    locationOutside: 'That location is not in Cambodia. Choose the province with the buttons.',
    photoTooLarge: 'That photo is too large (more than 1 MB even at its smallest size). Send a smaller one.',
    tooManyPhotos: (max) => `At most ${max} photos. Press Done.`,
    photoKept: (n) => `Photo ${n} kept. Send another or press Done.`,
    expectVoice:
      'That voice note could not be read: please record one with the microphone button in Telegram (OGG voice), or press Done.',
    voiceTooLarge:
      'That voice note is too large (more than 2 MB). Please record a shorter one, or press Done.',
    voiceKept: 'Voice note kept. Send photos, a new voice note to replace it, or press Done.',
    summary: (s) =>
      [
        'Please check your concern:',
        `Topic: ${s.category}`,
        `Place: ${s.place}`,
        `Description: ${s.description}`,
        `Photos: ${s.photos}`,
        `Voice: ${s.voiceNotes === 0 ? 'none' : `${s.voiceNotes} voice note`}`,
        `Name: ${s.name ?? 'anonymous'}`,
        `Identity kept within the office: ${s.confidential ? 'yes' : 'no'}`,
        `May be shared with who must act: ${s.consent ? 'yes' : 'no'}`,
      ].join('\n'),
    change: {
      category: 'Change the topic',
      province: 'Change the place',
      description: 'Change the description',
      photos: 'Add photos or a voice note',
      name: 'Change name and privacy',
    },
    send: 'Send the concern',
    skip: 'Skip',
    done: 'Done',
    anonymous: 'Stay anonymous',
    yes: 'Yes',
    no: 'No',
    cancel: 'Cancel',
    resume: 'Continue it',
    resumeOrCancel: 'You have a concern not yet sent. Continue it or cancel it?',
    cancelled: 'The concern was cancelled; nothing was sent.',
    noDraft: 'There is no concern being written. /new starts one.',
    complaintDraftOpen: 'You are writing a complaint. Send it or /cancel it first, then start the concern.',
    refused:
      'The concern could not be sent: a step is no longer valid. Please check the summary and try again.',
    sent: (code, link) =>
      `Your concern was sent. Tracking code: ${code}\nYour private link, keep it to yourself: ${link}\nThe office’s news will arrive in this chat.`,
  },
  km: {
    askCategory: 'កង្វល់ថ្មី (១/៧)។ តើទាក់ទងនឹងអ្វី?',
    askProvince: 'នៅទីណា (២/៧)? ជ្រើសរើសខេត្ត ឬវាយផ្នែកនៃឈ្មោះ ឬចែករំលែកទីតាំង។',
    askDistrict: 'ជ្រើសរើសស្រុក/ខណ្ឌ (ឬវាយផ្នែកនៃឈ្មោះ)។',
    askCommune: 'ជ្រើសរើសឃុំ/សង្កាត់ (ឬវាយផ្នែកនៃឈ្មោះ)។',
    noPlaceMatches: (typed) => `គ្មានទីកន្លែងណាត្រូវនឹង «${typed}» ទេ។ សូមវាយផ្នែកផ្សេងនៃឈ្មោះ ឬជ្រើសរើសខាងក្រោម។`,
    askDescription: 'សូមរៀបរាប់កង្វល់ (៣/៧)៖ អ្វីបានកើតឡើង នៅទីណា តាំងពីពេលណា។ ពី ១០ ដល់ ៤.០០០ តួអក្សរ។',
    askPhotos: 'រូបថត និងសារជាសំឡេង (៤/៧) មិនចាំបាច់៖ ផ្ញើរូបថតរហូតដល់ ៥ និងសារជាសំឡេងមួយ រួចចុច «រួចរាល់»។',
    askName: 'ឈ្មោះរបស់អ្នក (៥/៧) មិនចាំបាច់។ សូមវាយឈ្មោះ ឬមិនបញ្ចេញឈ្មោះ៖ ការិយាល័យនឹងស្គាល់តែការជជែកនេះ។',
    askConfidential: 'រក្សាអត្តសញ្ញាណរបស់អ្នកនៅក្នុងការិយាល័យមណ្ឌលប៉ុណ្ណោះ (៦/៧)?',
    askConsent: 'តើអាចចែករំលែកឈ្មោះរបស់អ្នកជាមួយគណៈកម្មការ ឬក្រសួងដែលត្រូវដោះស្រាយបានទេ (៧/៧)?',
    expectPlace: 'សូមជ្រើសរើសទីកន្លែងដោយប៊ូតុង វាយផ្នែកនៃឈ្មោះ ឬចែករំលែកទីតាំង។',
    expectDescription: 'សូមរៀបរាប់កង្វល់ជាអក្សរ យ៉ាងតិច ១០ និងយ៉ាងច្រើន ៤.០០០ តួអក្សរ។',
    expectPhoto: 'សូមផ្ញើរូបថត ឬសារជាសំឡេង (មិនមែនស្ទីកគ័រ ឬឯកសារ) ឬចុច «រួចរាល់»។',
    expectName: 'សូមវាយឈ្មោះរបស់អ្នកជាអក្សរ (យ៉ាងច្រើន ១០០ តួ) ឬចុច «មិនបញ្ចេញឈ្មោះ»។',
    expectButton: 'សូមឆ្លើយដោយប៊ូតុងខាងលើ។ /cancel បញ្ឈប់កង្វល់នេះ។',
    locationOutside: 'ទីតាំងនោះមិននៅក្នុងប្រទេសកម្ពុជាទេ។ សូមជ្រើសរើសខេត្តដោយប៊ូតុង។',
    photoTooLarge: 'រូបថតនោះធំពេក (លើសពី ១ MB)។ សូមផ្ញើរូបតូចជាងនេះ។',
    tooManyPhotos: (max) => `យ៉ាងច្រើន ${formatNumber(max, 'km', 'khmr')} រូប។ សូមចុច «រួចរាល់»។`,
    photoKept: (n) => `បានរក្សារូបថតទី ${formatNumber(n, 'km', 'khmr')}។ ផ្ញើរូបទៀត ឬចុច «រួចរាល់»។`,
    expectVoice: 'មិនអាចអានសារជាសំឡេងនោះបានទេ៖ សូមថតដោយប៊ូតុងមីក្រូហ្វូនក្នុង Telegram (សំឡេង OGG) ឬចុច «រួចរាល់»។',
    voiceTooLarge: 'សារជាសំឡេងនោះធំពេក (លើសពី ២ MB)។ សូមថតឱ្យខ្លីជាងនេះ ឬចុច «រួចរាល់»។',
    voiceKept: 'បានរក្សាសារជាសំឡេង។ ផ្ញើរូបថត សារជាសំឡេងថ្មីដើម្បីជំនួស ឬចុច «រួចរាល់»។',
    summary: (s) =>
      [
        'សូមពិនិត្យកង្វល់របស់អ្នក៖',
        `ប្រធានបទ៖ ${s.category}`,
        `ទីកន្លែង៖ ${s.place}`,
        `ការរៀបរាប់៖ ${s.description}`,
        `រូបថត៖ ${s.photos}`,
        `សំឡេង៖ ${s.voiceNotes === 0 ? 'គ្មាន' : `${s.voiceNotes} សារជាសំឡេង`}`,
        `ឈ្មោះ៖ ${s.name ?? 'មិនបញ្ចេញឈ្មោះ'}`,
        `រក្សាអត្តសញ្ញាណក្នុងការិយាល័យ៖ ${s.confidential ? 'បាទ/ចាស' : 'ទេ'}`,
        `អាចចែករំលែកជាមួយអ្នកដោះស្រាយ៖ ${s.consent ? 'បាទ/ចាស' : 'ទេ'}`,
      ].join('\n'),
    change: {
      category: 'ប្តូរប្រធានបទ',
      province: 'ប្តូរទីកន្លែង',
      description: 'ប្តូរការរៀបរាប់',
      photos: 'បន្ថែមរូបថត ឬសារជាសំឡេង',
      name: 'ប្តូរឈ្មោះ និងឯកជនភាព',
    },
    send: 'ផ្ញើកង្វល់',
    skip: 'រំលង',
    done: 'រួចរាល់',
    anonymous: 'មិនបញ្ចេញឈ្មោះ',
    yes: 'បាទ/ចាស',
    no: 'ទេ',
    cancel: 'បោះបង់',
    resume: 'បន្ត',
    resumeOrCancel: 'អ្នកមានកង្វល់មួយមិនទាន់ផ្ញើ។ បន្ត ឬបោះបង់?',
    cancelled: 'កង្វល់ត្រូវបានបោះបង់ គ្មានអ្វីត្រូវបានផ្ញើទេ។',
    noDraft: 'មិនមានកង្វល់កំពុងសរសេរទេ។ /new ដើម្បីចាប់ផ្តើម។',
    complaintDraftOpen: 'អ្នកកំពុងសរសេរបណ្តឹងមួយ។ សូមផ្ញើ ឬ /cancel វាជាមុនសិន រួចចាប់ផ្តើមកង្វល់។',
    refused: 'មិនអាចផ្ញើកង្វល់បានទេ៖ ជំហានមួយលែងត្រឹមត្រូវ។ សូមពិនិត្យសេចក្តីសង្ខេប ហើយសាកម្តងទៀត។',
    sent: (code, link) =>
      `កង្វល់របស់អ្នកត្រូវបានផ្ញើហើយ។ លេខកូដតាមដាន៖ ${code}\nតំណឯកជនរបស់អ្នក កុំឱ្យអ្នកផ្សេង៖ ${link}\nដំណឹងពីការិយាល័យនឹងមកដល់ការជជែកនេះ។`,
  },
};
