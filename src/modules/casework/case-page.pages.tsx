// The staff case page: facts, the citizen's words, the timeline with staff notes, and one form per step
// the reader may take now. Contacts are behind a link (each read is audited), never on this page.

import type { Child } from 'hono/jsx';
import { commissionName } from '../../platform/i18n/commission-name';
import {
  type Digits,
  formatDate,
  formatDateTime,
  formatNumber,
  type Lang,
  textFor,
} from '../../platform/i18n/i18n';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import type { DeliveryState } from '../../platform/outbox/delivery-state';
import { ColumnHeads } from '../../web/data-table';
import { fieldAria } from '../../web/form';
import { CsrfField } from '../../web/layout';
import { CASE_STATUSES, type CaseAction, type CaseStatus } from './case.rules';
import type { Channel } from './case.table';
import { type CasePageMessages, casePageMessages, type StepFieldError } from './case-page.messages';
import type { StaffCase } from './casework.rows';
import { DestinationRadios } from './forward-fields.pages';
import { CLOSURE_REASONS, DECLINE_REASONS } from './handle-case.commands';
import { intakeMessages } from './messages';
import { queueMessages } from './queue.messages';
import { isOverdue } from './service-clock.rules';

export type StepField =
  | 'question'
  | 'reply'
  | 'answer'
  | 'reason'
  | 'note'
  | 'duplicateOf'
  | 'destinationKind'
  | 'commission'
  | 'ministry'
  | 'destinationName';

/** A step the reader tried and that came back with errors: its typed values and the errors by field. */
export interface FailedStep {
  action: CaseAction;
  values: Partial<Record<StepField, string>>;
  errors: Partial<Record<StepField, StepFieldError | string>>;
}

export interface TimelineEntry {
  id: number;
  at: string;
  action: string;
  actor_kind: string;
  to_status: string;
  public_note: string | null;
  internal_note: string | null;
  actor_name: string | null;
}

export interface CaseViewProps {
  lang: Lang;
  digits: Digits;
  csrfToken: string;
  /** '/office/cases/…' or '/commission/cases/…': where this reader's forms and links go. */
  base: string;
  row: StaffCase;
  timeline: TimelineEntry[];
  /** What Sala sent the citizen about this case and whether it arrived; never to whom. */
  messages: { id: number; created_at: string; channel: string; template: string; state: DeliveryState }[];
  actions: CaseAction[];
  /** Steps the office records for a ministry or local authority (shown with a note). */
  onBehalf: CaseAction[];
  commissions: { code: string; name_km: string | null; name_en: string }[];
  /** The ministries a concern may be forwarded to, by their stable code. */
  ministries: { code: string; name_km: string; name_en: string }[];
  duplicates: { tracking_code: string; submitted_at: string; shared: number }[];
  mayReadContacts: boolean;
  /** Files the citizen added; empty for a reader who may not see the citizen's personal data. */
  files: { id: number; event_id: number; media_type: string; size_bytes: number }[];
  /** The holding office may issue the citizen a new private link. */
  mayIssueKey: boolean;
  mayPrintLetter: boolean;
  today: string;
  notice?: string;
  failed?: FailedStep;
  /** The holding office's form to complete the topic and place (complete-concern.pages.tsx), while open. */
  completion?: Child;
}

const named = (lang: Lang, km: string | null, other: string | null) =>
  (lang === 'km' ? (km ?? other) : (other ?? km)) ?? '';

export function placeText(row: StaffCase, lang: Lang): string {
  const parts =
    lang === 'km'
      ? [row.commune_km, row.district_km, row.province_km]
      : [row.commune_latin, row.district_latin, row.province_latin];
  return parts.filter(Boolean).join(', ');
}

export function holderText(row: StaffCase, lang: Lang): string {
  const forwarded = ['forwarded', 'acknowledged', 'awaiting_office'].includes(row.status);
  if (forwarded && row.destination_kind === 'commission')
    return commissionName(lang, {
      code: row.commission_code,
      name_km: row.commission_km,
      name_en: row.commission_en,
    });
  if (forwarded && row.destination_name) return row.destination_name;
  return named(lang, row.office_km, row.office_en);
}

function statusText(status: string, lang: Lang) {
  return (CASE_STATUSES as readonly string[]).includes(status)
    ? intakeMessages[lang].statuses[status as CaseStatus]
    : status;
}

function FieldError({ id, error, m }: { id: string; error?: string; m: CasePageMessages }) {
  if (!error) return null;
  const text = textFor(m.fieldErrors, error) ?? textFor(m.refusals, error) ?? error;
  return (
    <span class="error" id={`${id}-error`} role="alert">
      {text}
    </span>
  );
}

