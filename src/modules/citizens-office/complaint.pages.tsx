// Views of the Citizens' Office: the place picker (one level per GET step, no JavaScript), the complaint form
// (web and counter), and the monthly report's protected counts. Pure: given their data.
import { monthInputHint } from '../../platform/i18n/date-input';
import type { Digits, Lang } from '../../platform/i18n/i18n';
import { inDigits, textFor } from '../../platform/i18n/i18n';
import { dateControlAttrs, ErrorSummary, Field, fieldAria } from '../../web/form';
import { CsrfField } from '../../web/layout';
import { type ShownCount, ShownCountText } from '../casework';
import { citizensOfficeMessages } from './complaint.messages';
import { COMPLAINT_KINDS } from './complaint.table';

export interface PlaceOption {
  code: string;
  name_km: string;
  name_latin: string;
}
export interface ServiceOption {
  code: string;
  name_km: string;
  name_en: string;
}

const placeName = (p: PlaceOption, lang: Lang) => (lang === 'km' ? p.name_km : p.name_latin);

/** Step 1 and 2: the province, then its district; each a GET form, so the back button and no-JS both work. */
export function PlacePicker(props: {
  lang: Lang;
  action: string;
  provinces: PlaceOption[];
  province?: string;
  districts?: PlaceOption[];
  error?: boolean;
}) {
  const m = citizensOfficeMessages[props.lang];
  return (
    <>
      <p>{m.intro}</p>
      <p class="muted">{m.privacy}</p>
      {props.error ? <ErrorSummary items={[m.errors['unknown-district']]} /> : null}
      <form method="get" action={props.action}>
        <Field id="province" label={m.chooseProvince}>
          <select id="province" name="province" required {...fieldAria('province', false, false)}>
            {props.provinces.map((p) => (
              <option value={p.code} selected={p.code === props.province}>
                {placeName(p, props.lang)}
              </option>
            ))}
          </select>
        </Field>
        {props.districts ? (
          <Field id="district" label={m.chooseDistrict}>
            <select id="district" name="district" required>
              {props.districts.map((d) => (
                <option value={d.code}>{placeName(d, props.lang)}</option>
              ))}
            </select>
          </Field>
        ) : null}
        <button type="submit">{m.next}</button>
      </form>
    </>
  );
}

export type ComplaintValues = Record<
  | 'district'
  | 'commune'
  | 'kind'
  | 'service'
  | 'description'
  | 'name'
  | 'phone'
  | 'email'
  | 'preferredContact'
  | 'consent'
  | 'share'
  | 'channel',
  string
>;
export type ComplaintErrors = Partial<Record<keyof ComplaintValues | 'form', string>>;

