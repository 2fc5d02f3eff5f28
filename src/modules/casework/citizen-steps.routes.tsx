// The citizen's steps: replying to a question, saying whether an answer resolved the concern, adding
// information, withdrawing. The tracking code only finds the case; each step needs proof only the citizen
// holds (the private link's key, or a pass from a one-time code), carried by the form and checked by the
// command. Wrong proofs are counted per address and per case, and a refused step changes nothing.
import type { ZodError } from 'zod';
import { clientIp } from '../../platform/http/client-ip';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { parseTrackingCode } from '../../platform/ids/tracking-code';
import { optionalText } from '../../platform/input-text';
import {
  type RateLimit,
  rateLimitReached,
  recordRateEvent,
  takeRateSlot,
} from '../../platform/rate-limit/rate-limit.queries';
import { checkScannedFile, discardScannedFile, storeScannedFile } from '../../platform/uploads/scanned-files';
import { renderPage } from '../../web/page';
import { findTrackedCase } from './case.queries';
import { CASE_ACTIONS, type CaseStatus } from './case.rules';
import type { PageProof } from './citizen-forms.pages';
import { citizenKeyMessages } from './citizen-key.messages';
import { type CitizenProof, citizenMayAct } from './citizen-key.service';
import { type Attachment, type HandlingInput, handleCase, handlingInputSchema } from './handle-case.commands';
import { type FieldError, intakeMessages } from './messages';
import {
  citizenNoticePage,
  renderTrackedCase,
  type TrackedCase,
  type TrackForms,
  trackConflictPage,
  trackUnknownPage,
} from './track.routes';

/** A limit counted over the last hour. */
export const perHour = (bucket: string, max: number): RateLimit => ({
  bucket,
  max,
  windowMs: 60 * 60 * 1000,
});

/**
 * Steps per address: a family or a village sharing one phone answers a few questions an hour; a script
 * hammering the tracking codes gets refused. Counted apart from concern intake.
 */
export const CITIZEN_STEP_LIMIT = perHour('citizen-steps', 20);

/** Wrong keys, passes and one-time codes from one address, whatever case they aim at. */
export const PROOF_GUESS_ADDRESS_LIMIT = perHour('citizen-proof-address', 20);

/**
 * Wrong proofs for one case, from any address: many addresses together get ten guesses an hour at a
 * six-digit code (one in a hundred thousand), and the right proof is refused too once it is reached.
 */
export const PROOF_GUESS_CASE_LIMIT = perHour('citizen-proof-case', 10);

/** Added files: a photo or a scan; the app's whole-request limit (1 MiB) sits just above. */
export const CITIZEN_FILE_MAX_BYTES = 1_000_000;
export const CITIZEN_FILES_FOLDER = 'case-files';

const FIELD_ERRORS = new Set<string>(['required', 'too-short', 'broken-text']);
const feedbackComment = optionalText(2000);

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The first problem of a refused text, as the page's error code. */
function fieldError(error: ZodError): FieldError {
  const issue = error.issues[0];
  if (issue && FIELD_ERRORS.has(issue.message)) return issue.message as FieldError;
  return issue?.code === 'too_big' ? 'too-long' : 'invalid';
}

const caseKey = (caseId: number) => `case:${caseId}`;

/** Whether guessing for this case, or from this address, has used up its allowance. */
export async function guessingBlocked(c: Ctx, caseId: number | null, now: Date): Promise<boolean> {
  const db = c.get('deps').db.kysely;
  if (await rateLimitReached(db, PROOF_GUESS_ADDRESS_LIMIT, clientIp(c), now)) return true;
  return caseId !== null && rateLimitReached(db, PROOF_GUESS_CASE_LIMIT, caseKey(caseId), now);
}

/** Counts a wrong key, pass or code against the address and the case. */
export async function countWrongGuess(c: Ctx, caseId: number | null, now: Date): Promise<void> {
  const db = c.get('deps').db.kysely;
  await recordRateEvent(db, PROOF_GUESS_ADDRESS_LIMIT, clientIp(c), now);
  if (caseId !== null) await recordRateEvent(db, PROOF_GUESS_CASE_LIMIT, caseKey(caseId), now);
}

export function tooManyGuessesPage(c: Ctx) {
  const m = citizenKeyMessages[c.get('lang')];
  return renderPage(c, m.tooManyTitle, <p class="alert">{m.tooManyBody}</p>, 429);
}

