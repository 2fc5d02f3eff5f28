// Public views: check a receipt by number, the register of cancelled receipts, follow and rate an application.
// None of them shows personal data: no applicant, no phone, no clerk.
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { formatDate, formatDateTime, formatNumber } from '../../platform/i18n/i18n';
import { ColumnHeads, DataTable } from '../../web/data-table';
import { CsrfField } from '../../web/layout';
import { counterMessages } from './counter.messages';
import { feeText, nameOf, type ViewContext } from './counter.pages';
import type { ApplicationStatus } from './counter.table';
import { type ReceiptChainCheck, receiptNumber } from './receipt.rules';

/** A form asking for a receipt number, sent by GET so it works as a link too. */
export function NumberForm(p: {
  lang: Lang;
  action: string;
  label: string;
  button: string;
  typed: string;
  error?: string;
}) {
  const m = counterMessages[p.lang];
  return (
    <form method="get" action={p.action}>
      <p>
        <label for="number">{p.label}</label>
        <br />
        <span class="muted" id="number-hint">
          {m.verifyHint}
        </span>
        <br />
        <input
          id="number"
          name="number"
          value={p.typed}
          autocomplete="off"
          maxlength={60}
          aria-invalid={p.error ? 'true' : undefined}
          aria-describedby={p.error ? 'number-hint number-error' : 'number-hint'}
        />
        {p.error ? (
          <span class="error" id="number-error" role="alert">
            <br />
            {p.error}
          </span>
        ) : null}
      </p>
      <p>
        <button type="submit" class="button">
          {p.button}
        </button>
      </p>
    </form>
  );
}

export interface PublicReceipt {
  number: string;
  office_code: string;
  service_code: string;
  service_en: string;
  service_km: string;
  office_en: string;
  office_km: string;
  fee_riel: number;
  issued_at: string;
  is_demo: number;
  is_sample: number;
  cancelled_at: string | null;
  cancel_reason: string | null;
}

function ChainText(p: { lang: Lang; digits: Digits; chain: ReceiptChainCheck; officeCode: string }) {
  const m = counterMessages[p.lang];
  return p.chain.ok ? (
    <p class="notice" data-chain="intact">
      {m.chainIntact(formatNumber(p.chain.receipts, p.lang, p.digits))}
    </p>
  ) : (
    <p class="alert" data-chain="broken">
      {m.chainBroken} {m.chainBreaks[p.chain.reason]}{' '}
      {m.chainBrokenAt(receiptNumber(p.officeCode, p.chain.brokenAtSeq))}
    </p>
  );
}

/** What anyone may know of a receipt: service, fee, date, office, cancelled or not, the office's chain. */
export function VerifyResult(p: { lang: Lang; digits: Digits; r: PublicReceipt; chain: ReceiptChainCheck }) {
  const m = counterMessages[p.lang];
  const { r } = p;
  return (
    <>
      {r.cancelled_at ? (
        <p class="alert" data-verdict="cancelled">
          {m.verifyCancelled}{' '}
          {m.cancelledOn(formatDateTime(r.cancelled_at, p.lang, p.digits), r.cancel_reason ?? '')}
        </p>
      ) : (
        <p class="notice" data-verdict="valid">
          {m.verifyValid}
        </p>
      )}
      {r.is_demo ? <p class="notice">{m.demo}</p> : null}
      <table>
        <tbody>
          <tr>
            <th scope="row">{m.number}</th>
            <td>{r.number}</td>
          </tr>
          <tr>
            <th scope="row">{m.service}</th>
            <td>
              {r.service_code} · {p.lang === 'km' ? r.service_km : r.service_en}
            </td>
          </tr>
          <tr>
            <th scope="row">{m.fee}</th>
            <td>
              {feeText(r.fee_riel, m, p.lang, p.digits)}
              {r.is_sample ? ` (${m.sampleFees})` : ''}
            </td>
          </tr>
          <tr>
            <th scope="row">{m.issuedAt}</th>
            <td>{formatDateTime(r.issued_at, p.lang, p.digits)}</td>
          </tr>
          <tr>
            <th scope="row">{m.office}</th>
            <td>{p.lang === 'km' ? r.office_km : r.office_en}</td>
          </tr>
        </tbody>
      </table>
      <ChainText lang={p.lang} digits={p.digits} chain={p.chain} officeCode={r.office_code} />
      <p class="muted">{m.noPersonalData}</p>
      <p>
        {m.overchargeHint} <a href="/services">{m.overchargeLink}</a>
      </p>
    </>
  );
}

/** A number the office issued whose receipt is gone: the chain is broken. */
export function VerifyMissing(p: {
  lang: Lang;
  digits: Digits;
  chain: ReceiptChainCheck;
  officeCode: string;
}) {
  const m = counterMessages[p.lang];
  return (
    <>
      <p class="alert" data-verdict="missing">
        {m.verifyMissing}
      </p>
      <ChainText lang={p.lang} digits={p.digits} chain={p.chain} officeCode={p.officeCode} />
    </>
  );
}

