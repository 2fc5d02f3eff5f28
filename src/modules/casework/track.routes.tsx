// The public tracking pages: find a concern by its code; its holder, timeline and answer; the citizen's
// reply and feedback forms — never anything personal, never the description.

import type { Ctx } from '../../platform/http/types';
import { commissionName } from '../../platform/i18n/commission-name';
import { formatDate, formatDateTime, type Lang, textFor } from '../../platform/i18n/i18n';
import { formatTrackingCode, parseTrackingCode } from '../../platform/ids/tracking-code';
import { ColumnHeads, DataTable } from '../../web/data-table';
import { renderPage } from '../../web/page';
import { childrenOf, provinces } from '../places';
import { findTrackedCase, trackedTimeline } from './case.queries';
import { CASE_STATUSES, type CaseStatus, clockRuns, FINAL_STATUSES } from './case.rules';
import { casePageMessages } from './case-page.messages';
import { isCitizensOfficeCode } from './casework.policy';
import {
  ActWithoutProof,
  AddInformationForm,
  type OwnStepForms,
  type PageProof,
  ProofFields,
  WithdrawForm,
} from './citizen-forms.pages';
import { citizenKeyMessages } from './citizen-key.messages';
import { isWaitingSmsIntake } from './incoming-sms.queries';
import { type FieldError, type IntakeMessages, intakeMessages } from './messages';
import { telegramStepOf } from './telegram-link.commands';
import { TelegramStep } from './telegram-step.pages';

function statusText(status: string, m: IntakeMessages): string {
  return (CASE_STATUSES as readonly string[]).includes(status) ? m.statuses[status as CaseStatus] : status;
}

/** The code entry form; `mistake` when the typed code fails its check digit. */
export function trackFormPage(c: Ctx, typed: string, mistake: boolean) {
  const m = intakeMessages[c.get('lang')];
  return renderPage(
    c,
    m.trackTitle,
    <form method="get" action="/track">
      <p>
        <label for="code">{m.trackLabel}</label>
        <br />
        <span class="muted" id="code-hint">
          {m.trackHint}
        </span>
        <br />
        <input
          id="code"
          name="code"
          value={typed}
          inputmode="numeric"
          autocomplete="off"
          maxlength={40}
          aria-invalid={mistake ? 'true' : undefined}
          aria-describedby={mistake ? 'code-hint code-error' : 'code-hint'}
        />
        {mistake ? (
          <span class="error" id="code-error" role="alert">
            <br />
            {m.trackMistake}
          </span>
        ) : null}
      </p>
      <p>
        <button type="submit" class="button">
          {m.trackButton}
        </button>
      </p>
    </form>,
    mistake ? 422 : 200,
  );
}

/** Place names of the case's province, district and commune, in the reader's language. */
async function placeNames(c: Ctx, codes: (string | null)[], lang: Lang): Promise<string[]> {
  const db = c.get('deps').db.kysely;
  const names: string[] = [];
  let level = await provinces(db);
  for (const code of codes) {
    if (!code) break;
    const place = level.find((p) => p.code === code);
    if (!place) break;
    names.push(lang === 'km' ? place.name_km : place.name_latin);
    level = await childrenOf(db, code);
  }
  return names;
}

export type TrackedCase = NonNullable<Awaited<ReturnType<typeof findTrackedCase>>>;
type TimelineEvent = Awaited<ReturnType<typeof trackedTimeline>>[number];

/** What the citizen typed into the reply or feedback form, kept when it is refused. */
export interface TrackForms extends OwnStepForms {
  reply?: { value: string; error?: FieldError };
  feedback?: { resolved: string; comment: string; choiceError?: boolean; commentError?: FieldError };
}

/**
 * How the page was opened: with the citizen's proof (their forms carry it), or without (how to get it:
 * a one-time code just sent, or a wrong one typed). `privateLink`: the full link, shown once after intake.
 */
export interface TrackView {
  proof?: PageProof;
  privateLink?: string;
  codeSent?: 'email' | 'sms' | 'telegram';
  wrongCode?: boolean;
}

const THANKS = ['reply', 'resolved', 'unresolved', 'information', 'withdrawn'] as const;
type Thanks = (typeof THANKS)[number];

/** Where the office sent the case: the commission's name in the reader's language, or the body's as written. */
function destinationText(found: TrackedCase, m: IntakeMessages, lang: Lang): string | null {
  if (!found.destination_kind) return null;
  if (found.destination_kind === 'commission') {
    return commissionName(lang, {
      code: found.commission_code,
      name_km: found.commission_km,
      name_en: found.commission_en,
    });
  }
  return `${found.destination_name ?? ''} (${m.destinationKinds[found.destination_kind]})`;
}

