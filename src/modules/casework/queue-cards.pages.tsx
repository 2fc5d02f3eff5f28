// The queue on a phone: each case a card with its code, status and due date first (no sideways scrolling);
// wide screens show the table instead. Which one shows is CSS alone (styles.ts, .case-cards).
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { formatDate } from '../../platform/i18n/i18n';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { caseStatusText } from './case.presenter';
import type { CaseStatus } from './case.rules';
import type { Channel } from './case.table';
import type { QueueMessages } from './queue.messages';

/** What a card shows of a queue row (the queue's rows have these fields). */
export interface CardRow {
  tracking_code: string;
  category_km: string;
  category_en: string;
  district_km: string | null;
  district_latin: string | null;
  commune_km: string | null;
  commune_latin: string | null;
  channel: Channel;
  status: CaseStatus;
  submitted_at: string;
  due_date: string | null;
  overdue: boolean;
}

/** "Commune, district" of a case, in the page's language. */
export function placeOf(row: CardRow, lang: Lang): string {
  const name = (km: string | null, latin: string | null) => (lang === 'km' ? km : latin);
  return [name(row.commune_km, row.commune_latin), name(row.district_km, row.district_latin)]
    .filter(Boolean)
    .join(', ');
}

export function CaseCards(props: {
  lang: Lang;
  digits: Digits;
  caseBase: string;
  result: { rows: CardRow[] };
  m: QueueMessages;
}) {
  const { m, lang, digits } = props;
  return (
    <ol class="case-cards" aria-label={m.tableCaption}>
      {props.result.rows.map((row) => (
        <li class={row.overdue ? 'overdue' : undefined}>
          <p class="card-head">
            <a href={`${props.caseBase}/${row.tracking_code}`} translate="no">
              {formatTrackingCode(row.tracking_code)}
            </a>{' '}
            <span class="card-status">{caseStatusText(row.status, lang)}</span>
          </p>
          <dl>
            <dt>{m.due}</dt>
            <dd>
              {row.due_date ? formatDate(row.due_date, lang, digits) : m.noDueDate}
              {row.overdue ? (
                <>
                  {' '}
                  <strong class="overdue-flag">{m.overdueFlag}</strong>
                </>
              ) : null}
            </dd>
            <dt>{m.category}</dt>
            <dd>{lang === 'km' ? row.category_km : row.category_en}</dd>
            <dt>{m.place}</dt>
            <dd>{placeOf(row, lang) || m.noDueDate}</dd>
            <dt>{m.submitted}</dt>
            <dd>
              {formatDate(row.submitted_at, lang, digits)} · {m.channels[row.channel] ?? row.channel}
            </dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
