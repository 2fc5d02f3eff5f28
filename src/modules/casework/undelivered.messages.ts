// Texts of the staff list of messages that did not reach the citizen, in Khmer and English.
import type { Catalog } from '../../platform/i18n/i18n';
import type { RetryError } from './undelivered.commands';

const en = {
  title: 'Messages not delivered',
  intro:
    'Messages to citizens of your office that failed, or that the phone network reported as not delivered. Send one again, on the same way or another the citizen gave. A message is sent again only once, whoever presses the button.',
  empty: 'Every message reached the citizen, or is still on its way.',
  caption: 'Messages not delivered, newest first',
  created: 'Written',
  concern: 'Concern',
  message: 'Message',
  to: 'Sent to',
  reason: 'Why',
  action: 'Send again',
  failed: (attempts: number, error: string | null) =>
    `Could not be sent after ${attempts} attempt(s)${error ? `: ${error}` : '.'}`,
  undelivered: (parts: number[]) =>
    `Sent, but the phone network reported it not delivered (part ${parts.join(', ')}).`,
  channelLabel: 'Send by',
  retry: 'Send again',
  notRetryable: 'A one-time code expires: the citizen asks for a new one on the tracking page.',
  noChannel: 'The citizen gave no other way to reach them.',
  retried: 'The message will be sent again within a minute.',
  templates: {
    acknowledgement: 'Concern received',
    forwarded: 'Concern forwarded',
    answered: 'Answer ready',
    information_requested: 'Information requested',
    one_time_code: 'One-time code',
  } as Record<string, string>,
  channels: { sms: 'SMS', email: 'E-mail', telegram: 'Telegram' } as Record<string, string>,
  errors: {
    'not-found': 'There is no such message of your office.',
    'not-retryable': 'This message cannot be sent again.',
    delivered: 'This message was delivered: there is nothing to send again.',
    'already-retried': 'This message was already sent again.',
    'channel-not-given': 'The citizen gave no address for that way. Please choose another.',
  } satisfies Record<RetryError, string>,
};

const km: typeof en = {
  title: 'សារដែលមិនបានទៅដល់',
  intro:
    'សារទៅពលរដ្ឋនៃការិយាល័យរបស់អ្នក ដែលផ្ញើមិនចេញ ឬដែលបណ្ដាញទូរស័ព្ទរាយការណ៍ថាមិនបានទៅដល់។ ផ្ញើម្ដងទៀត តាមរបៀបដដែល ឬរបៀបផ្សេងដែលពលរដ្ឋបានផ្ដល់។ សារមួយត្រូវផ្ញើម្ដងទៀតតែម្ដងប៉ុណ្ណោះ ទោះបីអ្នកណាចុចប៊ូតុងក៏ដោយ។',
  empty: 'សារទាំងអស់បានទៅដល់ពលរដ្ឋ ឬកំពុងធ្វើដំណើរ។',
  caption: 'សារដែលមិនបានទៅដល់ ថ្មីបំផុតមុន',
  created: 'សរសេរនៅ',
  concern: 'កង្វល់',
  message: 'សារ',
  to: 'ផ្ញើទៅ',
  reason: 'មូលហេតុ',
  action: 'ផ្ញើម្ដងទៀត',
  failed: (attempts: number, error: string | null) =>
    `មិនអាចផ្ញើបានក្រោយការព្យាយាម ${attempts} ដង${error ? `៖ ${error}` : '។'}`,
  undelivered: (parts: number[]) => `បានផ្ញើ ប៉ុន្តែបណ្ដាញទូរស័ព្ទរាយការណ៍ថាមិនបានទៅដល់ (ផ្នែក ${parts.join(', ')})។`,
  channelLabel: 'ផ្ញើតាម',
  retry: 'ផ្ញើម្ដងទៀត',
  notRetryable: 'លេខកូដប្រើម្ដងផុតកំណត់៖ ពលរដ្ឋស្នើលេខកូដថ្មីនៅលើទំព័រតាមដាន។',
  noChannel: 'ពលរដ្ឋមិនបានផ្ដល់របៀបផ្សេងទៀតដើម្បីទាក់ទងទេ។',
  retried: 'សារនឹងត្រូវផ្ញើម្ដងទៀតក្នុងរយៈពេលមួយនាទី។',
  templates: {
    acknowledgement: 'បានទទួលកង្វល់',
    forwarded: 'បានបញ្ជូនកង្វល់បន្ត',
    answered: 'ចម្លើយរួចរាល់',
    information_requested: 'សុំព័ត៌មានបន្ថែម',
    one_time_code: 'លេខកូដប្រើម្ដង',
  },
  channels: { sms: 'SMS', email: 'អ៊ីមែល', telegram: 'តេឡេក្រាម' },
  errors: {
    'not-found': 'គ្មានសារនេះនៃការិយាល័យរបស់អ្នកទេ។',
    'not-retryable': 'សារនេះមិនអាចផ្ញើម្ដងទៀតបានទេ។',
    delivered: 'សារនេះបានទៅដល់ហើយ៖ គ្មានអ្វីត្រូវផ្ញើម្ដងទៀតទេ។',
    'already-retried': 'សារនេះត្រូវបានផ្ញើម្ដងទៀតរួចហើយ។',
    'channel-not-given': 'ពលរដ្ឋមិនបានផ្ដល់អាសយដ្ឋានសម្រាប់របៀបនោះទេ។ សូមជ្រើសរើសរបៀបផ្សេង។',
  },
};

export const undeliveredMessages: Catalog<typeof en> = { en, km };