/** 403: a step without the citizen's proof. Says how to get it; nothing was changed. */
function proofRefusedPage(c: Ctx, trackingCode: string) {
  const m = citizenKeyMessages[c.get('lang')];
  const href = `/track/${trackingCode}`;
  return citizenNoticePage(c, { title: m.refusedTitle, body: m.refusedBody, href, status: 403, alert: true });
}

/** The proof a form carries: the private key or a pass (never the tracking code). */
function proofOf(form: Record<string, unknown>): { page: PageProof; proof: CitizenProof } | null {
  const key = str(form.key);
  if (key) return { page: { field: 'key', secret: key }, proof: { kind: 'key', secret: key } };
  const pass = str(form.pass);
  if (pass) return { page: { field: 'pass', secret: pass }, proof: { kind: 'pass', secret: pass } };
  return null;
}

type CitizenAction = 'citizen_replies' | 'confirm_resolved' | 'add_information' | 'withdraw';

/**
 * The case named in the path and the proof the form carries, checked before anything else is read from
 * the form: a stranger learns nothing of the step's rules. Wrong proof counts as a guess.
 */
async function provenCase(c: Ctx, action: CitizenAction, form: Record<string, unknown>) {
  const code = parseTrackingCode(c.req.param('code') ?? '');
  const found = code ? await findTrackedCase(c.get('deps').db.kysely, code) : undefined;
  if (!found) return { refusal: trackUnknownPage(c, !!code) } as const;
  const now = new Date();
  if (await guessingBlocked(c, found.id, now)) return { refusal: tooManyGuessesPage(c) } as const;
  const given = proofOf(form);
  if (!given || !(await citizenMayAct(c.get('deps').db.kysely, found.id, given.proof, now))) {
    await countWrongGuess(c, found.id, now);
    return { refusal: proofRefusedPage(c, found.tracking_code) } as const;
  }
  const allowed = (CASE_ACTIONS[action].from as readonly CaseStatus[]).includes(found.status);
  if (!allowed) return { refusal: trackConflictPage(c, found.tracking_code) } as const;
  return { found, given } as const;
}

/** Where the citizen lands after a step: their private page, or (with a pass) the tracking page. */
function afterStep(found: TrackedCase, proof: PageProof, thanks: string): string {
  return proof.field === 'key'
    ? `/k/${proof.secret}?thanks=${thanks}`
    : `/track/${found.tracking_code}?thanks=${thanks}`;
}

/** Takes the step once the input is valid: the address's limit first, then the command. */
async function takeStep(
  c: Ctx,
  target: { found: TrackedCase; given: { page: PageProof; proof: CitizenProof } },
  input: HandlingInput,
  thanks: string,
  attachment?: Attachment,
) {
  const db = c.get('deps').db;
  const now = new Date();
  if (!(await takeRateSlot(db.kysely, CITIZEN_STEP_LIMIT, clientIp(c), now))) {
    const m = intakeMessages[c.get('lang')];
    return renderPage(c, m.tooManyStepsTitle, <p class="alert">{m.tooManyStepsBody}</p>, 429);
  }
  const { found, given } = target;
  const actor = { kind: 'citizen' as const, proof: given.proof };
  const result = await handleCase(db, found.tracking_code, input, actor, now, attachment);
  if (!result.ok) {
    if (result.error === 'not-found') return trackUnknownPage(c, true);
    // The key was replaced or the pass ran out since the page was opened.
    if (result.error === 'proof-refused') return proofRefusedPage(c, found.tracking_code);
    // Someone (the office, or another tap of this form) moved the case since the page was read.
    return trackConflictPage(c, found.tracking_code);
  }
  return c.redirect(afterStep(found, given.page, thanks), 303);
}

const refill = (
  c: Ctx,
  target: { found: TrackedCase; given: { page: PageProof } },
  forms: TrackForms,
  status: 413 | 422 = 422,
) => renderTrackedCase(c, target.found, forms, status, { proof: target.given.page });