/** A labelled text field or textarea of a step's form, refilled and with its error when the step failed. */
function StepText(props: {
  action: CaseAction;
  field: StepField;
  label: string;
  hint?: string;
  multiline?: boolean;
  required?: boolean;
  failed?: FailedStep;
  m: CasePageMessages;
  maxlength: number;
}) {
  const id = `${props.action}-${props.field}`;
  const mine = props.failed?.action === props.action ? props.failed : undefined;
  const error = mine?.errors[props.field];
  const value = mine?.values[props.field] ?? '';
  const common = {
    id,
    name: props.field,
    required: props.required,
    maxlength: props.maxlength,
    ...fieldAria(id, !!props.hint, error),
  };
  return (
    <p>
      <label for={id}>{props.label}</label>
      {props.hint ? (
        <>
          <br />
          <span class="muted" id={`${id}-hint`}>
            {props.hint}
          </span>
        </>
      ) : null}
      <br />
      {props.multiline ? (
        <textarea rows={4} {...common}>
          {value}
        </textarea>
      ) : (
        <input {...common} value={value} />
      )}
      <FieldError id={id} error={error} m={props.m} />
    </p>
  );
}

function StepSelect(props: {
  action: CaseAction;
  field: StepField;
  label: string;
  placeholder: string;
  options: { value: string; label: string }[];
  failed?: FailedStep;
  m: CasePageMessages;
}) {
  const id = `${props.action}-${props.field}`;
  const mine = props.failed?.action === props.action ? props.failed : undefined;
  const error = mine?.errors[props.field];
  const value = mine?.values[props.field] ?? '';
  return (
    <p>
      <label for={id}>{props.label}</label>
      <br />
      <select
        id={id}
        name={props.field}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="">{props.placeholder}</option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} m={props.m} />
    </p>
  );
}

type FieldLabel = keyof CasePageMessages['fields'];

/** Steps that are one required piece of writing: the question, the reply, the answer or the reason. */
const WRITTEN_STEPS: Record<
  'request_info' | 'ask_office' | 'office_replies' | 'answer' | 'answer_directly' | 'return_to_office',
  { field: StepField; label: FieldLabel; hint?: FieldLabel; maxlength: number }
> = {
  request_info: { field: 'question', label: 'question', hint: 'questionHint', maxlength: 2000 },
  ask_office: { field: 'question', label: 'question', hint: 'officeQuestionHint', maxlength: 2000 },
  office_replies: { field: 'reply', label: 'reply', hint: 'officeQuestionHint', maxlength: 4000 },
  answer: { field: 'answer', label: 'answer', hint: 'answerHint', maxlength: 4000 },
  answer_directly: { field: 'answer', label: 'answer', hint: 'answerHint', maxlength: 4000 },
  return_to_office: { field: 'reason', label: 'returnReason', maxlength: 2000 },
};

/** When the page was drawn, the case stood as of this change: a step from an older page is refused. */
function SeenField({ row }: { row: { updated_at: string } }) {
  return <input type="hidden" name="seen" value={row.updated_at} />;
}

