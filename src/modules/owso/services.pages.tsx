// Public views of the OWSO: the national fee list, one service, one office with its list, the printable
// poster and the overcharging form. Plain HTML that works without JavaScript; sample fees always say so.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { type Digits, formatDate, formatNumber, type Lang, textFor } from '../../platform/i18n/i18n';
import type { PageOf } from '../../platform/paging';
import { ColumnHeads, DataTable } from '../../web/data-table';
import { CsrfField } from '../../web/layout';
import { Pager, pageHref } from '../../web/pager';
import { type OwsoMessages, owsoMessages } from './messages';
import type { OfficeRow, ServiceRow } from './owso.rows';
import type { ServiceLevel } from './owso.table';

interface View {
  lang: Lang;
  digits: Digits;
}

const LEVELS: ServiceLevel[] = ['commune', 'district', 'province'];
const nameOf = (r: { name_en: string; name_km: string }, lang: Lang) =>
  lang === 'km' ? r.name_km : r.name_en;
const lines = (s: string) => s.split('\n').filter((l) => l.trim());

export function FeeText(props: View & { fee: number | null }) {
  const m = owsoMessages[props.lang];
  if (props.fee === null) return <span>—</span>;
  if (props.fee === 0) return <span>{m.free}</span>;
  return <span>{m.riel(formatNumber(props.fee, props.lang, props.digits))}</span>;
}

export function SampleWarning(props: { lang: Lang; show: boolean }) {
  if (!props.show) return null;
  return (
    <p class="notice" role="note">
      <strong>{owsoMessages[props.lang].sampleWarning}</strong>
    </p>
  );
}

