// The counts at the top of a queue: new, overdue and waiting cases, each a link to the queue so filtered.
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { formatNumber } from '../../platform/i18n/i18n';
import { queueCountsMessages } from './queue-counts.messages';
import { COUNTED_STATUSES, type QueueCounts } from './queue-counts.rules';

export function QueueCountLinks(props: {
  counts: QueueCounts;
  desk: 'office' | 'commission';
  path: string;
  lang: Lang;
  digits: Digits;
}) {
  const m = queueCountsMessages[props.lang];
  const statuses = COUNTED_STATUSES[props.desk];
  const items = [
    { n: props.counts.fresh, label: m.fresh, href: `${props.path}?status=${statuses.fresh}&sort=oldest` },
    { n: props.counts.overdue, label: m.overdue, href: `${props.path}?overdue=1&sort=due`, warn: true },
    {
      n: props.counts.waiting,
      label: props.desk === 'office' ? m.waitingCitizen : m.waitingOffice,
      href: `${props.path}?status=${statuses.waiting}&sort=oldest`,
    },
  ];
  return (
    <nav aria-label={m.countsLabel} class="queue-counts">
      <ul>
        {items.map((item) => (
          <li class={item.warn && item.n > 0 ? 'warn' : undefined}>
            <a href={item.href}>
              <strong>{formatNumber(item.n, props.lang, props.digits)}</strong> {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
