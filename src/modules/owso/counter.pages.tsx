// Views of the OWSO counter for clerks and chiefs: the application form, the printable receipt, the cancel form.
import { raw } from 'hono/html';
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { formatDate, formatDateTime, formatNumber } from '../../platform/i18n/i18n';
import { ColumnHeads, DataTable } from '../../web/data-table';
import { describedBy, FieldError } from '../../web/form';
import { CsrfField } from '../../web/layout';
import { type CounterErrorCode, type CounterMessages, counterMessages } from './counter.messages';
import type { ApplicationStatus, PaymentChannel } from './counter.table';

export interface ViewContext {
  lang: Lang;
  digits: Digits;
  csrfToken: string;
}

type Named = { name_en: string; name_km: string };
export const nameOf = (row: Named, lang: Lang) => (lang === 'km' ? row.name_km : row.name_en);

export function feeText(fee: number, m: CounterMessages, lang: Lang, digits: Digits): string {
  return fee === 0 ? m.free : m.riel(formatNumber(fee, lang, digits));
}

/** A labelled input of the counter's form, its error under it; `attrs` are the input's other attributes. */
function LabelledInput(p: { id: string; label: string; error?: string; attrs: Record<string, unknown> }) {
  return (
    <p>
      <label for={p.id}>{p.label}</label>
      <br />
      <input id={p.id} name={p.id} {...p.attrs} />
      <FieldError id={p.id} text={p.error} />
    </p>
  );
}

/** Check boxes or radio buttons, each with its label after it. */
function CheckOptions(p: {
  type: 'checkbox' | 'radio';
  options: { id: string; name: string; value: string; checked: boolean; label: string }[];
}) {
  return (
    <>
      {p.options.map((o) => (
        <div class="check option">
          <input type={p.type} id={o.id} name={o.name} value={o.value} checked={o.checked} />{' '}
          <label for={o.id}>{o.label}</label>
        </div>
      ))}
    </>
  );
}

export interface CounterOffice extends Named {
  code: string;
}
export interface CounterService extends Named {
  code: string;
  documents_en: string;
  documents_km: string;
  pay_at_counter: number;
  pay_at_agency: number;
  is_sample: number;
}
export interface CounterValues {
  applicantName: string;
  applicantPhone: string;
  documents: string[];
  payment: string;
  agency: string;
  agencyReference: string;
  exemptionReason: string;
}
export const EMPTY_VALUES: CounterValues = {
  applicantName: '',
  applicantPhone: '',
  documents: [],
  payment: 'counter',
  agency: '',
  agencyReference: '',
  exemptionReason: '',
};

export interface CounterPageProps extends ViewContext {
  offices: CounterOffice[];
  office: CounterOffice | null;
  services: CounterService[];
  service: CounterService | null;
  /** The fee in force today; null when the catalogue has none. */
  fee: number | null;
  agencies: (Named & { code: string })[];
  formId: string;
  values: CounterValues;
  errors: Partial<Record<string, CounterErrorCode>>;
  recent: {
    number: string;
    issued_at: string;
    service_en: string;
    service_km: string;
    status: ApplicationStatus;
  }[];
}