/** A timeline note made readable: codes translated, a duplicate linked, a commission named. */
function EventNote(props: { event: TimelineEvent; m: IntakeMessages; lang: Lang }) {
  const { event, m, lang } = props;
  const note = event.public_note;
  if (event.action === 'mark_duplicate') return <>{m.duplicateOf}</>;
  if (!note) return null;
  switch (event.action) {
    case 'forward':
      return (
        <>
          {commissionName(lang, { code: note, name_km: event.commission_km, name_en: event.commission_en })}
        </>
      );
    case 'decline':
      return <>{textFor(m.declineReasons, note) ?? note}</>;
    case 'close':
    case 'withdraw':
      return <>{textFor(m.closureReasons, note) ?? note}</>;
    default:
      // A question or an answer: the office's own words, line breaks kept.
      return <span class="prewrap">{note}</span>;
  }
}

/** The office's question and the reply form, while the case waits for the citizen. */
function ReplyForm(props: {
  c: Ctx;
  code: string;
  question: string | null;
  proof?: PageProof;
  form?: TrackForms['reply'];
}) {
  const m = intakeMessages[props.c.get('lang')];
  return (
    <section class="notice" aria-labelledby="question-title">
      <h2 id="question-title">{m.questionTitle}</h2>
      {props.question ? <p class="prewrap">{props.question}</p> : null}
      <p class="muted">{m.clockPaused}</p>
      {props.proof ? <ReplyFields {...props} proof={props.proof} /> : null}
    </section>
  );
}

function ReplyFields(props: { c: Ctx; code: string; proof: PageProof; form?: TrackForms['reply'] }) {
  const m = intakeMessages[props.c.get('lang')];
  const error = props.form?.error;
  const errorText = error === 'too-long' ? m.replyTooLong : error ? m.errors[error] : null;
  return (
    <form method="post" action={`/track/${props.code}/reply`}>
      <ProofFields c={props.c} proof={props.proof} />
      <p>
        <label for="reply">{m.replyLabel}</label>
        <span class="muted" id="reply-hint">
          {m.replyHint}
        </span>
        <br />
        <textarea
          id="reply"
          name="reply"
          rows={6}
          maxlength={4000}
          required
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'reply-hint reply-error' : 'reply-hint'}
        >
          {props.form?.value ?? ''}
        </textarea>
        {errorText ? (
          <span class="error" id="reply-error">
            <br />
            {errorText}
          </span>
        ) : null}
      </p>
      <p>
        <button type="submit" class="button">
          {m.replyButton}
        </button>
      </p>
    </form>
  );
}

/** "Did this answer resolve your concern?" — Yes closes the case, No reopens it. */
function FeedbackForm(props: { c: Ctx; code: string; proof: PageProof; form?: TrackForms['feedback'] }) {
  const m = intakeMessages[props.c.get('lang')];
  const f = props.form;
  const commentError =
    f?.commentError === 'too-long' ? m.commentTooLong : f?.commentError ? m.errors[f.commentError] : null;
  return (
    <form method="post" action={`/track/${props.code}/feedback`}>
      <ProofFields c={props.c} proof={props.proof} />
      <fieldset aria-describedby={f?.choiceError ? 'resolved-error' : undefined}>
        <legend>{m.feedbackLegend}</legend>
        {(
          [
            ['yes', m.feedbackYes],
            ['no', m.feedbackNo],
          ] as const
        ).map(([value, label]) => (
          <div class="check option">
            <input
              type="radio"
              id={`resolved-${value}`}
              name="resolved"
              value={value}
              checked={f?.resolved === value}
            />
            <label for={`resolved-${value}`}>{label}</label>
          </div>
        ))}
        {f?.choiceError ? (
          <p class="error" id="resolved-error">
            {m.feedbackMissing}
          </p>
        ) : null}
        <p>
          <label for="comment">{m.feedbackComment}</label>
          <span class="muted" id="comment-hint">
            {m.feedbackHint}
          </span>
          <br />
          <textarea
            id="comment"
            name="comment"
            rows={4}
            maxlength={2000}
            aria-invalid={commentError ? 'true' : undefined}
            aria-describedby={commentError ? 'comment-hint comment-error' : 'comment-hint'}
          >
            {f?.comment ?? ''}
          </textarea>
          {commentError ? (
            <span class="error" id="comment-error">
              <br />
              {commentError}
            </span>
          ) : null}
        </p>
      </fieldset>
      <p>
        <button type="submit" class="button">
          {m.feedbackButton}
        </button>
      </p>
    </form>
  );
}

