// Invented names for the demo Assembly's members, written in Khmer and in Latin letters, each marked demo.
// Common Khmer family and given names combined by rote, so no name is meant to be anyone's; family names
// borne by the country's best-known political families are left out.

/** [Khmer, Latin] family names: 21 of them, so that with 25 given names the first 525 pairs all differ. */
const FAMILY: [string, string][] = [
  ['សុខ', 'Sok'],
  ['ចាន់', 'Chan'],
  ['កែវ', 'Keo'],
  ['លឹម', 'Lim'],
  ['មាស', 'Meas'],
  ['ញឹម', 'Nhim'],
  ['អ៊ុក', 'Ouk'],
  ['ប៉ែន', 'Pen'],
  ['ប្រាក់', 'Prak'],
  ['សេង', 'Seng'],
  ['ថាច់', 'Thach'],
  ['ទូច', 'Touch'],
  ['វ៉ាន់', 'Vann'],
  ['យឹម', 'Yim'],
  ['ឈុន', 'Chhun'],
  ['លី', 'Ly'],
  ['ម៉ៅ', 'Mao'],
  ['ពេជ្រ', 'Pich'],
  ['រស់', 'Ros'],
  ['ទេព', 'Tep'],
  ['ឡុង', 'Long'],
];

const GIVEN: [string, string][] = [
  ['ដារ៉ា', 'Dara'],
  ['សុភា', 'Sophea'],
  ['វណ្ណា', 'Vanna'],
  ['ចន្ធូ', 'Chanthou'],
  ['បុប្ផា', 'Bopha'],
  ['រតនា', 'Rathana'],
  ['សុវណ្ណ', 'Sovann'],
  ['ពិសិដ្ឋ', 'Piseth'],
  ['វិចិត្រ', 'Vichet'],
  ['ចាន់ធី', 'Chanthy'],
  ['សុផល', 'Sophal'],
  ['ម៉ាលី', 'Maly'],
  ['បញ្ញា', 'Panha'],
  ['ធារ៉ា', 'Theara'],
  ['សុភ័ក្ត្រ', 'Sopheak'],
  ['រស្មី', 'Reaksmey'],
  ['វាសនា', 'Veasna'],
  ['ណារី', 'Nary'],
  ['សំណាង', 'Samnang'],
  ['ចិន្តា', 'Chenda'],
  ['បូរ៉ា', 'Bora'],
  ['គន្ធា', 'Kunthea'],
  ['ផល្លា', 'Phalla'],
  ['សុធារ៉ា', 'Sotheara'],
  ['មករា', 'Makara'],
];

/** Demo member n (from 1): family name then given name, as Khmer names are written, marked demo. */
export function demoMemberName(n: number): { km: string; en: string } {
  const [familyKm, familyEn] = FAMILY[(n - 1) % FAMILY.length];
  const [givenKm, givenEn] = GIVEN[(n - 1) % GIVEN.length];
  return { km: `${familyKm} ${givenKm} (សាកល្បង)`, en: `${familyEn} ${givenEn} (demo)` };
}

/** The demo parties: invented names, none of them a party that exists or existed. */
export const DEMO_PARTIES = [
  ['DEMO-A', 'គណបក្សដើមត្នោត (សាកល្បង)', 'Sugar Palm Party (demo, fictional)'],
  ['DEMO-B', 'គណបក្សស្ពានថ្មី (សាកល្បង)', 'New Bridge Party (demo, fictional)'],
  ['DEMO-C', 'គណបក្សវាលស្រែ (សាកល្បង)', 'Rice Field Party (demo, fictional)'],
] as const;
