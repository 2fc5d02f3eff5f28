// Strings of the "rules explained" page and of the procedure API's errors, in Khmer and English.
import { HOW_TO_WRITE_A_DAY } from '../../../platform/i18n/date-input';
import type { Catalog } from '../../../platform/i18n/i18n';
import type { ProblemCode } from './problems.rules';
import type { Matter } from './thresholds.rules';
import type { ReasonCode } from './votes.rules';

const en = {
  title: "The Assembly's rules, explained",
  intro:
    "Chapter VII of Cambodia's Constitution (Articles 76 to 98) sets how the National Assembly meets, votes, questions the government and makes law. Each rule below is explained in plain words, with its article and a calculator. The summaries are Sala's short reading, not the text of the Constitution.",
  contents: 'On this page',
  article: 'Article',
  result: 'Result',
  calculate: 'Calculate',
  fixErrors: 'Please correct the field marked below.',

  // Field labels (the same names as the JSON API's fields).
  members: 'Number of seats in the Assembly',
  membersHint: 'All members, present or not (125 now).',
  present: 'Members present',
  votesYes: 'Votes for (or members backing a request)',
  votesNo: 'Votes against',
  abstain: 'Abstentions',
  questionDay: 'The vote is on the question day',
  matter: 'Matter',
  signedOn: "Date of the King's signature",
  urgent: 'The law is declared urgent',
  receivedOn: 'Date the question was received',
  electionDay: 'Election day',
  dissolvedOn: 'Date of the dissolution',
  birthDate: 'Date of birth',
  khmerNationalityAtBirth: 'Khmer nationality from birth',
  vacatedOn: 'Date the seat fell vacant',
  mandateEndsOn: 'Date the mandate ends',

  // Majorities.
  majoritiesTitle: 'Majorities and thresholds',
  majoritiesBody:
    'Majorities are counted on all members of the Assembly, not on those present. "At least a fraction" means the smallest whole number of members not below it; "more than half" means the smallest whole number above half.',
  thresholdsCaption: (members: string) => `Members needed in an Assembly of ${members} seats`,
  needs: 'Needs',
  membersNeeded: 'Members needed',
  quorumRow: 'Quorum of a sitting',
  moreThanHalf: 'more than half of all members',
  atLeastFraction: (fraction: string) => `at least ${fraction} of all members`,
  atLeastMembers: (count: string) => `at least ${count} members`,

  // Votes.
  voteTitle: 'Is the sitting valid, and did the vote pass?',
  voteBody:
    'A sitting is valid only when 7/10 of all members are present (the quorum). No vote may be held on the day kept for questions. For a request (an extraordinary session, a closed sitting, inviting an official, proposing a motion of censure), count the members who back it as votes for; the quorum and the question day do not apply to it.',
  outcomes: { adopted: 'Adopted', rejected: 'Not adopted', invalid: 'Invalid' },
  requestOutcomes: {
    adopted: 'Enough members back the request',
    rejected: 'Not enough members back the request',
  },
  reasons: {
    question_day: 'No vote may be held on the day kept for questions and answers.',
    no_quorum: (present: string, required: string) =>
      `Only ${present} members are present; a sitting needs ${required} (7/10 of all members).`,
    majority_reached: (yes: string, required: string) => `${yes} votes for; the matter needs ${required}.`,
    majority_not_reached: (yes: string, required: string) =>
      `${yes} votes for; the matter needs ${required} of all members.`,
    request_backed: (yes: string, required: string) => `${yes} members back it; it needs ${required}.`,
    request_not_backed: (yes: string, required: string) => `${yes} members back it; it needs ${required}.`,
  } satisfies Record<ReasonCode, unknown>,
  quorumLine: (present: string, required: string, met: boolean) =>
    `Quorum: ${present} present of ${required} needed — ${met ? 'reached' : 'not reached'}.`,
  belowMinimum:
    'The Constitution says the Assembly has at least 120 members; this calculation uses a smaller number.',

  // Laws.
  lawTitle: 'When does a law take effect?',
  lawBody:
    "After the King's signature a law takes effect in Phnom Penh 10 days later and in the whole country 20 days later. A law declared urgent takes effect at once everywhere, which Sala records as the signature date. Days are calendar days.",
  phnomPenh: 'In Phnom Penh',
  nationwide: 'In the whole country',

  // Questions.
  questionTitle: "When is the government's answer due?",
  questionBody:
    "A member's question goes in writing through the President to one or more ministers, or to the Prime Minister when it concerns overall policy. The answer, written or oral, is due within 7 days of the day the question was received.",
  dueOn: 'Answer due by',

  // First session and election after a dissolution.
  firstSessionTitle: "When must a new Assembly's first session be held?",
  firstSessionBody: 'The first session is held no later than 60 days after the election.',
  firstSessionLatest: 'First session no later than',
  dissolutionTitle: 'When must the election follow a dissolution?',
  dissolutionBody:
    'The Assembly may be dissolved before its term only when the government was deposed twice within 12 months, and never during a state of emergency. After a dissolution the election is held no later than 60 days after it.',
  electionLatest: 'Election no later than',

  // Members.
  eligibilityTitle: 'Who may be elected?',
  eligibilityBody:
    'A member must have Khmer nationality from birth and be at least 25 years old on election day. Someone born on 29 February turns 25 on 1 March in a year without a 29 February.',
  eligible: 'May be elected',
  notEligible: 'May not be elected',
  refusals: {
    no_khmer_nationality_at_birth: 'No Khmer nationality from birth.',
    under_minimum_age: 'Younger than 25 on election day.',
  },
  replacementTitle: 'May a replacement member be appointed?',
  replacementBody:
    'A replacement member may be appointed only when the seat fell vacant at least 6 months before the end of the mandate. Sala counts calendar months: the same day six months earlier, or the last day of that month when it has no such day.',
  replacementAllowed: 'A replacement may be appointed',
  replacementRefused: 'No replacement may be appointed',
  latestVacancy: 'Latest vacancy that allows one',

  // Rules without a calculator.
  otherTitle: 'Other rules Sala applies',
  otherRules: [
    {
      ref: '78.1',
      text: 'A legislature lasts five years and ends on the day the new Assembly convenes.',
    },
    {
      ref: '79',
      text: 'A member who serves in the government keeps the seat but may hold no post in the Permanent Standing Committee or a commission.',
    },
    {
      ref: '84.2',
      text: 'The Permanent Standing Committee is the President, the Vice-Presidents and the presidents of the commissions; Sala derives it from those posts.',
    },
    {
      ref: '83.1–2',
      text: 'The Assembly holds two ordinary sessions a year, each at least 3 months long; the calendar warns when a year has fewer or a session is shorter.',
    },
    { ref: '86.1', text: 'In a state of emergency the Assembly meets every day.' },
    {
      ref: '88.2',
      text: 'Sittings are public; a sitting is closed at the request of the President, at least 1/10 of the members, the King or the Prime Minister.',
    },
    {
      ref: '91',
      text: 'Bills come from members or the Prime Minister; an amendment that aims at reducing public income or increasing the burden on the people is inadmissible.',
    },
  ] as { ref: '78.1' | '79' | '84.2' | '83.1–2' | '86.1' | '88.2' | '91'; text: string }[],

  matters: {
    law: 'A law',
    administrative_accounts: 'Administrative accounts',
    amnesty: 'An amnesty',
    treaty: 'A treaty or convention',
    declaration_of_war: 'A declaration of war',
    confidence: 'Confidence in the government',
    assembly_officers: 'Electing the President, Vice-Presidents and commission members',
    censure_motion_proposal: 'Proposing a motion of censure',
    censure_motion: 'Adopting a motion of censure',
    term_extension: 'Extending the term (war or special circumstances)',
    prosecution_approval: "Approving the Standing Committee's decision on a member's prosecution",
    suspend_prosecution: "Suspending a member's detention or prosecution",
    extraordinary_session_request: 'Requesting an extraordinary session',
    closed_sitting_request: 'Requesting a closed sitting',
    invite_official_request: 'Requesting to invite a high-ranking official',
  } satisfies Record<Matter, string>,

  problems: {
    not_whole_number: 'Enter a whole number, such as 125.',
    negative: 'The number cannot be below zero.',
    too_large: 'The number is too large for an assembly.',
    no_members: 'The Assembly needs at least one member.',
    more_present_than_members: 'More members present than the Assembly has seats.',
    more_votes_than_present: 'Votes for, against and abstentions add up to more than the members present.',
    more_supporters_than_members: 'More members back the request than the Assembly has.',
    unknown_matter: 'Choose one of the matters listed.',
    not_a_date: `Enter a real date, ${HOW_TO_WRITE_A_DAY.en}.`,
    date_out_of_range: 'Enter a date between 1900 and 9998.',
  } satisfies Record<ProblemCode, string>,
  missing: 'Fill in this field.',
};

