// Strings of the commission pages.
import type { Catalog } from '../../platform/i18n/i18n';

const en = {
  title: "The National Assembly's commissions",
  intro:
    'The specialised commissions examine laws and receive the concerns constituency offices forward. This list starts from the commissions reported in 2014; the General Secretariat keeps it up to date.',
  code: 'Code',
  name: 'Name',
  nameEn: 'Name in English',
  nameKm: 'Name in Khmer',
  status: 'Status',
  active: 'Active',
  inactive: 'No longer active',
  source: 'Source',
  noKhmerName: 'Khmer name not yet recorded',
  edit: 'Edit',
  editTitle: (code: string) => `Edit commission ${code}`,
  isActive: 'This commission is active',
  save: 'Save',
  saved: 'Saved.',
  invalid:
    'Both names are required, at most 300 characters each; the Khmer name must be written in Khmer script. Nothing was saved.',
  back: 'All commissions',
};

export type AssemblyMessages = typeof en;

const km: AssemblyMessages = {
  title: 'គណៈកម្មការនានារបស់រដ្ឋសភា',
  intro:
    'គណៈកម្មការជំនាញពិនិត្យច្បាប់ និងទទួលកង្វល់ដែលការិយាល័យមណ្ឌលបញ្ជូនមក។ បញ្ជីនេះចាប់ផ្ដើមពីគណៈកម្មការដែលបានរាយការណ៍ក្នុងឆ្នាំ២០១៤ ហើយអគ្គលេខាធិការដ្ឋានធ្វើបច្ចុប្បន្នភាពវា។',
  code: 'លេខកូដ',
  name: 'ឈ្មោះ',
  nameEn: 'ឈ្មោះជាភាសាអង់គ្លេស',
  nameKm: 'ឈ្មោះជាភាសាខ្មែរ',
  status: 'ស្ថានភាព',
  active: 'សកម្ម',
  inactive: 'លែងសកម្ម',
  source: 'ប្រភព',
  noKhmerName: 'មិនទាន់បានកត់ត្រាឈ្មោះជាភាសាខ្មែរ',
  edit: 'កែសម្រួល',
  editTitle: (code: string) => `កែសម្រួលគណៈកម្មការ ${code}`,
  isActive: 'គណៈកម្មការនេះសកម្ម',
  save: 'រក្សាទុក',
  saved: 'បានរក្សាទុក។',
  invalid: 'ត្រូវការឈ្មោះទាំងពីរ ម្នាក់ៗយ៉ាងច្រើន ៣០០ តួអក្សរ ហើយឈ្មោះជាភាសាខ្មែរត្រូវសរសេរជាអក្សរខ្មែរ។ មិនបានរក្សាទុកអ្វីទេ។',
  back: 'គណៈកម្មការទាំងអស់',
};

export const assemblyMessages: Catalog<AssemblyMessages> = { en, km };
