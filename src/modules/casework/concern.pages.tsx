// The concern form's view: plain HTML that works without JavaScript, the place chosen one level per step.
// The same form serves the public and office staff logging a walk-in, call, letter or field mission.
import type { Lang } from '../../platform/i18n/i18n';
import { describedBy, FieldError as ErrorLine } from '../../web/form';
import { CsrfField } from '../../web/layout';
import type { ContactChoice } from './case.table';
import { type FieldError, type IntakeMessages, intakeMessages, type StaffChannel } from './messages';

export const STAFF_CHANNELS: readonly StaffChannel[] = ['in_person', 'phone', 'letter', 'field_mission'];

/** What only staff fill in: how the concern came in, and the language the citizen's messages go in. */
export interface StaffFields {
  channel: string;
  citizenLang: string;
  errors: Partial<Record<'channel' | 'citizenLang', FieldError>>;
}

export interface ConcernFormValues {
  category: string;
  description: string;
  province: string;
  district: string;
  commune: string;
  name: string;
  phone: string;
  email: string;
  preferredContact: string;
  confidential: boolean;
  consentToShare: boolean;
}

export interface Choice {
  code: string;
  label: string;
}

export interface ConcernFormProps {
  lang: Lang;
  csrfToken: string;
  formToken: string;
  values: ConcernFormValues;
  errors: Partial<Record<keyof ConcernFormValues, FieldError>>;
  categories: Choice[];
  provinces: Choice[];
  districts: Choice[];
  communes: Choice[];
  /** Where every button posts; the public form's by default. */
  action?: string;
  /** Present on the office's form: the channel and the citizen's language are asked first. */
  staff?: StaffFields;
}

/** The error text under a field; its id is what the field's aria-describedby points to. */
function FieldErrorText(props: { id: string; error?: FieldError; m: IntakeMessages; field: string }) {
  if (!props.error) return null;
  const text =
    props.field === 'description' && props.error === 'too-long'
      ? props.m.descriptionTooLong
      : props.m.errors[props.error];
  return <ErrorLine id={props.id} text={text} />;
}

function Select(props: {
  id: keyof ConcernFormValues;
  label: string;
  placeholder: string;
  choices: Choice[];
  value: string;
  error?: FieldError;
  m: IntakeMessages;
  required?: boolean;
}) {
  return (
    <p>
      <label for={props.id}>{props.label}</label>
      <br />
      <select
        id={props.id}
        name={props.id}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.id, false, props.error)}
      >
        <option value="">{props.placeholder}</option>
        {props.choices.map((choice) => (
          <option value={choice.code} selected={choice.code === props.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <FieldErrorText id={props.id} error={props.error} m={props.m} field={props.id} />
    </p>
  );
}

function TextField(props: {
  id: 'name' | 'phone' | 'email';
  type: string;
  label: string;
  hint?: string;
  value: string;
  error?: FieldError;
  m: IntakeMessages;
  autocomplete: string;
}) {
  return (
    <p>
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <>
          <br />
          <span class="muted" id={`${props.id}-hint`}>
            {props.hint}
          </span>
        </>
      ) : null}
      <br />
      <input
        id={props.id}
        name={props.id}
        type={props.type}
        value={props.value}
        autocomplete={props.autocomplete}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.id, !!props.hint, props.error)}
      />
      <FieldErrorText id={props.id} error={props.error} m={props.m} field={props.id} />
    </p>
  );
}

/** The office's own questions: the channel (required) and the language of the citizen's messages. */
function StaffFieldset(props: { staff: StaffFields; m: IntakeMessages }) {
  const { staff, m } = props;
  const channelError = staff.errors.channel;
  const langError = staff.errors.citizenLang;
  return (
    <>
      <fieldset aria-describedby={channelError ? 'channel-error' : undefined}>
        <legend>{m.channelLegend}</legend>
        {STAFF_CHANNELS.map((value) => (
          <div class="check option">
            <input
              type="radio"
              id={`channel-${value}`}
              name="channel"
              value={value}
              checked={staff.channel === value}
            />
            <label for={`channel-${value}`}>{m.channels[value]}</label>
          </div>
        ))}
        <FieldErrorText id="channel" error={channelError} m={m} field="channel" />
      </fieldset>
      <p>
        <label for="citizenLang">{m.citizenLang}</label>
        <select
          id="citizenLang"
          name="citizenLang"
          aria-invalid={langError ? 'true' : undefined}
          aria-describedby={describedBy('citizenLang', false, langError)}
        >
          <option value="km" selected={staff.citizenLang !== 'en'}>
            {m.langKm}
          </option>
          <option value="en" selected={staff.citizenLang === 'en'}>
            {m.langEn}
          </option>
        </select>
        <FieldErrorText id="citizenLang" error={langError} m={m} field="citizenLang" />
      </p>
    </>
  );
}

