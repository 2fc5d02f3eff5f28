// Texts of the ombudsman's page on what a complaint is about (its service and commune), Khmer and English.
import type { Catalog } from '../../platform/i18n/i18n';

export interface ComplaintAboutTexts {
  title: (code: string) => string;
  intro: string;
  kind: string;
  service: string;
  office: string;
  commune: string;
  districtOffice: string;
  communeSet: string;
  save: string;
  saved: string;
  backToCase: string;
  errorTitle: string;
  errors: Record<
    'required' | 'invalid' | 'unknown-service' | 'unknown-commune' | 'commune-already-set',
    string
  >;
}

export const complaintAboutMessages: Catalog<ComplaintAboutTexts> = {
  en: {
    title: (code) => `What complaint ${code} is about`,
    intro:
      'A complaint by SMS comes without its service, and a citizen may not know which one it was: set or correct the service, and the commune when the complaint names only the district. The monthly report counts the complaint under what you set here.',
    kind: 'What happened',
    service: 'Service',
    office: 'Office complained about',
    commune: 'Which commune’s office?',
    districtOffice: 'The district’s own office',
    communeSet: 'The commune was given with the complaint and stays as it is.',
    save: 'Save',
    saved: 'Saved: the service and the office are recorded.',
    backToCase: 'Back to the case',
    errorTitle: 'Nothing was changed. Please check:',
    errors: {
      required: 'Choose the service.',
      invalid: 'Choose from the list.',
      'unknown-service': 'Choose a service of the list (or “another service”).',
      'unknown-commune': 'Choose a commune of this district from the list.',
      'commune-already-set': 'The complaint already names its commune; it is not changed here.',
    },
  },
  km: {
    title: (code) => `បណ្តឹង ${code} ទាក់ទងនឹងអ្វី`,
    intro:
      'បណ្តឹងតាម SMS មកដោយគ្មានសេវា ហើយពលរដ្ឋប្រហែលមិនដឹងថាជាសេវាណា៖ សូមកំណត់ ឬកែសេវា និងឃុំ/សង្កាត់ នៅពេលបណ្តឹងបញ្ជាក់តែស្រុក/ខណ្ឌ។ របាយការណ៍ប្រចាំខែរាប់បណ្តឹងតាមអ្វីដែលអ្នកកំណត់នៅទីនេះ។',
    kind: 'អ្វីដែលបានកើតឡើង',
    service: 'សេវា',
    office: 'ការិយាល័យដែលត្រូវបានប្តឹង',
    commune: 'ការិយាល័យឃុំ/សង្កាត់ណា?',
    districtOffice: 'រដ្ឋបាលស្រុក/ខណ្ឌផ្ទាល់',
    communeSet: 'ឃុំ/សង្កាត់ត្រូវបានផ្តល់មកជាមួយបណ្តឹង ហើយមិនផ្លាស់ប្តូរទេ។',
    save: 'រក្សាទុក',
    saved: 'បានរក្សាទុក៖ សេវា និងការិយាល័យត្រូវបានកត់ត្រា។',
    backToCase: 'ត្រឡប់ទៅករណី',
    errorTitle: 'គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមពិនិត្យ៖',
    errors: {
      required: 'សូមជ្រើសសេវា។',
      invalid: 'សូមជ្រើសពីបញ្ជី។',
      'unknown-service': 'សូមជ្រើសសេវាពីបញ្ជី (ឬ «សេវាផ្សេងទៀត»)។',
      'unknown-commune': 'សូមជ្រើសឃុំ/សង្កាត់នៃស្រុក/ខណ្ឌនេះពីបញ្ជី។',
      'commune-already-set': 'បណ្តឹងបានបញ្ជាក់ឃុំ/សង្កាត់រួចហើយ មិនផ្លាស់ប្តូរនៅទីនេះទេ។',
    },
  },
};