/** The fields each step asks for. */
function StepFields({ action, props, m }: { action: CaseAction; props: CaseViewProps; m: CasePageMessages }) {
  const f = m.fields;
  const { failed, lang } = props;
  const ir = intakeMessages[lang];
  /** What every field of the step is given: the step, the refused post to show again, and the texts. */
  const common = { action, failed, m };
  const note = <StepText {...common} field="note" label={f.note} multiline maxlength={2000} />;
  switch (action) {
    case 'accept':
    case 'acknowledge':
    case 'report_unresolved':
      return note;
    case 'confirm_resolved':
    case 'citizen_replies':
    case 'add_information':
    case 'withdraw':
      return null;
    case 'request_info':
    case 'ask_office':
    case 'office_replies':
    case 'answer':
    case 'answer_directly':
    case 'return_to_office': {
      const step = WRITTEN_STEPS[action];
      return (
        <StepText
          {...common}
          field={step.field}
          label={f[step.label]}
          hint={step.hint && f[step.hint]}
          multiline
          required
          maxlength={step.maxlength}
        />
      );
    }
    case 'decline':
    case 'close': {
      const reasons = action === 'decline' ? DECLINE_REASONS : CLOSURE_REASONS;
      const names: Record<string, string> = action === 'decline' ? ir.declineReasons : ir.closureReasons;
      return (
        <>
          <StepSelect
            {...common}
            field="reason"
            label={f.reason}
            placeholder={m.chooseReason}
            options={reasons.map((r) => ({ value: r, label: names[r] }))}
          />
          {note}
        </>
      );
    }
    case 'mark_duplicate':
      return (
        <>
          <StepText {...common} field="duplicateOf" label={f.duplicateOf} required maxlength={40} />
          {note}
        </>
      );
    case 'forward': {
      const mine = failed?.action === 'forward' ? failed : undefined;
      const kindError = mine?.errors.destinationKind;
      return (
        <>
          <DestinationRadios
            legend={f.destinationKind}
            names={m.destinations}
            chosen={mine?.values.destinationKind}
            error={kindError && (textFor(m.fieldErrors, kindError) ?? kindError)}
          />
          <div class="dest dest-commission">
            <StepSelect
              {...common}
              field="commission"
              label={f.commission}
              placeholder={f.chooseCommission}
              options={props.commissions.map((c) => ({
                value: c.code,
                label: `${c.code} — ${commissionName(lang, c)}`,
              }))}
            />
          </div>
          <div class="dest dest-ministry">
            <StepSelect
              {...common}
              field="ministry"
              label={f.ministry}
              placeholder={f.chooseMinistry}
              options={props.ministries.map((x) => ({
                value: x.code,
                label: named(lang, x.name_km, x.name_en),
              }))}
            />
          </div>
          <div class="dest dest-name">
            <StepText
              {...common}
              field="destinationName"
              label={f.destinationName}
              hint={f.destinationNameHint}
              maxlength={200}
            />
          </div>
          {note}
        </>
      );
    }
  }
}

function StepForm({ action, props, m }: { action: CaseAction; props: CaseViewProps; m: CasePageMessages }) {
  const open = props.failed?.action === action;
  return (
    <details open={open} class="step">
      <summary>{m.actions[action]}</summary>
      {open ? (
        <p class="alert" role="alert">
          {m.errorSummary}
        </p>
      ) : null}
      {props.onBehalf.includes(action) ? <p class="muted">{m.onBehalf}</p> : null}
      <form method="post" action={`${props.base}/actions`}>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="action" value={action} />
        <SeenField row={props.row} />
        <StepFields action={action} props={props} m={m} />
        <p>
          <button type="submit">{m.actions[action]}</button>
        </p>
      </form>
    </details>
  );
}

