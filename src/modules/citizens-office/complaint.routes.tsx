// The Citizens' Office's pages: a citizen's complaint on the web (public, Khmer first, no JavaScript needed),
// the ombudsman's counter for a complaint brought in person, by phone or by letter, and the monthly report.
// Handling itself is casework's: the ombudsman's queue is /office/cases, each complaint a case there.
import type { ZodIssue } from 'zod';
import { actorOf } from '../../platform/audit/audit.queries';
import { hashSecret } from '../../platform/auth/tokens';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { clientIp } from '../../platform/http/client-ip';
import {
  formContentHash,
  issueFormToken,
  sealWithToken,
  TokenAlreadyUsed,
} from '../../platform/http/form-tokens';
import { findFormToken, useFormToken } from '../../platform/http/form-tokens.queries';
import { queryText } from '../../platform/http/query';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { PUBLIC_INTAKE_LIMIT, takeRateSlot } from '../../platform/rate-limit/rate-limit.queries';
import { renderErrorPage, renderPage } from '../../web/page';
import { answerUsedToken, citizenKeyPath, PrivateLinkNotice, tokenProblemPage } from '../casework';
import { listServices } from '../owso';
import { childrenOf, provinces } from '../places';
import { CITIZENS_OFFICE_STAFF, ombudsmanOffice } from './citizens-office.policy';
import {
  type ComplaintError,
  type ComplaintInput,
  complaintInputSchema,
  fileComplaint,
} from './complaint.commands';
import { citizensOfficeMessages } from './complaint.messages';
import { type ComplaintErrors, ComplaintForm, type ComplaintValues, PlacePicker } from './complaint.pages';
import { findCitizensOffice, findDistrict } from './complaint.queries';
import { complaintAboutRoutes } from './complaint-about.routes';
import { monthlyReportRoute } from './report.routes';
import { smsComplaintRoutes } from './sms-complaint.routes';

const WEB_PATH = '/citizens-office/complaints/new';
const COUNTER_PATH = '/citizens-office/counter';
const CITIZEN = { userId: null, label: 'citizen' };
const str = (v: unknown) => (typeof v === 'string' ? v : '');

const FIELDS: (keyof ComplaintValues)[] = [
  'district',
  'commune',
  'kind',
  'service',
  'description',
  'name',
  'phone',
  'email',
  'preferredContact',
  'consent',
  'share',
  'channel',
];
const EMPTY = Object.fromEntries(FIELDS.map((f) => [f, ''])) as ComplaintValues;

function valuesOf(form: Record<string, unknown>): ComplaintValues {
  return Object.fromEntries(FIELDS.map((f) => [f, str(form[f])])) as ComplaintValues;
}

function errorsOf(issues: readonly ZodIssue[], values: ComplaintValues): ComplaintErrors {
  const errors: ComplaintErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0]) as keyof ComplaintValues;
    if (errors[field]) continue;
    errors[field] =
      values[field] === '' ? 'required' : issue.code === 'too_big' ? 'too_big' : issue.message || 'invalid';
  }
  return errors;
}

const FIELD_OF: Record<ComplaintError, keyof ComplaintErrors> = {
  'no-consent': 'consent',
  'unknown-service': 'service',
  'unknown-district': 'district',
  'unknown-commune': 'commune',
  'no-office': 'district',
  'contact-missing': 'preferredContact',
};

/** The form for one district, or the picker when the district is not (or not rightly) chosen. */
async function renderComplaintForm(
  c: Ctx,
  opts: {
    counter: boolean;
    values: ComplaintValues;
    errors?: ComplaintErrors;
    formToken?: string;
    status?: 200 | 400 | 422 | 429;
  },
) {
  const db = c.get('deps').db.kysely;
  const lang = c.get('lang');
  const m = citizensOfficeMessages[lang];
  const title = opts.counter ? m.counterTitle : m.title;
  const district = opts.values.district ? await findDistrict(db, opts.values.district) : undefined;
  if (!district) {
    const province = (queryText(c, 'province') ?? '').trim();
    const all = await provinces(db);
    const chosen = all.find((p) => p.code === province);
    const districts = chosen
      ? (await childrenOf(db, chosen.code)).filter((d) => d.level === 'district')
      : undefined;
    const bad = !!opts.values.district || (province !== '' && !chosen);
    return renderPage(
      c,
      title,
      <PlacePicker
        lang={lang}
        action={WEB_PATH}
        provinces={all}
        province={chosen?.code}
        districts={districts}
        error={bad}
      />,
      bad ? 400 : (opts.status ?? 200),
    );
  }
  const [communes, services] = await Promise.all([
    childrenOf(db, district.code),
    listServices(db, [], phnomPenhDate(new Date())),
  ]);
  return renderPage(
    c,
    title,
    <ComplaintForm
      lang={lang}
      action={opts.counter ? COUNTER_PATH : '/citizens-office/complaints'}
      counter={opts.counter}
      csrfToken={c.get('csrfToken')}
      formToken={opts.formToken ?? (await issueFormToken(c))}
      district={district}
      communes={communes}
      services={services.filter((s) => s.level !== 'province')}
      values={opts.values}
      errors={opts.errors ?? {}}
      changePlace={opts.counter ? undefined : WEB_PATH}
    />,
    opts.status ?? 200,
  );
}