export type RulesMessages = typeof en;

const km: RulesMessages = {
  title: 'ពន្យល់វិធានរបស់រដ្ឋសភា',
  intro:
    'ជំពូកទី៧ នៃរដ្ឋធម្មនុញ្ញកម្ពុជា (មាត្រា ៧៦ ដល់ ៩៨) កំណត់របៀបដែលរដ្ឋសភាប្រជុំ បោះឆ្នោត សួរសំណួររាជរដ្ឋាភិបាល និងអនុម័តច្បាប់។ វិធាននីមួយៗខាងក្រោមត្រូវបានពន្យល់ជាពាក្យងាយៗ ព្រមទាំងមាត្រា និងម៉ាស៊ីនគណនា។ សេចក្ដីសង្ខេបទាំងនេះជាការអានខ្លីៗរបស់សាលា មិនមែនជាអត្ថបទរដ្ឋធម្មនុញ្ញទេ។',
  contents: 'នៅលើទំព័រនេះ',
  article: 'មាត្រា',
  result: 'លទ្ធផល',
  calculate: 'គណនា',
  fixErrors: 'សូមកែប្រអប់ដែលបានសម្គាល់ខាងក្រោម។',

  members: 'ចំនួនអាសនៈក្នុងរដ្ឋសភា',
  membersHint: 'សមាជិកទាំងអស់ ទោះមានវត្តមានឬអត់ (បច្ចុប្បន្ន ១២៥)។',
  present: 'សមាជិកមានវត្តមាន',
  votesYes: 'សំឡេងគាំទ្រ (ឬសមាជិកដែលគាំទ្រសំណើ)',
  votesNo: 'សំឡេងប្រឆាំង',
  abstain: 'សំឡេងអនេប្បញ្ញត្តិ',
  questionDay: 'ការបោះឆ្នោតធ្វើនៅថ្ងៃសំណួរ',
  matter: 'បញ្ហា',
  signedOn: 'ថ្ងៃដែលព្រះមហាក្សត្រឡាយព្រះហស្តលេខា',
  urgent: 'ច្បាប់ត្រូវបានប្រកាសថាជាការប្រញាប់',
  receivedOn: 'ថ្ងៃទទួលសំណួរ',
  electionDay: 'ថ្ងៃបោះឆ្នោត',
  dissolvedOn: 'ថ្ងៃរំលាយ',
  birthDate: 'ថ្ងៃខែឆ្នាំកំណើត',
  khmerNationalityAtBirth: 'មានសញ្ជាតិខ្មែរតាំងពីកំណើត',
  vacatedOn: 'ថ្ងៃដែលអាសនៈទំនេរ',
  mandateEndsOn: 'ថ្ងៃផុតអាណត្តិ',

  majoritiesTitle: 'សំឡេងភាគច្រើន និងកម្រិតអប្បបរមា',
  majoritiesBody:
    'សំឡេងភាគច្រើនគិតលើសមាជិករដ្ឋសភាទាំងមូល មិនមែនលើតែសមាជិកមានវត្តមានទេ។ «យ៉ាងតិចមួយភាគ» មានន័យថា ចំនួនសមាជិកគត់តូចបំផុតដែលមិនតិចជាងភាគនោះ។ «លើសពីពាក់កណ្ដាល» មានន័យថា ចំនួនគត់តូចបំផុតដែលលើសពីពាក់កណ្ដាល។',
  thresholdsCaption: (members: string) => `ចំនួនសមាជិកដែលត្រូវការ ក្នុងរដ្ឋសភាមាន ${members} អាសនៈ`,
  needs: 'ត្រូវការ',
  membersNeeded: 'សមាជិកដែលត្រូវការ',
  quorumRow: 'កូរ៉ុមនៃកិច្ចប្រជុំ',
  moreThanHalf: 'លើសពីពាក់កណ្ដាលនៃសមាជិកទាំងមូល',
  atLeastFraction: (fraction: string) => `យ៉ាងតិច ${fraction} នៃសមាជិកទាំងមូល`,
  atLeastMembers: (count: string) => `សមាជិកយ៉ាងតិច ${count} រូប`,

  voteTitle: 'តើកិច្ចប្រជុំមានសុពលភាព ហើយការបោះឆ្នោតបានអនុម័តឬទេ?',
  voteBody:
    'កិច្ចប្រជុំមានសុពលភាព លុះត្រាតែមានសមាជិកវត្តមាន ៧/១០ នៃសមាជិកទាំងមូល (កូរ៉ុម)។ មិនអាចបោះឆ្នោតនៅថ្ងៃដែលទុកសម្រាប់សំណួរបានទេ។ ចំពោះសំណើ (សម័យប្រជុំវិសាមញ្ញ កិច្ចប្រជុំបិទទ្វារ ការអញ្ជើញមន្ត្រី ការស្នើញត្តិបន្ទោស) សូមរាប់សមាជិកដែលគាំទ្រសំណើជាសំឡេងគាំទ្រ។ កូរ៉ុម និងថ្ងៃសំណួរ មិនអនុវត្តចំពោះសំណើទេ។',
  outcomes: { adopted: 'បានអនុម័ត', rejected: 'មិនបានអនុម័ត', invalid: 'គ្មានសុពលភាព' },
  requestOutcomes: { adopted: 'មានសមាជិកគាំទ្រសំណើគ្រប់ចំនួន', rejected: 'សមាជិកគាំទ្រសំណើមិនគ្រប់ចំនួន' },
  reasons: {
    question_day: 'មិនអាចបោះឆ្នោតនៅថ្ងៃដែលទុកសម្រាប់សំណួរ និងចម្លើយបានទេ។',
    no_quorum: (present: string, required: string) =>
      `មានសមាជិកវត្តមានតែ ${present} រូប។ កិច្ចប្រជុំត្រូវការ ${required} រូប (៧/១០ នៃសមាជិកទាំងមូល)។`,
    majority_reached: (yes: string, required: string) => `សំឡេងគាំទ្រ ${yes}។ បញ្ហានេះត្រូវការ ${required}។`,
    majority_not_reached: (yes: string, required: string) =>
      `សំឡេងគាំទ្រ ${yes}។ បញ្ហានេះត្រូវការ ${required} នៃសមាជិកទាំងមូល។`,
    request_backed: (yes: string, required: string) => `សមាជិក ${yes} រូបគាំទ្រ។ ត្រូវការ ${required} រូប។`,
    request_not_backed: (yes: string, required: string) => `សមាជិក ${yes} រូបគាំទ្រ។ ត្រូវការ ${required} រូប។`,
  },
  quorumLine: (present: string, required: string, met: boolean) =>
    `កូរ៉ុម៖ មានវត្តមាន ${present} លើ ${required} ដែលត្រូវការ — ${met ? 'គ្រប់' : 'មិនគ្រប់'}។`,
  belowMinimum: 'រដ្ឋធម្មនុញ្ញចែងថា រដ្ឋសភាមានសមាជិកយ៉ាងតិច ១២០ រូប។ ការគណនានេះប្រើចំនួនតិចជាងនោះ។',

  lawTitle: 'តើច្បាប់ចូលជាធរមាននៅពេលណា?',
  lawBody:
    'ក្រោយព្រះមហាក្សត្រឡាយព្រះហស្តលេខា ច្បាប់ចូលជាធរមាននៅរាជធានីភ្នំពេញ ១០ ថ្ងៃក្រោយ និងទូទាំងប្រទេស ២០ ថ្ងៃក្រោយ។ ច្បាប់ដែលប្រកាសថាជាការប្រញាប់ ចូលជាធរមានភ្លាមៗគ្រប់ទីកន្លែង ហើយសាលាកត់ត្រាថ្ងៃឡាយព្រះហស្តលេខាជាថ្ងៃចូលជាធរមាន។ ថ្ងៃទាំងនេះជាថ្ងៃប្រតិទិន។',
  phnomPenh: 'នៅរាជធានីភ្នំពេញ',
  nationwide: 'ទូទាំងប្រទេស',

  questionTitle: 'តើចម្លើយរបស់រាជរដ្ឋាភិបាលត្រូវផ្ដល់នៅពេលណា?',
  questionBody:
    'សំណួររបស់សមាជិករដ្ឋសភាត្រូវដាក់ជាលាយលក្ខណ៍អក្សរ តាមរយៈប្រធាន ទៅរដ្ឋមន្ត្រីមួយរូប ឬច្រើនរូប ឬទៅនាយករដ្ឋមន្ត្រី បើទាក់ទងនឹងគោលនយោបាយទូទៅ។ ចម្លើយ ជាលាយលក្ខណ៍អក្សរ ឬផ្ទាល់មាត់ ត្រូវផ្ដល់ក្នុងរយៈពេល ៧ ថ្ងៃ គិតពីថ្ងៃទទួលសំណួរ។',
  dueOn: 'ត្រូវឆ្លើយយ៉ាងយូរត្រឹម',

  firstSessionTitle: 'តើសម័យប្រជុំដំបូងរបស់រដ្ឋសភាថ្មីត្រូវធ្វើនៅពេលណា?',
  firstSessionBody: 'សម័យប្រជុំដំបូងត្រូវធ្វើយ៉ាងយូរ ៦០ ថ្ងៃក្រោយការបោះឆ្នោត។',
  firstSessionLatest: 'សម័យប្រជុំដំបូងយ៉ាងយូរត្រឹម',
  dissolutionTitle: 'តើការបោះឆ្នោតត្រូវធ្វើនៅពេលណាក្រោយការរំលាយរដ្ឋសភា?',
  dissolutionBody:
    'រដ្ឋសភាអាចត្រូវរំលាយមុនផុតអាណត្តិ លុះត្រាតែរាជរដ្ឋាភិបាលត្រូវបានទម្លាក់ពីរដងក្នុងរយៈពេល ១២ ខែ ហើយមិនអាចរំលាយក្នុងភាពអាសន្នបានទេ។ ក្រោយការរំលាយ ការបោះឆ្នោតត្រូវធ្វើយ៉ាងយូរ ៦០ ថ្ងៃក្រោយ។',
  electionLatest: 'ការបោះឆ្នោតយ៉ាងយូរត្រឹម',

  eligibilityTitle: 'តើអ្នកណាអាចជាប់ឆ្នោតបាន?',
  eligibilityBody:
    'សមាជិករដ្ឋសភាត្រូវមានសញ្ជាតិខ្មែរតាំងពីកំណើត និងមានអាយុយ៉ាងតិច ២៥ ឆ្នាំនៅថ្ងៃបោះឆ្នោត។ អ្នកកើតនៅថ្ងៃទី២៩ កុម្ភៈ មានអាយុ ២៥ ឆ្នាំនៅថ្ងៃទី១ មីនា ក្នុងឆ្នាំដែលគ្មានថ្ងៃទី២៩ កុម្ភៈ។',
  eligible: 'អាចជាប់ឆ្នោតបាន',
  notEligible: 'មិនអាចជាប់ឆ្នោតបានទេ',
  refusals: {
    no_khmer_nationality_at_birth: 'មិនមានសញ្ជាតិខ្មែរតាំងពីកំណើត។',
    under_minimum_age: 'អាយុមិនទាន់ដល់ ២៥ ឆ្នាំនៅថ្ងៃបោះឆ្នោត។',
  },
  replacementTitle: 'តើអាចតែងតាំងសមាជិកជំនួសបានឬទេ?',
  replacementBody:
    'សមាជិកជំនួសអាចត្រូវតែងតាំងបាន លុះត្រាតែអាសនៈទំនេរយ៉ាងតិច ៦ ខែមុនផុតអាណត្តិ។ សាលារាប់ជាខែប្រតិទិន៖ ថ្ងៃដដែលប្រាំមួយខែមុន ឬថ្ងៃចុងក្រោយនៃខែនោះ បើខែនោះគ្មានថ្ងៃនោះ។',
  replacementAllowed: 'អាចតែងតាំងសមាជិកជំនួសបាន',
  replacementRefused: 'មិនអាចតែងតាំងសមាជិកជំនួសបានទេ',
  latestVacancy: 'ថ្ងៃទំនេរចុងក្រោយបង្អស់ដែលនៅតែអាចជំនួសបាន',

  otherTitle: 'វិធានផ្សេងទៀតដែលសាលាអនុវត្ត',
  otherRules: [
    { ref: '78.1', text: 'នីតិកាលមួយមានរយៈពេលប្រាំឆ្នាំ ហើយផុតនៅថ្ងៃដែលរដ្ឋសភាថ្មីចូលកាន់តំណែង។' },
    {
      ref: '79',
      text: 'សមាជិករដ្ឋសភាដែលបម្រើការក្នុងរាជរដ្ឋាភិបាល រក្សាអាសនៈរបស់ខ្លួន ប៉ុន្តែមិនអាចកាន់តំណែងក្នុងគណៈកម្មាធិការអចិន្ត្រៃយ៍ ឬគណៈកម្មការបានទេ។',
    },
    {
      ref: '84.2',
      text: 'គណៈកម្មាធិការអចិន្ត្រៃយ៍មានប្រធាន អនុប្រធាន និងប្រធានគណៈកម្មការនានា។ សាលាកំណត់សមាសភាពនេះពីតំណែងទាំងនោះ។',
    },
    {
      ref: '83.1–2',
      text: 'រដ្ឋសភាបើកសម័យប្រជុំសាមញ្ញពីរដងក្នុងមួយឆ្នាំ សម័យនីមួយៗយ៉ាងតិច ៣ ខែ។ ប្រតិទិនព្រមានពេលឆ្នាំណាមានតិចជាងនេះ ឬសម័យណាខ្លីជាងនេះ។',
    },
    { ref: '86.1', text: 'ក្នុងភាពអាសន្ន រដ្ឋសភាប្រជុំជារៀងរាល់ថ្ងៃ។' },
    {
      ref: '88.2',
      text: 'កិច្ចប្រជុំធ្វើជាសាធារណៈ។ កិច្ចប្រជុំត្រូវធ្វើជាបិទទ្វារ តាមសំណើរបស់ប្រធាន សមាជិកយ៉ាងតិច ១/១០ ព្រះមហាក្សត្រ ឬនាយករដ្ឋមន្ត្រី។',
    },
    {
      ref: '91',
      text: 'សេចក្ដីស្នើច្បាប់មកពីសមាជិករដ្ឋសភា ឬនាយករដ្ឋមន្ត្រី។ វិសោធនកម្មដែលមានគោលបំណងកាត់បន្ថយចំណូលសាធារណៈ ឬបង្កើនបន្ទុកលើប្រជាជន មិនអាចទទួលយកបានទេ។',
    },
  ],

  matters: {
    law: 'ច្បាប់',
    administrative_accounts: 'គណនីរដ្ឋបាល',
    amnesty: 'ការលើកលែងទោស',
    treaty: 'សន្ធិសញ្ញា ឬអនុសញ្ញា',
    declaration_of_war: 'ការប្រកាសសង្គ្រាម',
    confidence: 'ការទុកចិត្តលើរាជរដ្ឋាភិបាល',
    assembly_officers: 'ការបោះឆ្នោតជ្រើសតាំងប្រធាន អនុប្រធាន និងសមាជិកគណៈកម្មការ',
    censure_motion_proposal: 'ការស្នើញត្តិបន្ទោស',
    censure_motion: 'ការអនុម័តញត្តិបន្ទោស',
    term_extension: 'ការពន្យារអាណត្តិ (សង្គ្រាម ឬកាលៈទេសៈពិសេស)',
    prosecution_approval: 'ការអនុម័តសេចក្ដីសម្រេចរបស់គណៈកម្មាធិការអចិន្ត្រៃយ៍ស្ដីពីការចោទប្រកាន់សមាជិក',
    suspend_prosecution: 'ការព្យួរការឃុំខ្លួន ឬការចោទប្រកាន់សមាជិក',
    extraordinary_session_request: 'សំណើបើកសម័យប្រជុំវិសាមញ្ញ',
    closed_sitting_request: 'សំណើធ្វើកិច្ចប្រជុំបិទទ្វារ',
    invite_official_request: 'សំណើអញ្ជើញមន្ត្រីជាន់ខ្ពស់',
  },

  problems: {
    not_whole_number: 'សូមបញ្ចូលចំនួនគត់ ឧទាហរណ៍ ១២៥។',
    negative: 'ចំនួនមិនអាចតិចជាងសូន្យបានទេ។',
    too_large: 'ចំនួននេះធំពេកសម្រាប់រដ្ឋសភា។',
    no_members: 'រដ្ឋសភាត្រូវមានសមាជិកយ៉ាងតិចមួយរូប។',
    more_present_than_members: 'សមាជិកមានវត្តមានច្រើនជាងចំនួនអាសនៈក្នុងរដ្ឋសភា។',
    more_votes_than_present: 'សំឡេងគាំទ្រ ប្រឆាំង និងអនេប្បញ្ញត្តិ បូកបញ្ចូលគ្នាច្រើនជាងចំនួនសមាជិកមានវត្តមាន។',
    more_supporters_than_members: 'សមាជិកគាំទ្រសំណើច្រើនជាងចំនួនសមាជិករដ្ឋសភា។',
    unknown_matter: 'សូមជ្រើសរើសបញ្ហាមួយក្នុងបញ្ជី។',
    not_a_date: `សូមបញ្ចូលកាលបរិច្ឆេទពិតប្រាកដ ជា ${HOW_TO_WRITE_A_DAY.km}។`,
    date_out_of_range: 'សូមបញ្ចូលកាលបរិច្ឆេទចន្លោះឆ្នាំ ១៩០០ និង ៩៩៩៨។',
  },
  missing: 'សូមបំពេញប្រអប់នេះ។',
};

export const rulesMessages: Catalog<RulesMessages> = { en, km };
