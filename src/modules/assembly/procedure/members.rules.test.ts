// Eligibility (Art. 76.3), replacement members (Art. 95), posts of members in government (Art. 79), the Standing Committee (Art. 84.2).
import { describe, expect, it } from 'vitest';
import {
  birthdayAt,
  checkEligibility,
  mayHoldCommitteePost,
  permanentStandingCommittee,
  replacementAllowed,
} from './members.rules';

const eligible = (birthDate: string, electionDay: string, khmerNationalityAtBirth = true) => {
  const result = checkEligibility({ khmerNationalityAtBirth, birthDate, electionDay });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

describe('checkEligibility (Art. 76.3)', () => {
  it('is eligible from the 25th birthday itself, not the day before', () => {
    expect(eligible('2001-07-23', '2026-07-23')).toEqual({ eligible: true, refusals: [] });
    expect(eligible('2001-07-24', '2026-07-23')).toEqual({
      eligible: false,
      refusals: [{ code: 'under_minimum_age', article: '76.3' }],
    });
  });

  it('counts someone born on 29 February as 25 from 1 March of a common year', () => {
    expect(birthdayAt('2000-02-29', 25)).toBe('2025-03-01');
    expect(birthdayAt('2000-02-29', 24)).toBe('2024-02-29');
    expect(eligible('2000-02-29', '2025-02-28').eligible).toBe(false);
    expect(eligible('2000-02-29', '2025-03-01').eligible).toBe(true);
  });

  it('refuses without Khmer nationality at birth, and lists every refusal', () => {
    expect(eligible('1980-01-01', '2026-07-23', false).refusals).toEqual([
      { code: 'no_khmer_nationality_at_birth', article: '76.3' },
    ]);
    expect(eligible('2010-01-01', '2026-07-23', false).refusals.map((r) => r.code)).toEqual([
      'no_khmer_nationality_at_birth',
      'under_minimum_age',
    ]);
  });

  it('refuses impossible dates', () => {
    expect(
      checkEligibility({ khmerNationalityAtBirth: true, birthDate: '2001-02-30', electionDay: '2026-07-23' }),
    ).toEqual({ ok: false, error: { field: 'birthDate', code: 'not_a_date' } });
  });
});

describe('replacementAllowed (Art. 95)', () => {
  const allowed = (vacatedOn: string, mandateEndsOn: string) => {
    const result = replacementAllowed({ vacatedOn, mandateEndsOn });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value;
  };

  it('allows a vacancy exactly 6 calendar months before the end, not a day later', () => {
    expect(allowed('2028-02-22', '2028-08-22')).toEqual({
      allowed: true,
      latestVacancy: '2028-02-22',
      article: '95',
    });
    expect(allowed('2028-02-23', '2028-08-22').allowed).toBe(false);
  });

  it('keeps to the end of February when the mandate ends on the 31st', () => {
    expect(allowed('2027-02-28', '2027-08-31')).toMatchObject({ allowed: true, latestVacancy: '2027-02-28' });
    expect(allowed('2027-03-01', '2027-08-31').allowed).toBe(false);
    expect(allowed('2028-02-29', '2028-08-31')).toMatchObject({ allowed: true, latestVacancy: '2028-02-29' });
  });
});

describe('members in government (Art. 79) and the Permanent Standing Committee (Art. 84.2)', () => {
  it('bars a member of the government from committee posts', () => {
    expect(mayHoldCommitteePost({ inGovernment: true })).toEqual({ allowed: false, article: '79' });
    expect(mayHoldCommitteePost({ inGovernment: false })).toEqual({ allowed: true, article: '79' });
  });

  it('derives the committee from the President, Vice-Presidents and commission presidents, each once', () => {
    expect(
      permanentStandingCommittee({ president: 1, vicePresidents: [2, 3], commissionPresidents: [4, 5, 3] }),
    ).toEqual({ members: [1, 2, 3, 4, 5], article: '84.2' });
    expect(
      permanentStandingCommittee({ president: null, vicePresidents: [], commissionPresidents: ['a'] }),
    ).toEqual({
      members: ['a'],
      article: '84.2',
    });
  });
});