/** The counter: choose office and service (a GET form), then the application form with the fee read-only. */
export function CounterPage(p: CounterPageProps) {
  const m = counterMessages[p.lang];
  if (p.offices.length === 0) return <p class="notice">{m.noOffice}</p>;
  const hasErrors = Object.keys(p.errors).length > 0;
  const err = (field: string) => (p.errors[field] ? m.errors[p.errors[field]] : undefined);
  const describe = (id: string, hint = false) => describedBy(id, hint, p.errors[id]);
  // The command checks the English list by position; the Khmer line of the same position labels it.
  const lines = (text: string) =>
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  const docsEn = p.service ? lines(p.service.documents_en) : [];
  const docsKm = p.service ? lines(p.service.documents_km) : [];
  const docs = docsEn.map((en, i) => (p.lang === 'km' ? (docsKm[i] ?? en) : en));
  return (
    <>
      <form method="get" action="/owso/counter" class="no-print">
        {p.offices.length > 1 ? (
          <p>
            <label for="office">{m.office}</label>
            <br />
            <select id="office" name="office">
              {p.offices.map((o) => (
                <option value={o.code} selected={o.code === p.office?.code}>
                  {nameOf(o, p.lang)}
                </option>
              ))}
            </select>
          </p>
        ) : (
          <>
            <input type="hidden" name="office" value={p.office?.code ?? ''} />
            <p>
              {m.office}: <strong>{p.office ? nameOf(p.office, p.lang) : ''}</strong>
            </p>
          </>
        )}
        <p>
          <label for="service">{m.service}</label>
          <br />
          <span class="muted" id="service-hint">
            {m.chooseService}
          </span>
          <br />
          <select id="service" name="service" aria-describedby={describe('service', true)}>
            <option value="">—</option>
            {p.services.map((s) => (
              <option value={s.code} selected={s.code === p.service?.code}>
                {s.code} · {nameOf(s, p.lang)}
              </option>
            ))}
          </select>
          <button type="submit" class="button">
            {m.choose}
          </button>
        </p>
        <FieldError id="service" text={err('service')} />
      </form>

      {p.office && p.service ? (
        <form method="post" action="/owso/counter" novalidate>
          <CsrfField token={p.csrfToken} />
          <input type="hidden" name="office" value={p.office.code} />
          <input type="hidden" name="service" value={p.service.code} />
          <input type="hidden" name="formId" value={p.formId} />
          {hasErrors ? (
            <p class="alert" role="alert">
              {m.errorSummary}
              {p.errors.form ? ` ${m.errors[p.errors.form]}` : ''}
            </p>
          ) : null}
          <p>
            <label for="fee">{m.fee}</label>
            <br />
            <span class="muted" id="fee-hint">
              {m.feeHint} {p.service.is_sample ? m.sampleFees : ''}
            </span>
            <br />
            <input
              id="fee"
              readonly
              value={p.fee === null ? '—' : feeText(p.fee, m, p.lang, p.digits)}
              aria-describedby="fee-hint"
            />
          </p>
          {p.fee === null ? <p class="alert">{m.errors['no-fee']}</p> : null}
          <fieldset aria-describedby={describe('documents', true)}>
            <legend>{m.documents}</legend>
            <span class="muted" id="documents-hint">
              {m.documentsHint}
            </span>
            <CheckOptions
              type="checkbox"
              options={docs.map((d, i) => ({
                id: `doc-${i}`,
                name: `doc_${i}`,
                value: '1',
                checked: p.values.documents.includes(String(i)),
                label: d,
              }))}
            />
            <FieldError id="documents" text={err('documents')} />
          </fieldset>
          <LabelledInput
            id="applicantName"
            label={m.applicantName}
            error={err('applicantName')}
            attrs={{
              maxlength: 200,
              required: true,
              autocomplete: 'off',
              value: p.values.applicantName,
              'aria-invalid': p.errors.applicantName ? 'true' : undefined,
              'aria-describedby': describe('applicantName'),
            }}
          />
          <LabelledInput
            id="applicantPhone"
            label={m.applicantPhone}
            error={err('applicantPhone')}
            attrs={{
              type: 'tel',
              maxlength: 20,
              autocomplete: 'off',
              value: p.values.applicantPhone,
              'aria-invalid': p.errors.applicantPhone ? 'true' : undefined,
              'aria-describedby': describe('applicantPhone'),
            }}
          />
          <fieldset>
            <legend>{m.payment}</legend>
            <CheckOptions
              type="radio"
              options={(['counter', 'agency', 'exempt'] as PaymentChannel[])
                .filter((ch) => ch !== 'agency' || p.service?.pay_at_agency === 1)
                .map((ch) => ({
                  id: `payment-${ch}`,
                  name: 'payment',
                  value: ch,
                  checked: p.values.payment === ch,
                  label: m.channels[ch],
                }))}
            />
            <FieldError id="payment" text={err('payment')} />
            {p.service.pay_at_agency === 1 ? (
              <>
                <p>
                  <label for="agency">{m.agency}</label>
                  <br />
                  <select id="agency" name="agency" aria-describedby={describe('agency')}>
                    <option value="">—</option>
                    {p.agencies.map((a) => (
                      <option value={a.code} selected={a.code === p.values.agency}>
                        {nameOf(a, p.lang)}
                      </option>
                    ))}
                  </select>
                  <FieldError id="agency" text={err('agency')} />
                </p>
                <LabelledInput
                  id="agencyReference"
                  label={m.agencyReference}
                  error={err('agencyReference')}
                  attrs={{
                    maxlength: 100,
                    value: p.values.agencyReference,
                    'aria-describedby': describe('agencyReference'),
                  }}
                />
              </>
            ) : null}
            <p>
              <label for="exemptionReason">{m.exemptionReason}</label>
              <br />
              <span class="muted" id="exemptionReason-hint">
                {m.exemptionHint}
              </span>
              <br />
              <textarea
                id="exemptionReason"
                name="exemptionReason"
                rows={2}
                maxlength={500}
                aria-describedby={describe('exemptionReason', true)}
              >
                {p.values.exemptionReason}
              </textarea>
              <FieldError id="exemptionReason" text={err('exemptionReason')} />
            </p>
          </fieldset>
          <p>
            <button type="submit" class="button">
              {m.issue}
            </button>
          </p>
        </form>
      ) : null}

      <h2>{m.recent}</h2>
      {p.recent.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <DataTable label={m.recent}>
          <ColumnHeads columns={[m.number, m.service, m.issuedAt, m.status]} />
          <tbody>
            {p.recent.map((r) => (
              <tr>
                <th scope="row">
                  <a href={`/owso/receipts/${encodeURIComponent(r.number)}`}>{r.number}</a>
                </th>
                <td>{p.lang === 'km' ? r.service_km : r.service_en}</td>
                <td>{formatDateTime(r.issued_at, p.lang, p.digits)}</td>
                <td>{m.statuses[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </>
  );
}

export interface ReceiptFacts {
  number: string;
  office_en: string;
  office_km: string;
  service_en: string;
  service_km: string;
  service_code: string;
  fee_riel: number;
  paid_riel: number;
  payment_channel: PaymentChannel;
  agency_code: string | null;
  agency_reference: string | null;
  exemption_reason: string | null;
  issued_at: string;
  clerk_name: string;
  is_demo: number;
  is_sample: number;
  max_days: number;
  due_on: string;
  status: ApplicationStatus;
  cancelled_at: string | null;
  cancel_reason: string | null;
}

/** The printable receipt the citizen takes home, with its QR code to the public verify page. */
export function ReceiptView(
  p: ViewContext & {
    r: ReceiptFacts;
    applicantName: string;
    verifyUrl: string;
    qr: string;
    nextStatuses: ApplicationStatus[];
    mayCancel: boolean;
    notice?: string;
  },
) {
  const m = counterMessages[p.lang];
  const { r } = p;
  const row = (label: string, value: string) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{value}</td>
    </tr>
  );
  return (
    <>
      {p.notice ? (
        <p class="notice no-print" role="status">
          {p.notice}
        </p>
      ) : null}
      <section class="receipt" aria-labelledby="receipt-heading">
        <h2 id="receipt-heading">{m.receiptHeading}</h2>
        {r.is_demo ? <p class="notice">{m.demo}</p> : null}
        {r.cancelled_at ? (
          <p class="alert">
            {m.cancelledOn(formatDateTime(r.cancelled_at, p.lang, p.digits), r.cancel_reason ?? '')}
          </p>
        ) : null}
        <table>
          <tbody>
            {row(m.number, r.number)}
            {row(m.office, p.lang === 'km' ? r.office_km : r.office_en)}
            {row(m.service, `${r.service_code} · ${p.lang === 'km' ? r.service_km : r.service_en}`)}
            {row(
              m.fee,
              `${feeText(r.fee_riel, m, p.lang, p.digits)}${r.is_sample ? ` (${m.sampleFees})` : ''}`,
            )}
            {row(
              m.paid,
              `${feeText(r.paid_riel, m, p.lang, p.digits)} · ${m.channels[r.payment_channel]}${
                r.agency_code ? ` · ${r.agency_code} ${r.agency_reference ?? ''}` : ''
              }${r.exemption_reason ? ` · ${r.exemption_reason}` : ''}`,
            )}
            {row(m.issuedAt, formatDateTime(r.issued_at, p.lang, p.digits))}
            {row(m.applicant, p.applicantName)}
            {row(m.clerk, r.clerk_name)}
            {row(
              m.dueOn,
              `${formatDate(`${r.due_on}T12:00:00Z`, p.lang, p.digits)} (${m.maxDays(formatNumber(r.max_days, p.lang, p.digits))})`,
            )}
            {row(m.status, m.statuses[r.status])}
          </tbody>
        </table>
        <figure>
          <div role="img" aria-label={m.qrLabel(p.verifyUrl)} style="width:9rem;height:9rem">
            {raw(p.qr)}
          </div>
          <figcaption>
            {m.qrCaption} <a href={p.verifyUrl}>{p.verifyUrl}</a>
          </figcaption>
        </figure>
      </section>
      <p class="muted no-print">{m.print}</p>
      {p.nextStatuses.length > 0 ? (
        <form method="post" action={`/owso/receipts/${encodeURIComponent(r.number)}/status`} class="no-print">
          <CsrfField token={p.csrfToken} />
          <label for="to">{m.moveTo}</label>{' '}
          <select id="to" name="to">
            {p.nextStatuses.map((s) => (
              <option value={s}>{m.statuses[s]}</option>
            ))}
          </select>{' '}
          <button type="submit" class="button">
            {m.move}
          </button>
        </form>
      ) : null}
      {p.mayCancel && !r.cancelled_at ? (
        <p class="no-print">
          <a href={`/owso/receipts/${encodeURIComponent(r.number)}/cancel`}>{m.cancelLink}</a>
        </p>
      ) : null}
    </>
  );
}

export function CancelForm(p: ViewContext & { number: string; reason: string; error?: CounterErrorCode }) {
  const m = counterMessages[p.lang];
  return (
    <form method="post" action={`/owso/receipts/${encodeURIComponent(p.number)}/cancel`} novalidate>
      <CsrfField token={p.csrfToken} />
      <p id="reason-hint">{m.cancelIntro}</p>
      <p>
        <label for="reason">{m.reason}</label>
        <br />
        <textarea
          id="reason"
          name="reason"
          rows={3}
          maxlength={500}
          required
          aria-invalid={p.error ? 'true' : undefined}
          aria-describedby={p.error ? 'reason-hint reason-error' : 'reason-hint'}
        >
          {p.reason}
        </textarea>
        <FieldError id="reason" text={p.error ? m.errors[p.error] : undefined} />
      </p>
      <p>
        <button type="submit" class="button">
          {m.cancel}
        </button>
      </p>
    </form>
  );
}
