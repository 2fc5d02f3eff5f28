// The ministry's page of approved payment agencies: list, add, edit (moi_monitor with an admin grant), audited.
import { actorOf } from '../../platform/audit/audit.queries';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { rowProblems } from '../../platform/import/import-kit';
import { renderErrorPage, renderPage } from '../../web/page';
import { agencyInputSchema, saveAgency } from './agencies.commands';
import { agencyMessages } from './agencies.messages';
import {
  AgenciesPage,
  AgencyEditPage,
  type AgencyErrors,
  type AgencyField,
  type AgencyValues,
} from './agencies.pages';
import { allAgencies, findAgency } from './import.queries';
import { owsoMessages } from './messages';
import { isCatalogueEditor, MINISTRY_ROLES } from './owso.policy';

const FIELDS: AgencyField[] = ['code', 'name_km', 'name_en', 'is_active'];

async function typedValues(c: Ctx): Promise<AgencyValues> {
  const body = await c.req.parseBody();
  const values: AgencyValues = {};
  for (const f of FIELDS) values[f] = typeof body[f] === 'string' ? body[f] : '';
  values.is_active = values.is_active === '1' ? '1' : '0';
  return values;
}

function errorsOf(values: AgencyValues): AgencyErrors | null {
  const parsed = agencyInputSchema.safeParse(values);
  if (parsed.success) return null;
  const errors: AgencyErrors = {};
  for (const p of rowProblems(0, parsed.error.issues)) errors[p.column as AgencyField] = p.reason;
  return errors;
}

async function listPage(c: Ctx, values: AgencyValues = {}, errors: AgencyErrors = {}) {
  const agencies = await allAgencies(c.get('deps').db.kysely);
  const refused = Object.keys(errors).length > 0;
  return renderPage(
    c,
    agencyMessages[c.get('lang')].title,
    <AgenciesPage
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      agencies={agencies}
      values={values}
      errors={errors}
      saved={!refused && c.req.query('saved') === '1'}
    />,
    refused ? 422 : 200,
  );
}

function refuseNonEditor(c: Ctx): Response | Promise<Response> | null {
  if (isCatalogueEditor(c.get('user'))) return null;
  return renderErrorPage(c, 'forbidden', owsoMessages[c.get('lang')].needAdmin);
}

async function postNewAgency(c: Ctx) {
  const values = await typedValues(c);
  const errors = errorsOf(values);
  if (errors) return listPage(c, values, errors);
  const refused = refuseNonEditor(c);
  if (refused) return refused;
  const result = await saveAgency(
    c.get('deps').db,
    actorOf(c.get('user')!),
    agencyInputSchema.parse(values),
    {
      isNew: true,
    },
  );
  if (!result.ok) return listPage(c, values, { code: 'code-taken' });
  return c.redirect('/owso/admin/agencies?saved=1', 303);
}

const codeOf = (c: Ctx) => {
  const code = c.req.param('code') ?? '';
  return /^[A-Z0-9][A-Z0-9-]{1,23}$/.test(code) ? code : undefined;
};

async function editPage(c: Ctx, typed?: AgencyValues, errors: AgencyErrors = {}) {
  const code = codeOf(c);
  const agency = code ? await findAgency(c.get('deps').db.kysely, code) : undefined;
  if (!code || !agency) return renderErrorPage(c, 'notFound');
  const values = typed ?? { ...agency, is_active: String(agency.is_active) };
  const refused = Object.keys(errors).length > 0;
  return renderPage(
    c,
    agencyMessages[c.get('lang')].editTitle(code),
    <AgencyEditPage
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      code={code}
      values={values}
      errors={errors}
      saved={!refused && c.req.query('saved') === '1'}
    />,
    refused ? 422 : 200,
  );
}

async function postEditAgency(c: Ctx) {
  const code = codeOf(c);
  if (!code) return renderErrorPage(c, 'notFound');
  const values = { ...(await typedValues(c)), code };
  const errors = errorsOf(values);
  if (errors) return editPage(c, values, errors);
  const refused = refuseNonEditor(c);
  if (refused) return refused;
  const result = await saveAgency(
    c.get('deps').db,
    actorOf(c.get('user')!),
    agencyInputSchema.parse(values),
    {
      isNew: false,
    },
  );
  if (!result.ok) return renderErrorPage(c, 'notFound');
  return c.redirect(`/owso/admin/agencies/${encodeURIComponent(code)}?saved=1`, 303);
}

const A = MINISTRY_ROLES;
const AGENCY = { code: 'DEMO-AGENCY' };

export const agencyRoutes: RouteDef[] = [
  { method: 'GET', path: '/owso/admin/agencies', kind: 'page', access: A, handler: (c) => listPage(c) },
  { method: 'POST', path: '/owso/admin/agencies', kind: 'page', access: A, handler: postNewAgency },
  {
    method: 'GET',
    path: '/owso/admin/agencies/:code',
    kind: 'page',
    access: A,
    example: AGENCY,
    handler: (c) => editPage(c),
  },
  {
    method: 'POST',
    path: '/owso/admin/agencies/:code',
    kind: 'page',
    access: A,
    example: AGENCY,
    handler: postEditAgency,
  },
];
