// Staff pages of one case: the case page with its actions (office and commission), the citizen's
// contacts (each read audited) and the printable forwarding letter.

import type { Executor } from '../../db/database';
import type { CurrentUser } from '../../platform/auth/roles';
import { hashSecret } from '../../platform/auth/tokens';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { formContentHash, issueFormToken, TokenAlreadyUsed } from '../../platform/http/form-tokens';
import { findFormToken } from '../../platform/http/form-tokens.queries';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { formatTrackingCode, parseTrackingCode } from '../../platform/ids/tracking-code';
import { messagesOfCase } from '../../platform/outbox/outbox.queries';
import { renderErrorPage, renderPage } from '../../web/page';
import { allMinistries } from '../assembly';
import { childrenOf } from '../places';
import { listCategories } from './case.queries';
import { type ActorKind, allowedActions, CASE_ACTIONS, type CaseAction, FINAL_STATUSES } from './case.rules';
import { readContactsAudited } from './case-contacts.commands';
import { casePageMessages, type StepFieldError } from './case-page.messages';
import { CaseView, type FailedStep, type StepField } from './case-page.pages';
import { activeCommissions, findStaffCase, likelyDuplicates } from './case-page.queries';
import {
  CASE_HANDLER_ROLES,
  COMMISSION_ROLES,
  isCitizensOfficeCode,
  letterNamesCitizen,
  mayActAs,
  mayReadContacts,
  maySeeCase,
  worksInCommission,
  worksInOffice,
} from './casework.policy';
import type { StaffCase } from './casework.rows';
import { filesOfCase } from './citizen-key.queries';
import { type CompletionError, completeConcern, completionInputSchema } from './complete-concern.commands';
import { completeConcernMessages } from './complete-concern.messages';
import { CompletionForm, type CompletionFormProps } from './complete-concern.pages';
import { duplicateConfirmMessages } from './duplicate-confirm.messages';
import { DuplicateConfirm } from './duplicate-confirm.pages';
import { ContactsView, LetterView } from './forwarding-letter.pages';
import { type HandlingError, handleCase, handlingInputSchema } from './handle-case.commands';
import { staffTimeline } from './handling.queries';
import { str, tokenProblemPage } from './intake.routes';

type Side = 'office' | 'commission';
const STEP_FIELDS: StepField[] = [
  'question',
  'reply',
  'answer',
  'reason',
  'note',
  'duplicateOf',
  'ministry',
  'destinationKind',
  'commission',
  'destinationName',
];
const FIELD_OF_REFUSAL: Partial<Record<HandlingError, StepField>> = {
  'unknown-commission': 'commission',
  'unknown-ministry': 'ministry',
  'destination-name-missing': 'destinationName',
  'unknown-duplicate': 'duplicateOf',
  'duplicate-of-itself': 'duplicateOf',
};

/** The case for this reader on this side, or undefined when they may not see it there (shown as 404). */
async function caseFor(c: Ctx, side: Side): Promise<StaffCase | undefined> {
  const code = parseTrackingCode(c.req.param('code') ?? '');
  if (!code) return undefined;
  const row = await findStaffCase(c.get('deps').db.kysely, code);
  const user = c.get('user');
  if (!row || !maySeeCase(user, row)) return undefined;
  // Each side sees the case through its own door: an office's case is not opened as a commission's.
  return (side === 'office' ? worksInOffice(user, row) : worksInCommission(user, row)) ? row : undefined;
}

/** The steps this reader may take on this side now, and those the office takes for an outside body. */
function stepsFor(user: CurrentUser | null, row: StaffCase, side: Side) {
  const kinds: ActorKind[] = side === 'office' ? ['office', 'commission'] : ['commission'];
  const actions = kinds.flatMap((kind) =>
    mayActAs(user, row, kind) ? allowedActions(row.status, kind) : [],
  );
  const onBehalf = side === 'office' ? actions.filter((a) => CASE_ACTIONS[a].by === 'commission') : [];
  return { actions, onBehalf };
}

const baseOf = (side: Side, code: string) => `/${side}/cases/${code}`;

/**
 * The citizen's own words (their reply to a question, why an answer did not resolve it) may name them.
 * The office reads them; the commission only where it may read the citizen's identity (consent given,
 * not confidential), as with the contacts themselves.
 */
function timelineFor(
  events: Awaited<ReturnType<typeof staffTimeline>>,
  side: Side,
  mayIdentifyCitizen: boolean,
) {
  if (side === 'office' || mayIdentifyCitizen) return events;
  return events.map((e) => (e.actor_kind === 'citizen' ? { ...e, internal_note: null } : e));
}

