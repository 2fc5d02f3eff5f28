// View of what a complaint is about, for the ombudsman of its office: the kind, and a form for the service and
// (when the complaint names only the district) the commune. Pure: given its data.
import type { Lang } from '../../platform/i18n/i18n';
import { ErrorSummary, Field, fieldAria } from '../../web/form';
import { CsrfField } from '../../web/layout';
import { citizensOfficeMessages } from './complaint.messages';
import type { PlaceOption, ServiceOption } from './complaint.pages';
import type { ComplaintKind } from './complaint.table';
import { complaintAboutMessages } from './complaint-about.messages';

export type ComplaintAboutField = 'service' | 'commune';

export function ComplaintAboutView(props: {
  lang: Lang;
  csrfToken: string;
  action: string;
  caseHref: string;
  kind: ComplaintKind;
  service: string;
  district: PlaceOption;
  /** The commune it names, or the district's communes to choose from when it names none. */
  commune: PlaceOption | null;
  communes: PlaceOption[];
  services: ServiceOption[];
  notice?: string;
  error?: { field: ComplaintAboutField; code: keyof (typeof complaintAboutMessages)['en']['errors'] };
}) {
  const { lang } = props;
  const m = complaintAboutMessages[lang];
  const k = citizensOfficeMessages[lang];
  const name = (p: PlaceOption) => (lang === 'km' ? p.name_km : p.name_latin);
  const err = (field: ComplaintAboutField) =>
    props.error?.field === field ? m.errors[props.error.code] : undefined;
  return (
    <>
      <p>
        <a href={props.caseHref}>{m.backToCase}</a>
      </p>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <ErrorSummary
        title={props.error ? m.errorTitle : undefined}
        items={props.error ? [m.errors[props.error.code]] : []}
      />
      <p>{m.intro}</p>
      <p>
        {m.kind}: <strong>{k.kinds[props.kind]}</strong>
      </p>
      <p>
        {m.office}:{' '}
        <strong>
          {props.commune ? `${name(props.commune)}, ` : ''}
          {name(props.district)}
        </strong>
      </p>
      <form method="post" action={props.action}>
        <CsrfField token={props.csrfToken} />
        <Field id="service" label={m.service} error={err('service')}>
          <select id="service" name="service" required {...fieldAria('service', false, err('service'))}>
            {props.services.map((s) => (
              <option value={s.code} selected={props.service === s.code}>
                {lang === 'km' ? s.name_km : s.name_en}
              </option>
            ))}
            <option value="other" selected={props.service === 'other'}>
              {k.otherService}
            </option>
          </select>
        </Field>
        {props.commune ? (
          <p class="muted">{m.communeSet}</p>
        ) : (
          <Field id="commune" label={m.commune} error={err('commune')}>
            <select id="commune" name="commune" {...fieldAria('commune', false, err('commune'))}>
              <option value="">{m.districtOffice}</option>
              {props.communes.map((p) => (
                <option value={p.code}>{name(p)}</option>
              ))}
            </select>
          </Field>
        )}
        <button type="submit">{m.save}</button>
      </form>
    </>
  );
}
