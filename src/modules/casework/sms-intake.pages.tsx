// View of the secretariat's queue of SMS concerns: each with a plain form to choose its province.
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { formatDateTime } from '../../platform/i18n/i18n';
import { CsrfField } from '../../web/layout';
import type { SmsComplaintKind } from './incoming-sms.rules';
import { smsIntakeMessages } from './sms-intake.messages';

export interface SmsQueueProps {
  lang: Lang;
  digits: Digits;
  csrfToken: string;
  rows: {
    id: number;
    received_at: string;
    from: string;
    text: string;
    /** A complaint to the Citizens' Office: assigned to a district's Citizens' Office, not a province. */
    complaint?: SmsComplaintKind;
  }[];
  provinces: { code: string; name: string }[];
  /** The districts that have a Citizens' Office. */
  citizensOffices: { district: string; name: string }[];
  categories: { code: string; name: string }[];
  notice?: string;
  error?: string;
}

export function SmsQueue(props: SmsQueueProps) {
  const m = smsIntakeMessages[props.lang];
  return (
    <>
      <p>{m.intro}</p>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {props.error ? (
        <p class="alert" role="alert">
          {props.error}
        </p>
      ) : null}
      {props.rows.length === 0 ? <p>{m.empty}</p> : null}
      {props.rows.map((row) => (
        <section aria-labelledby={`sms-${row.id}`}>
          <h2 id={`sms-${row.id}`}>
            {m.received} {formatDateTime(row.received_at, props.lang, props.digits)} — {m.from} {row.from}
          </h2>
          {row.complaint ? (
            <p>
              <strong>{m.complaint}</strong> — {m.complaintKind}: {m.kinds[row.complaint]}
            </p>
          ) : null}
          <blockquote lang={/[\u1780-\u17FF]/.test(row.text) ? 'km' : 'en'}>{row.text}</blockquote>
          {row.complaint ? (
            <form method="post" action={`/secretariat/sms-concerns/${row.id}/assign-citizens-office`}>
              <CsrfField token={props.csrfToken} />
              <label for={`district-${row.id}`}>{m.citizensOffice}</label>
              <select id={`district-${row.id}`} name="district" required>
                <option value="" />
                {props.citizensOffices.map((o) => (
                  <option value={o.district}>{o.name}</option>
                ))}
              </select>
              <button type="submit">{m.assign}</button>
            </form>
          ) : (
            <form method="post" action={`/secretariat/sms-concerns/${row.id}/assign`}>
              <CsrfField token={props.csrfToken} />
              <label for={`province-${row.id}`}>{m.province}</label>
              <select id={`province-${row.id}`} name="province" required>
                <option value="" />
                {props.provinces.map((p) => (
                  <option value={p.code}>{p.name}</option>
                ))}
              </select>
              <label for={`category-${row.id}`}>{m.category}</label>
              <select id={`category-${row.id}`} name="category" required>
                {props.categories.map((c) => (
                  <option value={c.code} selected={c.code === 'other'}>
                    {c.name}
                  </option>
                ))}
              </select>
              <button type="submit">{m.assign}</button>
            </form>
          )}
        </section>
      ))}
    </>
  );
}
