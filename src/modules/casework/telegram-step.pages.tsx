// The step after sending a concern for a citizen who chose Telegram: open the bot's link to receive the
// answers there — or, when Telegram is not available here, say so and where the messages go instead.
import type { Lang } from '../../platform/i18n/i18n';

const texts = {
  en: {
    title: 'One more step: open this link in Telegram',
    body: 'Open this link in Telegram on your phone and press Start. You will receive the answers to your concern there.',
    open: 'Open in Telegram',
    unavailableTitle: 'Telegram is not available yet',
    unavailableSms: 'Messages about your concern will go by SMS to the phone number you gave.',
    unavailableEmail: 'Messages about your concern will go to the e-mail address you gave.',
    unavailableNone: 'Keep your tracking code and private link to follow your concern.',
  },
  km: {
    title: 'ជំហានមួយទៀត៖ បើកតំណនេះក្នុងតេឡេក្រាម',
    body: 'សូមបើកតំណនេះក្នុងតេឡេក្រាមលើទូរស័ព្ទរបស់អ្នក ហើយចុច Start។ អ្នកនឹងទទួលបានចម្លើយចំពោះកង្វល់របស់អ្នកនៅទីនោះ។',
    open: 'បើកក្នុងតេឡេក្រាម',
    unavailableTitle: 'តេឡេក្រាមមិនទាន់អាចប្រើបាននៅឡើយទេ',
    unavailableSms: 'សារអំពីកង្វល់របស់អ្នកនឹងផ្ញើតាម SMS ទៅលេខទូរស័ព្ទដែលអ្នកបានផ្ដល់។',
    unavailableEmail: 'សារអំពីកង្វល់របស់អ្នកនឹងផ្ញើទៅអ៊ីមែលដែលអ្នកបានផ្ដល់។',
    unavailableNone: 'សូមរក្សាលេខកូដតាមដាន និងតំណឯកជនរបស់អ្នក ដើម្បីតាមដានកង្វល់របស់អ្នក។',
  },
} as const;

export interface TelegramStepProps {
  lang: Lang;
  /** The bot's start link for this case; null when Telegram is not configured. */
  link: string | null;
  /** Where messages go meanwhile when there is no link (recipientFor's fallback). */
  fallback: 'sms' | 'email' | 'none';
}

export function TelegramStep(props: TelegramStepProps) {
  const t = texts[props.lang];
  if (props.link) {
    return (
      <section class="notice" aria-labelledby="telegram-title">
        <h2 id="telegram-title">{t.title}</h2>
        <p>{t.body}</p>
        <p>
          <a class="button" href={props.link} translate="no">
            {t.open}
          </a>
        </p>
        <p>
          <code translate="no">{props.link}</code>
        </p>
      </section>
    );
  }
  const fallback = {
    sms: t.unavailableSms,
    email: t.unavailableEmail,
    none: t.unavailableNone,
  }[props.fallback];
  return (
    <section class="notice" aria-labelledby="telegram-title">
      <h2 id="telegram-title">{t.unavailableTitle}</h2>
      <p>{fallback}</p>
    </section>
  );
}