/** The holding office may complete an open concern's topic and place (an SMS comes without them). */
const mayComplete = (user: CurrentUser | null, row: StaffCase, side: Side) =>
  side === 'office' &&
  worksInOffice(user, row) &&
  !isCitizensOfficeCode(row.office_code) &&
  !FINAL_STATUSES.includes(row.status);

/** The completion form with its choices: the topics, and the communes of the case's province by district. */
async function completionFor(c: Ctx, row: StaffCase, failed?: CompletionFormProps['failed']) {
  const db = c.get('deps').db.kysely;
  const districts = await childrenOf(db, row.province_code);
  const choices = {
    categories: await listCategories(db),
    districts: await Promise.all(
      districts.map(async (d) => ({ ...d, communes: await childrenOf(db, d.code) })),
    ),
  };
  return (
    <CompletionForm
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      formToken={await issueFormToken(c)}
      base={baseOf('office', row.tracking_code)}
      current={row}
      choices={choices}
      failed={failed}
    />
  );
}

async function renderCase(
  c: Ctx,
  side: Side,
  row: StaffCase,
  extra: { notice?: string; failed?: FailedStep; completionFailed?: CompletionFormProps['failed'] },
  status: 200 | 409 | 422 = 200,
) {
  const db = c.get('deps').db.kysely;
  const lang = c.get('lang');
  const user = c.get('user');
  const { actions, onBehalf } = stepsFor(user, row, side);
  const m = casePageMessages[lang];
  return renderPage(
    c,
    m.caseTitle(formatTrackingCode(row.tracking_code)),
    <>
      <p>
        <a href={`/${side}/cases`}>{m.backToQueue}</a>
      </p>
      {/* A complaint's service and commune are the Citizens' Office's (modules/citizens-office). */}
      {side === 'office' && isCitizensOfficeCode(row.office_code) ? (
        <p>
          <a href={`/citizens-office/cases/${row.tracking_code}`}>{m.complaintAbout}</a>
        </p>
      ) : null}
      <CaseView
        lang={lang}
        digits={c.get('digits')}
        csrfToken={c.get('csrfToken')}
        base={baseOf(side, row.tracking_code)}
        row={row}
        timeline={timelineFor(await staffTimeline(db, row.id), side, mayReadContacts(user, row))}
        messages={await messagesOfCase(db, row.id)}
        actions={actions}
        onBehalf={onBehalf}
        commissions={actions.includes('forward') ? await activeCommissions(db) : []}
        ministries={actions.includes('forward') ? await forwardableMinistries(db) : []}
        duplicates={actions.includes('mark_duplicate') ? await likelyDuplicates(db, row) : []}
        mayReadContacts={mayReadContacts(user, row)}
        files={mayReadContacts(user, row) ? await filesOfCase(db, row.id) : []}
        mayIssueKey={side === 'office' && worksInOffice(user, row)}
        mayPrintLetter={side === 'office' && row.destination_kind !== null}
        today={phnomPenhDate(new Date())}
        completion={
          mayComplete(user, row, side) ? await completionFor(c, row, extra.completionFailed) : undefined
        }
        notice={extra.notice}
        failed={extra.failed}
      />
    </>,
    status,
  );
}

/** What the page says on arrival: the new tracking code to give the citizen, or the step just taken. */
function noticeOf(c: Ctx, trackingCode: string): string | undefined {
  const m = casePageMessages[c.get('lang')];
  if (c.req.query('new')) return m.newCase(formatTrackingCode(trackingCode));
  const done = c.req.query('done');
  if (!done) return undefined;
  if (done === 'complete') return completeConcernMessages[c.get('lang')].done;
  return m.done(Object.hasOwn(m.actions, done) ? m.actions[done as CaseAction] : '');
}

function casePage(side: Side) {
  return async (c: Ctx) => {
    const row = await caseFor(c, side);
    if (!row) return renderErrorPage(c, 'notFound');
    return renderCase(c, side, row, { notice: noticeOf(c, row.tracking_code) });
  };
}

/** The ministries a concern goes to, by code: the Prime Minister, to whom questions go, is not one. */
async function forwardableMinistries(db: Executor) {
  return (await allMinistries(db)).filter((m) => m.is_prime_minister !== 1);
}

/** The zod issue's code as the page names it; an empty field always says "required". */
function fieldError(issue: { code: string; message: string }, typed: string): StepFieldError {
  if (typed.trim() === '') return 'required';
  if (issue.message === 'too-short' || issue.message === 'broken-text' || issue.message === 'required')
    return issue.message;
  if (issue.code === 'too_big') return 'too-long';
  return 'invalid';
}

function conflictPage(c: Ctx, side: Side, code: string, error: HandlingError) {
  const m = casePageMessages[c.get('lang')];
  return renderPage(
    c,
    m.conflictTitle,
    <>
      <p class="alert">{m.refusals[error]}</p>
      <p>{m.conflictBody}</p>
      <p>
        <a href={baseOf(side, code)}>{m.openAgain}</a>
      </p>
    </>,
    409,
  );
}

