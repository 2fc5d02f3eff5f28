// The procedure calculators as JSON: thresholds, vote evaluation, a law's effective dates, a question's due date.
import { z } from 'zod';
import { apiError, readJson, zodIssues } from '../../../platform/http/api-errors';
import { queryText } from '../../../platform/http/query';
import type { Ctx, RouteDoc } from '../../../platform/http/types';
import { parseTypedDate } from '../../../platform/i18n/date-input';
import { digitsToLatin } from '../../../platform/khmer/fold';
import { parseKhmerNumber } from '../../../platform/khmer/numbers';
import { lawEffectiveDates, questionDueDate } from './dates.rules';
import { reasonText } from './explain.presenter';
import { checkCount, type InputProblem, MAX_MEMBERS } from './problems.rules';
import { rulesMessages } from './rules.messages';
import {
  CONSTITUTIONAL_MINIMUM_MEMBERS,
  MATTERS,
  QUORUM,
  quorumRequired,
  thresholds,
} from './thresholds.rules';
import { evaluateVote, REASON_CODES } from './votes.rules';

/** A rule refused the input: 422 with the problem's code, its message in the caller's language and the field. */
function problemAnswer(c: Ctx, found: InputProblem) {
  return apiError(c, 422, found.code, rulesMessages[c.get('lang')].problems[found.code], {
    field: found.field,
  });
}

const article = z.string().describe('The article of the Constitution the answer rests on, e.g. "90.7"');
const warnings = z
  .array(z.object({ code: z.literal('below_constitutional_minimum'), article }))
  .describe('Set when the Assembly is given fewer than the 120 members Art. 76.1 requires');

const membersQuery = z.object({
  members: z
    .string()
    .regex(/^\d+$/)
    .describe(`Seats in the Assembly, a whole number from 1 to ${MAX_MEMBERS} (125 now)`),
});

const thresholdsResponse = z.object({
  members: z.number().int(),
  quorum: z.object({ required: z.number().int(), article }),
  thresholds: z.array(
    z.object({
      matter: z.enum(MATTERS),
      article,
      required: z.number().int().describe('Members needed, of the whole membership'),
    }),
  ),
  warnings,
});

export const thresholdsDoc: RouteDoc = {
  summary:
    'Members each matter needs (Chapter VII of the Constitution), and the quorum, for an Assembly of N seats.',
  tag: 'assembly',
  query: membersQuery,
  response: thresholdsResponse,
  errors: { 400: 'members is missing or not a whole number.', 422: 'members is 0 or too large.' },
};

/** GET /api/assembly/thresholds?members=N */
export function thresholdsApi(c: Ctx) {
  // ?members=១២៥ as well as 125.
  const typed = queryText(c, 'members');
  const parsed = membersQuery.safeParse({
    members: typed === undefined ? undefined : digitsToLatin(typed).trim(),
  });
  if (!parsed.success)
    return apiError(c, 400, 'invalid_request', undefined, zodIssues(parsed.error, c.get('lang')));
  const members = Number(parsed.data.members);
  const found = checkCount('members', members);
  if (found) return problemAnswer(c, found);
  if (members < 1) return problemAnswer(c, { field: 'members', code: 'no_members' });
  return c.json({
    members,
    quorum: { required: quorumRequired(members), article: QUORUM.article },
    thresholds: thresholds(members),
    warnings:
      members < CONSTITUTIONAL_MINIMUM_MEMBERS
        ? [{ code: 'below_constitutional_minimum', article: '76.1' }]
        : [],
  });
}

// The matter is checked by the rule, not the schema, so an unknown matter is a 422 with its own code;
// the documented schema lists the matters.
/**
 * A count sent as a JSON number or as the text a person typed ("១២៥", "125"). The rules judge the number
 * (negative, not whole: 422 with their code), so any number the text holds is passed on; text that holds
 * none is a wrong field (400).
 */
const count = z.union([
  z.number(),
  z.string().transform((typed, ctx) => {
    const value = parseKhmerNumber(typed, { negative: true, decimals: 9 });
    if (value === null) {
      ctx.addIssue({ code: 'custom', message: 'not-a-number' });
      return z.NEVER;
    }
    return value;
  }),
]);

const voteBody = z.object({
  matter: z.string(),
  members: count.describe('Seats in the Assembly, present or not'),
  present: count.describe('Members present at the sitting'),
  yes: count.describe('Votes for; for a request, the members backing it'),
  no: count,
  abstain: count,
  questionDay: z
    .boolean()
    .default(false)
    .describe('True when the vote is on the day kept for questions (Art. 96.6)'),
});