/** GET /citizens-office/complaints/new?province=&district= */
function newComplaintPage(c: Ctx) {
  const district = (queryText(c, 'district') ?? '').trim();
  return renderComplaintForm(c, { counter: false, values: { ...EMPTY, district } });
}

/** The ombudsman's own district (its Citizens' Office's place). */
async function counterDistrict(c: Ctx): Promise<string | undefined> {
  const code = ombudsmanOffice(c.get('user'));
  const office = code ? await findCitizensOffice(c.get('deps').db.kysely, code) : undefined;
  return office?.place_code;
}

/** GET /citizens-office/counter */
async function counterPage(c: Ctx) {
  const district = await counterDistrict(c);
  if (!district) return renderErrorPage(c, 'forbidden');
  return renderComplaintForm(c, { counter: true, values: { ...EMPTY, district, channel: 'in_person' } });
}

/** POST (web or counter): token, fields, rate limit (web), then the command; the answer page. */
async function postComplaint(c: Ctx, counter: boolean) {
  const form = await c.req.parseBody();
  const token = str(form.form_token);
  const db = c.get('deps').db;
  const formPath = counter ? COUNTER_PATH : WEB_PATH;
  const tokenHash = token ? hashSecret(token) : '';
  const record = tokenHash ? await findFormToken(db.kysely, tokenHash) : undefined;
  if (!record) return tokenProblemPage(c, formPath);
  const contentHash = formContentHash(token, form);
  const again = async () =>
    (await answerUsedToken(c, tokenHash, contentHash, undefined, counter ? undefined : token)) ??
    tokenProblemPage(c, formPath);
  if (record.used_at) return again();

  const values = valuesOf(form);
  const user = c.get('user');
  if (counter) {
    // The counter records complaints for the ombudsman's own district only, whatever the form says.
    const district = await counterDistrict(c);
    if (!district || !user) return renderErrorPage(c, 'forbidden');
    values.district = district;
  }
  const channel = counter ? values.channel : 'web';
  if (channel !== 'web' && channel !== 'in_person' && channel !== 'phone' && channel !== 'letter') {
    return renderComplaintForm(c, {
      counter,
      values,
      errors: { channel: 'invalid' },
      formToken: token,
      status: 422,
    });
  }
  const parsed = complaintInputSchema.safeParse(values);
  if (!parsed.success) {
    return renderComplaintForm(c, {
      counter,
      values,
      errors: errorsOf(parsed.error.issues, values),
      formToken: token,
      status: 422,
    });
  }
  const now = new Date();
  if (!counter && !(await takeRateSlot(db.kysely, PUBLIC_INTAKE_LIMIT, clientIp(c), now))) {
    return renderComplaintForm(c, {
      counter,
      values,
      errors: { form: 'too-many' },
      formToken: token,
      status: 429,
    });
  }
  let result: Awaited<ReturnType<typeof fileComplaint>>;
  try {
    const input: ComplaintInput = parsed.data;
    result = await fileComplaint(db, input, {
      channel,
      actor: counter && user ? actorOf(user) : CITIZEN,
      lang: c.get('lang'),
      now,
      within: async (trx, created) => {
        const sealedKey = counter ? undefined : sealWithToken(token, created.citizenKey);
        const use = { caseId: created.id, contentHash, sealedKey };
        if (!(await useFormToken(trx, tokenHash, use, now.toISOString()))) throw new TokenAlreadyUsed();
      },
    });
  } catch (error) {
    if (error instanceof TokenAlreadyUsed) return again();
    throw error;
  }
  if (!result.ok) {
    const status = result.error === 'no-office' ? 400 : 422;
    return renderComplaintForm(c, {
      counter,
      values,
      errors: { [FIELD_OF[result.error]]: result.error },
      formToken: token,
      status,
    });
  }
  if (!counter) return c.redirect(`${citizenKeyPath(result.value.citizenKey)}?new=1`, 303);
  const m = citizensOfficeMessages[c.get('lang')];
  return renderPage(
    c,
    m.counterTitle,
    <>
      <p class="notice" role="status">
        {m.recorded(result.value.trackingCode)}
      </p>
      {/* The citizen's own key, shown this once to hand over: only it (or a code sent to a contact) acts for them. */}
      <PrivateLinkNotice
        c={c}
        link={`${c.get('deps').config.baseUrl}${citizenKeyPath(result.value.citizenKey)}`}
      />
      <p>
        <a href={`/office/cases/${result.value.trackingCode}`}>{m.openCase}</a>
      </p>
    </>,
  );
}

export const complaintRoutes: RouteDef[] = [
  { method: 'GET', path: WEB_PATH, kind: 'page', access: 'public', handler: newComplaintPage },
  {
    method: 'POST',
    path: '/citizens-office/complaints',
    kind: 'page',
    access: 'public',
    handler: (c) => postComplaint(c, false),
  },
  { method: 'GET', path: COUNTER_PATH, kind: 'page', access: CITIZENS_OFFICE_STAFF, handler: counterPage },
  {
    method: 'POST',
    path: COUNTER_PATH,
    kind: 'page',
    access: CITIZENS_OFFICE_STAFF,
    handler: (c) => postComplaint(c, true),
  },
  monthlyReportRoute,
  ...smsComplaintRoutes,
  ...complaintAboutRoutes,
];
