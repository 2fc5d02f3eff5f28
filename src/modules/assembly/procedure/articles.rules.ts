// The articles of the Constitution's Chapter VII that Sala's rules rest on, as short plain summaries.
//
// Each summary paraphrases only what Sala's specification of Chapter VII states about the article
// (docs/decisions.md, "The Assembly's procedure rules"); it is not the text of the Constitution and says
// nothing the specification does not. Where it cites a group of paragraphs together (90.1–6, 78.4–5,
// 83.1–2), a rule cites the group, because it does not say which paragraph of the group holds which part.

export type ArticleRef =
  | '76.1'
  | '76.3'
  | '78.1'
  | '78.2'
  | '78.3'
  | '78.4'
  | '78.5'
  | '78.4–5'
  | '79'
  | '80.4'
  | '80.5'
  | '82.1'
  | '82.2'
  | '83.1'
  | '83.2'
  | '83.1–2'
  | '84.2'
  | '86.1'
  | '86.3'
  | '88.2'
  | '88.3'
  | '89'
  | '90.1'
  | '90.2'
  | '90.3'
  | '90.4'
  | '90.5'
  | '90.6'
  | '90.1–6'
  | '90.7'
  | '91'
  | '92'
  | '93'
  | '95'
  | '96'
  | '96.6'
  | '98';

export interface ArticleSummary {
  en: string;
  km: string;
}

const MAJORITY_MATTERS: ArticleSummary = {
  en: 'Article 90 (paragraphs 1 to 6, cited together): laws, administrative accounts, amnesty, treaties and conventions, and a declaration of war are adopted by more than half of all members of the Assembly.',
  km: 'មាត្រា ៩០ (កថាខណ្ឌ ១ ដល់ ៦ យោងរួមគ្នា)៖ ច្បាប់ គណនីរដ្ឋបាល ការលើកលែងទោស សន្ធិសញ្ញា និងអនុសញ្ញា ព្រមទាំងការប្រកាសសង្គ្រាម ត្រូវអនុម័តដោយសំឡេងលើសពីពាក់កណ្ដាលនៃចំនួនសមាជិករដ្ឋសភាទាំងមូល។',
};

const TERM_EXTENSION: ArticleSummary = {
  en: 'Article 78 (paragraphs 4 and 5): in war or other special circumstances the Assembly may extend its term by one year at a time, with 2/3 of all members.',
  km: 'មាត្រា ៧៨ (កថាខណ្ឌ ៤ និង ៥)៖ ក្នុងពេលសង្គ្រាម ឬកាលៈទេសៈពិសេស រដ្ឋសភាអាចពន្យារអាណត្តិរបស់ខ្លួនម្ដងមួយឆ្នាំ ដោយសំឡេង ២/៣ នៃសមាជិកទាំងមូល។',
};

const SESSIONS: ArticleSummary = {
  en: 'Article 83 (paragraphs 1 and 2): the Assembly holds an ordinary session twice a year, each lasting at least 3 months.',
  km: 'មាត្រា ៨៣ (កថាខណ្ឌ ១ និង ២)៖ រដ្ឋសភាបើកសម័យប្រជុំសាមញ្ញពីរដងក្នុងមួយឆ្នាំ ហើយសម័យនីមួយៗមានរយៈពេលយ៉ាងតិច ៣ ខែ។',
};

