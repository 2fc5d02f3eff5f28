// Admin pages of service standards and public holidays: read, change (audited), errors as 422 with the form refilled.
import type { z } from 'zod';
import type { Actor } from '../../platform/audit/audit.queries';
import { isCalendarDate } from '../../platform/calendar/calendar-date';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { renderErrorPage, renderPage } from '../../web/page';
import { SERVICE_STAGES, type ServiceStage } from './case.table';
import {
  type AdminFieldError,
  addHoliday,
  editServiceStandards,
  holidayInputSchema,
  removeHoliday,
  standardsInputSchema,
} from './edit-standards';
import { listHolidays, listServiceStandards } from './standards.queries';
import { standardsAdminMessages } from './standards-admin.messages';
import { type HolidayField, HolidaysPage, StandardsForm } from './standards-admin.pages';

const ADMIN = ['admin'] as const;
const ADMIN_ERRORS: ReadonlySet<string> = new Set<AdminFieldError>([
  'required',
  'whole-number',
  'out-of-range',
  'invalid-date',
  'broken-text',
]);

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function actorOf(c: Ctx): Actor {
  const user = c.get('user')!;
  return { userId: user.id, label: user.username };
}

function view(c: Ctx) {
  return { lang: c.get('lang'), digits: c.get('digits'), csrfToken: c.get('csrfToken') };
}

/** The first error of each field, as a code the page translates. */
function fieldErrors<F extends string>(issues: z.core.$ZodIssue[]): Partial<Record<F, AdminFieldError>> {
  const errors: Partial<Record<F, AdminFieldError>> = {};
  for (const issue of issues) {
    const field = String(issue.path[0]) as F;
    if (errors[field]) continue;
    errors[field] = ADMIN_ERRORS.has(issue.message)
      ? (issue.message as AdminFieldError)
      : issue.code === 'too_big'
        ? 'too-long'
        : 'required';
  }
  return errors;
}

async function standardsPage(
  c: Ctx,
  typed?: Record<ServiceStage, string>,
  errors: Partial<Record<ServiceStage, AdminFieldError>> = {},
) {
  const m = standardsAdminMessages[c.get('lang')];
  const rows = await listServiceStandards(c.get('deps').db.kysely);
  const stored = Object.fromEntries(rows.map((r) => [r.stage, r])) as Partial<
    Record<ServiceStage, (typeof rows)[number]>
  >;
  const values =
    typed ??
    (Object.fromEntries(
      SERVICE_STAGES.map((stage) => [stage, stored[stage] ? String(stored[stage].working_days) : '']),
    ) as Record<ServiceStage, string>);
  const updatedAt = Object.fromEntries(rows.map((r) => [r.stage, r.updated_at]));
  const saved = c.req.query('saved');
  const hasErrors = Object.keys(errors).length > 0;
  return renderPage(
    c,
    m.standardsTitle,
    <StandardsForm
      {...view(c)}
      values={values}
      updatedAt={updatedAt}
      errors={errors}
      notice={hasErrors ? undefined : saved === '1' ? 'saved' : saved === '0' ? 'unchanged' : undefined}
    />,
    hasErrors ? 422 : 200,
  );
}

async function postStandards(c: Ctx) {
  const form = await c.req.parseBody();
  const typed = Object.fromEntries(
    SERVICE_STAGES.map((stage) => [stage, str(form[`days_${stage}`])]),
  ) as Record<ServiceStage, string>;
  const parsed = standardsInputSchema.safeParse(typed);
  if (!parsed.success) return standardsPage(c, typed, fieldErrors<ServiceStage>(parsed.error.issues));
  const { changed } = await editServiceStandards(c.get('deps').db, actorOf(c), parsed.data, new Date());
  return c.redirect(`/admin/service-standards?saved=${changed ? 1 : 0}`, 303);
}

const EMPTY_HOLIDAY: Record<HolidayField, string> = { date: '', nameKm: '', nameEn: '' };

async function holidaysPage(
  c: Ctx,
  values: Record<HolidayField, string> = EMPTY_HOLIDAY,
  errors: Partial<Record<HolidayField, AdminFieldError | 'duplicate-date'>> = {},
) {
  const m = standardsAdminMessages[c.get('lang')];
  const holidays = await listHolidays(c.get('deps').db.kysely);
  const done = c.req.query('done');
  const hasErrors = Object.keys(errors).length > 0;
  return renderPage(
    c,
    m.holidaysTitle,
    <HolidaysPage
      {...view(c)}
      holidays={holidays}
      values={values}
      errors={errors}
      notice={hasErrors ? undefined : done === 'added' || done === 'deleted' ? done : undefined}
    />,
    hasErrors ? 422 : 200,
  );
}

async function postHoliday(c: Ctx) {
  const form = await c.req.parseBody();
  const typed = { date: str(form.date), nameKm: str(form.nameKm), nameEn: str(form.nameEn) };
  const parsed = holidayInputSchema.safeParse(typed);
  if (!parsed.success) return holidaysPage(c, typed, fieldErrors<HolidayField>(parsed.error.issues));
  const result = await addHoliday(c.get('deps').db, actorOf(c), parsed.data);
  if (!result.ok) return holidaysPage(c, typed, { date: 'duplicate-date' });
  return c.redirect('/admin/holidays?done=added', 303);
}

async function postHolidayDelete(c: Ctx) {
  const date = c.req.param('date') ?? '';
  if (!isCalendarDate(date)) return renderErrorPage(c, 'notFound');
  const result = await removeHoliday(c.get('deps').db, actorOf(c), date);
  if (!result.ok) return renderErrorPage(c, 'notFound');
  return c.redirect('/admin/holidays?done=deleted', 303);
}

export const standardsAdminRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/admin/service-standards',
    kind: 'page',
    access: ADMIN,
    handler: (c) => standardsPage(c),
  },
  { method: 'POST', path: '/admin/service-standards', kind: 'page', access: ADMIN, handler: postStandards },
  { method: 'GET', path: '/admin/holidays', kind: 'page', access: ADMIN, handler: (c) => holidaysPage(c) },
  { method: 'POST', path: '/admin/holidays', kind: 'page', access: ADMIN, handler: postHoliday },
  {
    method: 'POST',
    path: '/admin/holidays/:date/delete',
    kind: 'page',
    access: ADMIN,
    // A date no holiday has: the walk's empty form is refused as not found and changes nothing.
    example: { date: '2000-01-03' },
    handler: postHolidayDelete,
  },
];