/** The complaint itself, for a district already chosen: the web form, or the ombudsman's counter form. */
export function ComplaintForm(props: {
  lang: Lang;
  action: string;
  /** The counter: how the complaint came in; the web: the citizen's own consent. */
  counter: boolean;
  csrfToken: string;
  formToken: string;
  district: PlaceOption;
  communes: PlaceOption[];
  services: ServiceOption[];
  values: ComplaintValues;
  errors: ComplaintErrors;
  changePlace?: string;
}) {
  const { lang, values, errors } = props;
  const m = citizensOfficeMessages[lang];
  const err = (f: keyof ComplaintErrors) =>
    errors[f] ? (textFor(m.errors, errors[f]) ?? m.errors.invalid) : undefined;
  const problems = Object.keys(errors).map((f) => err(f as keyof ComplaintErrors) ?? m.errors.invalid);
  return (
    <>
      <p>{props.counter ? m.counterIntro : m.intro}</p>
      <p class="muted">{m.privacy}</p>
      <ErrorSummary title={problems.length ? m.errorTitle : undefined} items={problems} />
      <p>
        {m.district}: <strong>{placeName(props.district, lang)}</strong>{' '}
        {props.changePlace ? <a href={props.changePlace}>{m.changePlace}</a> : null}
      </p>
      <form method="post" action={props.action}>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="form_token" value={props.formToken} />
        <input type="hidden" name="district" value={props.district.code} />
        {props.counter ? (
          <Field id="channel" label={m.channel} error={err('channel')}>
            <select id="channel" name="channel" {...fieldAria('channel', false, errors.channel)}>
              {(['in_person', 'phone', 'letter'] as const).map((ch) => (
                <option value={ch} selected={values.channel === ch}>
                  {m.channels[ch]}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field id="commune" label={m.commune} error={err('commune')}>
          <select id="commune" name="commune" {...fieldAria('commune', false, errors.commune)}>
            <option value="">{m.districtOffice}</option>
            {props.communes.map((p) => (
              <option value={p.code} selected={values.commune === p.code}>
                {placeName(p, lang)}
              </option>
            ))}
          </select>
        </Field>
        <fieldset>
          <legend>{m.kind}</legend>
          {COMPLAINT_KINDS.map((k) => (
            <p>
              <label>
                <input type="radio" name="kind" value={k} checked={values.kind === k} required /> {m.kinds[k]}
              </label>
            </p>
          ))}
          {errors.kind ? <p class="error">{err('kind')}</p> : null}
        </fieldset>
        <Field id="service" label={m.service} error={err('service')}>
          <select id="service" name="service" required {...fieldAria('service', false, errors.service)}>
            {props.services.map((s) => (
              <option value={s.code} selected={values.service === s.code}>
                {lang === 'km' ? s.name_km : s.name_en}
              </option>
            ))}
            <option value="other" selected={values.service === 'other'}>
              {m.otherService}
            </option>
          </select>
        </Field>
        <Field id="description" label={m.description} hint={m.descriptionHint} error={err('description')}>
          <textarea
            id="description"
            name="description"
            rows={6}
            required
            maxlength={4000}
            {...fieldAria('description', true, errors.description)}
          >
            {values.description}
          </textarea>
        </Field>
        <fieldset>
          <legend>{m.yourDetails}</legend>
          <Field id="name" label={m.name} error={err('name')}>
            <input id="name" name="name" value={values.name} autocomplete="name" maxlength={100} />
          </Field>
          <Field id="phone" label={m.phone} error={err('phone')}>
            <input
              id="phone"
              name="phone"
              type="tel"
              value={values.phone}
              autocomplete="tel"
              {...fieldAria('phone', false, errors.phone)}
            />
          </Field>
          <Field id="email" label={m.email} error={err('email')}>
            <input
              id="email"
              name="email"
              type="email"
              value={values.email}
              autocomplete="email"
              {...fieldAria('email', false, errors.email)}
            />
          </Field>
          <Field id="preferredContact" label={m.howTold} error={err('preferredContact')}>
            <select
              id="preferredContact"
              name="preferredContact"
              {...fieldAria('preferredContact', false, errors.preferredContact)}
            >
              <option value="" />
              {(['sms', 'telegram', 'email', 'none'] as const).map((ch) => (
                <option value={ch} selected={values.preferredContact === ch}>
                  {m.contactChoices[ch]}
                </option>
              ))}
            </select>
          </Field>
        </fieldset>
        <p>
          <label>
            <input type="checkbox" name="consent" value="on" checked={values.consent === 'on'} required />{' '}
            {m.consent}
          </label>
          {errors.consent ? <span class="error"> {err('consent')}</span> : null}
        </p>
        <p>
          <label>
            <input type="checkbox" name="share" value="on" checked={values.share === 'on'} /> {m.share}
          </label>
        </p>
        <button type="submit">{props.counter ? m.record : m.submit}</button>
      </form>
    </>
  );
}

export interface ReportColumn {
  title: string;
  rows: { label: string; count: ShownCount }[];
  total: ShownCount;
}

/** The month's protected counts: each table one column that adds up to its total. */
export function MonthlyReportView(props: {
  lang: Lang;
  digits: Digits;
  officeName: string;
  month: string;
  monthError: boolean;
  columns: ReportColumn[];
}) {
  const m = citizensOfficeMessages[props.lang];
  return (
    <>
      <p>{m.reportIntro}</p>
      <p>
        <strong>{props.officeName}</strong>
      </p>
      <form method="get" action="/citizens-office/reports/monthly">
        <Field
          id="month"
          label={m.month}
          hint={monthInputHint(props.lang, props.digits)}
          error={props.monthError ? m.badMonth : undefined}
        >
          <input
            id="month"
            name="month"
            value={inDigits(props.month, props.digits)}
            {...dateControlAttrs('month', { kind: 'month', error: props.monthError })}
          />
        </Field>
        <button type="submit">{m.show}</button>
      </form>
      {props.columns.length ? <p class="muted">{m.smallCounts}</p> : null}
      {props.columns.map((col) => (
        <table>
          <caption>{col.title}</caption>
          <thead>
            <tr>
              <th scope="col">{col.title}</th>
              <th scope="col">{m.count}</th>
            </tr>
          </thead>
          <tbody>
            {col.rows.map((r) => (
              <tr>
                <th scope="row">{r.label}</th>
                <td>
                  <ShownCountText count={r.count} lang={props.lang} digits={props.digits} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{m.total}</th>
              <td>
                <ShownCountText count={col.total} lang={props.lang} digits={props.digits} />
              </td>
            </tr>
          </tfoot>
        </table>
      ))}
    </>
  );
}
