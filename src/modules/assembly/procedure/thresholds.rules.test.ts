// The number of members each matter needs, at 125 and 120 seats, checked against hand-worked figures and brute force.
import { describe, expect, it } from 'vitest';
import { ARTICLES } from './articles.rules';
import {
  atLeastFraction,
  MATTER_RULES,
  MATTERS,
  type Matter,
  moreThanHalf,
  quorumRequired,
  requiredMembers,
  thresholds,
} from './thresholds.rules';

// Worked by hand: 125/2 = 62.5 → 63; 2/3·125 = 83.33 → 84; 3/4·125 = 93.75 → 94; 1/3·125 = 41.67 → 42;
// 1/10·125 = 12.5 → 13. At 120 every fraction is exact: 61 (more than 60), 80, 90, 40, 12.
const EXPECTED: Record<Matter, { 125: number; 120: number; article: string }> = {
  law: { 125: 63, 120: 61, article: '90.1–6' },
  administrative_accounts: { 125: 63, 120: 61, article: '90.1–6' },
  amnesty: { 125: 63, 120: 61, article: '90.1–6' },
  treaty: { 125: 63, 120: 61, article: '90.1–6' },
  declaration_of_war: { 125: 63, 120: 61, article: '90.1–6' },
  confidence: { 125: 84, 120: 80, article: '90.7' },
  assembly_officers: { 125: 84, 120: 80, article: '82.2' },
  censure_motion_proposal: { 125: 30, 120: 30, article: '98' },
  censure_motion: { 125: 84, 120: 80, article: '98' },
  term_extension: { 125: 84, 120: 80, article: '78.4–5' },
  prosecution_approval: { 125: 84, 120: 80, article: '80.4' },
  suspend_prosecution: { 125: 94, 120: 90, article: '80.5' },
  extraordinary_session_request: { 125: 42, 120: 40, article: '83.2' },
  closed_sitting_request: { 125: 13, 120: 12, article: '88.2' },
  invite_official_request: { 125: 13, 120: 12, article: '89' },
};

describe('thresholds of Chapter VII', () => {
  for (const matter of MATTERS) {
    it(`${matter}: ${EXPECTED[matter][125]} of 125, ${EXPECTED[matter][120]} of 120 (Art. ${EXPECTED[matter].article})`, () => {
      expect(requiredMembers(matter, 125)).toBe(EXPECTED[matter][125]);
      expect(requiredMembers(matter, 120)).toBe(EXPECTED[matter][120]);
      expect(MATTER_RULES[matter].article).toBe(EXPECTED[matter].article);
      expect(ARTICLES[MATTER_RULES[matter].article].en).toMatch(/^Article/);
    });
  }

  it('asks a quorum of 7/10: 88 of 125 (87.5 rounds up), 84 of 120', () => {
    expect(quorumRequired(125)).toBe(88);
    expect(quorumRequired(120)).toBe(84);
    expect(quorumRequired(10)).toBe(7);
  });

  it('"more than half" is one above half for an even count and the next whole number for an odd one', () => {
    expect(moreThanHalf(120)).toBe(61);
    expect(moreThanHalf(121)).toBe(61);
    expect(moreThanHalf(125)).toBe(63);
    expect(moreThanHalf(126)).toBe(64);
    expect(moreThanHalf(1)).toBe(1);
  });

  it('agrees with a brute-force search for every size up to 1000 and every fraction used', () => {
    const fractions = [
      { numerator: 2, denominator: 3 },
      { numerator: 3, denominator: 4 },
      { numerator: 1, denominator: 3 },
      { numerator: 1, denominator: 10 },
      { numerator: 7, denominator: 10 },
    ];
    for (let n = 0; n <= 1000; n += 1) {
      for (const f of fractions) {
        // The smallest k with k/n ≥ p/q, i.e. k·q ≥ n·p, found by counting up.
        let k = 0;
        while (k * f.denominator < n * f.numerator) k += 1;
        expect(atLeastFraction(n, f)).toBe(k);
      }
      let half = 0;
      while (half * 2 <= n) half += 1;
      expect(moreThanHalf(n)).toBe(half);
    }
  });

  it('lists every matter with its article and number for the API', () => {
    const listed = thresholds(125);
    expect(listed.map((t) => t.matter)).toEqual([...MATTERS]);
    expect(listed.find((t) => t.matter === 'suspend_prosecution')).toEqual({
      matter: 'suspend_prosecution',
      article: '80.5',
      required: 94,
    });
  });
});
