// Sessions (Art. 83.1–2), extraordinary sessions (83.2), closed sittings (88.2) and dissolution (78.2, 86.3), at 125 and 120 members.
import { describe, expect, it } from 'vitest';
import {
  calendarWarnings,
  dissolutionAllowed,
  extraordinarySessionAllowed,
  lastsThreeMonths,
  type SessionPeriod,
  sittingMayBeClosed,
} from './sessions.rules';

const ordinary = (opensOn: string, closesOn: string): SessionPeriod => ({
  kind: 'ordinary',
  opensOn,
  closesOn,
});

describe('calendarWarnings (Art. 83.1–2)', () => {
  it('is quiet for two ordinary sessions of at least 3 months', () => {
    expect(
      calendarWarnings(2026, [ordinary('2026-04-01', '2026-06-30'), ordinary('2026-10-01', '2026-12-31')]),
    ).toEqual([]);
  });

  it('measures 3 months from the opening day, both ends included', () => {
    expect(lastsThreeMonths({ opensOn: '2026-04-01', closesOn: '2026-06-30' })).toBe(true);
    expect(lastsThreeMonths({ opensOn: '2026-04-01', closesOn: '2026-06-29' })).toBe(false);
    expect(lastsThreeMonths({ opensOn: '2026-11-15', closesOn: '2027-02-14' })).toBe(true);
    expect(lastsThreeMonths({ opensOn: '2026-11-15', closesOn: '2027-02-13' })).toBe(false);
  });

  it('warns of a short session and of a year with fewer than two ordinary sessions', () => {
    const short = ordinary('2026-04-01', '2026-06-29');
    expect(
      calendarWarnings(2026, [
        short,
        { kind: 'extraordinary', opensOn: '2026-08-01', closesOn: '2026-08-02' },
      ]),
    ).toEqual([
      { code: 'fewer_than_two_ordinary_sessions', year: 2026, count: 1, article: '83.1–2' },
      { code: 'session_shorter_than_three_months', session: short, article: '83.1–2' },
    ]);
    expect(calendarWarnings(2027, [short])).toEqual([
      { code: 'fewer_than_two_ordinary_sessions', year: 2027, count: 0, article: '83.1–2' },
    ]);
  });
});

describe('extraordinarySessionAllowed (Art. 83.2)', () => {
  const ask = (supporting: number, members: number) =>
    extraordinarySessionAllowed({ requestedBy: 'members', supporting, members });

  it('needs 42 of 125 and 40 of 120 members', () => {
    expect(ask(41, 125)).toEqual({ ok: true, value: { allowed: false, required: 42, article: '83.2' } });
    expect(ask(42, 125)).toEqual({ ok: true, value: { allowed: true, required: 42, article: '83.2' } });
    expect(ask(39, 120)).toMatchObject({ value: { allowed: false, required: 40 } });
    expect(ask(40, 120)).toMatchObject({ value: { allowed: true, required: 40 } });
  });

  it('is called at the request of the King or the Prime Minister alone', () => {
    for (const requestedBy of ['king', 'prime_minister'] as const) {
      expect(extraordinarySessionAllowed({ requestedBy, supporting: 0, members: 125 })).toMatchObject({
        value: { allowed: true, article: '83.2' },
      });
    }
  });

  it('refuses impossible counts', () => {
    expect(ask(126, 125)).toEqual({
      ok: false,
      error: { field: 'supporting', code: 'more_supporters_than_members' },
    });
    expect(ask(-1, 125)).toEqual({ ok: false, error: { field: 'supporting', code: 'negative' } });
    expect(ask(0, 0)).toEqual({ ok: false, error: { field: 'members', code: 'no_members' } });
  });
});

describe('sittingMayBeClosed (Art. 88.2)', () => {
  it('needs 13 of 125 and 12 of 120 members, or the President, the King or the Prime Minister', () => {
    const ask = (supporting: number, members: number) =>
      sittingMayBeClosed({ requestedBy: 'members', supporting, members });
    expect(ask(12, 125)).toMatchObject({ value: { allowed: false, required: 13, article: '88.2' } });
    expect(ask(13, 125)).toMatchObject({ value: { allowed: true, required: 13 } });
    expect(ask(11, 120)).toMatchObject({ value: { allowed: false, required: 12 } });
    expect(ask(12, 120)).toMatchObject({ value: { allowed: true, required: 12 } });
    for (const requestedBy of ['president', 'king', 'prime_minister'] as const) {
      expect(sittingMayBeClosed({ requestedBy, supporting: 0, members: 125 })).toMatchObject({
        value: { allowed: true },
      });
    }
  });
});

describe('dissolutionAllowed (Art. 78.2, 86.3)', () => {
  it('needs two deposals of the government within 12 months', () => {
    expect(
      dissolutionAllowed({
        governmentDeposedOn: ['2025-03-10', '2026-03-09'],
        on: '2026-04-01',
        stateOfEmergency: false,
      }),
    ).toEqual({ allowed: true, refusal: null, article: '78.2' });
    expect(
      dissolutionAllowed({
        governmentDeposedOn: ['2025-03-10', '2026-03-10'],
        on: '2026-04-01',
        stateOfEmergency: false,
      }),
    ).toEqual({ allowed: false, refusal: 'not_deposed_twice_within_12_months', article: '78.2' });
    expect(
      dissolutionAllowed({ governmentDeposedOn: ['2025-03-10'], on: '2026-04-01', stateOfEmergency: false })
        .allowed,
    ).toBe(false);
  });

  it('ignores deposals after the day of dissolution', () => {
    expect(
      dissolutionAllowed({
        governmentDeposedOn: ['2026-01-10', '2026-05-01'],
        on: '2026-04-01',
        stateOfEmergency: false,
      }).allowed,
    ).toBe(false);
  });

  it('never dissolves during a state of emergency (Art. 86.3)', () => {
    expect(
      dissolutionAllowed({
        governmentDeposedOn: ['2026-01-10', '2026-02-01'],
        on: '2026-04-01',
        stateOfEmergency: true,
      }),
    ).toEqual({ allowed: false, refusal: 'state_of_emergency', article: '86.3' });
  });
});
