// Admin pages of service standards and public holidays: read, change (audited), errors as 422 with the form refilled.
import type { z } from 'zod';
import type { Actor } from '../../platform/audit/audit.queries';
import { isCalendarDate } from '../../platform/calendar/calendar-date';
import { ICALENDAR_TYPE } from '../../platform/calendar/icalendar';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { renderErrorPage, renderPage } from '../../web/page';
import { SERVICE_STAGES, type ServiceStage } from './case.table';
import { STANDARDS_EDITORS } from './casework.policy';
import {
  type AdminFieldError,
  addHoliday,
  adminErrorOf,
  confirmHolidayYear,
  editServiceStandards,
  holidayInputSchema,
  removeHoliday,
  standardsInputSchema,
} from './edit-standards.commands';
import { holidaysCsv, holidaysICalendar, readHolidayFile } from './holiday-files.input';
import { type ImportProblem, importHolidays } from './import-holidays.commands';
import { listHolidays, listServiceStandards } from './standards.queries';
import { standardsAdminMessages } from './standards-admin.messages';
import { type HolidayField, HolidaysPage, StandardsForm } from './standards-admin.pages';

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
    errors[field] = adminErrorOf(issue);
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

const DONE = ['added', 'deleted', 'imported', 'confirmedYear'] as const;
/** A count the redirect after a change carries; undefined when absent or not a count. */
function countParam(c: Ctx, name: string): number | undefined {
  const raw = c.req.query(name);
  const n = Number(raw);
  return raw !== undefined && /^\d{1,9}$/.test(raw) ? n : undefined;
}

async function holidaysPage(
  c: Ctx,
  values: Record<HolidayField, string> = EMPTY_HOLIDAY,
  errors: Partial<Record<HolidayField, AdminFieldError | 'duplicate-date'>> = {},
  importProblems?: { format: 'csv' | 'ics'; problems: ImportProblem[] },
) {
  const m = standardsAdminMessages[c.get('lang')];
  const holidays = await listHolidays(c.get('deps').db.kysely);
  const done = DONE.find((d) => d === c.req.query('done'));
  const hasErrors = Object.keys(errors).length > 0 || importProblems !== undefined;
  return renderPage(
    c,
    m.holidaysTitle,
    <HolidaysPage
      {...view(c)}
      holidays={holidays}
      values={values}
      errors={errors}
      notice={hasErrors ? undefined : done}
      added={countParam(c, 'added')}
      dueDatesMoved={hasErrors || !done ? undefined : countParam(c, 'moved')}
      importProblems={importProblems}
    />,
    hasErrors ? 422 : 200,
  );
}

async function postHoliday(c: Ctx) {
  const form = await c.req.parseBody();
  const typed = { date: str(form.date), nameKm: str(form.nameKm), nameEn: str(form.nameEn) };
  const parsed = holidayInputSchema.safeParse(typed);
  if (!parsed.success) return holidaysPage(c, typed, fieldErrors<HolidayField>(parsed.error.issues));
  const result = await addHoliday(c.get('deps').db, actorOf(c), parsed.data, new Date());
  if (!result.ok) return holidaysPage(c, typed, { date: 'duplicate-date' });
  return c.redirect(`/admin/holidays?done=added&moved=${result.value.dueDatesMoved}`, 303);
}

async function postHolidayDelete(c: Ctx) {
  const date = c.req.param('date') ?? '';
  if (!isCalendarDate(date)) return renderErrorPage(c, 'notFound');
  const result = await removeHoliday(c.get('deps').db, actorOf(c), date, new Date());
  if (!result.ok) return renderErrorPage(c, 'notFound');
  return c.redirect(`/admin/holidays?done=deleted&moved=${result.value.dueDatesMoved}`, 303);
}

async function postConfirmYear(c: Ctx) {
  const year = c.req.param('year') ?? '';
  if (!/^\d{4}$/.test(year)) return renderErrorPage(c, 'notFound');
  const result = await confirmHolidayYear(c.get('deps').db, actorOf(c), Number(year));
  if (!result.ok) return renderErrorPage(c, 'notFound');
  return c.redirect('/admin/holidays?done=confirmedYear', 303);
}

async function postHolidayImport(c: Ctx) {
  const form = await c.req.parseBody();
  const file = form.file;
  const text = file instanceof File ? await file.text() : str(file);
  const read = readHolidayFile(text);
  const result = await importHolidays(c.get('deps').db, actorOf(c), read, new Date());
  if (!result.ok) {
    return holidaysPage(c, EMPTY_HOLIDAY, {}, { format: read?.format ?? 'csv', problems: result.problems });
  }
  const { added, dueDatesMoved } = result.value;
  return c.redirect(`/admin/holidays?done=imported&added=${added}&moved=${dueDatesMoved}`, 303);
}

/** Oldest first, as a calendar reads. */
async function holidaysOldestFirst(c: Ctx) {
  return (await listHolidays(c.get('deps').db.kysely)).reverse();
}

async function holidaysCsvFile(c: Ctx) {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', 'attachment; filename="sala-public-holidays.csv"');
  return c.body(holidaysCsv(await holidaysOldestFirst(c)));
}

async function holidaysIcsFile(c: Ctx) {
  c.header('Content-Type', ICALENDAR_TYPE);
  c.header('Content-Disposition', 'attachment; filename="sala-public-holidays.ics"');
  return c.body(holidaysICalendar(await holidaysOldestFirst(c), new Date()));
}

export const standardsAdminRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/admin/service-standards',
    kind: 'page',
    access: STANDARDS_EDITORS,
    handler: (c) => standardsPage(c),
  },
  {
    method: 'POST',
    path: '/admin/service-standards',
    kind: 'page',
    access: STANDARDS_EDITORS,
    handler: postStandards,
  },
  {
    method: 'GET',
    path: '/admin/holidays',
    kind: 'page',
    access: STANDARDS_EDITORS,
    handler: (c) => holidaysPage(c),
  },
  { method: 'POST', path: '/admin/holidays', kind: 'page', access: STANDARDS_EDITORS, handler: postHoliday },
  {
    method: 'GET',
    path: '/admin/holidays.csv',
    kind: 'page',
    access: STANDARDS_EDITORS,
    handler: holidaysCsvFile,
  },
  {
    method: 'GET',
    path: '/admin/holidays.ics',
    kind: 'page',
    access: STANDARDS_EDITORS,
    handler: holidaysIcsFile,
  },
  {
    method: 'POST',
    path: '/admin/holidays/import',
    kind: 'page',
    access: STANDARDS_EDITORS,
    handler: postHolidayImport,
  },
  {
    method: 'POST',
    path: '/admin/holidays/confirm/:year',
    kind: 'page',
    access: STANDARDS_EDITORS,
    // A year without computed days: the walk's form is refused as not found and changes nothing.
    example: { year: '2000' },
    handler: postConfirmYear,
  },
  {
    method: 'POST',
    path: '/admin/holidays/:date/delete',
    kind: 'page',
    access: STANDARDS_EDITORS,
    // A date no holiday has: the walk's empty form is refused as not found and changes nothing.
    example: { date: '2000-01-03' },
    handler: postHolidayDelete,
  },
];