/** A short plain summary of each article paragraph Sala cites, in English and Khmer. */
export const ARTICLES: Record<ArticleRef, ArticleSummary> = {
  '76.1': {
    en: 'Article 76 (paragraph 1): the National Assembly has at least 120 members (Sala keeps the number of seats as data: 125 now).',
    km: 'មាត្រា ៧៦ (កថាខណ្ឌ ១)៖ រដ្ឋសភាមានសមាជិកយ៉ាងតិច ១២០ រូប (សាលារក្សាចំនួនអាសនៈជាទិន្នន័យ៖ បច្ចុប្បន្ន ១២៥)។',
  },
  '76.3': {
    en: 'Article 76 (paragraph 3): a member must have Khmer nationality from birth and be at least 25 years old on election day.',
    km: 'មាត្រា ៧៦ (កថាខណ្ឌ ៣)៖ សមាជិករដ្ឋសភាត្រូវមានសញ្ជាតិខ្មែរតាំងពីកំណើត និងមានអាយុយ៉ាងតិច ២៥ ឆ្នាំនៅថ្ងៃបោះឆ្នោត។',
  },
  '78.1': {
    en: 'Article 78 (paragraph 1): a legislature lasts five years and ends on the day the new Assembly convenes.',
    km: 'មាត្រា ៧៨ (កថាខណ្ឌ ១)៖ នីតិកាលមួយមានរយៈពេលប្រាំឆ្នាំ ហើយផុតនៅថ្ងៃដែលរដ្ឋសភាថ្មីចូលកាន់តំណែង។',
  },
  '78.2': {
    en: 'Article 78 (paragraph 2): the Assembly may be dissolved before its term only when the government has been deposed twice within 12 months.',
    km: 'មាត្រា ៧៨ (កថាខណ្ឌ ២)៖ រដ្ឋសភាអាចត្រូវរំលាយមុនផុតអាណត្តិ លុះត្រាតែរាជរដ្ឋាភិបាលត្រូវបានទម្លាក់ពីរដងក្នុងរយៈពេល ១២ ខែ។',
  },
  '78.3': {
    en: 'Article 78 (paragraph 3): after a dissolution, the election is held no later than 60 days after it.',
    km: 'មាត្រា ៧៨ (កថាខណ្ឌ ៣)៖ ក្រោយការរំលាយ ការបោះឆ្នោតត្រូវធ្វើយ៉ាងយូរ ៦០ ថ្ងៃក្រោយការរំលាយ។',
  },
  '78.4': TERM_EXTENSION,
  '78.5': TERM_EXTENSION,
  '78.4–5': TERM_EXTENSION,
  '79': {
    en: 'Article 79: a member who serves in the government keeps the seat but may hold no post in the Permanent Standing Committee or a commission.',
    km: 'មាត្រា ៧៩៖ សមាជិករដ្ឋសភាដែលបម្រើការក្នុងរាជរដ្ឋាភិបាល រក្សាអាសនៈរបស់ខ្លួន ប៉ុន្តែមិនអាចកាន់តំណែងណាមួយក្នុងគណៈកម្មាធិការអចិន្ត្រៃយ៍ ឬក្នុងគណៈកម្មការបានទេ។',
  },
  '80.4': {
    en: "Article 80 (paragraph 4): a decision of the Standing Committee on a member's prosecution must be approved by 2/3 of all members.",
    km: 'មាត្រា ៨០ (កថាខណ្ឌ ៤)៖ សេចក្ដីសម្រេចរបស់គណៈកម្មាធិការអចិន្ត្រៃយ៍ស្ដីពីការចោទប្រកាន់សមាជិករដ្ឋសភា ត្រូវអនុម័តដោយសំឡេង ២/៣ នៃសមាជិកទាំងមូល។',
  },
  '80.5': {
    en: 'Article 80 (paragraph 5): suspending the detention or prosecution of a member needs 3/4 of all members.',
    km: 'មាត្រា ៨០ (កថាខណ្ឌ ៥)៖ ការព្យួរការឃុំខ្លួន ឬការចោទប្រកាន់សមាជិករដ្ឋសភា ត្រូវការសំឡេង ៣/៤ នៃសមាជិកទាំងមូល។',
  },
  '82.1': {
    en: 'Article 82 (paragraph 1): the first session of a new Assembly is held no later than 60 days after the election.',
    km: 'មាត្រា ៨២ (កថាខណ្ឌ ១)៖ សម័យប្រជុំដំបូងរបស់រដ្ឋសភាថ្មី ត្រូវធ្វើយ៉ាងយូរ ៦០ ថ្ងៃក្រោយការបោះឆ្នោត។',
  },
  '82.2': {
    en: 'Article 82 (paragraph 2): at the first session the President, the Vice-Presidents and the members of the commissions are elected by 2/3 of all members.',
    km: 'មាត្រា ៨២ (កថាខណ្ឌ ២)៖ នៅសម័យប្រជុំដំបូង ប្រធាន អនុប្រធាន និងសមាជិកគណៈកម្មការនានា ត្រូវបោះឆ្នោតជ្រើសតាំងដោយសំឡេង ២/៣ នៃសមាជិកទាំងមូល។',
  },
  '83.1': SESSIONS,
  '83.2': {
    en: 'Article 83 (paragraph 2): an extraordinary session is called at the request of the King, the Prime Minister or at least 1/3 of the members.',
    km: 'មាត្រា ៨៣ (កថាខណ្ឌ ២)៖ សម័យប្រជុំវិសាមញ្ញត្រូវកោះប្រជុំតាមសំណើរបស់ព្រះមហាក្សត្រ នាយករដ្ឋមន្ត្រី ឬសមាជិកយ៉ាងតិច ១/៣។',
  },
  '83.1–2': SESSIONS,
  '84.2': {
    en: 'Article 84 (paragraph 2): the Permanent Standing Committee is made of the President, the Vice-Presidents and the presidents of the commissions.',
    km: 'មាត្រា ៨៤ (កថាខណ្ឌ ២)៖ គណៈកម្មាធិការអចិន្ត្រៃយ៍មានប្រធាន អនុប្រធាន និងប្រធានគណៈកម្មការនានា។',
  },
  '86.1': {
    en: 'Article 86 (paragraph 1): in a state of emergency the Assembly meets every day.',
    km: 'មាត្រា ៨៦ (កថាខណ្ឌ ១)៖ ក្នុងភាពអាសន្ន រដ្ឋសភាប្រជុំជារៀងរាល់ថ្ងៃ។',
  },
  '86.3': {
    en: 'Article 86 (paragraph 3): the Assembly may not be dissolved during a state of emergency.',
    km: 'មាត្រា ៨៦ (កថាខណ្ឌ ៣)៖ រដ្ឋសភាមិនអាចត្រូវរំលាយក្នុងអំឡុងភាពអាសន្នបានទេ។',
  },
  '88.2': {
    en: 'Article 88 (paragraph 2): sittings are public; a sitting is closed at the request of the President, at least 1/10 of the members, the King or the Prime Minister.',
    km: 'មាត្រា ៨៨ (កថាខណ្ឌ ២)៖ កិច្ចប្រជុំធ្វើជាសាធារណៈ។ កិច្ចប្រជុំត្រូវធ្វើជាបិទទ្វារ តាមសំណើរបស់ប្រធាន សមាជិកយ៉ាងតិច ១/១០ ព្រះមហាក្សត្រ ឬនាយករដ្ឋមន្ត្រី។',
  },
  '88.3': {
    en: 'Article 88 (paragraph 3): a sitting is valid only when 7/10 of all members are present (the quorum).',
    km: 'មាត្រា ៨៨ (កថាខណ្ឌ ៣)៖ កិច្ចប្រជុំមានសុពលភាព លុះត្រាតែមានសមាជិកវត្តមានយ៉ាងតិច ៧/១០ នៃសមាជិកទាំងមូល (កូរ៉ុម)។',
  },
  '89': {
    en: 'Article 89: at the request of at least 1/10 of the members, the Assembly invites a high-ranking official.',
    km: 'មាត្រា ៨៩៖ តាមសំណើរបស់សមាជិកយ៉ាងតិច ១/១០ រដ្ឋសភាអញ្ជើញមន្ត្រីជាន់ខ្ពស់។',
  },
  '90.1': MAJORITY_MATTERS,
  '90.2': MAJORITY_MATTERS,
  '90.3': MAJORITY_MATTERS,
  '90.4': MAJORITY_MATTERS,
  '90.5': MAJORITY_MATTERS,
  '90.6': MAJORITY_MATTERS,
  '90.1–6': MAJORITY_MATTERS,
  '90.7': {
    en: 'Article 90 (paragraph 7): the Assembly votes confidence in the government by 2/3 of all members.',
    km: 'មាត្រា ៩០ (កថាខណ្ឌ ៧)៖ រដ្ឋសភាបោះឆ្នោតទុកចិត្តលើរាជរដ្ឋាភិបាលដោយសំឡេង ២/៣ នៃសមាជិកទាំងមូល។',
  },
  '91': {
    en: 'Article 91: bills are initiated by members or the Prime Minister; an amendment is inadmissible when it aims at reducing public income or increasing the burden on the people.',
    km: 'មាត្រា ៩១៖ សេចក្ដីស្នើច្បាប់ និងសេចក្ដីព្រាងច្បាប់ផ្ដួចផ្ដើមដោយសមាជិករដ្ឋសភា ឬនាយករដ្ឋមន្ត្រី។ វិសោធនកម្មដែលមានគោលបំណងកាត់បន្ថយចំណូលសាធារណៈ ឬបង្កើនបន្ទុកលើប្រជាជន មិនអាចទទួលយកបានទេ។',
  },
  '92': {
    en: 'Article 92: a law may be annulled by the Constitutional Council; Sala records the annulment.',
    km: 'មាត្រា ៩២៖ ច្បាប់មួយអាចត្រូវលុបចោលដោយក្រុមប្រឹក្សាធម្មនុញ្ញ។ សាលាកត់ត្រាការលុបចោលនោះ។',
  },
  '93': {
    en: "Article 93: after the King's signature a law takes effect in Phnom Penh 10 days later and nationwide 20 days later, or immediately when declared urgent; it is published in the Journal Officiel.",
    km: 'មាត្រា ៩៣៖ ក្រោយព្រះមហាក្សត្រឡាយព្រះហស្តលេខា ច្បាប់ចូលជាធរមាននៅរាជធានីភ្នំពេញ ១០ ថ្ងៃក្រោយ និងទូទាំងប្រទេស ២០ ថ្ងៃក្រោយ ឬភ្លាមៗ បើប្រកាសថាជាការប្រញាប់។ ច្បាប់ត្រូវចុះផ្សាយក្នុងរាជកិច្ច។',
  },
  '95': {
    en: 'Article 95: a replacement member may be appointed only when the seat fell vacant at least 6 months before the end of the mandate.',
    km: 'មាត្រា ៩៥៖ សមាជិកជំនួសអាចត្រូវតែងតាំងបាន លុះត្រាតែអាសនៈទំនេរយ៉ាងតិច ៦ ខែមុនផុតអាណត្តិ។',
  },
  '96': {
    en: 'Article 96: a question from a member goes in writing through the President to one or more ministers, or to the Prime Minister on overall policy; the answer is due within 7 days of the day it was received.',
    km: 'មាត្រា ៩៦៖ សំណួររបស់សមាជិករដ្ឋសភាត្រូវដាក់ជាលាយលក្ខណ៍អក្សរតាមរយៈប្រធាន ទៅរដ្ឋមន្ត្រីមួយរូប ឬច្រើនរូប ឬទៅនាយករដ្ឋមន្ត្រី បើទាក់ទងនឹងគោលនយោបាយទូទៅ។ ចម្លើយត្រូវផ្ដល់ក្នុងរយៈពេល ៧ ថ្ងៃគិតពីថ្ងៃទទួលសំណួរ។',
  },
  '96.6': {
    en: 'Article 96 (paragraph 6): one day a week is kept for questions and answers, and no vote may be held on that day.',
    km: 'មាត្រា ៩៦ (កថាខណ្ឌ ៦)៖ មួយថ្ងៃក្នុងមួយសប្ដាហ៍ទុកសម្រាប់សំណួរ និងចម្លើយ ហើយមិនអាចបោះឆ្នោតលើអ្វីមួយនៅថ្ងៃនោះបានទេ។',
  },
  '98': {
    en: 'Article 98: a motion of censure against members of the government or the whole cabinet is proposed by at least 30 members and adopted by 2/3 of all members.',
    km: 'មាត្រា ៩៨៖ ញត្តិបន្ទោសដើម្បីទម្លាក់សមាជិករាជរដ្ឋាភិបាល ឬគណៈរដ្ឋមន្ត្រីទាំងមូល ត្រូវស្នើដោយសមាជិកយ៉ាងតិច ៣០ រូប និងអនុម័តដោយសំឡេង ២/៣ នៃសមាជិកទាំងមូល។',
  },
};

/** The article's citation as people write it: "Art. 90.7", "មាត្រា ៩០.៧" with Khmer numerals when asked. */
export function citation(ref: ArticleRef, lang: 'en' | 'km', digits: 'latn' | 'khmr' = 'latn'): string {
  const number =
    digits === 'khmr' ? ref.replace(/[0-9]/g, (d) => String.fromCharCode(0x17e0 + Number(d))) : ref;
  return lang === 'km' ? `មាត្រា ${number}` : `Art. ${number}`;
}