/** The tracking page of a found case; `forms` refills a refused reply or feedback (then `status` is 422). */
export async function renderTrackedCase(
  c: Ctx,
  found: TrackedCase,
  forms: TrackForms = {},
  status: 200 | 403 | 413 | 422 = 200,
  view: TrackView = {},
) {
  const k = citizenKeyMessages[c.get('lang')];
  const proof = view.proof;
  const open = !FINAL_STATUSES.includes(found.status);
  const lang = c.get('lang');
  const digits = c.get('digits');
  const m = intakeMessages[lang];
  const db = c.get('deps').db.kysely;
  const events = await trackedTimeline(db, found.id);
  const places = await placeNames(c, [found.province_code, found.district_code, found.commune_code], lang);
  const grouped = formatTrackingCode(found.tracking_code);
  const isNew = c.req.query('new') === '1';
  const telegram =
    isNew && view.privateLink
      ? await telegramStepOf({
          db,
          caseId: found.id,
          trackingCode: found.tracking_code,
          telegramOn: !!c.get('deps').telegram,
          now: new Date(),
        })
      : null;
  const thanks = THANKS.find((t) => t === c.req.query('thanks')) as Thanks | undefined;
  const thanksText = {
    reply: m.thanksReply,
    resolved: m.thanksResolved,
    unresolved: m.thanksUnresolved,
    information: k.thanksInformation,
    withdrawn: k.thanksWithdrawn,
  };
  const destination = destinationText(found, m, lang);
  const question = events.findLast((e) => e.action === 'request_info')?.public_note ?? null;
  const showDue = !!found.due_date && clockRuns(found.status);
  // A case merged into another as a duplicate shows the answer given there (its citizen was told of it).
  const merged = !found.answer && found.status === 'duplicate' && !!found.merged_answer;
  const answer = merged ? found.merged_answer : found.answer;
  const answeredAt = merged ? found.merged_answered_at : found.answered_at;
  return renderPage(
    c,
    isNew
      ? m.createdTitle
      : isCitizensOfficeCode(found.office_code)
        ? m.complaintTitle(grouped)
        : m.caseTitle(grouped),
    <>
      {isNew ? (
        <section class="notice" aria-labelledby="code-title">
          <p id="code-title">{m.createdBody}</p>
          <p class="tracking-code">
            <span translate="no">{grouped}</span>
          </p>
          <p>{m.createdKeep}</p>
        </section>
      ) : null}
      {isNew && view.privateLink ? <PrivateLinkNotice c={c} link={view.privateLink} /> : null}
      {telegram ? <TelegramStep lang={lang} {...telegram} /> : null}
      {proof && !isNew ? <p class="muted">{k.privateLinkHere}</p> : null}
      {thanks ? (
        <p class="notice" role="status">
          {thanksText[thanks]}
        </p>
      ) : null}
      {status === 422 || status === 413 ? (
        <p class="alert" role="alert">
          {m.errorSummary}
        </p>
      ) : null}
      {/* What the citizen came for first: on a small phone the status and the answer fit the first screen. */}
      <dl>
        <dt>{m.status}</dt>
        <dd>
          <strong>{statusText(found.status, m)}</strong>
        </dd>
      </dl>
      {answer ? (
        <section class="notice" aria-labelledby="answer-title">
          <h2 id="answer-title">{m.answerTitle}</h2>
          {merged ? <p>{m.mergedAnswer}</p> : null}
          {answeredAt ? <p class="muted">{m.answeredOn(formatDateTime(answeredAt, lang, digits))}</p> : null}
          <p class="prewrap">{answer}</p>
          {found.status === 'answered' && proof ? (
            <FeedbackForm c={c} code={found.tracking_code} proof={proof} form={forms.feedback} />
          ) : null}
        </section>
      ) : null}
      <dl>
        <dt>{m.trackLabel}</dt>
        <dd translate="no">{grouped}</dd>
        <dt>{m.categoryShort}</dt>
        <dd>{lang === 'km' ? found.category_km : found.category_en}</dd>
        <dt>{m.place}</dt>
        <dd>{places.join(', ')}</dd>
        <dt>{m.office}</dt>
        <dd>{lang === 'km' ? found.office_km : found.office_en}</dd>
        {destination ? (
          <>
            <dt>{m.sentTo}</dt>
            <dd>{destination}</dd>
          </>
        ) : null}
        <dt>{m.submitted}</dt>
        <dd>{formatDateTime(found.submitted_at, lang, digits)}</dd>
        <dt>{m.updated}</dt>
        <dd>{formatDateTime(found.updated_at, lang, digits)}</dd>
        {showDue && found.due_date ? (
          <>
            <dt>{m.dueBy}</dt>
            <dd>{formatDate(found.due_date, lang, digits)}</dd>
          </>
        ) : null}
      </dl>
      {found.status === 'awaiting_citizen' ? (
        <ReplyForm c={c} code={found.tracking_code} question={question} proof={proof} form={forms.reply} />
      ) : null}
      {open && proof ? (
        <>
          <AddInformationForm c={c} code={found.tracking_code} proof={proof} form={forms.addInformation} />
          <WithdrawForm c={c} code={found.tracking_code} proof={proof} form={forms.withdraw} />
        </>
      ) : null}
      {open && !proof ? (
        <ActWithoutProof
          c={c}
          code={found.tracking_code}
          codeSent={view.codeSent}
          wrongCode={view.wrongCode}
        />
      ) : null}
      <h2>{m.timeline}</h2>
      <DataTable label={m.timeline}>
        <ColumnHeads columns={[m.when, m.what, m.note]} />
        <tbody>
          {events.map((event) => (
            <tr>
              <td>{formatDateTime(event.at, lang, digits)}</td>
              <td>
                {event.to_status
                  ? statusText(event.to_status, m)
                  : (textFor(casePageMessages[lang].actions, event.action) ?? event.action)}
              </td>
              <td>
                <EventNote event={event} m={m} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p class="muted">{m.noPersonalData}</p>
      <p>
        <a href="/concerns/new">{m.newConcern}</a>
      </p>
    </>,
    status,
  );
}

/**
 * A page that says why a citizen's step did not happen (a refused proof, a link no case has, a code that
 * cannot be sent) and leads back: nothing was changed. `alert` for a refusal, plain for a notice.
 */
export function citizenNoticePage(
  c: Ctx,
  notice: { title: string; body: string; href: string; status: 403 | 404 | 409 | 422; alert: boolean },
) {
  const k = citizenKeyMessages[c.get('lang')];
  return renderPage(
    c,
    notice.title,
    <>
      {notice.alert ? (
        <p class="alert" role="alert">
          {notice.body}
        </p>
      ) : (
        <p>{notice.body}</p>
      )}
      <p>
        <a class="button" href={notice.href}>
          {k.backToTracking}
        </a>
      </p>
    </>,
    notice.status,
  );
}

/** The private link, written out once after intake: to copy, keep, or print. */
export function PrivateLinkNotice(props: { c: Ctx; link: string }) {
  const k = citizenKeyMessages[props.c.get('lang')];
  return (
    <section class="notice" aria-labelledby="private-link-title">
      <h2 id="private-link-title">{k.privateLinkTitle}</h2>
      {/* A code element breaks the long link anywhere, so it fits a small phone. */}
      <p>
        <code translate="no">{props.link}</code>
      </p>
      <p>{k.privateLinkBody}</p>
    </section>
  );
}

/** 404: no case has this code (or it is mistyped). */
export function trackUnknownPage(c: Ctx, wellFormed: boolean) {
  const m = intakeMessages[c.get('lang')];
  return renderPage(
    c,
    m.trackUnknownTitle,
    <>
      <p>{wellFormed ? m.trackUnknownBody : m.trackMistake}</p>
      <p>
        <a href="/track">{m.trackTitle}</a>
      </p>
    </>,
    404,
  );
}

/** 409: the step the citizen sent no longer fits the case's status. */
export function trackConflictPage(c: Ctx, trackingCode: string) {
  const m = intakeMessages[c.get('lang')];
  return renderPage(
    c,
    m.conflictTitle,
    <>
      <p>{m.conflictBody}</p>
      <p>
        <a class="button" href={`/track/${trackingCode}`}>
          {m.backToCase}
        </a>
      </p>
    </>,
    409,
  );
}

/**
 * 200: a concern sent by SMS that waits in the national queue for the secretariat to give it its office
 * (its province was not understood). Its code and private link were sent at once, so they say it is received.
 */
export function waitingConcernPage(c: Ctx, trackingCode: string) {
  const m = intakeMessages[c.get('lang')];
  return renderPage(
    c,
    m.waitingTitle,
    <>
      <p role="status">{m.waitingBody(formatTrackingCode(trackingCode))}</p>
      <p>
        <a href="/track">{m.trackTitle}</a>
      </p>
    </>,
    200,
  );
}

/** GET /track/:code — the public timeline; an unknown or mistyped code is a 404. */
export async function trackCodePage(c: Ctx) {
  const code = parseTrackingCode(c.req.param('code') ?? '');
  const db = c.get('deps').db.kysely;
  const found = code ? await findTrackedCase(db, code) : undefined;
  if (!found && code && (await isWaitingSmsIntake(db, code))) return waitingConcernPage(c, code);
  if (!found) return trackUnknownPage(c, !!code);
  return renderTrackedCase(c, found);
}