/** Services grouped by level, then category; each row links to the service. */
function ServiceTables(props: View & { services: ServiceRow[] }) {
  const m = owsoMessages[props.lang];
  return (
    <>
      {LEVELS.map((level) => {
        const atLevel = props.services.filter((s) => s.level === level);
        if (atLevel.length === 0) return null;
        const categories = [...new Set(atLevel.map((s) => s.category_code))];
        return (
          <section>
            <h2>{m.levels[level]}</h2>
            {categories.map((cat) => {
              const rows = atLevel.filter((s) => s.category_code === cat);
              const first = rows[0];
              return (
                <table class="fees">
                  <caption>{props.lang === 'km' ? first.category_km : first.category_en}</caption>
                  <ColumnHeads columns={[m.service, m.fee, m.maxDays]} />
                  <tbody>
                    {rows.map((s) => (
                      <tr>
                        {/* Three columns, the code under the name: a 360 px phone shows the fee on one line. */}
                        <td>
                          <a href={`/services/${encodeURIComponent(s.code)}`}>{nameOf(s, props.lang)}</a>
                          <br />
                          <small>
                            {m.code}: {s.code}
                          </small>
                        </td>
                        <td class="fee">
                          <FeeText {...props} fee={s.fee_riel} />
                        </td>
                        <td>{m.days(formatNumber(s.max_days, props.lang, props.digits))}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              );
            })}
          </section>
        );
      })}
    </>
  );
}

export function ServicesPage(props: View & { services: PageOf<ServiceRow>; q: string; error?: string }) {
  const m = owsoMessages[props.lang];
  const shown = props.services;
  return (
    <>
      <p>{m.servicesIntro}</p>
      <SampleWarning lang={props.lang} show={shown.items.some((s) => s.is_sample === 1)} />
      <form method="get" action="/services">
        <label for="q">{m.search}</label>
        <p class="hint" id="q-hint">
          {m.searchHint}
        </p>
        {props.error ? (
          <p class="error" id="q-error">
            {props.error}
          </p>
        ) : null}
        <input
          id="q"
          name="q"
          type="search"
          value={props.q}
          maxlength={100}
          aria-describedby={props.error ? 'q-hint q-error' : 'q-hint'}
        />
        <button type="submit">{m.searchButton}</button>
      </form>
      {shown.items.length === 0 ? (
        <p>{m.noServices}</p>
      ) : (
        <ServiceTables lang={props.lang} digits={props.digits} services={shown.items} />
      )}
      <Pager
        lang={props.lang}
        digits={props.digits}
        page={shown.page}
        pages={shown.pages}
        href={(page) => pageHref('/services', { q: props.q }, page)}
      />
      <p>
        <a href="/owso/offices">{m.officesTitle}</a> ·{' '}
        <a href="/owso/overcharging/new">{m.overchargingTitle}</a>
      </p>
    </>
  );
}

export function ServiceDetail(
  props: View & {
    s: ServiceRow;
    history: { fee_riel: number; effective_from: string }[];
  },
) {
  const m = owsoMessages[props.lang];
  const { s, lang } = props;
  return (
    <>
      <SampleWarning lang={lang} show={s.is_sample === 1} />
      <dl>
        <dt>{m.code}</dt>
        <dd>{s.code}</dd>
        <dt>{m.fee}</dt>
        <dd>
          <FeeText {...props} fee={s.fee_riel} />
        </dd>
        <dt>{m.maxDays}</dt>
        <dd>{m.days(formatNumber(s.max_days, lang, props.digits))}</dd>
        <dt>{m.documents}</dt>
        <dd>
          <ul>
            {lines(lang === 'km' ? s.documents_km : s.documents_en).map((d) => (
              <li>{d}</li>
            ))}
          </ul>
        </dd>
        <dt>{m.whoMayApply}</dt>
        <dd>{lang === 'km' ? s.who_may_apply_km : s.who_may_apply_en}</dd>
        <dt>{m.legalBasis}</dt>
        <dd>{s.legal_basis}</dd>
        <dt>{m.payWhere}</dt>
        <dd>
          {[s.pay_at_counter === 1 ? m.payCounter : null, s.pay_at_agency === 1 ? m.payAgency : null]
            .filter(Boolean)
            .join('; ')}
        </dd>
      </dl>
      <h2>{m.feeHistory}</h2>
      <table>
        <ColumnHeads columns={[m.from, m.fee]} />
        <tbody>
          {props.history.map((f) => (
            <tr>
              <td>{formatDate(f.effective_from, lang, props.digits)}</td>
              <td>
                <FeeText {...props} fee={f.fee_riel} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={`/owso/overcharging/new?service=${encodeURIComponent(s.code)}`}>{m.overchargingLink}</a>
      </p>
    </>
  );
}

function OfficeFacts(props: View & { o: OfficeRow; m: OwsoMessages }) {
  const { o, m, lang } = props;
  return (
    <dl>
      <dt>{m.code}</dt>
      <dd>{o.code}</dd>
      <dt>{m.status}</dt>
      <dd>
        {m.rollout[o.rollout_status]}
        {o.operating_since
          ? ` — ${m.operatingSince} ${formatDate(o.operating_since, lang, props.digits)}`
          : ''}
      </dd>
      <dt>{m.openingHours}</dt>
      <dd>{(lang === 'km' ? o.opening_hours_km : o.opening_hours_en) ?? '—'}</dd>
      <dt>{m.counters}</dt>
      <dd>{formatNumber(o.counters, lang, props.digits)}</dd>
    </dl>
  );
}

export function OfficePage(props: View & { o: OfficeRow; services: PageOf<ServiceRow> }) {
  const m = owsoMessages[props.lang];
  const code = encodeURIComponent(props.o.code);
  const shown = props.services;
  return (
    <>
      <OfficeFacts {...props} m={m} />
      <p>
        <a href={`/owso/offices/${code}/poster?size=a4`}>{m.posterA4}</a> ·{' '}
        <a href={`/owso/offices/${code}/poster?size=a3`}>{m.posterA3}</a> ·{' '}
        <a href={`/owso/overcharging/new?office=${code}`}>{m.overchargingLink}</a>
      </p>
      <h2>{m.officeServices}</h2>
      <SampleWarning lang={props.lang} show={shown.items.some((s) => s.is_sample === 1)} />
      {shown.items.length === 0 ? (
        <p>{m.noServices}</p>
      ) : (
        <ServiceTables lang={props.lang} digits={props.digits} services={shown.items} />
      )}
      <Pager
        lang={props.lang}
        digits={props.digits}
        page={shown.page}
        pages={shown.pages}
        href={(page) => pageHref(`/owso/offices/${code}`, {}, page)}
      />
    </>
  );
}

export function OfficesList(props: View & { offices: OfficeRow[] }) {
  const m = owsoMessages[props.lang];
  return (
    <table>
      <ColumnHeads columns={[m.office, m.level, m.status]} />
      <tbody>
        {props.offices.map((o) => (
          <tr>
            <td>
              <a href={`/owso/offices/${encodeURIComponent(o.code)}`}>{nameOf(o, props.lang)}</a>
            </td>
            <td>{m.levels[o.level]}</td>
            <td>{m.rollout[o.rollout_status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The public list of offices: a province at a time, a page at a time (there is an office in every commune). */
export function OfficesDirectory(
  props: View & {
    offices: PageOf<OfficeRow>;
    provinces: { code: string; name_km: string; name_latin: string }[];
    province: string;
  },
) {
  const m = owsoMessages[props.lang];
  return (
    <>
      <form method="get" action="/owso/offices" class="inline">
        <p>
          <label for="province">{m.province}</label>
          <select id="province" name="province">
            <option value="">{m.allProvinces}</option>
            {props.provinces.map((p) => (
              <option value={p.code} selected={p.code === props.province}>
                {props.lang === 'km' ? p.name_km : p.name_latin}
              </option>
            ))}
          </select>
        </p>
        <button type="submit">{m.show}</button>
      </form>
      <OfficesList lang={props.lang} digits={props.digits} offices={props.offices.items} />
      <Pager
        lang={props.lang}
        digits={props.digits}
        page={props.offices.page}
        pages={props.offices.pages}
        href={(page) => pageHref('/owso/offices', { province: props.province }, page)}
      />
    </>
  );
}

/** Services per printed sheet: with the header and the QR code, a sheet of this many rows fits its paper. */
export const POSTER_ROWS_PER_SHEET = { a4: 7, a3: 10 } as const;

/**
 * The poster: both languages at once (Khmer first), the fees, documents, hours and a QR code to the
 * overcharging form. Each printed sheet is one <section>, with the office, its rows, the QR code and its
 * number: however long the list, every sheet on the wall tells how to report. The layout's print CSS hides
 * the site's header and menus; @page sets the paper.
 */
export function Poster(
  props: View & { o: OfficeRow; services: ServiceRow[]; size: 'a4' | 'a3'; reportUrl: string; qr: string },
) {
  const km = owsoMessages.km;
  const en = owsoMessages.en;
  const { o } = props;
  const both = (k: string, e: string) => (
    <>
      <span lang="km">{k}</span> / <span lang="en">{e}</span>
    </>
  );
  const fee = (n: number | null) =>
    n === null
      ? '—'
      : n === 0
        ? `${km.free} / ${en.free}`
        : `${formatNumber(n, 'km', 'khmr')} រៀល / ${formatNumber(n, 'en')} riel`;
  const perSheet = POSTER_ROWS_PER_SHEET[props.size];
  const sheets: ServiceRow[][] = [];
  for (let i = 0; i < Math.max(1, props.services.length); i += perSheet)
    sheets.push(props.services.slice(i, i + perSheet));
  const a3 = props.size === 'a3';
  return (
    <div class={`poster poster-${props.size}`}>
      <style>
        {raw(
          `@page{size:${props.size.toUpperCase()} portrait;margin:12mm}.poster table{width:100%;border-collapse:collapse;margin:.25rem 0}.poster td,.poster th{border:1px solid #000;padding:2px 4px;vertical-align:top}.poster-a3{font-size:1.2rem}.sheet{border-bottom:2px dashed #999;padding-bottom:1rem;margin-bottom:1rem}.sheet-foot{display:flex;gap:1rem;align-items:center}.sheet-foot p{min-width:0;overflow-wrap:anywhere}.poster .qr svg{width:${a3 ? 45 : 32}mm;height:auto;flex:none}@media print{main:has(.poster)>h1{display:none}.poster{font-size:${a3 ? '12pt' : '9pt'};line-height:1.45}.poster h2{margin:0 0 2mm;font-size:1.3em}.sheet{break-after:page;break-inside:avoid;border:0;margin:0;padding:0}.sheet:last-child{break-after:auto}.poster tr{break-inside:avoid}.poster .table-wrap{overflow:visible}}`,
        )}
      </style>
      <p class="no-print">
        <a href={`/owso/offices/${encodeURIComponent(o.code)}`}>{nameOf(o, props.lang)}</a>
      </p>
      {sheets.map((rows, index) => (
        <section
          class="sheet"
          aria-label={`${km.sheet(formatNumber(index + 1, 'km', 'khmr'), formatNumber(sheets.length, 'km', 'khmr'))} / ${en.sheet(String(index + 1), String(sheets.length))}`}
        >
          <h2>{both(o.name_km, o.name_en)}</h2>
          <p>
            <strong>{both(km.posterTitle, en.posterTitle)}</strong>
          </p>
          {index === 0 ? (
            <>
              <SampleWarning lang="km" show={props.services.some((s) => s.is_sample === 1)} />
              <div lang="en">
                <SampleWarning lang="en" show={props.services.some((s) => s.is_sample === 1)} />
              </div>
            </>
          ) : null}
          {index === 0 ? (
            <p>
              {km.openingHours} / {en.openingHours}: <span lang="km">{o.opening_hours_km ?? '—'}</span> /{' '}
              <span lang="en">{o.opening_hours_en ?? '—'}</span>
            </p>
          ) : null}
          <DataTable label={`${km.posterTitle} / ${en.posterTitle}`}>
            <ColumnHeads
              columns={[
                both(km.service, en.service),
                both(km.fee, en.fee),
                both(km.maxDays, en.maxDays),
                both(km.documents, en.documents),
              ]}
            />
            <tbody>
              {rows.map((s) => (
                <tr>
                  <td>
                    <span lang="km">{s.name_km}</span>
                    <br />
                    <span lang="en">{s.name_en}</span> ({s.code})
                  </td>
                  <td>{fee(s.fee_riel)}</td>
                  <td>
                    {km.days(formatNumber(s.max_days, 'km', 'khmr'))} / {en.days(String(s.max_days))}
                  </td>
                  <td>
                    <span lang="km">{lines(s.documents_km).join('; ')}</span>
                    <br />
                    <span lang="en">{lines(s.documents_en).join('; ')}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <div class="qr sheet-foot">
            <div role="img" aria-label={`QR: ${props.reportUrl}`}>
              {raw(props.qr)}
            </div>
            <p>
              {km.posterQr} / {en.posterQr} <span>{props.reportUrl}</span>
              <br />
              <strong>
                {km.sheet(formatNumber(index + 1, 'km', 'khmr'), formatNumber(sheets.length, 'km', 'khmr'))} /{' '}
                {en.sheet(String(index + 1), String(sheets.length))}
              </strong>
            </p>
          </div>
        </section>
      ))}
    </div>
  );
}

export interface OverchargingValues {
  office: string;
  service: string;
  amount: string;
  receipt: string;
  details: string;
}

/** A field of the overcharging form: its label, its error, then the control. */
function Labelled(p: { id: string; label: string; error: Child; children: Child }) {
  return (
    <p>
      <label for={p.id}>{p.label}</label>
      {p.error}
      {p.children}
    </p>
  );
}

export function OverchargingForm(
  props: View & {
    csrfToken: string;
    /** One-time token: a second tap or a resend on a bad network files no second report. */
    formToken: string;
    offices: OfficeRow[];
    services: ServiceRow[];
    values: OverchargingValues;
    errors: Partial<Record<keyof OverchargingValues | 'form', string>>;
  },
) {
  const m = owsoMessages[props.lang];
  const { values, errors } = props;
  const err = (field: keyof OverchargingValues) =>
    errors[field] ? (
      <p class="error" id={`${field}-error`}>
        {textFor(m.errors, errors[field]) ?? m.errors.invalid}
      </p>
    ) : null;
  const described = (field: keyof OverchargingValues) => (errors[field] ? `${field}-error` : undefined);
  return (
    <>
      <p>{m.overchargingIntro}</p>
      {Object.keys(errors).length > 0 ? (
        <p class="alert" role="alert">
          {errors.form ? (textFor(m.errors, errors.form) ?? m.errors.invalid) : m.errorSummary}
        </p>
      ) : null}
      <form method="post" action="/owso/overcharging">
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="form_token" value={props.formToken} />
        <Labelled id="office" label={m.office} error={err('office')}>
          <select id="office" name="office" required aria-describedby={described('office')}>
            <option value="">{m.chooseOffice}</option>
            {props.offices.map((o) => (
              <option value={o.code} selected={o.code === values.office}>
                {nameOf(o, props.lang)}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled id="service" label={m.service} error={err('service')}>
          <select id="service" name="service" required aria-describedby={described('service')}>
            <option value="">{m.chooseService}</option>
            {props.services.map((s) => (
              <option value={s.code} selected={s.code === values.service}>
                {s.code} — {nameOf(s, props.lang)}
              </option>
            ))}
          </select>
        </Labelled>
        {(
          [
            { id: 'amount', label: m.amount, maxlength: 14, attrs: { inputmode: 'numeric', required: true } },
            { id: 'receipt', label: m.receipt, maxlength: 40, attrs: {} },
          ] as const
        ).map((f) => (
          <Labelled id={f.id} label={f.label} error={err(f.id)}>
            <input
              id={f.id}
              name={f.id}
              {...f.attrs}
              value={values[f.id]}
              maxlength={f.maxlength}
              aria-describedby={described(f.id)}
            />
          </Labelled>
        ))}
        <Labelled id="details" label={m.details} error={err('details')}>
          <textarea
            id="details"
            name="details"
            maxlength={1000}
            rows={4}
            aria-describedby={described('details')}
          >
            {values.details}
          </textarea>
        </Labelled>
        <button type="submit">{m.send}</button>
      </form>
    </>
  );
}
