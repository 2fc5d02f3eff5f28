// The OWSO counter: applications, receipts, cancellation, public verification, ratings, league table.
import { randomBytes } from 'node:crypto';
import type { CurrentUser } from '../../platform/auth/roles';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { clientIp } from '../../platform/http/client-ip';
import { formContentHash } from '../../platform/http/form-tokens';
import type { Ctx, NavEntry, RouteDef } from '../../platform/http/types';
import type { RateLimit } from '../../platform/rate-limit/rate-limit.queries';
import { takeRateSlot } from '../../platform/rate-limit/rate-limit.queries';
import { alreadySentPage } from '../../web/already-sent';
import { renderErrorPage, renderPage } from '../../web/page';
import { advanceApplication, rateApplication } from './applications.commands';
import { nextStatuses } from './applications.rules';
import { type CounterErrorCode, counterMessages } from './counter.messages';
import { CancelForm, CounterPage, type CounterValues, EMPTY_VALUES, ReceiptView } from './counter.pages';
import {
  activeAgencies,
  feeOnDay,
  findApplicant,
  findReceipt,
  listCancelled,
  officesAtPlaces,
  recentReceipts,
  servicesOfOffice,
} from './counter.queries';
import { APPLICATION_STATUSES, type ApplicationStatus } from './counter.table';
import { leagueRoutes } from './league.routes';
import { CHIEF_ROLES, COUNTER_ROLES, counterPlacesOf, mayCancelAt, mayWorkCounterAt } from './owso.policy';
import { applicationInputSchema, cancelInputSchema, cancelReceipt, issueReceipt } from './receipt.commands';
import { chainForPublicPage } from './receipt-chain.service';
import { findReceiptAsTyped, issuedButMissing } from './receipt-lookup.service';
import { qrSvg } from './receipt-qr.presenter';
import { verifyApiRoutes } from './verify.api';
import { CancelledRegister, FollowView, NumberForm, VerifyMissing, VerifyResult } from './verify.pages';

/** Ratings are public: a few a day per address is plenty for a family, and stops a flood. */
export const RATING_LIMIT: RateLimit = { bucket: 'owso-rating', max: 10, windowMs: 24 * 60 * 60 * 1000 };

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const view = (c: Ctx) => ({ lang: c.get('lang'), digits: c.get('digits'), csrfToken: c.get('csrfToken') });
const receiptPath = (n: string) => `/owso/receipts/${encodeURIComponent(n)}`;
const userOf = (c: Ctx): CurrentUser => {
  const user = c.get('user');
  if (!user) throw new Error('the guard let an anonymous visitor reach a staff page');
  return user;
};

async function renderCounter(
  c: Ctx,
  officeCode: string,
  serviceCode: string,
  values: CounterValues = EMPTY_VALUES,
  errors: Partial<Record<string, CounterErrorCode>> = {},
  formId = randomBytes(16).toString('base64url'),
) {
  const db = c.get('deps').db.kysely;
  const m = counterMessages[c.get('lang')];
  const offices = await officesAtPlaces(db, counterPlacesOf(c.get('user')));
  const office = offices.find((o) => o.code === officeCode) ?? offices[0] ?? null;
  const services = office ? await servicesOfOffice(db, office.code, office.level) : [];
  const service = services.find((s) => s.code === serviceCode) ?? null;
  const fee = service ? await feeOnDay(db, service.code, phnomPenhDate(new Date())) : null;
  const shownErrors = { ...errors };
  if (serviceCode && !service && office) shownErrors.service = 'unknown-service';
  const failed = Object.keys(errors).length > 0 || (serviceCode !== '' && !service);
  return renderPage(
    c,
    m.counterTitle,
    <CounterPage
      {...view(c)}
      offices={offices}
      office={office}
      services={services}
      service={service}
      fee={fee}
      agencies={await activeAgencies(db)}
      formId={formId}
      values={values}
      errors={shownErrors}
      recent={office ? await recentReceipts(db, office.code, 20) : []}
    />,
    failed ? 422 : 200,
  );
}

/** GET /owso/counter?office=&service= */
function counterPage(c: Ctx) {
  return renderCounter(c, c.req.query('office') ?? '', c.req.query('service') ?? '');
}

/** Which field a command's refusal belongs to, so the form marks it. */
const FIELD_OF: Record<string, string> = {
  'unknown-office': 'form',
  'not-your-office': 'form',
  'unknown-service': 'service',
  'no-fee': 'form',
  'documents-missing': 'documents',
  'agency-required': 'agency',
  'agency-reference-required': 'agencyReference',
  'agency-not-allowed': 'payment',
  'counter-not-allowed': 'payment',
  'exemption-reason-required': 'exemptionReason',
};

