// The confirmation step before a case is marked as a duplicate: one tap on a phone must not close a case.
// A page of its own (no JavaScript confirm()): the same form again with `confirmed`, or back to the case.
import type { Lang } from '../../platform/i18n/i18n';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { CsrfField } from '../../web/layout';
import { duplicateConfirmMessages } from './duplicate-confirm.messages';

export function DuplicateConfirm(props: {
  lang: Lang;
  csrfToken: string;
  /** The case page; the step is posted to `${base}/actions`. */
  base: string;
  code: string;
  /** What was posted: sent again with `confirmed=1`. */
  fields: { duplicateOf: string; note?: string; seen?: string };
}) {
  const m = duplicateConfirmMessages[props.lang];
  const { fields } = props;
  return (
    <>
      <p>{m.body(formatTrackingCode(props.code), formatTrackingCode(fields.duplicateOf))}</p>
      <form method="post" action={`${props.base}/actions`}>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="action" value="mark_duplicate" />
        <input type="hidden" name="duplicateOf" value={fields.duplicateOf} />
        {fields.note ? <input type="hidden" name="note" value={fields.note} /> : null}
        {fields.seen ? <input type="hidden" name="seen" value={fields.seen} /> : null}
        <input type="hidden" name="confirmed" value="1" />
        <p>
          <button type="submit">{m.confirm}</button>
        </p>
      </form>
      <p>
        <a href={props.base}>{m.cancel}</a>
      </p>
    </>
  );
}