function Duplicates({ props, m }: { props: CaseViewProps; m: CasePageMessages }) {
  return (
    <section aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">{m.duplicatesTitle}</h2>
      <p class="muted">{m.duplicatesHint}</p>
      {props.duplicates.length === 0 ? (
        <p>{m.noDuplicates}</p>
      ) : (
        <ul>
          {props.duplicates.map((d) => (
            <li>
              <a href={props.base.replace(/\/[^/]+$/, `/${d.tracking_code}`)}>
                {formatTrackingCode(d.tracking_code)}
              </a>{' '}
              ({formatDate(d.submitted_at, props.lang, props.digits)},{' '}
              {m.sharedWords(formatNumber(d.shared, props.lang, props.digits))}){' '}
              <form method="post" action={`${props.base}/actions`} class="inline">
                <CsrfField token={props.csrfToken} />
                <input type="hidden" name="action" value="mark_duplicate" />
                <SeenField row={props.row} />
                <input type="hidden" name="duplicateOf" value={d.tracking_code} />
                <button type="submit">{m.markAsDuplicateOf(formatTrackingCode(d.tracking_code))}</button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function CaseView(props: CaseViewProps) {
  const { lang, digits, row } = props;
  const m = casePageMessages[lang];
  const channels: Record<Channel, string> = queueMessages[lang].channels;
  const overdue = isOverdue(row, props.today);
  const actor = (e: TimelineEntry) =>
    e.actor_name ?? (e.actor_kind === 'citizen' ? m.citizen : e.actor_kind === 'system' ? m.system : '');
  return (
    <>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <section aria-labelledby="facts-title">
        <h2 id="facts-title">{m.facts}</h2>
        <dl class="facts">
          <dt>{m.status}</dt>
          <dd>{statusText(row.status, lang)}</dd>
          <dt>{m.holder}</dt>
          <dd>{holderText(row, lang)}</dd>
          <dt>{m.dueDate}</dt>
          <dd>
            {row.due_date
              ? formatDate(row.due_date, lang, digits)
              : row.clock_days_left !== null
                ? m.clockStopped(formatNumber(row.clock_days_left, lang, digits))
                : m.noDue}
            {overdue ? <strong class="overdue"> — {m.overdue}</strong> : null}
          </dd>
          <dt>{m.category}</dt>
          <dd>{named(lang, row.category_km, row.category_en)}</dd>
          <dt>{m.place}</dt>
          <dd>{placeText(row, lang)}</dd>
          <dt>{m.channel}</dt>
          <dd>{channels[row.channel] ?? row.channel}</dd>
          <dt>{m.submitted}</dt>
          <dd>{formatDateTime(row.submitted_at, lang, digits)}</dd>
          {row.duplicate_of_code ? (
            <>
              <dt>{m.duplicateOf}</dt>
              <dd>{formatTrackingCode(row.duplicate_of_code)}</dd>
            </>
          ) : null}
        </dl>
        <p>{row.confidential ? m.confidential : row.consent_to_share ? m.consent : m.noConsent}</p>
        {row.has_contact ? (
          props.mayReadContacts ? (
            <p>
              <a href={`${props.base}/contacts`}>{m.showContacts}</a>
            </p>
          ) : null
        ) : (
          <p>{m.noContact}</p>
        )}
        {props.mayPrintLetter ? (
          <p>
            {m.letterLinks}{' '}
            <a href={`${props.base}/letter?lang=km`} lang="km">
              {m.letterKm}
            </a>{' '}
            ·{' '}
            <a href={`${props.base}/letter?lang=en`} lang="en">
              {m.letterEn}
            </a>
          </p>
        ) : null}
      </section>
      {props.completion ?? null}
      <section aria-labelledby="words-title">
        <h2 id="words-title">{m.description}</h2>
        <p class="prewrap">{row.description}</p>
        {row.answer ? (
          <>
            <h3>{m.answer}</h3>
            <p class="prewrap">{row.answer}</p>
          </>
        ) : null}
      </section>
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{m.actionsTitle}</h2>
        {props.actions.length === 0 ? (
          <p>{m.noActions}</p>
        ) : (
          props.actions.map((a) => <StepForm action={a} props={props} m={m} />)
        )}
      </section>
      {props.actions.includes('mark_duplicate') ? <Duplicates props={props} m={m} /> : null}
      {props.mayIssueKey ? (
        <section aria-labelledby="citizen-key-title">
          <h2 id="citizen-key-title">{m.citizenKeyTitle}</h2>
          <p class="muted">{m.citizenKeyBody}</p>
          <form method="post" action={`${props.base}/citizen-key`}>
            <CsrfField token={props.csrfToken} />
            <button type="submit">{m.issueKey}</button>
          </form>
        </section>
      ) : null}
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{m.timeline}</h2>
        <table>
          <ColumnHeads columns={[m.when, m.step, m.by]} />
          <tbody>
            {props.timeline.map((e) => (
              <tr>
                <td>{formatDateTime(e.at, lang, digits)}</td>
                <td>
                  {textFor(m.actions, e.action) ??
                    textFor(m.otherSteps, e.action) ??
                    statusText(e.to_status, lang)}
                  {e.public_note ? (
                    <p class="prewrap">
                      <span class="muted">{m.publicNote}: </span>
                      {e.public_note}
                    </p>
                  ) : null}
                  {e.internal_note ? (
                    <p class="prewrap">
                      <span class="muted">{m.internalNote}: </span>
                      {e.internal_note}
                    </p>
                  ) : null}
                  {props.files
                    .filter((f) => f.event_id === e.id)
                    .map((f) => (
                      <p>
                        {/* A voice note plays in the page; preload none: only a real listen is fetched and audited. */}
                        {f.media_type.startsWith('audio/') ? (
                          // biome-ignore lint/a11y/useMediaCaption: a citizen's voice note has no transcript to caption
                          <audio
                            controls
                            preload="none"
                            src={`${props.base}/files/${f.id}`}
                            aria-label={m.voiceNote}
                          />
                        ) : null}{' '}
                        <a href={`${props.base}/files/${f.id}`}>
                          {m.addedFile(
                            f.media_type.split('/')[1].toUpperCase(),
                            formatNumber(Math.ceil(f.size_bytes / 1024), props.lang, props.digits),
                          )}
                        </a>
                      </p>
                    ))}
                </td>
                <td>{actor(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {props.messages.length > 0 ? (
          <table>
            <caption>{m.messagesToCitizen}</caption>
            <ColumnHeads columns={[m.when, m.message, m.delivery]} />
            <tbody>
              {props.messages.map((msg) => (
                <tr>
                  <td>{formatDateTime(msg.created_at, lang, digits)}</td>
                  <td>
                    {textFor(m.channelNames, msg.channel) ?? msg.channel}:{' '}
                    {textFor(m.templateNames, msg.template) ?? msg.template}
                  </td>
                  <td>{m.deliveryStates[msg.state]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  );
}