/** POST /owso/counter — registers the application and issues the receipt. */
async function postCounter(c: Ctx) {
  const form = await c.req.parseBody();
  const documents = Object.keys(form)
    .filter((k) => /^doc_\d{1,2}$/.test(k) && form[k] === '1')
    .map((k) => k.slice(4));
  const values: CounterValues = {
    applicantName: str(form.applicantName),
    applicantPhone: str(form.applicantPhone),
    documents,
    payment: str(form.payment) || 'counter',
    agency: str(form.agency),
    agencyReference: str(form.agencyReference),
    exemptionReason: str(form.exemptionReason),
  };
  const office = str(form.office);
  const service = str(form.service);
  const formId = str(form.formId) || undefined;
  const parsed = applicationInputSchema.safeParse({ ...values, office, service, formId });
  if (!parsed.success) {
    const errors: Partial<Record<string, CounterErrorCode>> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      const code = issue.message as CounterErrorCode;
      errors[field] ??= code in counterMessages.en.errors ? code : 'invalid';
    }
    return renderCounter(c, office, service, values, errors, formId);
  }
  const formHash = formId ? formContentHash(formId, form) : undefined;
  const result = await issueReceipt(c.get('deps').db, parsed.data, userOf(c), new Date(), { formHash });
  if (!result.ok) {
    return renderCounter(
      c,
      office,
      service,
      values,
      { [FIELD_OF[result.error] ?? 'form']: result.error },
      formId,
    );
  }
  const { number, changed } = result.value;
  if (changed)
    return alreadySentPage(c, {
      href: receiptPath(number),
      label: counterMessages[c.get('lang')].firstReceipt(number),
    });
  return c.redirect(receiptPath(number), 303);
}

/** A receipt the signed-in clerk or chief may see (their office's), or null. */
async function staffReceipt(c: Ctx) {
  const number = c.req.param('number') ?? '';
  const receipt = await findReceipt(c.get('deps').db.kysely, number);
  if (!receipt || !mayWorkCounterAt(c.get('user'), receipt.place_code)) return null;
  return receipt;
}

/** GET /owso/receipts/:number — the printable receipt. */
async function receiptPage(c: Ctx, notice?: string, status: 200 | 409 = 200) {
  const receipt = await staffReceipt(c);
  if (!receipt) return renderErrorPage(c, 'notFound');
  const m = counterMessages[c.get('lang')];
  const applicant = await findApplicant(c.get('deps').db.kysely, receipt.application_id);
  const verifyUrl = `${c.get('deps').config.baseUrl}/verify/${encodeURIComponent(receipt.number)}`;
  const done = c.req.query('done');
  return renderPage(
    c,
    m.receiptTitle(receipt.number),
    <ReceiptView
      {...view(c)}
      r={receipt}
      applicantName={applicant?.applicant_name ?? ''}
      verifyUrl={verifyUrl}
      qr={await qrSvg(verifyUrl)}
      nextStatuses={receipt.cancelled_at ? [] : nextStatuses(receipt.status)}
      mayCancel={mayCancelAt(c.get('user'), receipt.place_code)}
      notice={notice ?? (done === 'status' ? m.moved : undefined)}
    />,
    status,
  );
}

/** POST /owso/receipts/:number/status */
async function postStatus(c: Ctx) {
  const form = await c.req.parseBody();
  const to = str(form.to);
  const number = c.req.param('number') ?? '';
  if (!(APPLICATION_STATUSES as readonly string[]).includes(to)) {
    return (await staffReceipt(c)) ? renderErrorPage(c, 'badRequest') : renderErrorPage(c, 'notFound');
  }
  const result = await advanceApplication(
    c.get('deps').db,
    number,
    to as ApplicationStatus,
    userOf(c),
    new Date(),
  );
  if (result.ok) return c.redirect(`${receiptPath(number)}?done=status`, 303);
  if (result.error === 'not-found' || result.error === 'not-your-office')
    return renderErrorPage(c, 'notFound');
  return receiptPage(c, counterMessages[c.get('lang')].movedError[result.error], 409);
}

