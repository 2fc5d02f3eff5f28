// The office director's and the commission's queues of cases (filters, sort, search).
import type { Executor } from '../../db/database';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import type { Ctx, RouteDef } from '../../platform/http/types';
import type { Lang } from '../../platform/i18n/i18n';
import { renderPage } from '../../web/page';
import { childrenOf } from '../places';
import { CASE_STATUSES, type CaseStatus } from './case.rules';
import { CHANNELS, type Channel } from './case.table';
import { CASE_HANDLER_ROLES, COMMISSION_ROLES, commissionsOf, officesOf } from './casework.policy';
import { queueMessages } from './queue.messages';
import type { Choice, ChoiceGroup, QueueErrors, QueueFormValues } from './queue.pages';
import { QueueView } from './queue.pages';
import {
  allCategories,
  listQueue,
  provincesOfOffices,
  QUEUE_SORTS,
  type QueueFilters,
  type QueueScope,
  type QueueSort,
} from './queue.queries';
import { countQueue } from './queue-counts.queries';

const MAX_QUERY_CHARS = 200;
// Deep pages are read with OFFSET; nobody pages through 50,000 cases, they filter instead.
const MAX_PAGE = 1000;
const FIELDS: (keyof QueueFormValues)[] = [
  'status',
  'category',
  'district',
  'commune',
  'channel',
  'overdue',
  'sort',
  'q',
  'page',
];

/** The filters as typed in the address (first value of each), so the form is refilled exactly. */
function valuesOf(c: Ctx, fields: readonly (keyof QueueFormValues)[]): QueueFormValues {
  const query = c.req.query();
  const values = Object.fromEntries(FIELDS.map((f) => [f, ''])) as unknown as QueueFormValues;
  for (const f of fields) values[f] = (query[f] ?? '').trim();
  return values;
}

const placeName = (p: { name_km: string; name_latin: string }, lang: Lang) =>
  lang === 'km' ? p.name_km : p.name_latin;

interface Places {
  districts: ChoiceGroup[];
  communes: Choice[];
}

/**
 * Checks each filter against its choices: an unknown value is an error the page shows at its field,
 * never a filter silently dropped (the director would believe the list was filtered).
 */
function checkFilters(
  values: QueueFormValues,
  categories: readonly string[],
  places: Places | null,
): { filters: QueueFilters; errors: QueueErrors } {
  const errors: QueueErrors = {};
  const filters: QueueFilters = {};
  if (values.status === 'open' || values.status === 'final') filters.statusGroup = values.status;
  else if ((CASE_STATUSES as readonly string[]).includes(values.status))
    filters.status = values.status as CaseStatus;
  else if (values.status) errors.status = 'unknown-choice';

  if (categories.includes(values.category)) filters.category = values.category;
  else if (values.category) errors.category = 'unknown-choice';

  if (places) {
    const districts = places.districts.flatMap((g) => g.choices.map((d) => d.code));
    if (districts.includes(values.district)) filters.district = values.district;
    else if (values.district) errors.district = 'unknown-choice';
    if (places.communes.some((cm) => cm.code === values.commune)) filters.commune = values.commune;
    else if (values.commune) errors.commune = 'unknown-choice';
    if ((CHANNELS as readonly string[]).includes(values.channel)) filters.channel = values.channel as Channel;
    else if (values.channel) errors.channel = 'unknown-choice';
  }

  if (values.overdue === '1') filters.overdue = true;
  else if (values.overdue) errors.overdue = 'unknown-choice';

  if ((QUEUE_SORTS as readonly string[]).includes(values.sort)) filters.sort = values.sort as QueueSort;
  else if (values.sort) errors.sort = 'unknown-choice';

  if (!values.q.isWellFormed()) errors.q = 'broken-text';
  else if ([...values.q].length > MAX_QUERY_CHARS) errors.q = 'query-too-long';
  else if (values.q) filters.q = values.q;

  if (/^\d{1,4}$/.test(values.page) && Number(values.page) >= 1 && Number(values.page) <= MAX_PAGE)
    filters.page = Number(values.page);
  else if (values.page) errors.page = 'bad-page';
  return { filters, errors };
}

/**
 * The district filter's choices (the districts of the user's provinces, grouped by province) and the
 * communes of the chosen district. A commune chosen without its district brings its district along.
 */
async function officePlaces(db: Executor, offices: string[], values: QueueFormValues, lang: Lang) {
  const districts: ChoiceGroup[] = [];
  for (const province of await provincesOfOffices(db, offices)) {
    districts.push({
      label: placeName(province, lang),
      choices: (await childrenOf(db, province.code)).map((d) => ({
        code: d.code,
        label: placeName(d, lang),
      })),
    });
  }
  const known = (code: string) => districts.some((g) => g.choices.some((d) => d.code === code));
  if (!values.district && /^\d{6}$/.test(values.commune) && known(values.commune.slice(0, 4)))
    values.district = values.commune.slice(0, 4);
  const communes = known(values.district)
    ? (await childrenOf(db, values.district)).map((cm) => ({ code: cm.code, label: placeName(cm, lang) }))
    : [];
  return { districts, communes };
}

async function queuePage(c: Ctx, kind: 'office' | 'commission') {
  const lang = c.get('lang');
  const m = queueMessages[lang];
  const db = c.get('deps').db.kysely;
  const user = c.get('user');
  const title = kind === 'office' ? m.officeTitle : m.commissionTitle;
  const scopeCodes = kind === 'office' ? officesOf(user) : commissionsOf(user);
  if (scopeCodes.length === 0) {
    return renderPage(c, title, <p>{kind === 'office' ? m.noOffice : m.noCommission}</p>);
  }
  const scope: QueueScope = kind === 'office' ? { offices: scopeCodes } : { commissions: scopeCodes };
  const fields =
    kind === 'office' ? FIELDS : FIELDS.filter((f) => !['district', 'commune', 'channel'].includes(f));
  const values = valuesOf(c, fields);
  const categoryRows = await allCategories(db);
  const places = kind === 'office' ? await officePlaces(db, scopeCodes, values, lang) : null;
  const { filters, errors } = checkFilters(
    values,
    categoryRows.map((r) => r.code),
    places,
  );
  const invalid = Object.keys(errors).length > 0;
  const today = phnomPenhDate(new Date());
  const path = kind === 'office' ? '/office/cases' : '/commission/cases';
  const counts = await countQueue(db, scope, today);
  return renderPage(
    c,
    title,
    <QueueView
      lang={lang}
      digits={c.get('digits')}
      path={path}
      caseBase={path}
      values={values}
      errors={errors}
      categories={categoryRows.map((r) => ({ code: r.code, label: lang === 'km' ? r.name_km : r.name_en }))}
      districts={places?.districts}
      communes={places?.communes}
      desk={kind}
      counts={counts}
      overdueCount={invalid ? 0 : counts.overdue}
      result={invalid ? undefined : await listQueue(db, scope, filters, today)}
      today={today}
    />,
    invalid ? 400 : 200,
  );
}

export const queueRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/office/cases',
    kind: 'page',
    access: CASE_HANDLER_ROLES,
    handler: (c) => queuePage(c, 'office'),
  },
  {
    method: 'GET',
    path: '/commission/cases',
    kind: 'page',
    access: COMMISSION_ROLES,
    handler: (c) => queuePage(c, 'commission'),
  },
];
