// The shipped public holidays and the due dates that follow them: loaded at start and on upgrade without
// undoing an admin's changes, and every change to the list moves the running cases' due dates, audited.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { demoUser, stepAs, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import type { Actor } from '../../platform/audit/audit.queries';
import { addHoliday, removeHoliday } from './edit-standards.commands';
import { findCaseByCode } from './handling.queries';
import { loadShippedHolidays, readShippedHolidays } from './load-holidays';

// Phnom Penh 10:00 on a given day.
const at = (date: string) => new Date(`${date}T03:00:00Z`);

describeEachDatabase(
  'public holidays and the due dates of running cases',
  (t) => {
    let admin: Actor;
    beforeAll(async () => {
      const user = await demoUser(t.db, 'admin');
      admin = { userId: user.id, label: user.username };
    });

    const dueOf = async (code: string) => (await findCaseByCode(t.db.kysely, code))?.due_date;
    const holidaysOf = (year: number) =>
      t.db.kysely
        .selectFrom('public_holidays')
        .select(['date', 'origin'])
        .where('date', '>=', `${year}-01-01`)
        .where('date', '<=', `${year}-12-31`)
        .orderBy('date')
        .execute();

    it('skips Khmer New Year 2026 of the shipped list when it counts a due date', async () => {
      expect((await holidaysOf(2026)).filter((h) => h.date.startsWith('2026-04'))).toEqual([
        { date: '2026-04-14', origin: 'computed' },
        { date: '2026-04-15', origin: 'computed' },
        { date: '2026-04-16', origin: 'computed' },
      ]);
      // Thursday 9 April 2026: three working days are Friday 10, Monday 13 and — past 14–16 April — Friday 17.
      const { trackingCode } = await submitSample(t.db, {}, { now: at('2026-04-09') });
      expect(await dueOf(trackingCode)).toBe('2026-04-17');
      // The official list of 2025 is loaded as official: its Khmer New Year is 14–16 April too.
      expect((await holidaysOf(2025)).filter((h) => h.date.startsWith('2025-04'))).toEqual([
        { date: '2025-04-14', origin: 'official' },
        { date: '2025-04-15', origin: 'official' },
        { date: '2025-04-16', origin: 'official' },
      ]);
    });

    it('moves the due dates of running cases when a holiday is added, and back when it is removed, audited', async () => {
      // Monday 2 November 2026: triage in three working days, Thursday 5 November.
      const monday = at('2026-11-02');
      const running = await submitSample(t.db, {}, { now: monday });
      const waiting = await submitSample(t.db, {}, { now: monday });
      await stepAs(
        t.db,
        'co_director',
        waiting.trackingCode,
        { action: 'request_info', question: 'Where?' },
        monday,
      );
      const overdue = await submitSample(t.db, {}, { now: at('2026-10-26') });
      expect(await dueOf(running.trackingCode)).toBe('2026-11-05');
      // Monday 26 October: past the King's Coronation Day (Thursday 29 October), due Friday 30 October.
      expect(await dueOf(overdue.trackingCode)).toBe('2026-10-30');

      const before = await lastAuditId(t.db);
      const holiday = { date: '2026-11-04', nameKm: 'ថ្ងៃឈប់សម្រាកសាកល្បង', nameEn: 'Test holiday (fictional)' };
      const added = await addHoliday(t.db, admin, holiday, monday);
      expect(added).toEqual({ ok: true, value: { date: '2026-11-04', dueDatesMoved: 1 } });
      // Wednesday 4 November no longer counts: Friday 6 November. The case waiting for the citizen has no
      // due date to move, and a stage already overdue keeps the day it was due.
      expect(await dueOf(running.trackingCode)).toBe('2026-11-06');
      expect(await dueOf(waiting.trackingCode)).toBeNull();
      expect(await dueOf(overdue.trackingCode)).toBe('2026-10-30');

      const removed = await removeHoliday(t.db, admin, '2026-11-04', monday);
      expect(removed).toEqual({ ok: true, value: { date: '2026-11-04', dueDatesMoved: 1 } });
      expect(await dueOf(running.trackingCode)).toBe('2026-11-05');

      const id = (await findCaseByCode(t.db.kysely, running.trackingCode))!.id;
      const row = { date: '2026-11-04', name_km: holiday.nameKm, name_en: holiday.nameEn };
      expect(await auditSince(t.db, before)).toEqual([
        {
          action: 'holiday.add',
          actor: 'admin',
          entity_type: 'public_holiday',
          entity_id: '2026-11-04',
          summary: { after: { ...row, dueDatesMoved: 1, moves: [`${id}: 2026-11-05 → 2026-11-06`] } },
        },
        {
          action: 'holiday.delete',
          actor: 'admin',
          entity_type: 'public_holiday',
          entity_id: '2026-11-04',
          summary: {
            before: { ...row, origin: 'admin' },
            after: { dueDatesMoved: 1, moves: [`${id}: 2026-11-06 → 2026-11-05`] },
          },
        },
      ]);
    });

    it('loads a year once, keeps what the admin changed, and replaces a year whose shipped list changed', async () => {
      const shipped = readShippedHolidays();
      expect(await loadShippedHolidays(t.db, at('2026-11-02'), shipped)).toEqual({
        years: [],
        dueDatesMoved: 0,
      });

      // The admin takes Peace Day 2027 off and adds a day of their own; a start with the same data keeps both.
      await removeHoliday(t.db, admin, '2027-12-29', at('2026-11-02'));
      await addHoliday(
        t.db,
        admin,
        { date: '2027-06-01', nameKm: 'ថ្ងៃសាកល្បង', nameEn: 'Own day (fictional)' },
        at('2026-11-02'),
      );
      await loadShippedHolidays(t.db, at('2026-11-02'), shipped);
      const dates2027 = (await holidaysOf(2027)).map((h) => h.date);
      expect(dates2027).not.toContain('2027-12-29');
      expect(dates2027).toContain('2027-06-01');

      // An upgrade ships an official 2027 list that moves the Water Festival a week earlier (fictional).
      const official2027 = shipped.map((y) =>
        y.year !== 2027
          ? y
          : {
              ...y,
              status: 'official' as const,
              checksum: 'official-2027',
              rows: y.rows.map((r) => ({
                ...r,
                origin: 'official' as const,
                date: r.date.replace(/^2027-11-1([234])$/, '2027-11-0$1'),
              })),
            },
      );
      // Wednesday 10 November 2027: past Friday 12 November (Water Festival, computed) due Tuesday 16; with
      // the 12th a working day again it is due Monday 15.
      const running = await submitSample(t.db, {}, { now: at('2027-11-10') });
      expect(await dueOf(running.trackingCode)).toBe('2027-11-16');
      const before = await lastAuditId(t.db);
      expect(await loadShippedHolidays(t.db, at('2027-11-10'), official2027)).toEqual({
        years: [2027],
        dueDatesMoved: 1,
      });
      expect(await dueOf(running.trackingCode)).toBe('2027-11-15');
      const after = await holidaysOf(2027);
      expect(after.filter((h) => h.date.startsWith('2027-11'))).toEqual([
        { date: '2027-11-02', origin: 'official' },
        { date: '2027-11-03', origin: 'official' },
        { date: '2027-11-04', origin: 'official' },
        { date: '2027-11-09', origin: 'official' },
      ]);
      // The new list brings Peace Day back; the admin's own day stays.
      expect(after).toContainEqual({ date: '2027-12-29', origin: 'official' });
      expect(after).toContainEqual({ date: '2027-06-01', origin: 'admin' });
      expect(
        await t.db.kysely.selectFrom('holiday_lists').select(['year', 'status']).orderBy('year').execute(),
      ).toEqual([
        { year: 2025, status: 'official' },
        { year: 2026, status: 'computed' },
        { year: 2027, status: 'official' },
      ]);
      const audit = await auditSince(t.db, before);
      expect(audit).toMatchObject([
        {
          action: 'reference.load',
          actor: 'system',
          entity_type: 'public_holidays',
          entity_id: '2027',
          summary: { after: { years: [{ year: 2027, status: 'official', days: 22 }], dueDatesMoved: 1 } },
        },
      ]);
    });
  },
  seedDemo,
);