/** GET /owso/receipts/:number/cancel — the chief's form. */
async function cancelPage(c: Ctx, reason = '', error?: CounterErrorCode) {
  const m = counterMessages[c.get('lang')];
  const receipt = await findReceipt(c.get('deps').db.kysely, c.req.param('number') ?? '');
  if (!receipt || !mayCancelAt(c.get('user'), receipt.place_code)) return renderErrorPage(c, 'notFound');
  if (receipt.cancelled_at) {
    return renderPage(c, m.cancelTitle(receipt.number), <p class="notice">{m.alreadyCancelled}</p>, 409);
  }
  return renderPage(
    c,
    m.cancelTitle(receipt.number),
    <CancelForm {...view(c)} number={receipt.number} reason={reason} error={error} />,
    error ? 422 : 200,
  );
}

/** POST /owso/receipts/:number/cancel */
async function postCancel(c: Ctx) {
  const form = await c.req.parseBody();
  const reason = str(form.reason);
  const number = c.req.param('number') ?? '';
  const receipt = await findReceipt(c.get('deps').db.kysely, number);
  if (!receipt || !mayCancelAt(c.get('user'), receipt.place_code)) return renderErrorPage(c, 'notFound');
  const parsed = cancelInputSchema.safeParse({ reason });
  if (!parsed.success) {
    const code = parsed.error.issues[0]?.message as CounterErrorCode;
    return cancelPage(c, reason, code in counterMessages.en.errors ? code : 'invalid');
  }
  const result = await cancelReceipt(c.get('deps').db, number, parsed.data.reason, userOf(c), new Date());
  if (!result.ok && result.error !== 'already-cancelled') return renderErrorPage(c, 'notFound');
  if (!result.ok) return cancelPage(c);
  return c.redirect(receiptPath(number), 303);
}

/** GET /verify?number= — the form, or straight to the receipt. */
function verifyForm(c: Ctx) {
  const m = counterMessages[c.get('lang')];
  const typed = (c.req.query('number') ?? '').trim();
  if (typed) return c.redirect(`/verify/${encodeURIComponent(typed)}`, 303);
  return renderPage(
    c,
    m.verifyTitle,
    <NumberForm
      lang={c.get('lang')}
      action="/verify"
      label={m.verifyLabel}
      button={m.verifyButton}
      typed=""
    />,
  );
}

/** GET /verify/:number — public: no personal data. */
async function verifyPage(c: Ctx) {
  const m = counterMessages[c.get('lang')];
  const db = c.get('deps').db.kysely;
  const number = (c.req.param('number') ?? '').trim();
  const receipt = await findReceiptAsTyped(db, number);
  const v = { lang: c.get('lang'), digits: c.get('digits') };
  // Typed another way (a capital first letter, Khmer digits, spaces, no prefix): the receipt's own address.
  if (receipt && receipt.number !== number)
    return c.redirect(`/verify/${encodeURIComponent(receipt.number)}`, 303);
  if (receipt) {
    const chain = await chainForPublicPage(db, receipt.office_code, receipt.number);
    return renderPage(
      c,
      m.verifyResultTitle(receipt.number),
      <VerifyResult {...v} r={receipt} chain={chain} />,
    );
  }
  // A number the office's counter has passed, with no receipt: it was deleted.
  const missing = await issuedButMissing(db, number);
  if (missing) {
    const chain = await chainForPublicPage(db, missing.officeCode, null);
    return renderPage(
      c,
      m.verifyResultTitle(missing.number),
      <VerifyMissing {...v} chain={chain} officeCode={missing.officeCode} />,
      404,
    );
  }
  return renderPage(
    c,
    m.verifyTitle,
    <NumberForm
      lang={c.get('lang')}
      action="/verify"
      label={m.verifyLabel}
      button={m.verifyButton}
      typed={number}
      error={m.verifyNotFound}
    />,
    404,
  );
}

const REGISTER_PAGE = 50;

/** GET /owso/cancelled — the public register of cancelled receipts. */
async function cancelledRegister(c: Ctx) {
  const m = counterMessages[c.get('lang')];
  const pageNo = Math.min(Math.max(Number.parseInt(c.req.query('page') ?? '1', 10) || 1, 1), 10_000);
  const rows = await listCancelled(c.get('deps').db.kysely, REGISTER_PAGE + 1, (pageNo - 1) * REGISTER_PAGE);
  return renderPage(
    c,
    m.registerTitle,
    <CancelledRegister
      lang={c.get('lang')}
      digits={c.get('digits')}
      rows={rows.slice(0, REGISTER_PAGE)}
      page={pageNo}
      hasMore={rows.length > REGISTER_PAGE}
    />,
  );
}