/** Where the error summary's link for a field lands, and the field's name in the summary. */
function errorTarget(field: keyof ConcernFormValues, m: IntakeMessages): [anchor: string, label: string] {
  const labels: Record<keyof ConcernFormValues, [string, string]> = {
    category: ['category', m.category],
    description: ['description', m.description],
    province: ['province', m.province],
    district: ['district', m.district],
    commune: ['commune', m.commune],
    name: ['name', m.name],
    phone: ['phone', m.phone],
    email: ['email', m.email],
    preferredContact: ['contact-sms', m.preferredContact],
    confidential: ['confidential', m.confidential],
    consentToShare: ['consentToShare', m.consent],
  };
  return labels[field];
}

/** The refused form's summary, at its top: each wrong field by name, a link to it, and what is wrong. */
function ConcernErrorSummary(p: {
  m: IntakeMessages;
  errors: ConcernFormProps['errors'];
  staff?: StaffFields;
}) {
  const { m } = p;
  const fields = (Object.keys(p.errors) as (keyof ConcernFormValues)[]).filter((f) => p.errors[f]);
  const staffFields = (Object.keys(p.staff?.errors ?? {}) as ('channel' | 'citizenLang')[]).filter(
    (f) => p.staff?.errors[f],
  );
  return (
    <div class="alert" role="alert" id="error-summary">
      <p>{m.errorSummary}</p>
      <ul>
        {staffFields.map((f) => (
          <li>
            <a href={f === 'channel' ? '#channel-in_person' : '#citizenLang'}>
              {f === 'channel' ? m.channelLegend : m.citizenLang}
            </a>
          </li>
        ))}
        {fields.map((f) => {
          const [anchor, label] = errorTarget(f, m);
          const code = p.errors[f];
          const text =
            f === 'description' && code === 'too-long' ? m.descriptionTooLong : code ? m.errors[code] : '';
          return (
            <li>
              <a href={`#${anchor}`}>{label}</a>: {text}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The contact fields, in order: the field, its input type, what the browser may fill it with, its hint. */
const CONTACT_FIELDS = [
  { id: 'name', type: 'text', autocomplete: 'name' },
  { id: 'phone', type: 'tel', autocomplete: 'tel', hint: 'phoneHint' },
  { id: 'email', type: 'email', autocomplete: 'email' },
] as const;

/**
 * The place, one level per step: the province always; the district and the commune once the step before was
 * shown. Each list but the last has the button that shows the next (and lands there).
 */
function placeSteps(p: ConcernFormProps, m: IntakeMessages) {
  const steps: {
    id: 'province' | 'district' | 'commune';
    label: string;
    choices: Choice[];
    required?: true;
    next?: { list: string; button: string };
  }[] = [
    {
      id: 'province',
      label: m.province,
      choices: p.provinces,
      required: true,
      next: { list: 'district', button: m.showDistricts },
    },
  ];
  if (p.districts.length > 0)
    steps.push({
      id: 'district',
      label: m.district,
      choices: p.districts,
      next: { list: 'commune', button: m.showCommunes },
    });
  if (p.communes.length > 0) steps.push({ id: 'commune', label: m.commune, choices: p.communes });
  return steps;
}

/**
 * The whole form. Every button posts it to `action` (/concerns); the "show districts/communes" buttons carry a
 * `step`, so the server re-renders the form with the next list filled and nothing typed is lost —
 * and nothing personal travels in a URL.
 */
export function ConcernForm(p: ConcernFormProps) {
  const m = intakeMessages[p.lang];
  const v = p.values;
  const e = p.errors;
  const staff = p.staff;
  const hasErrors = Object.keys(e).length > 0 || Object.keys(staff?.errors ?? {}).length > 0;
  const submitText = staff ? m.staffSubmit : m.submit;
  // No option is checked at first: left so, the choice follows the contacts given (a phone means SMS).
  const contactOptions: [ContactChoice, string, string | null][] = [
    ['sms', m.contactSms, m.contactSmsHint],
    ['telegram', m.contactTelegram, m.contactTelegramHint],
    ['email', m.contactEmail, m.contactEmailHint],
    ['none', m.contactNone, null],
  ];
  return (
    <>
      {hasErrors ? <ConcernErrorSummary m={m} errors={e} staff={staff} /> : null}
      <p>{staff ? m.staffIntro : m.formIntro}</p>
      <form method="post" action={p.action ?? '/concerns'} novalidate>
        <CsrfField token={p.csrfToken} />
        <input type="hidden" name="form_token" value={p.formToken} />
        {/* The phone keyboard's Go/Enter presses a form's first submit button: without this one it
            would be "show districts", and the citizen would think the concern was sent. Hidden
            from sight, focus and screen readers, who use the real button at the end. */}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: tabindex -1 keeps it out of focus order; axe's aria-hidden-focus agrees */}
        <button type="submit" class="sr-only" tabindex={-1} aria-hidden="true">
          {submitText}
        </button>
        {staff ? <StaffFieldset staff={staff} m={m} /> : null}
        <Select
          id="category"
          label={m.category}
          placeholder={m.chooseCategory}
          choices={p.categories}
          value={v.category}
          error={e.category}
          m={m}
          required
        />
        <p>
          <label for="description">{m.description}</label>
          <br />
          <span class="muted" id="description-hint">
            {m.descriptionHint}
          </span>
          <br />
          <textarea
            id="description"
            name="description"
            rows={8}
            maxlength={4000}
            required
            aria-invalid={e.description ? 'true' : undefined}
            aria-describedby={describedBy('description', true, e.description)}
          >
            {v.description}
          </textarea>
          <FieldErrorText id="description" error={e.description} m={m} field="description" />
        </p>
        <fieldset aria-describedby="place-hint">
          <legend>{m.placeLegend}</legend>
          <p class="muted" id="place-hint">
            {m.placeHint}
          </p>
          {placeSteps(p, m).map((step) => (
            <>
              <Select
                id={step.id}
                label={step.label}
                placeholder={m.choose}
                choices={step.choices}
                value={v[step.id]}
                error={e[step.id]}
                m={m}
                required={step.required}
              />
              {step.next ? (
                <p>
                  {/* The answer lands at the list it fills (#district, #commune): on a phone the place on the page is kept. */}
                  <button
                    type="submit"
                    name="step"
                    value={step.id}
                    class="secondary"
                    formaction={`${p.action ?? '/concerns'}#${step.next.list}`}
                  >
                    {step.next.button}
                  </button>
                </p>
              ) : null}
            </>
          ))}
        </fieldset>
        <fieldset>
          <legend>{m.contactLegend}</legend>
          {/* Said where the personal questions start, so the form's first field stays on the first screen. */}
          <section class="notice" aria-labelledby="anon-title">
            <h2 id="anon-title">{m.anonymityTitle}</h2>
            <p>{m.anonymityBody}</p>
          </section>
          {CONTACT_FIELDS.map((f) => (
            <TextField
              id={f.id}
              type={f.type}
              label={m[f.id]}
              hint={'hint' in f ? m[f.hint] : undefined}
              value={v[f.id]}
              error={e[f.id]}
              m={m}
              autocomplete={f.autocomplete}
            />
          ))}
          <fieldset
            aria-describedby={
              e.preferredContact ? 'preferredContact-hint preferredContact-error' : 'preferredContact-hint'
            }
          >
            <legend>{m.preferredContact}</legend>
            <p class="muted" id="preferredContact-hint">
              {m.contactChoiceHint}
            </p>
            {contactOptions.map(([value, label, hint]) => (
              <div class="check option">
                <input
                  type="radio"
                  id={`contact-${value}`}
                  name="preferredContact"
                  value={value}
                  checked={v.preferredContact === value}
                  aria-describedby={hint ? `contact-${value}-hint` : undefined}
                />
                <div>
                  <label for={`contact-${value}`}>{label}</label>
                  {hint ? (
                    <span class="muted" id={`contact-${value}-hint`}>
                      {hint}
                    </span>
                  ) : null}
                </div>
              </div>
            ))}
            <FieldErrorText id="preferredContact" error={e.preferredContact} m={m} field="preferredContact" />
          </fieldset>
          {(
            [
              ['confidential', m.confidential, m.confidentialHint],
              ['consentToShare', m.consent, m.consentHint],
            ] as const
          ).map(([id, label, hint]) => (
            <div class="check">
              <input
                type="checkbox"
                id={id}
                name={id}
                value="yes"
                checked={v[id]}
                aria-describedby={`${id}-hint`}
              />
              <div>
                <label for={id}>{label}</label>
                <span class="muted" id={`${id}-hint`}>
                  {hint}
                </span>
              </div>
            </div>
          ))}
        </fieldset>
        <p>
          <button type="submit" class="button">
            {submitText}
          </button>
        </p>
      </form>
    </>
  );
}
