// Constitutional dates: law effect (Art. 93), answer due (Art. 96), first session (82.1), election after dissolution (78.3).
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  answerOverdue,
  checkDate,
  electionLatestAfterDissolution,
  firstSessionLatest,
  lawEffectiveDates,
  questionDueDate,
} from './dates.rules';

describe('calendar dates', () => {
  it('refuses dates outside 1900–9998', () => {
    expect(checkDate('d', '1899-12-31')).toEqual({
      ok: false,
      error: { field: 'd', code: 'date_out_of_range' },
    });
    expect(checkDate('d', '9999-01-01')).toEqual({
      ok: false,
      error: { field: 'd', code: 'date_out_of_range' },
    });
    expect(checkDate('d', '1900-01-01')).toEqual({ ok: true, value: '1900-01-01' });
  });

  it('adds calendar months, keeping to the end of a shorter month', () => {
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28');
    expect(addMonths('2028-08-31', -6)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-15', -15)).toBe('2024-12-15');
  });
});

describe('lawEffectiveDates (Art. 93)', () => {
  it('takes effect in Phnom Penh 10 days and nationwide 20 days after the signature', () => {
    expect(lawEffectiveDates('2026-03-01', false)).toEqual({
      ok: true,
      value: { phnomPenh: '2026-03-11', nationwide: '2026-03-21', article: '93' },
    });
  });

  it('crosses months, years and 29 February', () => {
    expect(lawEffectiveDates('2026-12-25', false)).toMatchObject({
      value: { phnomPenh: '2027-01-04', nationwide: '2027-01-14' },
    });
    expect(lawEffectiveDates('2028-02-20', false)).toMatchObject({
      value: { phnomPenh: '2028-03-01', nationwide: '2028-03-11' },
    });
    expect(lawEffectiveDates('2027-02-20', false)).toMatchObject({
      value: { phnomPenh: '2027-03-02', nationwide: '2027-03-12' },
    });
  });

  it('takes effect everywhere on the signature date when urgent', () => {
    expect(lawEffectiveDates('2026-03-01', true)).toEqual({
      ok: true,
      value: { phnomPenh: '2026-03-01', nationwide: '2026-03-01', article: '93' },
    });
  });

  it('refuses an impossible date', () => {
    expect(lawEffectiveDates('2026-02-30', false)).toEqual({
      ok: false,
      error: { field: 'signedOn', code: 'not_a_date' },
    });
  });
});

describe('questionDueDate (Art. 96)', () => {
  it('is due 7 days after the day the question was received', () => {
    expect(questionDueDate('2026-03-01')).toEqual({ ok: true, value: { on: '2026-03-08', article: '96' } });
    expect(questionDueDate('2026-12-28')).toMatchObject({ value: { on: '2027-01-04' } });
    expect(questionDueDate('2028-02-25')).toMatchObject({ value: { on: '2028-03-03' } });
    expect(questionDueDate('2026-02-29')).toEqual({
      ok: false,
      error: { field: 'receivedOn', code: 'not_a_date' },
    });
  });

  it('is overdue from the day after the due date', () => {
    expect(answerOverdue('2026-03-08', '2026-03-08')).toBe(false);
    expect(answerOverdue('2026-03-08', '2026-03-09')).toBe(true);
  });
});

describe('60-day limits', () => {
  it('first session no later than 60 days after the election (Art. 82.1)', () => {
    expect(firstSessionLatest('2023-07-23')).toEqual({
      ok: true,
      value: { on: '2023-09-21', article: '82.1' },
    });
  });

  it('election no later than 60 days after a dissolution (Art. 78.3)', () => {
    expect(electionLatestAfterDissolution('2026-01-01')).toEqual({
      ok: true,
      value: { on: '2026-03-02', article: '78.3' },
    });
    expect(electionLatestAfterDissolution('01/01/2026')).toMatchObject({ ok: false });
  });
});