/** GET /owso/follow?number= — the citizen follows their application by receipt number. */
async function followPage(
  c: Ctx,
  numberArg?: string,
  extra: { notice?: string; error?: string } = {},
  status: 200 | 409 | 422 | 429 = 200,
) {
  const m = counterMessages[c.get('lang')];
  const number = (numberArg ?? c.req.query('number') ?? '').trim();
  const form = (error?: string) => (
    <NumberForm
      lang={c.get('lang')}
      action="/owso/follow"
      label={m.followLabel}
      button={m.followButton}
      typed={number}
      error={error}
    />
  );
  if (!number) return renderPage(c, m.followTitle, form());
  const receipt = await findReceipt(c.get('deps').db.kysely, number);
  if (!receipt) return renderPage(c, m.followTitle, form(m.followNotFound), 404);
  return renderPage(c, m.followTitle, <FollowView {...view(c)} r={receipt} {...extra} />, status);
}

/** POST /owso/follow/:number/rating — public, rate-limited per address. */
async function postRating(c: Ctx) {
  const m = counterMessages[c.get('lang')];
  const db = c.get('deps').db;
  const number = c.req.param('number') ?? '';
  const form = await c.req.parseBody();
  const rating = Number(str(form.rating));
  const receipt = await findReceipt(db.kysely, number);
  if (!receipt) return renderErrorPage(c, 'notFound');
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
    return followPage(c, number, { error: m.rateErrors.invalid }, 422);
  }
  const now = new Date();
  if (!(await takeRateSlot(db.kysely, RATING_LIMIT, clientIp(c), now))) {
    return followPage(c, number, { error: m.rateErrors['too-many'] }, 429);
  }
  const result = await rateApplication(db, number, rating, now);
  if (!result.ok) {
    if (result.error === 'not-found') return renderErrorPage(c, 'notFound');
    return followPage(c, number, { error: m.rateErrors[result.error] }, 409);
  }
  return c.redirect(`/owso/follow?number=${encodeURIComponent(number)}`, 303);
}

/** The counter's navigation entries: the clerk's counter, and for everyone the receipt check and the league table. */
export const counterNav: NavEntry[] = [
  { href: '/owso/counter', label: { en: 'OWSO counter', km: 'បញ្ជរច្រកចេញចូលតែមួយ' }, access: COUNTER_ROLES },
  { href: '/verify', label: { en: 'Check a receipt', km: 'ពិនិត្យបង្កាន់ដៃ' }, access: 'public' },
  { href: '/owso/league', label: { en: 'Service league table', km: 'តារាងចំណាត់ថ្នាក់សេវា' }, access: 'public' },
];

const EXAMPLE = { number: 'OWSO-000000-000001' };

export const counterRoutes: RouteDef[] = [
  { method: 'GET', path: '/owso/counter', kind: 'page', access: COUNTER_ROLES, handler: counterPage },
  { method: 'POST', path: '/owso/counter', kind: 'page', access: COUNTER_ROLES, handler: postCounter },
  {
    method: 'GET',
    path: '/owso/receipts/:number',
    kind: 'page',
    access: COUNTER_ROLES,
    example: EXAMPLE,
    handler: (c) => receiptPage(c),
  },
  {
    method: 'POST',
    path: '/owso/receipts/:number/status',
    kind: 'page',
    access: COUNTER_ROLES,
    example: EXAMPLE,
    handler: postStatus,
  },
  {
    method: 'GET',
    path: '/owso/receipts/:number/cancel',
    kind: 'page',
    access: CHIEF_ROLES,
    example: EXAMPLE,
    handler: (c) => cancelPage(c),
  },
  {
    method: 'POST',
    path: '/owso/receipts/:number/cancel',
    kind: 'page',
    access: CHIEF_ROLES,
    example: EXAMPLE,
    handler: postCancel,
  },
  { method: 'GET', path: '/verify', kind: 'page', access: 'public', handler: verifyForm },
  {
    method: 'GET',
    path: '/verify/:number',
    kind: 'page',
    access: 'public',
    example: EXAMPLE,
    handler: verifyPage,
  },
  { method: 'GET', path: '/owso/cancelled', kind: 'page', access: 'public', handler: cancelledRegister },
  { method: 'GET', path: '/owso/follow', kind: 'page', access: 'public', handler: (c) => followPage(c) },
  {
    method: 'POST',
    path: '/owso/follow/:number/rating',
    kind: 'page',
    access: 'public',
    example: EXAMPLE,
    handler: postRating,
  },
  ...leagueRoutes,
  ...verifyApiRoutes,
];
