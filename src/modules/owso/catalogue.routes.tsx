// The OWSO catalogue and offices: ministry editing, CSV, rollout, public fee lists, posters, overcharging reports.
import { hashSecret } from '../../platform/auth/tokens';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { clientIp } from '../../platform/http/client-ip';
import { formContentHash, issueFormToken, TokenAlreadyUsed } from '../../platform/http/form-tokens';
import { findFormToken, useFormToken } from '../../platform/http/form-tokens.queries';
import type { Ctx, NavEntry, RouteDef } from '../../platform/http/types';
import { formatNumber } from '../../platform/i18n/i18n';
import { pageOf, requestedPage } from '../../platform/paging';
import { type RateLimit, takeRateSlot } from '../../platform/rate-limit/rate-limit.queries';
import { searchTerms } from '../../platform/search/search-text';
import { renderErrorPage, renderPage } from '../../web/page';
import { answerUsedToken, citizenKeyPath, PrivateLinkNotice, tokenProblemPage } from '../casework';
import { provinces } from '../places';
import { catalogueAdminRoutes } from './catalogue-admin.routes';
import { feeHistory } from './fees.queries';
import { owsoMessages } from './messages';
import { overchargingInputSchema, reportOvercharging } from './overcharging.commands';
import { OverchargingChooser } from './overcharging-steps.pages';
import { MINISTRY_ROLES } from './owso.policy';
import { qrSvg } from './receipt-qr.presenter';
import {
  OfficePage,
  OfficesDirectory,
  OverchargingForm,
  type OverchargingValues,
  Poster,
  ServiceDetail,
  ServicesPage,
} from './services.pages';
import { findOffice, listOffices, listServices, servicesOfferedAt } from './services.queries';

/** Reports are public: a few a day per address is plenty for one family, and stops a flood. */
export const OVERCHARGING_LIMIT: RateLimit = {
  bucket: 'owso-overcharging',
  max: 10,
  windowMs: 24 * 60 * 60 * 1000,
};

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const view = (c: Ctx) => ({ lang: c.get('lang'), digits: c.get('digits') });
const today = () => phnomPenhDate(new Date());
/** Rows of a long public list per page: the whole catalogue or every commune's office would not fit one round trip. */
export const PUBLIC_LIST_PAGE = 50;
const pageParam = (c: Ctx) => requestedPage(c.req.query('page'));

/** GET /services?q= — the national fee list, searchable in Khmer and English. */
async function servicesPage(c: Ctx) {
  const m = owsoMessages[c.get('lang')];
  const q = (c.req.query('q') ?? '').slice(0, 100);
  const valid = q.isWellFormed() && !q.includes('\uFFFD');
  const services = await listServices(c.get('deps').db.kysely, valid ? searchTerms(q) : [], today());
  return renderPage(
    c,
    m.servicesTitle,
    <ServicesPage
      {...view(c)}
      services={pageOf(valid ? services : [], pageParam(c), PUBLIC_LIST_PAGE)}
      q={valid ? q : ''}
      error={valid ? undefined : m.errors['broken-text']}
    />,
    valid ? 200 : 400,
  );
}

/** GET /services/:code */
async function servicePage(c: Ctx) {
  const db = c.get('deps').db.kysely;
  const code = c.req.param('code') ?? '';
  const [s] = (await listServices(db, [], today())).filter((r) => r.code === code);
  if (!s) return renderErrorPage(c, 'notFound');
  const history = await feeHistory(db, code);
  return renderPage(
    c,
    c.get('lang') === 'km' ? s.name_km : s.name_en,
    <ServiceDetail {...view(c)} s={s} history={history} />,
  );
}

/** GET /owso/offices?province=NN&page=N */
async function officesPage(c: Ctx) {
  const db = c.get('deps').db.kysely;
  const [offices, allProvinces] = await Promise.all([listOffices(db), provinces(db)]);
  const chosen = allProvinces.find((p) => p.code === c.req.query('province')?.trim());
  const inProvince = chosen ? offices.filter((o) => o.place_code.startsWith(chosen.code)) : offices;
  return renderPage(
    c,
    owsoMessages[c.get('lang')].officesTitle,
    <OfficesDirectory
      {...view(c)}
      offices={pageOf(inProvince, pageParam(c), PUBLIC_LIST_PAGE)}
      provinces={allProvinces}
      province={chosen?.code ?? ''}
    />,
  );
}

