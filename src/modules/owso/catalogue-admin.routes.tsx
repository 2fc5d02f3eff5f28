// The ministry's pages: the catalogue (services, fee changes, CSV out and in), offices, and the rollout.
// Editing needs moi_monitor with an admin grant: the guard checks the role, each handler the grant.
import type { z } from 'zod';
import type { Actor } from '../../platform/audit/audit.queries';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { pageWithForm } from '../../platform/http/page-with-form';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { formatNumber, textFor } from '../../platform/i18n/i18n';
import { importMessages } from '../../platform/import/import.messages';
import { Notice } from '../../web/form';
import { renderErrorPage, renderPage } from '../../web/page';
import {
  changeFee,
  exportCatalogueCsv,
  feeChangeSchema,
  importCatalogueCsv,
  saveService,
  serviceInputSchema,
} from './catalogue.commands';
import {
  AdminForm,
  CatalogueAdmin,
  type FormErrors,
  type FormValues,
  feeFields,
  officeFields,
  RolloutTable,
  serviceFields,
} from './catalogue.pages';
import { owsoMessages } from './messages';
import { officeInputSchema, saveOffice } from './offices.commands';
import { officeServiceCodes } from './offices.queries';
import { isCatalogueEditor, MINISTRY_ROLES } from './owso.policy';
import { OfficesList } from './services.pages';
import {
  findOffice,
  listCategories,
  listOffices,
  listServices,
  rolloutByProvince,
  serviceRow,
} from './services.queries';

const CHECKBOXES = ['pay_at_counter', 'pay_at_agency', 'is_sample', 'is_active'];
const view = (c: Ctx) => ({ lang: c.get('lang'), digits: c.get('digits'), csrfToken: c.get('csrfToken') });
const today = () => phnomPenhDate(new Date());
const actorOf = (c: Ctx): Actor => {
  const user = c.get('user');
  return { userId: user?.id ?? null, label: user?.username ?? 'unknown' };
};

/** The form's text fields as typed; unticked checkboxes are '0'. */
async function formValues(c: Ctx, checkboxes: string[] = []): Promise<FormValues> {
  const body = await c.req.parseBody();
  const values: FormValues = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string' && k !== '_csrf') values[k] = v;
  for (const k of checkboxes) values[k] = values[k] === '1' ? '1' : '0';
  return values;
}

function issuesToErrors(issues: z.core.$ZodIssue[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.code === 'too_big' ? 'too_big' : issue.message;
  }
  return errors;
}

/**
 * Changes need moi_monitor with an admin grant; the guard has checked the role, this checks the grant.
 * Called once the form is valid, so a refused request never reaches a command. Reading is open to the role.
 */
function refuseNonEditor(c: Ctx): Response | Promise<Response> | null {
  if (isCatalogueEditor(c.get('user'))) return null;
  return renderErrorPage(c, 'forbidden', owsoMessages[c.get('lang')].needAdmin);
}

const canEdit = (c: Ctx) => isCatalogueEditor(c.get('user'));

const categories = (c: Ctx) => listCategories(c.get('deps').db.kysely);

const NEW_SERVICE: FormValues = {
  level: 'commune',
  pay_at_counter: '1',
  pay_at_agency: '0',
  is_sample: '0',
  is_active: '1',
  max_days: '1',
};

async function cataloguePage(
  c: Ctx,
  opts: {
    values?: FormValues;
    errors?: FormErrors;
    importText?: string;
    problems?: string[];
    notice?: string;
  } = {},
  status: 200 | 422 = 200,
) {
  const m = owsoMessages[c.get('lang')];
  const services = await listServices(c.get('deps').db.kysely, [], today());
  return renderPage(
    c,
    m.catalogueAdminTitle,
    <CatalogueAdmin
      {...view(c)}
      services={services}
      newForm={{
        values: opts.values ?? { ...NEW_SERVICE, effective_from: today() },
        errors: opts.errors ?? {},
        fields: serviceFields(c.get('lang'), true, await categories(c)),
      }}
      importText={opts.importText ?? ''}
      importProblems={opts.problems ?? []}
      canEdit={canEdit(c)}
      notice={opts.notice ?? (c.req.query('saved') ? m.saved : undefined)}
    />,
    status,
  );
}