export interface CancelledRow {
  number: string;
  issued_at: string;
  fee_riel: number;
  is_demo: number;
  service_en: string;
  service_km: string;
  office_en: string;
  office_km: string;
  cancelled_at: string;
  reason: string;
}

export function CancelledRegister(p: {
  lang: Lang;
  digits: Digits;
  rows: CancelledRow[];
  page: number;
  hasMore: boolean;
}) {
  const m = counterMessages[p.lang];
  return (
    <>
      <p>{m.registerIntro}</p>
      {p.rows.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <DataTable label={m.registerTitle}>
          <ColumnHeads columns={[m.number, m.office, m.service, m.fee, m.issuedAt, m.cancelled, m.reason]} />
          <tbody>
            {p.rows.map((r) => (
              <tr>
                <th scope="row">
                  <a href={`/verify/${encodeURIComponent(r.number)}`}>{r.number}</a>
                  {r.is_demo ? ` (${m.demoTag})` : ''}
                </th>
                <td>{nameOf({ name_en: r.office_en, name_km: r.office_km }, p.lang)}</td>
                <td>{nameOf({ name_en: r.service_en, name_km: r.service_km }, p.lang)}</td>
                <td>{feeText(r.fee_riel, m, p.lang, p.digits)}</td>
                <td>{formatDateTime(r.issued_at, p.lang, p.digits)}</td>
                <td>{formatDateTime(r.cancelled_at, p.lang, p.digits)}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <nav aria-label={m.registerTitle}>
        {p.page > 1 ? <a href={`/owso/cancelled?page=${p.page - 1}`}>{m.previous}</a> : null}{' '}
        {p.hasMore ? <a href={`/owso/cancelled?page=${p.page + 1}`}>{m.next}</a> : null}
      </nav>
    </>
  );
}

export interface FollowFacts extends PublicReceipt {
  status: ApplicationStatus;
  received_on: string;
  due_on: string;
  processing_days: number | null;
  on_time: number | null;
  rating: number | null;
}

/** The citizen's view of their application, with the rating form once it is done. */
export function FollowView(p: ViewContext & { r: FollowFacts; notice?: string; error?: string }) {
  const m = counterMessages[p.lang];
  const { r } = p;
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, p.lang, p.digits);
  const mayRate = r.status === 'done' && r.rating === null && !r.cancelled_at;
  return (
    <>
      {p.notice ? (
        <p class="notice" role="status">
          {p.notice}
        </p>
      ) : null}
      {p.error ? (
        <p class="alert" role="alert">
          {p.error}
        </p>
      ) : null}
      <table>
        <tbody>
          <tr>
            <th scope="row">{m.number}</th>
            <td>{r.number}</td>
          </tr>
          <tr>
            <th scope="row">{m.service}</th>
            <td>{nameOf({ name_en: r.service_en, name_km: r.service_km }, p.lang)}</td>
          </tr>
          <tr>
            <th scope="row">{m.office}</th>
            <td>{nameOf({ name_en: r.office_en, name_km: r.office_km }, p.lang)}</td>
          </tr>
          <tr>
            <th scope="row">{m.receivedOn}</th>
            <td>{day(r.received_on)}</td>
          </tr>
          <tr>
            <th scope="row">{m.dueOn}</th>
            <td>{day(r.due_on)}</td>
          </tr>
          <tr>
            <th scope="row">{m.status}</th>
            <td data-status={r.status}>
              {m.statuses[r.status]}
              {r.processing_days !== null
                ? ` · ${m.processingDays(formatNumber(r.processing_days, p.lang, p.digits))} · ${r.on_time ? m.onTime : m.late}`
                : ''}
            </td>
          </tr>
        </tbody>
      </table>
      {r.rating !== null ? <p>{m.rated(formatNumber(r.rating, p.lang, p.digits))}</p> : null}
      {mayRate ? (
        <form method="post" action={`/owso/follow/${encodeURIComponent(r.number)}/rating`}>
          <CsrfField token={p.csrfToken} />
          <h2>{m.rateHeading}</h2>
          <fieldset>
            <legend>{m.rateLegend}</legend>
            {[1, 2, 3, 4, 5].map((n) => (
              <div class="check option">
                <input type="radio" id={`rating-${n}`} name="rating" value={String(n)} required />
                <label for={`rating-${n}`}>{formatNumber(n, p.lang, p.digits)}</label>
              </div>
            ))}
          </fieldset>
          <p>
            <button type="submit" class="button">
              {m.rateButton}
            </button>
          </p>
        </form>
      ) : null}
    </>
  );
}
