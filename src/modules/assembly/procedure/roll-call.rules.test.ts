// Counting a roll-call: absent members default to absent and cannot vote, present members must be given a
// vote, no one off the roll is recorded, and the counts come out of the members' votes.
import { describe, expect, it } from 'vitest';
import {
  evaluateVote,
  ROLL_CALL_ARTICLES,
  ROLL_CALL_PROBLEMS,
  type RollOption,
  tallyRollCall,
} from './votes.rules';

/** 125 seated members; the first `present` of them present at the sitting. */
const roll = (present: number, seated = 125) =>
  Array.from({ length: seated }, (_, i) => ({ membershipId: i + 1, present: i < present }));
const choose = (entries: [number, RollOption][]) => new Map(entries);
/** Present members 1..present vote as `pick(i)` says. */
const everyPresent = (present: number, pick: (i: number) => RollOption) =>
  choose(Array.from({ length: present }, (_, i) => [i + 1, pick(i)] as [number, RollOption]));

describe('tallyRollCall', () => {
  it('counts the votes of the present members and records every absent member absent', () => {
    const result = tallyRollCall(
      roll(90),
      everyPresent(90, (i) => (i < 70 ? 'yes' : i < 82 ? 'no' : i < 89 ? 'abstain' : 'absent')),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ present: 90, yes: 70, no: 12, abstain: 7, absent: 36 });
    expect(result.value.votes).toHaveLength(125);
    expect(result.value.votes.find((v) => v.membershipId === 91)).toEqual({
      membershipId: 91,
      option: 'absent',
    });
    expect(result.value.votes.find((v) => v.membershipId === 90)).toEqual({
      membershipId: 90,
      option: 'absent',
    });
  });

  it('accepts an absent member recorded absent explicitly', () => {
    const choices = everyPresent(88, () => 'yes');
    choices.set(100, 'absent');
    const result = tallyRollCall(roll(88), choices);
    expect(result.ok && result.value.absent).toBe(37);
  });

  it('refuses a present member left without a vote, naming each one', () => {
    const choices = everyPresent(90, () => 'yes');
    choices.delete(5);
    choices.delete(60);
    expect(tallyRollCall(roll(90), choices)).toEqual({
      ok: false,
      problems: [
        { code: 'member_without_vote', membershipId: 5 },
        { code: 'member_without_vote', membershipId: 60 },
      ],
    });
  });

  it('refuses a vote for, against or abstaining by a member recorded absent', () => {
    for (const option of ['yes', 'no', 'abstain'] as const) {
      const choices = everyPresent(90, () => 'yes');
      choices.set(91, option);
      expect(tallyRollCall(roll(90), choices)).toEqual({
        ok: false,
        problems: [{ code: 'vote_by_absent_member', membershipId: 91 }],
      });
    }
  });

  it('refuses a member who is not on the roll of the sitting, first of all problems', () => {
    const choices = everyPresent(89, () => 'yes');
    choices.set(126, 'no');
    choices.set(120, 'yes');
    expect(tallyRollCall(roll(90), choices)).toEqual({
      ok: false,
      problems: [
        { code: 'not_on_the_roll', membershipId: 126 },
        { code: 'vote_by_absent_member', membershipId: 120 },
        { code: 'member_without_vote', membershipId: 90 },
      ],
    });
  });

  it('gives each refusal its code and no article: Chapter VII says nothing of how a vote by name is taken', () => {
    const choices = everyPresent(89, () => 'yes');
    choices.set(126, 'no');
    choices.set(120, 'abstain');
    const result = tallyRollCall(roll(90), choices);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toEqual([...ROLL_CALL_PROBLEMS]);
    for (const problem of result.problems) {
      expect(problem).not.toHaveProperty('article');
      expect(ROLL_CALL_ARTICLES[problem.code]).toBeUndefined();
    }
  });

  it('gives counts the vote rules decide on: 63 of 125 carries a law, 62 does not, whoever is present', () => {
    const decide = (yes: number) => {
      const tally = tallyRollCall(
        roll(100),
        everyPresent(100, (i) => (i < yes ? 'yes' : 'no')),
      );
      if (!tally.ok) throw new Error('unexpected problem');
      const { present, yes: y, no, abstain } = tally.value;
      return evaluateVote({ matter: 'law', members: 125, present, yes: y, no, abstain, questionDay: false });
    };
    expect(decide(63)).toMatchObject({ ok: true, value: { outcome: 'adopted', article: '90.1–6' } });
    expect(decide(62)).toMatchObject({ ok: true, value: { outcome: 'rejected', article: '90.1–6' } });
  });

  it('leaves a vote at a sitting without the quorum invalid (Art. 88.3)', () => {
    const tally = tallyRollCall(
      roll(87),
      everyPresent(87, () => 'yes'),
    );
    if (!tally.ok) throw new Error('unexpected problem');
    const { present, yes, no, abstain } = tally.value;
    expect(
      evaluateVote({ matter: 'law', members: 125, present, yes, no, abstain, questionDay: false }),
    ).toMatchObject({ ok: true, value: { outcome: 'invalid', reason: 'no_quorum', article: '88.3' } });
  });
});
