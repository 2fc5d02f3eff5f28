// The monthly office report's figures, from a month of cases built step by step with fixed dates.
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { stepAs, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { findOffice, median, monthlyReport, parseReportMonth, type ReportOffice } from './report.queries';

/** 10:00 in Phnom Penh on a date. */
const at = (date: string) => new Date(`${date}T03:00:00Z`);

describe('the month of a report', () => {
  it('runs from midnight to midnight in Phnom Penh (UTC+7)', () => {
    expect(parseReportMonth('2026-11')).toEqual({
      month: '2026-11',
      from: '2026-10-31T17:00:00.000Z',
      to: '2026-11-30T17:00:00.000Z',
    });
    expect(parseReportMonth('2026-12')?.to).toBe('2026-12-31T17:00:00.000Z');
    expect(parseReportMonth('២០២៦-០១')?.month).toBe('2026-01');
  });

  it('is refused when it is no month', () => {
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-11', '2026-11-01', 'November', '', '1999-12'])
      expect(parseReportMonth(bad)).toBeNull();
  });

  it('takes the middle value as the median, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([31, 1.5, 3])).toBe(3);
    expect(median([4, 1, 2, 10])).toBe(3);
  });
});

describeEachDatabase(
  'the monthly report of an office',
  (t) => {
    let office: ReportOffice;
    beforeAll(async () => {
      office = (await findOffice(t.db.kysely, 'CO-12')) as ReportOffice;

      // November 2026 in the Phnom Penh office (CO-12).
      const c1 = await submitSample(t.db, {}, { now: at('2026-11-02') });
      await stepAs(t.db, 'co_director', c1.trackingCode, { action: 'accept' }, at('2026-11-02'));
      await stepAs(
        t.db,
        'co_director',
        c1.trackingCode,
        { action: 'forward', destinationKind: 'commission', commission: 'C01' },
        at('2026-11-03'),
      );
      // Answered 3.0 days after receipt.
      await stepAs(
        t.db,
        'commission_staff',
        c1.trackingCode,
        { action: 'answer', answer: 'The ministry will repair the road in December.' },
        at('2026-11-05'),
      );

      const c2 = await submitSample(
        t.db,
        { category: 'water', commune: '120109' },
        { channel: 'phone', now: at('2026-11-03') },
      );
      await stepAs(t.db, 'co_staff', c2.trackingCode, { action: 'accept' }, at('2026-11-03'));
      // Answered 1.5 days after receipt (22:00 in Phnom Penh the next day).
      await stepAs(
        t.db,
        'co_staff',
        c2.trackingCode,
        { action: 'answer_directly', answer: 'The commune will clean the well next week.' },
        new Date('2026-11-04T15:00:00Z'),
      );

      const c3 = await submitSample(
        t.db,
        { category: 'water', district: '1202', commune: '120201' },
        { now: at('2026-11-10') },
      );
      await stepAs(
        t.db,
        'co_director',
        c3.trackingCode,
        { action: 'forward', destinationKind: 'ministry', destinationName: 'Ministry of Water (fictional)' },
        at('2026-11-11'),
      );

      // 23:59 on 30 November in Phnom Penh is still November; midnight is December.
      await submitSample(
        t.db,
        { category: 'health' },
        { channel: 'letter', now: new Date('2026-11-30T16:59:59Z') },
      );
      await submitSample(t.db, { category: 'health' }, { now: new Date('2026-11-30T17:00:00Z') });
      // 00:00 on 1 November (a Sunday) in Phnom Penh is November; without a commune; never triaged.
      await submitSample(t.db, { district: '', commune: '' }, { now: new Date('2026-10-31T17:00:00Z') });

      const c8 = await submitSample(t.db, { category: 'land' }, { now: at('2026-11-05') });
      await stepAs(
        t.db,
        'co_director',
        c8.trackingCode,
        { action: 'decline', reason: 'not_a_concern' },
        at('2026-11-06'),
      );

      // Received in October, forwarded to a local authority and answered (on its behalf) in November: 31.0 days.
      const c7 = await submitSample(t.db, {}, { now: at('2026-10-20') });
      await stepAs(
        t.db,
        'co_director',
        c7.trackingCode,
        {
          action: 'forward',
          destinationKind: 'local_authority',
          destinationName: 'Sangkat office (fictional)',
        },
        at('2026-11-02'),
      );
      await stepAs(
        t.db,
        'co_director',
        c7.trackingCode,
        { action: 'answer', answer: 'The sangkat repaired the street lights.' },
        at('2026-11-20'),
      );

      // Another office's November: none of it counts for CO-12.
      const other = await submitSample(
        t.db,
        { province: '02', district: '0201', commune: '020101' },
        { now: at('2026-11-02') },
      );
      expect(other.trackingCode).toMatch(/^\d{10}$/);
    });

    it('counts what the office received in the month, by topic, channel and commune', async () => {
      const report = await monthlyReport(t.db.kysely, office, parseReportMonth('2026-11')!, at('2026-12-01'));
      expect(report.received).toBe(6);
      expect(report.byCategory.map((r) => [r.key, r.labelEn, r.count])).toEqual([
        ['infrastructure', 'Roads and infrastructure', 2],
        ['water', 'Clean water and sanitation', 2],
        ['health', 'Health', 1],
        ['land', 'Land', 1],
      ]);
      expect(report.byChannel.map((r) => [r.key, r.labelEn, r.count])).toEqual([
        ['web', 'Web form', 4],
        ['letter', 'Letter', 1],
        ['phone', 'Phone', 1],
      ]);
      expect(report.byCommune).toEqual([
        { key: '120101', labelEn: 'Tonle Basak (Chamkar Mon)', labelKm: 'ទន្លេបាសាក់ (ចំការមន)', count: 3 },
        {
          key: '120109',
          labelEn: 'Tuol Tumpung Ti Pir (Chamkar Mon)',
          labelKm: 'ទួលទំពូងទី ២ (ចំការមន)',
          count: 1,
        },
        { key: '120201', labelEn: 'Phsar Thmei Ti Muoy (Doun Penh)', labelKm: 'ផ្សារថ្មីទី ១ (ដូនពេញ)', count: 1 },
        { key: 'none', labelEn: 'No commune given', labelKm: 'មិនបានបញ្ជាក់ឃុំ/សង្កាត់', count: 1 },
      ]);
    });

    it('counts forwarding per commission, and ministries and local authorities by kind', async () => {
      const report = await monthlyReport(t.db.kysely, office, parseReportMonth('2026-11')!, at('2026-12-01'));
      expect(report.forwarded).toBe(3);
      expect(report.byDestination.map((r) => [r.key, r.count])).toEqual([
        ['commission:C01', 1],
        ['local_authority', 1],
        ['ministry', 1],
      ]);
      expect(report.byDestination.find((r) => r.key === 'ministry')?.labelEn).toBe('Ministries');
      // The ministry's name as the office wrote it is not a category of the report.
      expect(JSON.stringify(report)).not.toContain('fictional');
    });

    it('counts first answers in the month and their median days, and what is overdue now', async () => {
      const report = await monthlyReport(t.db.kysely, office, parseReportMonth('2026-11')!, at('2026-12-01'));
      expect(report.answered).toBe(3);
      // 1.5, 3.0 and 31.0 days.
      expect(report.medianDaysToAnswer).toBe(3);
      // Only the case of 1 November, due on 4 November, is open and past due on 1 December (the
      // late-November letter is due on 3 December; the other office's overdue case does not count).
      expect(report.today).toBe('2026-12-01');
      expect(report.overdueNow).toBe(1);
      const later = await monthlyReport(t.db.kysely, office, parseReportMonth('2026-11')!, at('2026-12-10'));
      // On 10 December the two cases received at the turn of the month (due 3 and 4 December) are late too;
      // the ministry's case is due 30 working days after 11 November.
      expect(later.overdueNow).toBe(3);
    });

    it('reports December and an empty month without inventing figures', async () => {
      const december = await monthlyReport(
        t.db.kysely,
        office,
        parseReportMonth('2026-12')!,
        at('2026-12-10'),
      );
      expect(december).toMatchObject({ received: 1, forwarded: 0, answered: 0, medianDaysToAnswer: null });
      const empty = await monthlyReport(t.db.kysely, office, parseReportMonth('2025-01')!, at('2026-12-10'));
      expect(empty).toMatchObject({
        received: 0,
        byCategory: [],
        byChannel: [],
        byCommune: [],
        forwarded: 0,
        byDestination: [],
        answered: 0,
        medianDaysToAnswer: null,
      });
    });
  },
  seedDemo,
);
