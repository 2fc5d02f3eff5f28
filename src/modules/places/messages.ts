// Strings of the place pages and API.
import type { Catalog } from '../../platform/i18n/i18n';

const en = {
  navPlaces: 'Places',
  provincesTitle: 'Provinces and the capital',
  provincesIntro:
    'Cambodia has 24 provinces and the capital, Phnom Penh. Each is one constituency of the National Assembly. Choose one to see its districts, communes and villages.',
  searchTitle: 'Search for a place',
  searchLabel: 'Name of a province, district, commune or village',
  searchButton: 'Search',
  searchHint: 'Khmer or Latin letters; part of a name is enough, for example បាត់ដំបង or Battambang.',
  noResults: (q: string) => `No place matches “${q}”.`,
  resultsFor: (n: number, q: string) => `${n} places match “${q}”`,
  moreResults: 'Only the first results are shown; add more of the name to narrow the search.',
  badQuery: 'The search text is not valid text. Type it again.',
  tooLong: 'The search text is too long (at most 100 characters).',
  code: 'Code',
  name: 'Name',
  type: 'Type',
  inPlace: 'In',
  levels: { province: 'Province', district: 'District', commune: 'Commune', village: 'Village' },
  childrenOf: { province: 'Districts', district: 'Communes', commune: 'Villages', village: '' },
  constituencyOffice: 'Constituency office',
  constituencyNote: 'This province is one constituency of the National Assembly.',
  coordinates: 'Location',
  breadcrumb: 'Where this place is',
  allProvinces: 'All provinces',
  notAPlaceCode: 'A place code has 2, 4, 6 or 8 digits, for example 02 or 020101.',
  unknownPlace: (code: string) => `There is no place with the code ${code}.`,
};

export type PlacesMessages = typeof en;

const km: PlacesMessages = {
  navPlaces: 'ទីកន្លែង',
  provincesTitle: 'ខេត្ត និងរាជធានី',
  provincesIntro:
    'កម្ពុជាមាន ២៤ ខេត្ត និងរាជធានីភ្នំពេញ។ នីមួយៗជាមណ្ឌលបោះឆ្នោតមួយរបស់រដ្ឋសភា។ សូមជ្រើសរើសមួយ ដើម្បីមើលស្រុក ឃុំ និងភូមិរបស់វា។',
  searchTitle: 'ស្វែងរកទីកន្លែង',
  searchLabel: 'ឈ្មោះខេត្ត ស្រុក ឃុំ ឬភូមិ',
  searchButton: 'ស្វែងរក',
  searchHint: 'អក្សរខ្មែរ ឬអក្សរឡាតាំង ផ្នែកមួយនៃឈ្មោះក៏គ្រប់គ្រាន់ ឧទាហរណ៍ បាត់ដំបង ឬ Battambang។',
  noResults: (q: string) => `គ្មានទីកន្លែងណាត្រូវនឹង «${q}» ទេ។`,
  resultsFor: (n: number, q: string) => `ទីកន្លែង ${n} ត្រូវនឹង «${q}»`,
  moreResults: 'បង្ហាញតែលទ្ធផលដំបូងប៉ុណ្ណោះ សូមវាយឈ្មោះបន្ថែម ដើម្បីបង្រួមការស្វែងរក។',
  badQuery: 'អត្ថបទស្វែងរកមិនត្រឹមត្រូវទេ។ សូមវាយម្ដងទៀត។',
  tooLong: 'អត្ថបទស្វែងរកវែងពេក (យ៉ាងច្រើន ១០០ តួអក្សរ)។',
  code: 'លេខកូដ',
  name: 'ឈ្មោះ',
  type: 'ប្រភេទ',
  inPlace: 'ក្នុង',
  levels: { province: 'ខេត្ត', district: 'ស្រុក', commune: 'ឃុំ', village: 'ភូមិ' },
  childrenOf: { province: 'ស្រុក/ខណ្ឌ', district: 'ឃុំ/សង្កាត់', commune: 'ភូមិ', village: '' },
  constituencyOffice: 'ការិយាល័យមណ្ឌល',
  constituencyNote: 'ខេត្តនេះជាមណ្ឌលបោះឆ្នោតមួយរបស់រដ្ឋសភា។',
  coordinates: 'ទីតាំង',
  breadcrumb: 'ទីតាំងនៃកន្លែងនេះ',
  allProvinces: 'ខេត្តទាំងអស់',
  notAPlaceCode: 'លេខកូដទីកន្លែងមាន ២ ៤ ៦ ឬ ៨ ខ្ទង់ ឧទាហរណ៍ ០២ ឬ ០២០១០១។',
  unknownPlace: (code: string) => `គ្មានទីកន្លែងដែលមានលេខកូដ ${code} ទេ។`,
};

export const placesMessages: Catalog<PlacesMessages> = { en, km };