async function officeAndServices(c: Ctx) {
  const db = c.get('deps').db.kysely;
  const office = await findOffice(db, c.req.param('code') ?? '');
  if (!office) return null;
  return { office, services: await servicesOfferedAt(db, office, today()) };
}

/** GET /owso/offices/:code — the office's own list. */
async function officePage(c: Ctx) {
  const found = await officeAndServices(c);
  if (!found) return renderErrorPage(c, 'notFound');
  return renderPage(
    c,
    c.get('lang') === 'km' ? found.office.name_km : found.office.name_en,
    <OfficePage
      {...view(c)}
      o={found.office}
      services={pageOf(found.services, pageParam(c), PUBLIC_LIST_PAGE)}
    />,
  );
}

/** GET /owso/offices/:code/poster?size=a4|a3 */
async function posterPage(c: Ctx) {
  const size = c.req.query('size') ?? 'a4';
  if (size !== 'a4' && size !== 'a3') return renderErrorPage(c, 'badRequest');
  const found = await officeAndServices(c);
  if (!found) return renderErrorPage(c, 'notFound');
  const reportUrl = `${c.get('deps').config.baseUrl}/owso/overcharging/new?office=${encodeURIComponent(found.office.code)}`;
  return renderPage(
    c,
    `${owsoMessages[c.get('lang')].poster}: ${found.office.code}`,
    <Poster
      {...view(c)}
      o={found.office}
      services={found.services}
      size={size}
      reportUrl={reportUrl}
      qr={await qrSvg(reportUrl)}
    />,
  );
}

const EMPTY: OverchargingValues = { office: '', service: '', amount: '', receipt: '', details: '' };

/** More choices than this in one list would push the page past one round trip: the form asks in steps. */
const LIST_CHOICES = 80;

async function renderOvercharging(
  c: Ctx,
  values: OverchargingValues,
  errors: Partial<Record<keyof OverchargingValues | 'form', string>> = {},
  status: 200 | 422 | 429 = 200,
  formToken?: string,
) {
  const db = c.get('deps').db.kysely;
  const m = owsoMessages[c.get('lang')];
  const operating = (await listOffices(db)).filter((o) => o.rollout_status === 'operating');
  const chosen = operating.find((o) => o.code === values.office);
  const province = chosen?.place_code.slice(0, 2) ?? (c.req.query('province') ?? '').trim().slice(0, 2);
  const offices = province ? operating.filter((o) => o.place_code.startsWith(province)) : operating;
  const services = chosen
    ? await servicesOfferedAt(db, chosen, today())
    : await listServices(db, [], today());
  if (offices.length > LIST_CHOICES || (offices.length === 0 && operating.length > LIST_CHOICES)) {
    const allProvinces = await provinces(db);
    return renderPage(
      c,
      m.overchargingTitle,
      <OverchargingChooser {...view(c)} step="province" provinces={allProvinces} service={values.service} />,
    );
  }
  if (!chosen && services.length > LIST_CHOICES) {
    return renderPage(
      c,
      m.overchargingTitle,
      <OverchargingChooser
        {...view(c)}
        step="office"
        province={province}
        offices={offices}
        service={values.service}
      />,
    );
  }
  return renderPage(
    c,
    m.overchargingTitle,
    <OverchargingForm
      {...view(c)}
      csrfToken={c.get('csrfToken')}
      formToken={formToken ?? (await issueFormToken(c))}
      offices={offices}
      services={services}
      values={values}
      errors={errors}
    />,
    status,
  );
}

/** GET /owso/overcharging/new?office=&service= */
function overchargingPage(c: Ctx) {
  return renderOvercharging(c, {
    ...EMPTY,
    office: (c.req.query('office') ?? '').slice(0, 40),
    service: (c.req.query('service') ?? '').slice(0, 40),
  });
}

