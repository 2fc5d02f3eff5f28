// Turns a rule's decision into a sentence in the reader's language, for the page and for the API's `message`.
import { type Digits, formatNumber, type Lang } from '../../../platform/i18n/i18n';
import { rulesMessages } from './rules.messages';
import type { MatterRule } from './thresholds.rules';
import type { VoteDecision } from './votes.rules';

/** Why a vote came out as it did: the reason code as a sentence with the numbers in it. */
export function reasonText(decision: VoteDecision, yes: number, lang: Lang, digits: Digits = 'latn'): string {
  const m = rulesMessages[lang];
  const n = (value: number) => formatNumber(value, lang, digits);
  switch (decision.reason) {
    case 'question_day':
      return m.reasons.question_day;
    case 'no_quorum':
      return m.reasons.no_quorum(n(decision.quorum.present), n(decision.quorum.required));
    default:
      return m.reasons[decision.reason](n(yes), n(decision.required));
  }
}

/** What a matter needs, in words: "2/3 of all members", "at least 30 members". */
export function needsText(rule: MatterRule['rule'], lang: Lang, digits: Digits = 'latn'): string {
  const m = rulesMessages[lang];
  const n = (value: number) => formatNumber(value, lang, digits);
  switch (rule.kind) {
    case 'more_than_half':
      return m.moreThanHalf;
    case 'at_least':
      return m.atLeastFraction(`${n(rule.fraction.numerator)}/${n(rule.fraction.denominator)}`);
    case 'at_least_members':
      return m.atLeastMembers(n(rule.count));
  }
}