async function postNewService(c: Ctx) {
  const values = await formValues(c, CHECKBOXES);
  const parsed = serviceInputSchema.safeParse(values);
  const fee = feeChangeSchema.safeParse({ ...values, note: '' });
  if (!parsed.success || !fee.success) {
    const errors = {
      ...(parsed.success ? {} : issuesToErrors(parsed.error.issues)),
      ...(fee.success ? {} : issuesToErrors(fee.error.issues)),
    };
    return cataloguePage(c, { values, errors }, 422);
  }
  const refused = refuseNonEditor(c);
  if (refused) return refused;
  const result = await saveService(
    c.get('deps').db,
    actorOf(c),
    parsed.data,
    { isNew: true, firstFee: { fee_riel: fee.data.fee_riel, effective_from: fee.data.effective_from } },
    new Date(),
  );
  if (!result.ok) {
    return cataloguePage(
      c,
      { values, errors: { [result.error === 'code-taken' ? 'code' : 'category_code']: result.error } },
      422,
    );
  }
  return c.redirect(`/owso/admin/services/${encodeURIComponent(result.value.code)}?saved=1`, 303);
}

async function serviceEditPage(
  c: Ctx,
  forms: { values?: FormValues; errors?: FormErrors; feeValues?: FormValues; feeErrors?: FormErrors } = {},
  status: 200 | 422 = 200,
) {
  const m = owsoMessages[c.get('lang')];
  const db = c.get('deps').db.kysely;
  const code = c.req.param('code') ?? '';
  const s = await serviceRow(db, code);
  if (!s) return renderErrorPage(c, 'notFound');
  const stored = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, String(v ?? '')]));
  const path = `/owso/admin/services/${encodeURIComponent(code)}`;
  return renderPage(
    c,
    `${m.editService}: ${code}`,
    <>
      <Notice text={c.req.query('saved') ? m.saved : undefined} />
      <p>
        <a href="/owso/admin/catalogue">{m.catalogueAdminTitle}</a> ·{' '}
        <a href={`/services/${encodeURIComponent(code)}`}>{m.feeHistory}</a>
      </p>
      {canEdit(c) ? (
        <>
          <AdminForm
            {...view(c)}
            action={path}
            fields={serviceFields(c.get('lang'), false, await categories(c))}
            values={forms.values ?? stored}
            errors={forms.errors ?? {}}
            button={m.save}
          />
          <h2>{m.changeFee}</h2>
          <AdminForm
            {...view(c)}
            action={`${path}/fees`}
            fields={feeFields(c.get('lang'))}
            values={forms.feeValues ?? { effective_from: today() }}
            errors={forms.feeErrors ?? {}}
            button={m.save}
          />
        </>
      ) : (
        <p class="notice">{m.needAdmin}</p>
      )}
    </>,
    status,
  );
}

async function postEditService(c: Ctx) {
  const code = c.req.param('code') ?? '';
  const values = { ...(await formValues(c, CHECKBOXES)), code };
  const parsed = serviceInputSchema.safeParse(values);
  if (!parsed.success)
    return serviceEditPage(c, { values, errors: issuesToErrors(parsed.error.issues) }, 422);
  const refused = refuseNonEditor(c);
  if (refused) return refused;
  const result = await saveService(c.get('deps').db, actorOf(c), parsed.data, { isNew: false }, new Date());
  if (!result.ok) {
    if (result.error === 'not-found') return renderErrorPage(c, 'notFound');
    return serviceEditPage(c, { values, errors: { category_code: result.error } }, 422);
  }
  return c.redirect(`/owso/admin/services/${encodeURIComponent(code)}?saved=1`, 303);
}

async function postFee(c: Ctx) {
  const code = c.req.param('code') ?? '';
  const feeValues = await formValues(c);
  const parsed = feeChangeSchema.safeParse({ note: '', ...feeValues });
  if (!parsed.success)
    return serviceEditPage(c, { feeValues, feeErrors: issuesToErrors(parsed.error.issues) }, 422);
  const refused = refuseNonEditor(c);
  if (refused) return refused;
  const result = await changeFee(c.get('deps').db, actorOf(c), code, parsed.data, new Date());
  if (!result.ok) {
    if (result.error === 'not-found') return renderErrorPage(c, 'notFound');
    return serviceEditPage(c, { feeValues, feeErrors: { effective_from: result.error } }, 422);
  }
  return c.redirect(`/owso/admin/services/${encodeURIComponent(code)}?saved=1`, 303);
}

