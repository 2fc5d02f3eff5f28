// The citizen's steps on the tracking page: replying to a question, saying whether an answer resolved the concern.
import type { ZodError } from 'zod';
import { clientIp } from '../../platform/http/client-ip';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { parseTrackingCode } from '../../platform/ids/tracking-code';
import { optionalText } from '../../platform/input-text';
import { type RateLimit, takeRateSlot } from '../../platform/rate-limit/rate-limit.queries';
import { renderPage } from '../../web/page';
import { findTrackedCase } from './case.queries';
import { CASE_ACTIONS, type CaseStatus } from './case.rules';
import { type HandlingInput, handleCase, handlingInputSchema } from './handle-case';
import { type FieldError, intakeMessages } from './messages';
import {
  renderTrackedCase,
  type TrackedCase,
  type TrackForms,
  trackConflictPage,
  trackUnknownPage,
} from './track.pages';

/**
 * Replies and feedback per address: a family or a village sharing one phone answers a few questions
 * an hour; a script hammering the tracking codes gets refused. Counted apart from concern intake.
 */
export const CITIZEN_STEP_LIMIT: RateLimit = {
  bucket: 'citizen-steps',
  max: 20,
  windowMs: 60 * 60 * 1000,
};

const FIELD_ERRORS = new Set<string>(['required', 'too-short', 'broken-text']);
const feedbackComment = optionalText(2000);

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The first problem of a refused text, as the page's error code. */
function fieldError(error: ZodError): FieldError {
  const issue = error.issues[0];
  if (issue && FIELD_ERRORS.has(issue.message)) return issue.message as FieldError;
  return issue?.code === 'too_big' ? 'too-long' : 'invalid';
}

/** The case named in the path, and whether the step may be taken in its status now. */
async function caseFor(c: Ctx, action: 'citizen_replies' | 'confirm_resolved') {
  const code = parseTrackingCode(c.req.param('code') ?? '');
  const found = code ? await findTrackedCase(c.get('deps').db.kysely, code) : undefined;
  if (!found) return { refusal: trackUnknownPage(c, !!code) } as const;
  const allowed = (CASE_ACTIONS[action].from as readonly CaseStatus[]).includes(found.status);
  if (!allowed) return { refusal: trackConflictPage(c, found.tracking_code) } as const;
  return { found } as const;
}

/** Takes the step once the input is valid: the address's limit first, then the command. */
async function takeStep(c: Ctx, found: TrackedCase, input: HandlingInput, thanks: string) {
  const db = c.get('deps').db;
  const now = new Date();
  if (!(await takeRateSlot(db.kysely, CITIZEN_STEP_LIMIT, clientIp(c), now))) {
    const m = intakeMessages[c.get('lang')];
    return renderPage(c, m.tooManyStepsTitle, <p class="alert">{m.tooManyStepsBody}</p>, 429);
  }
  const result = await handleCase(db, found.tracking_code, input, { kind: 'citizen' }, now);
  if (!result.ok) {
    if (result.error === 'not-found') return trackUnknownPage(c, true);
    // Someone (the office, or another tap of this form) moved the case since the page was read.
    return trackConflictPage(c, found.tracking_code);
  }
  return c.redirect(`/track/${found.tracking_code}?thanks=${thanks}`, 303);
}

/** POST /track/:code/reply — the citizen answers the office's question; the clock runs again. */
async function postReply(c: Ctx) {
  const target = await caseFor(c, 'citizen_replies');
  if (target.refusal) return target.refusal;
  const form = await c.req.parseBody();
  const value = str(form.reply);
  const parsed = handlingInputSchema.safeParse({ action: 'citizen_replies', reply: value });
  if (!parsed.success) {
    const forms: TrackForms = { reply: { value, error: fieldError(parsed.error) } };
    return renderTrackedCase(c, target.found, forms, 422);
  }
  return takeStep(c, target.found, parsed.data, 'reply');
}

/** POST /track/:code/feedback — Yes closes the case as resolved; No reopens it, with the comment for the office. */
async function postFeedback(c: Ctx) {
  const target = await caseFor(c, 'confirm_resolved');
  if (target.refusal) return target.refusal;
  const form = await c.req.parseBody();
  const resolved = str(form.resolved);
  const comment = str(form.comment);
  const checked = feedbackComment.safeParse(comment);
  const choiceError = resolved !== 'yes' && resolved !== 'no';
  if (choiceError || !checked.success) {
    const forms: TrackForms = {
      feedback: {
        resolved,
        comment,
        choiceError,
        commentError: checked.success ? undefined : fieldError(checked.error),
      },
    };
    return renderTrackedCase(c, target.found, forms, 422);
  }
  // The comment says what is still wrong; a "Yes" has nothing to act on, so the command takes none.
  const input: HandlingInput =
    resolved === 'yes' ? { action: 'confirm_resolved' } : { action: 'report_unresolved', note: checked.data };
  return takeStep(c, target.found, input, resolved === 'yes' ? 'resolved' : 'unresolved');
}

// A well-formed code no case has: the access walk only needs to be let in (a 404 is fine).
const EXAMPLE = { code: '1000000005' };

export const citizenStepsRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: '/track/:code/reply',
    kind: 'page',
    access: 'public',
    example: EXAMPLE,
    handler: postReply,
  },
  {
    method: 'POST',
    path: '/track/:code/feedback',
    kind: 'page',
    access: 'public',
    example: EXAMPLE,
    handler: postFeedback,
  },
];
