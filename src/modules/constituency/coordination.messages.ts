// Strings of the coordination log with local authorities, in English and Khmer.
import type { Catalog } from '../../platform/i18n/i18n';
import type { AuthorityLevel, CoordinationKind } from './constituency.table';

const en = {
  title: 'Coordination with local authorities',
  intro:
    'Meetings and letters with provincial, district and commune authorities, their decisions and follow-ups.',
  kinds: {
    meeting: 'Meeting',
    letter_sent: 'Letter sent',
    letter_received: 'Letter received',
  } satisfies Record<CoordinationKind, string>,
  levels: { province: 'Province', district: 'District', commune: 'Commune' } satisfies Record<
    AuthorityLevel,
    string
  >,
  record: 'Record a meeting or letter',
  kind: 'Kind',
  heldOn: 'Date',
  level: 'Level',
  authority: 'Authority (who)',
  subject: 'Subject',
  decisions: 'Decisions',
  followupN: (n: string) => `Follow-up ${n} (leave empty if none)`,
  action: 'What must be done',
  dueOn: 'Due',
  save: 'Record',
  entries: 'Log',
  none: 'Nothing recorded yet.',
  overdue: 'Overdue',
  overdueCount: (n: string) => `Overdue follow-ups: ${n}`,
  done: 'Done',
  markDone: 'Mark done',
  saved: 'Saved.',
  errorSummary:
    'Please check the form: every field but the decisions is needed, and each follow-up needs a due date.',
  errors: {
    'not-found': 'No such follow-up.',
    'already-done': 'This follow-up was already done.',
  },
};
export type CoordinationMessages = typeof en;

const km: CoordinationMessages = {
  title: 'ការសម្របសម្រួលជាមួយអាជ្ញាធរមូលដ្ឋាន',
  intro: 'កិច្ចប្រជុំ និងលិខិតជាមួយអាជ្ញាធរខេត្ត ស្រុក/ខណ្ឌ និងឃុំ/សង្កាត់ សេចក្តីសម្រេច និងការតាមដាន។',
  kinds: { meeting: 'កិច្ចប្រជុំ', letter_sent: 'លិខិតបានផ្ញើ', letter_received: 'លិខិតបានទទួល' },
  levels: { province: 'ខេត្ត/រាជធានី', district: 'ស្រុក/ខណ្ឌ', commune: 'ឃុំ/សង្កាត់' },
  record: 'កត់ត្រាកិច្ចប្រជុំ ឬលិខិត',
  kind: 'ប្រភេទ',
  heldOn: 'កាលបរិច្ឆេទ',
  level: 'កម្រិត',
  authority: 'អាជ្ញាធរ (អ្នកណា)',
  subject: 'ប្រធានបទ',
  decisions: 'សេចក្តីសម្រេច',
  followupN: (n: string) => `ការតាមដានទី ${n} (ទុកទទេ ប្រសិនបើគ្មាន)`,
  action: 'អ្វីដែលត្រូវធ្វើ',
  dueOn: 'ថ្ងៃកំណត់',
  save: 'កត់ត្រា',
  entries: 'កំណត់ហេតុ',
  none: 'មិនទាន់មានការកត់ត្រាទេ។',
  overdue: 'ហួសកំណត់',
  overdueCount: (n: string) => `ការតាមដានហួសកំណត់៖ ${n}`,
  done: 'រួចរាល់',
  markDone: 'សម្គាល់ថារួចរាល់',
  saved: 'បានរក្សាទុក។',
  errorSummary: 'សូមពិនិត្យទម្រង់៖ ត្រូវការគ្រប់ចំណុច លើកលែងតែសេចក្តីសម្រេច ហើយការតាមដាននីមួយៗត្រូវការថ្ងៃកំណត់។',
  errors: {
    'not-found': 'គ្មានការតាមដាននេះទេ។',
    'already-done': 'ការតាមដាននេះបានធ្វើរួចហើយ។',
  },
};

export const coordinationMessages: Catalog<CoordinationMessages> = { en, km };
