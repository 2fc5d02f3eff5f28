// Strings of the audit trail page.
import type { Catalog } from '../i18n/i18n';

const en = {
  title: 'Audit trail',
  intro:
    'Every change of data is recorded here, in the same transaction as the change. Each row carries the hash of the one before it, so a row edited or deleted by hand breaks the chain.',
  when: 'When',
  who: 'Who',
  action: 'Action',
  entity: 'Record',
  summary: 'Change',
  older: 'Older entries',
  newest: 'Newest entries',
  verify: 'Check the whole chain',
  chainOk: (n: number) => `The chain is whole: ${n} rows checked.`,
  chainBroken: (id: number) =>
    `The chain is broken at row ${id}: it or a row before it was changed or deleted.`,
  empty: 'No entries.',
  /** Who acted when no account did: the labels the commands record (SYSTEM_ACTOR, a citizen, the demo seed). */
  actors: { system: 'System', citizen: 'Citizen', 'demo-data': 'Demo data' },
};

export type AuditMessages = typeof en;

const km: AuditMessages = {
  title: 'កំណត់ត្រាសវនកម្ម',
  intro:
    'រាល់ការផ្លាស់ប្ដូរទិន្នន័យត្រូវបានកត់ត្រានៅទីនេះ ក្នុងប្រតិបត្តិការតែមួយជាមួយការផ្លាស់ប្ដូរ។ ជួរនីមួយៗមានលេខហាសនៃជួរមុន ដូច្នេះជួរដែលគេកែ ឬលុបដោយដៃ នឹងធ្វើឱ្យខ្សែសង្វាក់ដាច់។',
  when: 'ពេលវេលា',
  who: 'អ្នកធ្វើ',
  action: 'សកម្មភាព',
  entity: 'កំណត់ត្រា',
  summary: 'ការផ្លាស់ប្ដូរ',
  older: 'ធាតុចាស់ជាងនេះ',
  newest: 'ធាតុថ្មីបំផុត',
  verify: 'ពិនិត្យខ្សែសង្វាក់ទាំងមូល',
  chainOk: (n: number) => `ខ្សែសង្វាក់នៅល្អ៖ បានពិនិត្យ ${n} ជួរ។`,
  chainBroken: (id: number) => `ខ្សែសង្វាក់ដាច់នៅជួរ ${id}៖ ជួរនេះ ឬជួរមុនវាត្រូវបានកែ ឬលុប។`,
  empty: 'គ្មានធាតុ។',
  actors: { system: 'ប្រព័ន្ធ', citizen: 'ពលរដ្ឋ', 'demo-data': 'ទិន្នន័យសាកល្បង' },
};

export const auditMessages: Catalog<AuditMessages> = { en, km };
