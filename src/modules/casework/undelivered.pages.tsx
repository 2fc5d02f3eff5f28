// The staff list of messages that did not reach the citizen, each with a form to send it again.
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { formatDateTime } from '../../platform/i18n/i18n';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { ColumnHeads, TableBox } from '../../web/data-table';
import { CsrfField } from '../../web/layout';
import type { UndeliveredMessage } from './undelivered.commands';
import { undeliveredMessages } from './undelivered.messages';

export interface UndeliveredViewProps {
  lang: Lang;
  digits: Digits;
  csrfToken: string;
  rows: (UndeliveredMessage & { formToken: string })[];
  /** After a retry: done, or why it was refused. */
  notice?: { kind: 'done' } | { kind: 'error'; text: string };
}

export function UndeliveredView(props: UndeliveredViewProps) {
  const m = undeliveredMessages[props.lang];
  return (
    <>
      <p>{m.intro}</p>
      {props.notice?.kind === 'done' ? (
        <p class="notice" role="status">
          {m.retried}
        </p>
      ) : null}
      {props.notice?.kind === 'error' ? (
        <p class="alert" role="alert">
          {props.notice.text}
        </p>
      ) : null}
      {props.rows.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <TableBox labelledby="undelivered-caption">
          <table>
            <caption id="undelivered-caption">{m.caption}</caption>
            <ColumnHeads columns={[m.concern, m.message, m.to, m.reason, m.action]} />
            <tbody>
              {props.rows.map((row) => (
                <tr>
                  <th scope="row">
                    <a href={`/office/cases/${row.trackingCode}`} translate="no">
                      {formatTrackingCode(row.trackingCode)}
                    </a>
                  </th>
                  <td>
                    {m.templates[row.template] ?? row.template}
                    <br />
                    <span class="muted">{formatDateTime(row.createdAt, props.lang, props.digits)}</span>
                  </td>
                  <td>
                    {m.channels[row.channel] ?? row.channel}: <span translate="no">{row.recipient}</span>
                  </td>
                  <td>
                    {row.reason.kind === 'failed'
                      ? m.failed(row.reason.attempts, row.reason.error)
                      : m.undelivered(row.reason.parts)}
                  </td>
                  <td>
                    <RetryForm row={row} csrfToken={props.csrfToken} lang={props.lang} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </>
  );
}

function RetryForm(props: { row: UndeliveredViewProps['rows'][number]; csrfToken: string; lang: Lang }) {
  const m = undeliveredMessages[props.lang];
  const { row } = props;
  if (!row.retryable) return <span class="muted">{m.notRetryable}</span>;
  if (row.channels.length === 0) return <span class="muted">{m.noChannel}</span>;
  const selectId = `channel-${row.id}`;
  return (
    <form method="post" action={`/office/messages/${row.id}/retry`}>
      <CsrfField token={props.csrfToken} />
      <input type="hidden" name="form_token" value={row.formToken} />
      <label for={selectId}>{m.channelLabel}</label>{' '}
      <select id={selectId} name="channel">
        {row.channels.map((c) => (
          <option value={c.channel} selected={c.channel === row.channel}>
            {`${m.channels[c.channel] ?? c.channel}: ${c.address}`}
          </option>
        ))}
      </select>{' '}
      <button type="submit" class="button">
        {m.retry}
      </button>
    </form>
  );
}