function takeStep(side: Side) {
  return async (c: Ctx) => {
    const row = await caseFor(c, side);
    if (!row) return renderErrorPage(c, 'notFound');
    const form = await c.req.parseBody();
    const action = str(form.action) as CaseAction;
    // hasOwn, not `in`: a posted "constructor" or "__proto__" is not a step.
    if (!Object.hasOwn(CASE_ACTIONS, action)) return renderErrorPage(c, 'badRequest');
    // The page the step came from showed the case as of `seen`; if it has moved since, the person acted
    // on what they no longer see (another tab, a colleague): nothing is changed and they are told.
    if (typeof form.seen === 'string' && form.seen !== row.updated_at)
      return conflictPage(c, side, row.tracking_code, 'changed-meanwhile');
    const values: FailedStep['values'] = {};
    for (const field of STEP_FIELDS)
      if (typeof form[field] === 'string') values[field] = form[field] as string;
    // A tracking code may be typed with dashes, spaces or Khmer numerals.
    const duplicateOf = values.duplicateOf
      ? (parseTrackingCode(values.duplicateOf) ?? values.duplicateOf)
      : undefined;
    const parsed = handlingInputSchema.safeParse({ ...values, duplicateOf, action });
    if (!parsed.success) {
      const errors: FailedStep['errors'] = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]) as StepField;
        errors[field] ??= fieldError(issue, values[field] ?? '');
      }
      return renderCase(c, side, row, { failed: { action, values, errors } }, 422);
    }
    // Closing a case as a duplicate asks first: a mistaken tap on a phone would close a citizen's case.
    // (A code that cannot be one is refused at its field at once, without asking.)
    const asks = parsed.data.action === 'mark_duplicate' && !!parseTrackingCode(parsed.data.duplicateOf);
    if (asks && parsed.data.action === 'mark_duplicate' && form.confirmed !== '1') {
      return renderPage(
        c,
        duplicateConfirmMessages[c.get('lang')].title,
        <DuplicateConfirm
          lang={c.get('lang')}
          csrfToken={c.get('csrfToken')}
          base={baseOf(side, row.tracking_code)}
          code={row.tracking_code}
          fields={{
            duplicateOf: parsed.data.duplicateOf,
            note: values.note,
            seen: str(form.seen) || undefined,
          }}
        />,
      );
    }
    const user = c.get('user') as CurrentUser;
    const result = await handleCase(
      c.get('deps').db,
      row.tracking_code,
      parsed.data,
      { kind: 'staff', user },
      new Date(),
    );
    if (result.ok) return c.redirect(`${baseOf(side, row.tracking_code)}?done=${action}`, 303);
    const field = FIELD_OF_REFUSAL[result.error];
    if (field)
      return renderCase(c, side, row, { failed: { action, values, errors: { [field]: result.error } } }, 422);
    if (result.error === 'not-found') return renderErrorPage(c, 'notFound');
    if (result.error === 'not-yours')
      return renderErrorPage(c, 'forbidden', casePageMessages[c.get('lang')].refusals['not-yours']);
    return conflictPage(c, side, row.tracking_code, result.error);
  };
}

/** The refusals shown on the case page itself (not-found and not-yours get their error pages). */
const COMPLETION_STATUS: Record<
  Exclude<CompletionError, 'not-found' | 'not-yours' | 'a-complaint'>,
  409 | 422
> = {
  'case-closed': 409,
  'changed-meanwhile': 409,
  'unknown-category': 422,
  'unknown-commune': 422,
};

/** The holding office sets an open concern's topic and place: refused input leaves the case as it was. */
async function completeStep(c: Ctx) {
  const row = await caseFor(c, 'office');
  if (!row) return renderErrorPage(c, 'notFound');
  const form = await c.req.parseBody();
  const done = `${baseOf('office', row.tracking_code)}?done=complete`;
  const token = str(form.form_token);
  const tokenHash = token ? hashSecret(token) : '';
  const record = tokenHash ? await findFormToken(c.get('deps').db.kysely, tokenHash) : undefined;
  if (!record) return tokenProblemPage(c, baseOf('office', row.tracking_code));
  // Sent again (a double tap, a reload): the first sending stands.
  if (record.used_at) return c.redirect(done, 303);
  const values = { category: str(form.category), commune: str(form.commune) };
  const parsed = completionInputSchema.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      errors[field] ??= issue.message === 'required' ? 'required' : 'invalid';
    }
    return renderCase(c, 'office', row, { completionFailed: { values, errors } }, 422);
  }
  const user = c.get('user') as CurrentUser;
  let result: Awaited<ReturnType<typeof completeConcern>>;
  try {
    result = await completeConcern(
      c.get('deps').db,
      row.tracking_code,
      parsed.data,
      user,
      { tokenHash, contentHash: formContentHash(token, form) },
      new Date(),
    );
  } catch (error) {
    if (error instanceof TokenAlreadyUsed) return c.redirect(done, 303);
    throw error;
  }
  if (result.ok) return c.redirect(done, 303);
  const m = completeConcernMessages[c.get('lang')];
  if (result.error === 'not-found') return renderErrorPage(c, 'notFound');
  if (result.error === 'not-yours' || result.error === 'a-complaint')
    return renderErrorPage(c, 'forbidden', m.refusals[result.error]);
  const field =
    result.error === 'unknown-category'
      ? 'category'
      : result.error === 'unknown-commune'
        ? 'commune'
        : undefined;
  if (field) {
    return renderCase(
      c,
      'office',
      row,
      { completionFailed: { values, errors: { [field]: result.error } } },
      COMPLETION_STATUS[result.error],
    );
  }
  return renderCase(c, 'office', row, { notice: m.refusals[result.error] }, COMPLETION_STATUS[result.error]);
}

