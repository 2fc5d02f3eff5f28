// What the Telegram bot says, in Khmer first and English.
import type { Catalog } from '../../platform/i18n/i18n';

export interface BotTexts {
  chooseLanguage: string;
  intro: string;
  myConcernsButton: string;
  newConcernButton: string;
  newComplaintButton: string;
  linked: (code: string) => string;
  linkUnknown: string;
  statusUsage: string;
  statusUnknown: (typed: string) => string;
  status: (s: { code: string; status: string; office: string; submitted: string; updated: string }) => string;
  noConcerns: string;
  myConcerns: string;
  concernLine: (code: string, status: string) => string;
  replyRecorded: (code: string) => string;
  replyWhich: string;
  replyRefused: string;
  nothingAwaited: string;
  textOnly: string;
  feedbackThanksResolved: string;
  feedbackThanksUnresolved: string;
  feedbackAlready: string;
  notYours: string;
  failed: string;
  /** Said in a group: a concern or complaint is personal, and anyone in a group could act on it. */
  privateChatOnly: string;
}

export const botMessages: Catalog<BotTexts> = {
  en: {
    privateChatOnly:
      'Sala answers in a private chat only: open a chat with this bot to send a concern or a complaint.',
    chooseLanguage: 'ជ្រើសរើសភាសា / Choose your language',
    intro:
      'This is Sala, the bot of the National Assembly’s constituency offices.\n' +
      '• /new: send a concern to your MPs’ office, step by step (/cancel stops it).\n' +
      '• /complain (or the word បណ្តឹង): complain about a service of your district or commune office — a delay, a refusal, rudeness, a wrong document, more than the fee — to the district’s Citizens’ Office.\n' +
      '• /status followed by a tracking code: where a concern stands.\n' +
      '• “My concerns”: the concerns tied to this chat.\n' +
      'When the office asks you something, it arrives here: just write your answer in this chat.',
    myConcernsButton: 'My concerns',
    newConcernButton: 'New concern',
    newComplaintButton: 'Complaint about a district office',
    linked: (code) =>
      `This chat is now tied to your concern ${code}. The office’s questions and answer will arrive here; write your reply here.`,
    linkUnknown:
      'This link is no longer valid (used already, or older than a week). Open your private link on the site to get a new one.',
    statusUsage: 'Type /status followed by the 10-digit tracking code, for example /status 482-109-375-6',
    statusUnknown: (typed) => `No concern has the tracking code “${typed}”. Check the digits and try again.`,
    status: (s) =>
      `Concern ${s.code}\nStatus: ${s.status}\nHeld by: ${s.office}\nReceived: ${s.submitted}\nLast change: ${s.updated}`,
    noConcerns:
      'No concern is tied to this chat yet. After you send a concern on the site, tap its Telegram link to tie it here.',
    myConcerns: 'Your concerns:',
    concernLine: (code, status) => `• ${code} — ${status}`,
    replyRecorded: (code) => `Your answer was given to the office, for concern ${code}. Thank you.`,
    replyWhich: 'Several of your concerns wait for your answer. Which one is this answer for?',
    replyRefused: 'Your answer could not be recorded: the concern no longer waits for one.',
    nothingAwaited:
      'No concern of yours waits for an answer now. Use /start to see what this bot does, or /status with a code.',
    textOnly: 'Please write your message as text. Stickers, voice and files are not read here.',
    feedbackThanksResolved: 'Thank you. We recorded that the answer resolved your concern.',
    feedbackThanksUnresolved:
      'Thank you. We told the office that your concern is not resolved; it will look at it again.',
    feedbackAlready: 'Your feedback on this answer was already recorded.',
    notYours: 'This concern is not tied to this chat.',
    failed: 'Something went wrong on our side. Please try again in a few minutes.',
  },
  km: {
    privateChatOnly: 'សាលាឆ្លើយតបតែក្នុងការជជែកឯកជនប៉ុណ្ណោះ៖ សូមបើកការជជែកជាមួយបូតនេះ ដើម្បីផ្ញើកង្វល់ ឬបណ្តឹង។',
    chooseLanguage: 'ជ្រើសរើសភាសា / Choose your language',
    intro:
      'នេះជា សាលា ជាបូតរបស់ការិយាល័យមណ្ឌលនៃរដ្ឋសភា។\n' +
      '• /new៖ ផ្ញើកង្វល់ទៅការិយាល័យតំណាងរាស្ត្ររបស់អ្នក ម្តងមួយជំហាន (/cancel ដើម្បីបញ្ឈប់)។\n' +
      '• /complain (ឬពាក្យ បណ្តឹង)៖ ប្តឹងអំពីសេវារបស់រដ្ឋបាលស្រុក/ខណ្ឌ ឬឃុំ/សង្កាត់ — ការយឺតយ៉ាវ ការបដិសេធ អាកប្បកិរិយាមិនសមរម្យ ឯកសារខុស ការទារថ្លៃលើស — ទៅការិយាល័យប្រជាពលរដ្ឋនៃស្រុក/ខណ្ឌ។\n' +
      '• /status បន្តដោយលេខកូដតាមដាន៖ ដឹងថាកង្វល់ដល់ណាហើយ។\n' +
      '• «កង្វល់របស់ខ្ញុំ»៖ កង្វល់ដែលភ្ជាប់នឹងការជជែកនេះ។\n' +
      'ពេលការិយាល័យសួរអ្នក សំណួរនឹងមកដល់ទីនេះ៖ គ្រាន់តែសរសេរចម្លើយរបស់អ្នកក្នុងការជជែកនេះ។',
    myConcernsButton: 'កង្វល់របស់ខ្ញុំ',
    newConcernButton: 'កង្វល់ថ្មី',
    newComplaintButton: 'ប្តឹងអំពីរដ្ឋបាលស្រុក ឬឃុំ',
    linked: (code) =>
      `ការជជែកនេះភ្ជាប់នឹងកង្វល់ ${code} របស់អ្នកហើយ។ សំណួរ និងចម្លើយរបស់ការិយាល័យនឹងមកដល់ទីនេះ សូមសរសេរចម្លើយរបស់អ្នកនៅទីនេះ។`,
    linkUnknown: 'តំណនេះលែងប្រើបានហើយ (បានប្រើរួច ឬលើសពីមួយសប្តាហ៍)។ សូមបើកតំណឯកជនរបស់អ្នកនៅលើគេហទំព័រ ដើម្បីយកតំណថ្មី។',
    statusUsage: 'សូមវាយ /status បន្តដោយលេខកូដតាមដាន ១០ ខ្ទង់ ឧទាហរណ៍ /status 482-109-375-6',
    statusUnknown: (typed) => `គ្មានកង្វល់ណាមានលេខកូដតាមដាន «${typed}» ទេ។ សូមពិនិត្យលេខ ហើយសាកម្តងទៀត។`,
    status: (s) =>
      `កង្វល់ ${s.code}\nស្ថានភាព៖ ${s.status}\nកាន់កាប់ដោយ៖ ${s.office}\nទទួល៖ ${s.submitted}\nផ្លាស់ប្តូរចុងក្រោយ៖ ${s.updated}`,
    noConcerns:
      'មិនទាន់មានកង្វល់ណាភ្ជាប់នឹងការជជែកនេះទេ។ ក្រោយពេលផ្ញើកង្វល់នៅលើគេហទំព័រ សូមចុចតំណ Telegram របស់វា ដើម្បីភ្ជាប់នៅទីនេះ។',
    myConcerns: 'កង្វល់របស់អ្នក៖',
    concernLine: (code, status) => `• ${code} — ${status}`,
    replyRecorded: (code) => `ចម្លើយរបស់អ្នកបានផ្ញើទៅការិយាល័យហើយ សម្រាប់កង្វល់ ${code}។ សូមអរគុណ។`,
    replyWhich: 'កង្វល់ច្រើនរបស់អ្នកកំពុងរង់ចាំចម្លើយ។ តើចម្លើយនេះសម្រាប់កង្វល់មួយណា?',
    replyRefused: 'មិនអាចកត់ត្រាចម្លើយរបស់អ្នកបានទេ៖ កង្វល់នោះលែងរង់ចាំចម្លើយហើយ។',
    nothingAwaited:
      'ឥឡូវនេះ គ្មានកង្វល់ណារបស់អ្នករង់ចាំចម្លើយទេ។ ប្រើ /start ដើម្បីមើលអ្វីដែលបូតនេះធ្វើ ឬ /status ជាមួយលេខកូដតាមដាន។',
    textOnly: 'សូមសរសេរសាររបស់អ្នកជាអក្សរ។ ស្ទីកគ័រ សំឡេង និងឯកសារ មិនត្រូវបានអាននៅទីនេះទេ។',
    feedbackThanksResolved: 'សូមអរគុណ។ យើងបានកត់ត្រាថាចម្លើយបានដោះស្រាយកង្វល់របស់អ្នក។',
    feedbackThanksUnresolved: 'សូមអរគុណ។ យើងបានប្រាប់ការិយាល័យថាកង្វល់របស់អ្នកមិនទាន់ដោះស្រាយទេ ការិយាល័យនឹងពិនិត្យម្តងទៀត។',
    feedbackAlready: 'មតិរបស់អ្នកលើចម្លើយនេះត្រូវបានកត់ត្រារួចហើយ។',
    notYours: 'កង្វល់នេះមិនបានភ្ជាប់នឹងការជជែកនេះទេ។',
    failed: 'មានបញ្ហានៅខាងយើង។ សូមសាកម្តងទៀតក្នុងរយៈពេលប៉ុន្មាននាទីទៀត។',
  },
};
