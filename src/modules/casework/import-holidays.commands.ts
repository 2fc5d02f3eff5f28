// The admin's import of holidays from a CSV or iCalendar file: every row is checked first, and one bad row
// writes nothing. Dates already on the list keep their row; the new ones are added in one transaction that
// moves the running cases' due dates with them and writes one audit row.
import type { Db } from '../../db/connect';
import { type Actor, appendAudit } from '../../platform/audit/audit.queries';
import type { Importer } from '../../platform/import/import-kit';
import { type AdminFieldError, adminErrorOf, holidayInputSchema } from './edit-standards.commands';
import { holidayDates } from './handling.queries';
import { moveRunningDueDates } from './holiday-due-dates.commands';
import { type HolidayFile, readHolidayFile } from './holiday-files.input';
import { insertHolidaysIfMissing, type NewHoliday } from './standards.queries';

export type ImportReason = AdminFieldError | 'duplicate-in-file';
/** `row` 0: the file as a whole (unreadable, or no holiday in it). */
export interface ImportProblem {
  row: number;
  reason: ImportReason | 'unreadable' | 'empty';
}

export type ImportResult =
  | { ok: true; value: { added: number; unchanged: number; dueDatesMoved: number } }
  | { ok: false; problems: ImportProblem[] };

/** Checks every row; the problems of a file that must not be imported, or its holidays. */
export function checkHolidayFile(
  file: HolidayFile | null,
): { problems: ImportProblem[] } | { holidays: NewHoliday[] } {
  if (!file) return { problems: [{ row: 0, reason: 'unreadable' }] };
  if (file.rows.length === 0) return { problems: [{ row: 0, reason: 'empty' }] };
  const problems: ImportProblem[] = [];
  const holidays: NewHoliday[] = [];
  const seen = new Set<string>();
  for (const r of file.rows) {
    const parsed = holidayInputSchema.safeParse(r);
    if (!parsed.success) {
      problems.push({ row: r.row, reason: adminErrorOf(parsed.error.issues[0]) });
    } else if (seen.has(parsed.data.date)) {
      problems.push({ row: r.row, reason: 'duplicate-in-file' });
    } else {
      seen.add(parsed.data.date);
      holidays.push({ date: parsed.data.date, name_km: parsed.data.nameKm, name_en: parsed.data.nameEn });
    }
  }
  return problems.length > 0 ? { problems } : { holidays };
}

export async function importHolidays(
  db: Db,
  actor: Actor,
  file: HolidayFile | null,
  now: Date,
): Promise<ImportResult> {
  const checked = checkHolidayFile(file);
  if ('problems' in checked) return { ok: false, problems: checked.problems };
  const { holidays } = checked;
  return db.kysely.transaction().execute(async (trx) => {
    const before = await holidayDates(trx);
    const added = holidays.filter((h) => !before.has(h.date));
    await insertHolidaysIfMissing(trx, added);
    const moved = await moveRunningDueDates(trx, before, now);
    await appendAudit(trx, actor, {
      action: 'holiday.import',
      entityType: 'public_holiday',
      entityId: file?.format ?? 'csv',
      after: {
        added: added.map((h) => h.date),
        unchanged: holidays.length - added.length,
        dueDatesMoved: moved.count,
        moves: moved.moves,
      },
    });
    return {
      ok: true as const,
      value: { added: added.length, unchanged: holidays.length - added.length, dueDatesMoved: moved.count },
    };
  });
}

/** The holiday import for the command line and the admin's import page: the same command as the holidays page's. */
export const holidaysImporter: Importer = {
  kind: 'holidays',
  accept: '.csv,text/csv,.ics,text/calendar',
  async run(db, actor, text, now) {
    const result = await importHolidays(db, actor, readHolidayFile(text), now);
    if (!result.ok) return { ok: false, problems: result.problems };
    return {
      ok: true,
      summary: { added: result.value.added, updated: 0, unchanged: result.value.unchanged },
    };
  },
};
