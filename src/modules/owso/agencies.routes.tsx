// The ministry's page of approved payment agencies: list, add, edit (moi_monitor with an admin grant), audited.
import type { Child } from 'hono/jsx';
import { actorOf } from '../../platform/audit/audit.queries';
import type { Ctx, RouteDef } from '../../platform/http/types';
import type { Lang } from '../../platform/i18n/i18n';
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

interface FormProps {
  lang: Lang;
  csrfToken: string;
  values: AgencyValues;
  errors: AgencyErrors;
  saved: boolean;
}

/** An agency form page: 422 with the errors of a refused post, else 200, saying "saved" after a save. */
function renderForm(
  c: Ctx,
  title: string,
  values: AgencyValues,
  errors: AgencyErrors,
  page: (form: FormProps) => Child,
) {
  const refused = Object.keys(errors).length > 0;
  const saved = !refused && c.req.query('saved') === '1';
  const form = { lang: c.get('lang'), csrfToken: c.get('csrfToken'), values, errors, saved };
  return renderPage(c, title, page(form), refused ? 422 : 200);
}

async function listPage(c: Ctx, values: AgencyValues = {}, errors: AgencyErrors = {}) {
  const agencies = await allAgencies(c.get('deps').db.kysely);
  return renderForm(c, agencyMessages[c.get('lang')].title, values, errors, (form) => (
    <AgenciesPage {...form} agencies={agencies} />
  ));
}

function refuseNonEditor(c: Ctx): Response | Promise<Response> | null {
  if (isCatalogueEditor(c.get('user'))) return null;
  return renderErrorPage(c, 'forbidden', owsoMessages[c.get('lang')].needAdmin);
}

/**
 * Saves the typed agency for a catalogue editor: the form again (`again`) when the values are wrong, 403 for
 * anyone else, or what the save said.
 */
async function save(
  c: Ctx,
  values: AgencyValues,
  isNew: boolean,
  again: (values: AgencyValues, errors: AgencyErrors) => Promise<Response>,
) {
  const errors = errorsOf(values);
  if (errors) return again(values, errors);
  const refused = refuseNonEditor(c);
  if (refused) return refused;
  return saveAgency(c.get('deps').db, actorOf(c.get('user')!), agencyInputSchema.parse(values), { isNew });
}

async function postNewAgency(c: Ctx) {
  const values = await typedValues(c);
  const result = await save(c, values, true, (v, errors) => listPage(c, v, errors));
  if (result instanceof Response) return result;
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
  return renderForm(c, agencyMessages[c.get('lang')].editTitle(code), values, errors, (form) => (
    <AgencyEditPage {...form} code={code} />
  ));
}

async function postEditAgency(c: Ctx) {
  const code = codeOf(c);
  if (!code) return renderErrorPage(c, 'notFound');
  const values = { ...(await typedValues(c)), code };
  const result = await save(c, values, false, (v, errors) => editPage(c, v, errors));
  if (result instanceof Response) return result;
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