/** POST /track/:code/reply — the citizen answers the office's question; the clock runs again. */
async function postReply(c: Ctx) {
  const form = await c.req.parseBody();
  const target = await provenCase(c, 'citizen_replies', form);
  if (target.refusal) return target.refusal;
  const value = str(form.reply);
  const parsed = handlingInputSchema.safeParse({ action: 'citizen_replies', reply: value });
  if (!parsed.success) return refill(c, target, { reply: { value, error: fieldError(parsed.error) } });
  return takeStep(c, target, parsed.data, 'reply');
}

/** POST /track/:code/feedback — Yes closes the case as resolved; No reopens it, with the comment for the office. */
async function postFeedback(c: Ctx) {
  const form = await c.req.parseBody();
  const target = await provenCase(c, 'confirm_resolved', form);
  if (target.refusal) return target.refusal;
  const resolved = str(form.resolved);
  const comment = str(form.comment);
  const checked = feedbackComment.safeParse(comment);
  const choiceError = resolved !== 'yes' && resolved !== 'no';
  if (choiceError || !checked.success) {
    const commentError = checked.success ? undefined : fieldError(checked.error);
    return refill(c, target, { feedback: { resolved, comment, choiceError, commentError } });
  }
  // The comment says what is still wrong; a "Yes" has nothing to act on, so the command takes none.
  const input: HandlingInput =
    resolved === 'yes' ? { action: 'confirm_resolved' } : { action: 'report_unresolved', note: checked.data };
  return takeStep(c, target, input, resolved === 'yes' ? 'resolved' : 'unresolved');
}

/** POST /track/:code/information — multipart: a note, a file (checked by its bytes), or both. */
async function postInformation(c: Ctx) {
  const form = await c.req.parseBody();
  const target = await provenCase(c, 'add_information', form);
  if (target.refusal) return target.refusal;
  const note = str(form.note);
  const parsed = handlingInputSchema.safeParse({ action: 'add_information', note });
  if (!parsed.success) return refill(c, target, { addInformation: { note, error: 'too-long' } });
  const file = form.file;
  let upload: { bytes: Uint8Array; type: Parameters<typeof storeScannedFile>[2] } | null = null;
  if (file instanceof File && (file.size > 0 || file.name !== '')) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = checkScannedFile(bytes, file.type, CITIZEN_FILE_MAX_BYTES);
    if (!checked.ok) {
      const status = checked.error === 'too-large' ? 413 : 422;
      return refill(c, target, { addInformation: { note, error: checked.error } }, status);
    }
    upload = { bytes, type: checked.value };
  }
  if (!upload && !(parsed.data.action === 'add_information' && parsed.data.note)) {
    return refill(c, target, { addInformation: { note, error: 'missing' } });
  }
  // The file is written first (a name nobody can guess) and removed again if the step is refused.
  const attachment: Attachment | undefined = upload
    ? {
        storedName: await storeScannedFile(CITIZEN_FILES_FOLDER, upload.bytes, upload.type),
        mediaType: upload.type,
        sizeBytes: upload.bytes.length,
      }
    : undefined;
  try {
    const res = await takeStep(c, target, parsed.data, 'information', attachment);
    if (attachment && res.status !== 303)
      await discardScannedFile(CITIZEN_FILES_FOLDER, attachment.storedName);
    return res;
  } catch (error) {
    if (attachment) await discardScannedFile(CITIZEN_FILES_FOLDER, attachment.storedName);
    throw error;
  }
}

/** POST /track/:code/withdraw — closes the case as withdrawn; the optional reason is for the office only. */
async function postWithdraw(c: Ctx) {
  const form = await c.req.parseBody();
  const target = await provenCase(c, 'withdraw', form);
  if (target.refusal) return target.refusal;
  const reason = str(form.reason);
  const parsed = handlingInputSchema.safeParse({ action: 'withdraw', reason });
  if (!parsed.success) return refill(c, target, { withdraw: { reason, error: 'too-long' } });
  return takeStep(c, target, parsed.data, 'withdrawn');
}

// A well-formed code no case has: the access walk only needs to be let in (a 404 is fine).
const EXAMPLE = { code: '1000000005' };

export const citizenStepsRoutes: RouteDef[] = (
  [
    ['reply', postReply],
    ['feedback', postFeedback],
    ['information', postInformation],
    ['withdraw', postWithdraw],
  ] as const
).map(([step, handler]) => ({
  method: 'POST',
  path: `/track/:code/${step}`,
  kind: 'page',
  access: 'public',
  example: EXAMPLE,
  handler,
}));