async function exportCsv(c: Ctx) {
  const csv = await exportCatalogueCsv(c.get('deps').db.kysely, today());
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="owso-catalogue-${today()}.csv"`);
  c.header('Cache-Control', 'no-store');
  return c.body(csv);
}

async function postImport(c: Ctx) {
  const m = owsoMessages[c.get('lang')];
  const body = await c.req.parseBody();
  const file = body.file;
  const text =
    file instanceof File && file.size > 0 ? await file.text() : typeof body.csv === 'string' ? body.csv : '';
  const result = await importCatalogueCsv(c.get('deps').db, actorOf(c), text, new Date(), {
    allowed: canEdit(c),
  });
  if (!result.ok && result.error === 'forbidden')
    return refuseNonEditor(c) ?? renderErrorPage(c, 'forbidden');
  if (!result.ok) {
    // The reasons of the catalogue's own checks, else those every import shares (a missing column, an empty file).
    const problems = (result.problems ?? []).map((p) =>
      m.importProblem(
        formatNumber(p.line, c.get('lang'), c.get('digits')),
        p.column,
        textFor(m.commandErrors, p.code) ??
          textFor(importMessages[c.get('lang')].reasons, p.code) ??
          textFor(m.errors, p.code) ??
          p.code,
      ),
    );
    return cataloguePage(c, { importText: text.slice(0, 200_000), problems }, 422);
  }
  const figure = (n: number) => formatNumber(n, c.get('lang'), c.get('digits'));
  return cataloguePage(c, {
    notice: m.imported(figure(result.value.services), figure(result.value.feeChanges)),
  });
}

// Offices

function officeInput(values: FormValues) {
  return officeInputSchema.safeParse({
    ...values,
    services: (values.services ?? '')
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean),
  });
}

async function officesAdminPage(
  c: Ctx,
  values?: FormValues,
  errors: FormErrors = {},
  status: 200 | 422 = 200,
) {
  const m = owsoMessages[c.get('lang')];
  return renderPage(
    c,
    m.officesAdminTitle,
    <>
      <p>
        <a href="/owso/admin/catalogue">{m.catalogueAdminTitle}</a> ·{' '}
        <a href="/owso/rollout">{m.rolloutTitle}</a>
      </p>
      <OfficesList {...view(c)} offices={await listOffices(c.get('deps').db.kysely)} />
      <p>
        {(await listOffices(c.get('deps').db.kysely)).map((o) => (
          <>
            <a href={`/owso/admin/offices/${encodeURIComponent(o.code)}`}>
              {m.editOffice}: {o.code}
            </a>{' '}
          </>
        ))}
      </p>
      {canEdit(c) ? (
        <>
          <h2>{m.newOffice}</h2>
          <AdminForm
            {...view(c)}
            action="/owso/admin/offices"
            fields={officeFields(c.get('lang'), true)}
            values={values ?? { level: 'commune', rollout_status: 'planned', counters: '1' }}
            errors={errors}
            button={m.save}
          />
        </>
      ) : (
        <p class="notice">{m.needAdmin}</p>
      )}
    </>,
    status,
  );
}

const OFFICE_ERROR_FIELD: Record<string, string> = {
  'unknown-place': 'place_code',
  'place-level': 'place_code',
  'code-taken': 'code',
  'unknown-service': 'services',
};

async function postNewOffice(c: Ctx) {
  // Offices made here are real; only the demo loader marks offices as demo.
  const { is_demo: _typed, ...values } = await formValues(c);
  const parsed = officeInput(values);
  if (!parsed.success) return officesAdminPage(c, values, issuesToErrors(parsed.error.issues), 422);
  const refused = refuseNonEditor(c);
  if (refused) return refused;
  const result = await saveOffice(c.get('deps').db, actorOf(c), parsed.data, { isNew: true }, new Date());
  if (!result.ok)
    return officesAdminPage(c, values, { [OFFICE_ERROR_FIELD[result.error] ?? 'form']: result.error }, 422);
  return c.redirect(`/owso/admin/offices/${encodeURIComponent(result.value.code)}?saved=1`, 303);
}

async function officeEditPage(c: Ctx, values?: FormValues, errors: FormErrors = {}, status: 200 | 422 = 200) {
  const m = owsoMessages[c.get('lang')];
  const db = c.get('deps').db.kysely;
  const code = c.req.param('code') ?? '';
  const office = await findOffice(db, code);
  if (!office) return renderErrorPage(c, 'notFound');
  const listed = await officeServiceCodes(db, code);
  const stored: FormValues = {
    ...Object.fromEntries(Object.entries(office).map(([k, v]) => [k, String(v ?? '')])),
    services: listed.join('\n'),
  };
  return renderPage(
    c,
    `${m.editOffice}: ${code}`,
    <>
      <Notice text={c.req.query('saved') ? m.saved : undefined} />
      <p>
        <a href="/owso/admin/offices">{m.officesAdminTitle}</a> ·{' '}
        <a href={`/owso/offices/${encodeURIComponent(code)}`}>{code}</a>
      </p>
      {canEdit(c) ? (
        <AdminForm
          {...view(c)}
          action={`/owso/admin/offices/${encodeURIComponent(code)}`}
          fields={officeFields(c.get('lang'), false)}
          values={values ?? stored}
          errors={errors}
          button={m.save}
        />
      ) : (
        <p class="notice">{m.needAdmin}</p>
      )}
    </>,
    status,
  );
}

async function postEditOffice(c: Ctx) {
  const code = c.req.param('code') ?? '';
  const existing = await findOffice(c.get('deps').db.kysely, code);
  if (!existing) return renderErrorPage(c, 'notFound');
  const { is_demo: _typed, ...typed } = await formValues(c);
  const values = { ...typed, code };
  const parsed = officeInput(values);
  if (!parsed.success) return officeEditPage(c, values, issuesToErrors(parsed.error.issues), 422);
  const refused = refuseNonEditor(c);
  if (refused) return refused;
  const result = await saveOffice(
    c.get('deps').db,
    actorOf(c),
    { ...parsed.data, is_demo: existing.is_demo === 1 ? 1 : 0 },
    { isNew: false },
    new Date(),
  );
  if (!result.ok)
    return officeEditPage(c, values, { [OFFICE_ERROR_FIELD[result.error] ?? 'form']: result.error }, 422);
  return c.redirect(`/owso/admin/offices/${encodeURIComponent(code)}?saved=1`, 303);
}

/** GET /owso/rollout — provinces × rollout status, outreach done, operating offices since when. */
async function rolloutPage(c: Ctx) {
  const rows = await rolloutByProvince(c.get('deps').db.kysely);
  return renderPage(
    c,
    owsoMessages[c.get('lang')].rolloutTitle,
    <RolloutTable lang={c.get('lang')} digits={c.get('digits')} rows={rows} />,
  );
}

const SERVICE = { code: 'REG-01' };
const OFFICE = { code: 'OWSO-120101' };
const A = MINISTRY_ROLES;

export const catalogueAdminRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/owso/admin/catalogue',
    kind: 'page',
    access: A,
    handler: (c) => cataloguePage(c),
  },
  { method: 'GET', path: '/owso/admin/catalogue.csv', kind: 'page', access: A, handler: exportCsv },
  {
    method: 'POST',
    path: '/owso/admin/catalogue/import',
    kind: 'page',
    access: A,
    handler: postImport,
  },
  { method: 'POST', path: '/owso/admin/services', kind: 'page', access: A, handler: postNewService },
  ...pageWithForm({
    path: '/owso/admin/services/:code',
    access: A,
    example: SERVICE,
    page: (c) => serviceEditPage(c),
    post: postEditService,
  }),
  {
    method: 'POST',
    path: '/owso/admin/services/:code/fees',
    kind: 'page',
    access: A,
    example: SERVICE,
    handler: postFee,
  },
  {
    method: 'GET',
    path: '/owso/admin/offices',
    kind: 'page',
    access: A,
    handler: (c) => officesAdminPage(c),
  },
  { method: 'POST', path: '/owso/admin/offices', kind: 'page', access: A, handler: postNewOffice },
  ...pageWithForm({
    path: '/owso/admin/offices/:code',
    access: A,
    example: OFFICE,
    page: (c) => officeEditPage(c),
    post: postEditOffice,
  }),
  { method: 'GET', path: '/owso/rollout', kind: 'page', access: A, handler: rolloutPage },
];