/** POST /owso/overcharging — the report becomes a case for the district's Citizens' Office. */
async function postOvercharging(c: Ctx) {
  const form = await c.req.parseBody();
  const token = str(form.form_token);
  const tokenHash = token ? hashSecret(token) : '';
  const record = tokenHash ? await findFormToken(c.get('deps').db.kysely, tokenHash) : undefined;
  if (!record) return tokenProblemPage(c, '/owso/overcharging/new');
  // Sent before: show the report it filed rather than file a second one.
  const contentHash = formContentHash(token, form);
  if (record.used_at)
    return (
      (await answerUsedToken(c, tokenHash, contentHash)) ?? tokenProblemPage(c, '/owso/overcharging/new')
    );
  const values: OverchargingValues = {
    office: str(form.office),
    service: str(form.service),
    amount: str(form.amount),
    receipt: str(form.receipt),
    details: str(form.details),
  };
  const parsed = overchargingInputSchema.safeParse(values);
  if (!parsed.success) {
    const errors: Partial<Record<keyof OverchargingValues, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as keyof OverchargingValues;
      errors[field] ??= issue.code === 'too_big' ? 'too_big' : issue.message;
    }
    return renderOvercharging(c, values, errors, 422, token);
  }
  const db = c.get('deps').db;
  const now = new Date();
  if (!(await takeRateSlot(db.kysely, OVERCHARGING_LIMIT, clientIp(c), now))) {
    return renderOvercharging(c, values, { form: 'too-many' }, 429, token);
  }
  let result: Awaited<ReturnType<typeof reportOvercharging>>;
  try {
    result = await reportOvercharging(db, parsed.data, { lang: c.get('lang'), now }, async (trx, created) => {
      if (!(await useFormToken(trx, tokenHash, { caseId: created.id, contentHash }, now.toISOString())))
        throw new TokenAlreadyUsed();
    });
  } catch (error) {
    // Another tap of the same form won the race: show the report it filed.
    if (error instanceof TokenAlreadyUsed)
      return (
        (await answerUsedToken(c, tokenHash, contentHash)) ?? tokenProblemPage(c, '/owso/overcharging/new')
      );
    throw error;
  }
  if (!result.ok) {
    const field =
      result.error === 'unknown-office' ? 'office' : result.error === 'not-more' ? 'amount' : 'service';
    return renderOvercharging(c, values, { [field]: result.error }, 422, token);
  }
  const m = owsoMessages[c.get('lang')];
  const n = (x: number) => formatNumber(x, c.get('lang'), c.get('digits'));
  const asked = parsed.data.amount;
  const diff = result.value.difference;
  return renderPage(
    c,
    m.overchargingTitle,
    <>
      <p class="notice" role="status">
        {m.reported(result.value.trackingCode)}
      </p>
      <p>{m.difference(n(asked), n(asked - diff), n(diff))}</p>
      {/* The reporter's own key, shown this once: only it (or a code sent to a contact) acts on the report. */}
      <PrivateLinkNotice
        c={c}
        link={`${c.get('deps').config.baseUrl}${citizenKeyPath(result.value.citizenKey)}`}
      />
      <p>
        <a href={citizenKeyPath(result.value.citizenKey)}>{m.track}</a>
      </p>
    </>,
  );
}

const OFFICE = { code: 'OWSO-120101' };

export const catalogueNav: NavEntry[] = [
  { href: '/services', label: { en: 'Service fees', km: 'ថ្លៃសេវា' }, access: 'public' },
  {
    href: '/owso/overcharging/new',
    label: { en: 'Asked to pay more?', km: 'ត្រូវបានស្នើឱ្យបង់លើស?' },
    access: 'public',
  },
  { href: '/owso/admin/catalogue', label: { en: 'OWSO catalogue', km: 'បញ្ជីសេវា' }, access: MINISTRY_ROLES },
  { href: '/owso/rollout', label: { en: 'OWSO rollout', km: 'ការដាក់ឱ្យដំណើរការ' }, access: MINISTRY_ROLES },
  {
    href: '/owso/admin/agencies',
    label: { en: 'Payment agencies', km: 'ភ្នាក់ងារបង់ប្រាក់' },
    access: MINISTRY_ROLES,
  },
];

export const catalogueRoutes: RouteDef[] = [
  { method: 'GET', path: '/services', kind: 'page', access: 'public', handler: servicesPage },
  {
    method: 'GET',
    path: '/services/:code',
    kind: 'page',
    access: 'public',
    example: { code: 'REG-01' },
    handler: servicePage,
  },
  { method: 'GET', path: '/owso/offices', kind: 'page', access: 'public', handler: officesPage },
  {
    method: 'GET',
    path: '/owso/offices/:code',
    kind: 'page',
    access: 'public',
    example: OFFICE,
    handler: officePage,
  },
  {
    method: 'GET',
    path: '/owso/offices/:code/poster',
    kind: 'page',
    access: 'public',
    example: OFFICE,
    handler: posterPage,
  },
  {
    method: 'GET',
    path: '/owso/overcharging/new',
    kind: 'page',
    access: 'public',
    handler: overchargingPage,
  },
  { method: 'POST', path: '/owso/overcharging', kind: 'page', access: 'public', handler: postOvercharging },
  ...catalogueAdminRoutes,
];
