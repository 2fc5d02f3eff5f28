// The term's rules: a dissolution only after two deposals within 12 months (Art. 78.2) and never during a
// state of emergency (86.3); what follows it (78.3, 82.1); an emergency's every-day sittings (86.1).
import { describe, expect, it } from 'vitest';
import {
  decideDissolution,
  decideEmergency,
  decideEmergencyEnd,
  emergencyDaysWithoutSitting,
  mayMeetOn,
  mayMeetOutsideSession,
  type TermEvent,
} from './term.rules';

const deposed = (on: string): TermEvent => ({ kind: 'government_deposed', startsOn: on, endsOn: null });
const emergency = (from: string, to: string | null = null): TermEvent => ({
  kind: 'emergency',
  startsOn: from,
  endsOn: to,
});
const dissolved = (on: string): TermEvent => ({ kind: 'dissolution', startsOn: on, endsOn: null });

describe('decideDissolution', () => {
  it('dissolves after two deposals within 12 months, and dates the election (78.3) and first session (82.1)', () => {
    expect(decideDissolution([deposed('2025-03-10'), deposed('2026-03-09')], '2026-04-01')).toEqual({
      ok: true,
      value: {
        dissolvedOn: '2026-04-01',
        electionBy: { on: '2026-05-31', article: '78.3' },
        firstSessionBy: { on: '2026-07-30', article: '82.1' },
      },
    });
  });

  it('refuses without two deposals within 12 months, citing Art. 78.2', () => {
    const refusal = { ok: false, error: { code: 'government-not-deposed-twice', article: '78.2' } };
    expect(decideDissolution([], '2026-04-01')).toEqual(refusal);
    expect(decideDissolution([deposed('2025-03-10'), deposed('2026-03-10')], '2026-04-01')).toEqual(refusal);
    // A deposal after the day of dissolution does not count.
    expect(decideDissolution([deposed('2025-03-10'), deposed('2026-05-01')], '2026-04-01')).toEqual(refusal);
  });

  it('refuses while a state of emergency is in force, citing Art. 86.3, and allows it once ended', () => {
    const twice = [deposed('2025-03-10'), deposed('2026-03-09')];
    expect(decideDissolution([...twice, emergency('2026-03-20')], '2026-04-01')).toEqual({
      ok: false,
      error: { code: 'dissolution-during-emergency', article: '86.3' },
    });
    expect(decideDissolution([...twice, emergency('2026-03-20', '2026-04-01')], '2026-04-01')).toMatchObject({
      ok: false,
      error: { article: '86.3' },
    });
    expect(decideDissolution([...twice, emergency('2026-03-20', '2026-03-31')], '2026-04-01').ok).toBe(true);
  });

  it('dissolves once', () => {
    expect(
      decideDissolution(
        [deposed('2025-03-10'), deposed('2026-03-09'), dissolved('2026-04-01')],
        '2026-04-02',
      ),
    ).toEqual({ ok: false, error: { code: 'already-dissolved', article: '78.2' } });
  });
});

describe('after a dissolution', () => {
  it('the dissolved Assembly meets no more from that day (Art. 78.2)', () => {
    const events = [dissolved('2026-04-01')];
    expect(mayMeetOn(events, '2026-03-31')).toEqual({ ok: true, value: null });
    expect(mayMeetOn(events, '2026-04-01')).toEqual({
      ok: false,
      error: { code: 'assembly-dissolved', article: '78.2' },
    });
    expect(decideEmergency(events, '2026-04-10')).toMatchObject({
      ok: false,
      error: { code: 'assembly-dissolved' },
    });
  });
});

describe('a state of emergency (Art. 86.1)', () => {
  it('lets the Assembly sit outside its sessions while in force', () => {
    const events = [emergency('2026-01-05', '2026-01-20')];
    expect(mayMeetOutsideSession(events, '2026-01-05')).toBe(true);
    expect(mayMeetOutsideSession(events, '2026-01-20')).toBe(true);
    expect(mayMeetOutsideSession(events, '2026-01-21')).toBe(false);
    expect(mayMeetOutsideSession([], '2026-01-10')).toBe(false);
  });

  it('names each day of the emergency without a sitting, up to today or its last day', () => {
    const events = [emergency('2026-01-05')];
    const held = new Set(['2026-01-05', '2026-01-07']);
    expect(emergencyDaysWithoutSitting(events, held, '2026-01-08')).toEqual({
      days: ['2026-01-06', '2026-01-08'],
      more: 0,
      article: '86.1',
    });
    expect(
      emergencyDaysWithoutSitting([emergency('2026-01-05', '2026-01-06')], held, '2026-02-01').days,
    ).toEqual(['2026-01-06']);
    expect(emergencyDaysWithoutSitting(events, new Set(), '2026-03-05', 10)).toMatchObject({ more: 50 });
  });

  it('is declared only when none is in force, and ended only once, not before it began', () => {
    expect(decideEmergency([emergency('2026-01-05')], '2026-02-01')).toEqual({
      ok: false,
      error: { code: 'emergency-in-force', article: '86.1' },
    });
    expect(decideEmergency([emergency('2026-01-05', '2026-01-10')], '2026-02-01').ok).toBe(true);
    expect(decideEmergencyEnd(emergency('2026-01-05'), '2026-01-04')).toEqual({
      ok: false,
      error: { code: 'date-before-previous-step' },
    });
    expect(decideEmergencyEnd(emergency('2026-01-05', '2026-01-09'), '2026-01-10')).toEqual({
      ok: false,
      error: { code: 'emergency-not-in-force', article: '86.1' },
    });
    expect(decideEmergencyEnd(emergency('2026-01-05'), '2026-01-05').ok).toBe(true);
  });
});
