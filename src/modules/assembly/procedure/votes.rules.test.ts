// Deciding votes and requests: both sides of every threshold and of the quorum, at 125 and 120 members, and impossible counts.
import { describe, expect, it } from 'vitest';
import { MATTER_RULES, MATTERS, requiredMembers } from './thresholds.rules';
import { evaluateVote, type VoteInput } from './votes.rules';

const base = (members: number): VoteInput => ({
  matter: 'law',
  members,
  present: members,
  yes: 0,
  no: 0,
  abstain: 0,
  questionDay: false,
});

function decide(input: VoteInput) {
  const result = evaluateVote(input);
  if (!result.ok) throw new Error(`unexpected problem ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('evaluateVote', () => {
  for (const members of [125, 120]) {
    for (const matter of MATTERS) {
      const required = requiredMembers(matter, members);
      const { kind, article } = MATTER_RULES[matter];
      it(`${matter} at ${members}: ${required - 1} yes is short, ${required} yes carries it (Art. ${article})`, () => {
        // Everyone present; those not voting yes vote no, so only the yes count moves.
        const short = decide({ ...base(members), matter, yes: required - 1, no: members - required + 1 });
        expect(short).toMatchObject({
          outcome: 'rejected',
          required,
          article,
          reason: kind === 'vote' ? 'majority_not_reached' : 'request_not_backed',
        });
        const enough = decide({ ...base(members), matter, yes: required, no: members - required });
        expect(enough).toMatchObject({
          outcome: 'adopted',
          required,
          article,
          reason: kind === 'vote' ? 'majority_reached' : 'request_backed',
        });
      });
    }
  }

  it('counts the majority of the whole membership, not of those present', () => {
    // 90 present at 125, all 62 who voted said yes: a majority of those present, not of the Assembly.
    expect(decide({ ...base(125), present: 90, yes: 62, no: 0, abstain: 28 }).outcome).toBe('rejected');
    expect(decide({ ...base(125), present: 90, yes: 63, no: 27 }).outcome).toBe('adopted');
  });

  it('is invalid without a quorum of 7/10: 87 of 125 and 83 of 120 are too few, 88 and 84 enough (Art. 88.3)', () => {
    const at125 = decide({ ...base(125), present: 87, yes: 87 });
    expect(at125).toEqual({
      matter: 'law',
      outcome: 'invalid',
      required: 63,
      quorum: { required: 88, present: 87, met: false },
      reason: 'no_quorum',
      article: '88.3',
      warnings: [],
    });
    expect(decide({ ...base(125), present: 88, yes: 88 })).toMatchObject({
      outcome: 'adopted',
      quorum: { required: 88, present: 88, met: true },
      article: '90.1–6',
    });
    expect(decide({ ...base(120), present: 83, yes: 83 })).toMatchObject({
      outcome: 'invalid',
      reason: 'no_quorum',
    });
    expect(decide({ ...base(120), present: 84, yes: 84 })).toMatchObject({ outcome: 'adopted' });
  });

  it('is invalid on the question day whatever the count (Art. 96.6)', () => {
    expect(decide({ ...base(125), yes: 125, questionDay: true })).toMatchObject({
      outcome: 'invalid',
      reason: 'question_day',
      article: '96.6',
    });
    expect(decide({ ...base(120), matter: 'confidence', yes: 120, questionDay: true }).outcome).toBe(
      'invalid',
    );
  });

  it('decides requests on their backing alone: no quorum, and the question day does not stop them', () => {
    expect(
      decide({ ...base(125), matter: 'closed_sitting_request', present: 20, yes: 13, questionDay: true }),
    ).toMatchObject({
      outcome: 'adopted',
      reason: 'request_backed',
      quorum: { met: false },
      article: '88.2',
    });
    expect(
      decide({ ...base(120), matter: 'extraordinary_session_request', present: 39, yes: 39 }),
    ).toMatchObject({
      outcome: 'rejected',
      article: '83.2',
    });
  });

  it('warns below the 120 members the Constitution requires, and still computes (Art. 76.1)', () => {
    expect(decide({ ...base(119), yes: 60 })).toMatchObject({
      outcome: 'adopted',
      required: 60,
      warnings: [{ code: 'below_constitutional_minimum', article: '76.1' }],
    });
    expect(decide({ ...base(120), yes: 61 }).warnings).toEqual([]);
  });

  it('refuses impossible counts, naming the field', () => {
    const cases: [Partial<VoteInput>, string, string][] = [
      [{ matter: 'budget' }, 'matter', 'unknown_matter'],
      [{ members: 0, present: 0 }, 'members', 'no_members'],
      [{ members: -1 }, 'members', 'negative'],
      [{ members: 125.5 }, 'members', 'not_whole_number'],
      [{ members: Number.NaN }, 'members', 'not_whole_number'],
      [{ members: 10_000_000 }, 'members', 'too_large'],
      [{ present: -3 }, 'present', 'negative'],
      [{ yes: 1.5 }, 'yes', 'not_whole_number'],
      [{ no: -1 }, 'no', 'negative'],
      [{ abstain: Number.POSITIVE_INFINITY }, 'abstain', 'not_whole_number'],
      [{ present: 126 }, 'present', 'more_present_than_members'],
      [{ present: 100, yes: 60, no: 30, abstain: 11 }, 'yes', 'more_votes_than_present'],
    ];
    for (const [change, field, code] of cases) {
      expect(evaluateVote({ ...base(125), ...change }), JSON.stringify(change)).toEqual({
        ok: false,
        error: { field, code },
      });
    }
    // Exactly as many votes as members present is fine.
    expect(evaluateVote({ ...base(125), present: 100, yes: 60, no: 30, abstain: 10 }).ok).toBe(true);
  });
});