function contactsPage(side: Side) {
  return async (c: Ctx) => {
    const row = await caseFor(c, side);
    if (!row) return renderErrorPage(c, 'notFound');
    const lang = c.get('lang');
    const m = casePageMessages[lang];
    const read = await readContactsAudited(c.get('deps').db, c.get('user') as CurrentUser, row, 'case-page');
    if (!read.ok) {
      return renderPage(
        c,
        m.contactsForbiddenTitle,
        <>
          <p>{row.confidential ? m.contactsForbiddenConfidential : m.contactsForbiddenNoConsent}</p>
          <p>
            <a href={baseOf(side, row.tracking_code)}>{m.openAgain}</a>
          </p>
        </>,
        403,
      );
    }
    return renderPage(
      c,
      m.contactsTitle(formatTrackingCode(row.tracking_code)),
      <ContactsView
        lang={lang}
        contacts={read.value.contacts}
        location={read.value.location}
        back={baseOf(side, row.tracking_code)}
      />,
    );
  };
}

async function letterPage(c: Ctx) {
  const row = await caseFor(c, 'office');
  if (!row) return renderErrorPage(c, 'notFound');
  const pageLang = c.get('lang');
  const letterLang = c.req.query('lang') === 'en' ? 'en' : c.req.query('lang') === 'km' ? 'km' : pageLang;
  const m = casePageMessages[pageLang];
  if (!row.destination_kind) {
    return renderPage(
      c,
      m.letter.title,
      <>
        <p class="alert">{m.letter.notForwarded}</p>
        <p>
          <a href={baseOf('office', row.tracking_code)}>{m.openAgain}</a>
        </p>
      </>,
      409,
    );
  }
  const contacts = letterNamesCitizen(row)
    ? await readContactsAudited(c.get('deps').db, c.get('user') as CurrentUser, row, 'forwarding-letter')
    : undefined;
  return renderPage(
    c,
    casePageMessages[letterLang].letter.title,
    <LetterView
      lang={letterLang}
      digits={c.get('digits')}
      row={row}
      contacts={contacts?.ok ? contacts.value.contacts : null}
      today={new Date()}
    />,
  );
}

const example = { code: '1000000005' };

export const casePageRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/office/cases/:code',
    kind: 'page',
    access: CASE_HANDLER_ROLES,
    example,
    handler: casePage('office'),
  },
  {
    method: 'POST',
    path: '/office/cases/:code/actions',
    kind: 'page',
    access: CASE_HANDLER_ROLES,
    example,
    handler: takeStep('office'),
  },
  {
    method: 'POST',
    path: '/office/cases/:code/complete',
    kind: 'page',
    access: CASE_HANDLER_ROLES,
    example,
    handler: completeStep,
  },
  {
    method: 'GET',
    path: '/office/cases/:code/contacts',
    kind: 'page',
    access: CASE_HANDLER_ROLES,
    example,
    handler: contactsPage('office'),
  },
  {
    method: 'GET',
    path: '/office/cases/:code/letter',
    kind: 'page',
    access: CASE_HANDLER_ROLES,
    example,
    handler: letterPage,
  },
  {
    method: 'GET',
    path: '/commission/cases/:code',
    kind: 'page',
    access: COMMISSION_ROLES,
    example,
    handler: casePage('commission'),
  },
  {
    method: 'POST',
    path: '/commission/cases/:code/actions',
    kind: 'page',
    access: COMMISSION_ROLES,
    example,
    handler: takeStep('commission'),
  },
  {
    method: 'GET',
    path: '/commission/cases/:code/contacts',
    kind: 'page',
    access: COMMISSION_ROLES,
    example,
    handler: contactsPage('commission'),
  },
];
