// Words of the counts at the top of a queue (queue-counts.pages.tsx) and of its phone view (queue-cards.pages.tsx).
import type { Catalog } from '../../platform/i18n/i18n';

const en = {
  countsLabel: 'Cases that need you',
  fresh: 'new',
  overdue: 'overdue',
  waitingCitizen: 'waiting for the citizen',
  waitingOffice: 'waiting for the office',
  moreFilters: 'More filters: status, topic, place, order',
  codeHint: 'A tracking code finds its case.',
};

const km: typeof en = {
  countsLabel: 'កង្វល់ដែលត្រូវការអ្នក',
  fresh: 'ថ្មី',
  overdue: 'ហួសកំណត់',
  waitingCitizen: 'រង់ចាំពលរដ្ឋ',
  waitingOffice: 'រង់ចាំការិយាល័យ',
  moreFilters: 'តម្រងបន្ថែម៖ ស្ថានភាព ប្រធានបទ ទីកន្លែង លំដាប់',
  codeHint: 'លេខកូដតាមដានរកឃើញកង្វល់របស់វា។',
};

export const queueCountsMessages: Catalog<typeof en> = { km, en };
