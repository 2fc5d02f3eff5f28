// Loads Cambodia's public holidays shipped in data/public_holidays at every start and upgrade, one year at a
// time: a year is loaded once, and again only when its shipped list changes (a computed year replaced by the
// official one, a corrected date). Loading a year replaces only the rows the shipped list put there: an
// admin's own days stay, and a day an admin took off stays off until the shipped list itself changes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Db } from '../../db/connect';
import { appendAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { isCalendarDate } from '../../platform/calendar/calendar-date';
import { parseCsv } from '../../platform/csv';
import type { HolidayListsTable } from './case.table';
import { holidayDates } from './handling.queries';
import { moveRunningDueDates } from './holiday-due-dates.commands';
import {
  deleteShippedHolidaysOfYear,
  insertHolidaysIfMissing,
  listHolidayLists,
  type NewHoliday,
  saveHolidayList,
} from './standards.queries';

const DATA_FILE = new URL('../../../data/public_holidays/cambodia_2025_2027.csv', import.meta.url);

export interface ShippedYear {
  year: number;
  status: HolidayListsTable['status'];
  /** Of the year's rows as shipped: a different checksum is a changed list. */
  checksum: string;
  rows: NewHoliday[];
}

/** The shipped file, by year; throws on a malformed row (a broken release must not start). */
export function readShippedHolidays(text: string = fs.readFileSync(DATA_FILE, 'utf8')): ShippedYear[] {
  const years = new Map<number, ShippedYear>();
  for (const r of parseCsv(text)) {
    if (!isCalendarDate(r.date) || (r.status !== 'official' && r.status !== 'computed') || !r.name_km) {
      throw new Error(`public holidays data: bad row ${JSON.stringify(r)}`);
    }
    const year = Number(r.date.slice(0, 4));
    const entry = years.get(year) ?? { year, status: r.status, checksum: '', rows: [] };
    if (entry.status !== r.status)
      throw new Error(`public holidays data: ${year} mixes official and computed`);
    entry.rows.push({
      date: r.date,
      name_km: r.name_km.normalize('NFC'),
      name_en: r.name_en,
      origin: r.status,
    });
    years.set(year, entry);
  }
  return [...years.values()].map((y) => ({
    ...y,
    checksum: createHash('sha256')
      .update(JSON.stringify([y.status, y.rows]))
      .digest('hex'),
  }));
}

export interface HolidayLoad {
  /** The years loaded or replaced on this run (empty when every year was already up to date). */
  years: number[];
  dueDatesMoved: number;
}

/** Idempotent: run at every start. One transaction, one audit row, running cases' due dates moved with it. */
export async function loadShippedHolidays(
  db: Db,
  now: Date,
  shipped: ShippedYear[] = readShippedHolidays(),
): Promise<HolidayLoad> {
  return db.kysely.transaction().execute(async (trx) => {
    const loaded = new Map((await listHolidayLists(trx)).map((l) => [l.year, l.checksum]));
    const changed = shipped.filter((y) => loaded.get(y.year) !== y.checksum);
    if (changed.length === 0) return { years: [], dueDatesMoved: 0 };
    const before = await holidayDates(trx);
    for (const y of changed) {
      await deleteShippedHolidaysOfYear(trx, y.year);
      await insertHolidaysIfMissing(trx, y.rows);
      await saveHolidayList(trx, {
        year: y.year,
        status: y.status,
        checksum: y.checksum,
        loaded_at: now.toISOString(),
      });
    }
    const moved = await moveRunningDueDates(trx, before, now);
    await appendAudit(trx, SYSTEM_ACTOR, {
      action: 'reference.load',
      entityType: 'public_holidays',
      entityId: changed.map((y) => y.year).join(','),
      after: {
        years: changed.map((y) => ({ year: y.year, status: y.status, days: y.rows.length })),
        dueDatesMoved: moved.count,
        moves: moved.moves,
      },
    });
    return { years: changed.map((y) => y.year), dueDatesMoved: moved.count };
  });
}