const voteResponse = z.object({
  matter: z.enum(MATTERS),
  outcome: z.enum(['adopted', 'rejected', 'invalid']),
  required: z.number().int().describe('Votes for (or backers) the matter needs, of the whole membership'),
  quorum: z.object({ required: z.number().int(), present: z.number().int(), met: z.boolean() }),
  reason: z.enum(REASON_CODES),
  message: z.string().describe('The reason as a sentence in the language asked for'),
  article,
  warnings,
});

export const evaluateDoc: RouteDoc = {
  // A calculation creates nothing.
  successStatus: 200,
  summary:
    'Decides a vote of the Assembly: quorum (Art. 88.3), question day (Art. 96.6) and the majority the matter needs. Requests (kind "request") count backers in "yes" and need no quorum.',
  tag: 'assembly',
  body: voteBody.extend({ matter: z.enum(MATTERS).describe('What is voted on or requested') }),
  response: voteResponse,
  errors: {
    400: 'The body is not JSON or a field has the wrong type.',
    422: 'Impossible counts (negative, not whole, more votes than members present…) or an unknown matter.',
  },
};

/** POST /api/assembly/votes/evaluate */
export async function evaluateVoteApi(c: Ctx) {
  const body = await readJson(c);
  if (!body.ok) return apiError(c, 400, body.code);
  const parsed = voteBody.safeParse(body.value);
  if (!parsed.success)
    return apiError(c, 400, 'invalid_request', undefined, zodIssues(parsed.error, c.get('lang')));
  const decided = evaluateVote(parsed.data);
  if (!decided.ok) return problemAnswer(c, decided.error);
  const d = decided.value;
  return c.json({
    matter: d.matter,
    outcome: d.outcome,
    required: d.required,
    quorum: d.quorum,
    reason: d.reason,
    message: reasonText(d, parsed.data.yes, c.get('lang')),
    article: d.article,
    warnings: d.warnings,
  });
}

const date = z.string().describe('A calendar date, YYYY-MM-DD');
/** A day sent as YYYY-MM-DD or day/month/year, in Latin or Khmer digits; the rules judge whether it is one. */
const typedDate = z.string().transform((typed) => parseTypedDate(typed) ?? typed);

const effectiveBody = z.object({
  signedOn: typedDate.describe('The day the King signed the law, YYYY-MM-DD (or day/month/year)'),
  urgent: z
    .boolean()
    .default(false)
    .describe('True when the law is declared urgent: it takes effect at once'),
});

export const effectiveDatesDoc: RouteDoc = {
  // A calculation creates nothing.
  successStatus: 200,
  summary:
    'When a law takes effect (Art. 93): in Phnom Penh 10 days and nationwide 20 days after signature, or at once when urgent.',
  tag: 'assembly',
  body: effectiveBody,
  response: z.object({ phnomPenh: date, nationwide: date, article }),
  errors: { 400: 'The body is not JSON or a field has the wrong type.', 422: 'signedOn is not a real date.' },
};

/** POST /api/assembly/laws/effective-dates */
export async function effectiveDatesApi(c: Ctx) {
  const body = await readJson(c);
  if (!body.ok) return apiError(c, 400, body.code);
  const parsed = effectiveBody.safeParse(body.value);
  if (!parsed.success)
    return apiError(c, 400, 'invalid_request', undefined, zodIssues(parsed.error, c.get('lang')));
  const dates = lawEffectiveDates(parsed.data.signedOn, parsed.data.urgent);
  if (!dates.ok) return problemAnswer(c, dates.error);
  return c.json(dates.value);
}

const dueBody = z.object({
  receivedOn: typedDate.describe('The day the question was received, YYYY-MM-DD (or day/month/year)'),
});

export const dueDateDoc: RouteDoc = {
  // A calculation creates nothing.
  successStatus: 200,
  summary:
    "The last day for the government's answer to a member's question: 7 days after it was received (Art. 96).",
  tag: 'assembly',
  body: dueBody,
  response: z.object({ dueOn: date, article }),
  errors: {
    400: 'The body is not JSON or a field has the wrong type.',
    422: 'receivedOn is not a real date.',
  },
};

/** POST /api/assembly/questions/due-date */
export async function dueDateApi(c: Ctx) {
  const body = await readJson(c);
  if (!body.ok) return apiError(c, 400, body.code);
  const parsed = dueBody.safeParse(body.value);
  if (!parsed.success)
    return apiError(c, 400, 'invalid_request', undefined, zodIssues(parsed.error, c.get('lang')));
  const due = questionDueDate(parsed.data.receivedOn);
  if (!due.ok) return problemAnswer(c, due.error);
  return c.json({ dueOn: due.value.on, article: due.value.article });
}
