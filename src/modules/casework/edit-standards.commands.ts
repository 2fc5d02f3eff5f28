// Commands of the admin: a stage's working days, and public holidays added or taken off the list —
// each with its audit row (before/after) in the same transaction.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { type Actor, appendAudit } from '../../platform/audit/audit.queries';
import { calendarDay, latinDigits, text } from '../../platform/input-text';
import { fail, ok, type Result } from '../../platform/result';
import { SERVICE_STAGES, type ServiceStage } from './case.table';
import { holidayDates } from './handling.queries';
import { moveRunningDueDates } from './holiday-due-dates.commands';
import {
  confirmComputedHolidays,
  deleteHoliday,
  findHoliday,
  insertHoliday,
  listServiceStandards,
  saveServiceStandard,
} from './standards.queries';

/** Field error codes the admin pages translate. */
export type AdminFieldError =
  | 'required'
  | 'whole-number'
  | 'out-of-range'
  | 'invalid-date'
  | 'too-long'
  | 'broken-text';

const ADMIN_ERRORS: ReadonlySet<string> = new Set<AdminFieldError>([
  'required',
  'whole-number',
  'out-of-range',
  'invalid-date',
  'broken-text',
]);

/** The code of one refused field, as the forms and the import name it. */
export function adminErrorOf(issue: z.core.$ZodIssue): AdminFieldError {
  if (ADMIN_ERRORS.has(issue.message)) return issue.message as AdminFieldError;
  return issue.code === 'too_big' ? 'too-long' : 'required';
}

export const MIN_WORKING_DAYS = 1;
export const MAX_WORKING_DAYS = 365;

const workingDays = z
  .string()
  .trim()
  .min(1, 'required')
  .transform(latinDigits)
  .pipe(z.string().regex(/^\d{1,4}$/, 'whole-number'))
  .transform(Number)
  .pipe(z.number().min(MIN_WORKING_DAYS, 'out-of-range').max(MAX_WORKING_DAYS, 'out-of-range'));

/** Each stage's working days, as the form's `days_<stage>` fields give them. */
export const standardsInputSchema = z.object(
  Object.fromEntries(SERVICE_STAGES.map((stage) => [stage, workingDays])) as Record<
    ServiceStage,
    typeof workingDays
  >,
);
export type StandardsInput = z.output<typeof standardsInputSchema>;

const holidayName = text(200).pipe(z.string().min(1, 'required'));

export const holidayInputSchema = z.object({
  date: z.string().trim().min(1, 'required').pipe(calendarDay('invalid-date')),
  nameKm: holidayName,
  nameEn: holidayName,
});
export type HolidayInput = z.output<typeof holidayInputSchema>;

/** Saves every stage's working days; writes (and audits) only when something changed. */
export async function editServiceStandards(
  db: Db,
  actor: Actor,
  input: StandardsInput,
  now: Date,
): Promise<{ changed: boolean }> {
  return db.kysely.transaction().execute(async (trx) => {
    const current = await listServiceStandards(trx);
    const before = Object.fromEntries(current.map((r) => [r.stage, r.working_days]));
    const changedStages = SERVICE_STAGES.filter((stage) => before[stage] !== input[stage]);
    if (changedStages.length === 0) return { changed: false };
    for (const stage of changedStages) await saveServiceStandard(trx, stage, input[stage], now.toISOString());
    await appendAudit(trx, actor, {
      action: 'service_standards.edit',
      entityType: 'service_standards',
      entityId: changedStages.join(','),
      before: Object.fromEntries(changedStages.map((stage) => [stage, before[stage] ?? null])),
      after: Object.fromEntries(changedStages.map((stage) => [stage, input[stage]])),
    });
    return { changed: true };
  });
}

/** A holiday changed, and how many running cases' due dates moved with it. */
export interface HolidayChange {
  date: string;
  dueDatesMoved: number;
}

export async function addHoliday(
  db: Db,
  actor: Actor,
  input: HolidayInput,
  now: Date,
): Promise<Result<HolidayChange, 'duplicate-date'>> {
  return db.kysely.transaction().execute(async (trx) => {
    const before = await holidayDates(trx);
    const row = { date: input.date, name_km: input.nameKm, name_en: input.nameEn };
    if (!(await insertHoliday(trx, row))) return fail('duplicate-date');
    const moved = await moveRunningDueDates(trx, before, now);
    await appendAudit(trx, actor, {
      action: 'holiday.add',
      entityType: 'public_holiday',
      entityId: input.date,
      after: { ...row, dueDatesMoved: moved.count, moves: moved.moves },
    });
    return ok({ date: input.date, dueDatesMoved: moved.count });
  });
}

export async function removeHoliday(
  db: Db,
  actor: Actor,
  date: string,
  now: Date,
): Promise<Result<HolidayChange, 'not-found'>> {
  return db.kysely.transaction().execute(async (trx) => {
    const holidays = await holidayDates(trx);
    const before = await findHoliday(trx, date);
    if (!before || !(await deleteHoliday(trx, date))) return fail('not-found');
    const moved = await moveRunningDueDates(trx, holidays, now);
    await appendAudit(trx, actor, {
      action: 'holiday.delete',
      entityType: 'public_holiday',
      entityId: date,
      before,
      after: { dueDatesMoved: moved.count, moves: moved.moves },
    });
    return ok({ date, dueDatesMoved: moved.count });
  });
}

/**
 * An admin checked a computed year against the government's list (after correcting any day that differs):
 * its days stop being "to be confirmed". No date changes, so no due date moves.
 */
export async function confirmHolidayYear(
  db: Db,
  actor: Actor,
  year: number,
): Promise<Result<{ year: number; days: number }, 'nothing-to-confirm'>> {
  return db.kysely.transaction().execute(async (trx) => {
    const days = await confirmComputedHolidays(trx, year);
    if (days === 0) return fail('nothing-to-confirm');
    await appendAudit(trx, actor, {
      action: 'holiday.confirm_year',
      entityType: 'public_holiday',
      entityId: String(year),
      after: { confirmed: days },
    });
    return ok({ year, days });
  });
}
