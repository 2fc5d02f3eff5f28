// Commands of a ministry's office: the answer to an Assembly question or to a forwarded concern, with the
// signer and the signed letter, recorded in one transaction with the Assembly's or the case's own rows.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { requiredText } from '../../platform/input-text';
import { fail, ok, type Result } from '../../platform/result';
import { answerInputSchema, questionsToMinistry, recordAnswerIn } from '../assembly';
import { caseForwardedToMinistry, handleCase, worksInMinistry } from '../casework';
import { answersFor } from './ministry.policy';
import { insertMinistryAnswer, questionAnsweredBy } from './ministry.queries';

export const ministryAnswerSchema = z.object({
  answer: requiredText(10, 4000),
  signerName: requiredText(2, 200),
  signerPost: requiredText(2, 200),
});
export type MinistryAnswerInput = z.output<typeof ministryAnswerSchema>;

/** The signed letter, already checked by its bytes and stored. */
export interface Letter {
  storedName: string;
  mediaType: string;
  sizeBytes: number;
}

export type MinistryAnswerError = 'not-found' | 'already-answered' | 'not-open' | 'changed-meanwhile';

const actorOf = (user: CurrentUser) => ({ userId: user.id, label: user.username });

function answerRow(
  ministryCode: string,
  input: MinistryAnswerInput,
  letter: Letter,
  user: CurrentUser,
  now: Date,
) {
  return {
    ministry_code: ministryCode,
    answer: input.answer,
    signer_name: input.signerName,
    signer_post: input.signerPost,
    letter_name: letter.storedName,
    letter_type: letter.mediaType,
    letter_bytes: letter.sizeBytes,
    answered_on: phnomPenhDate(now),
    answered_at: now.toISOString(),
    answered_by: user.id,
  };
}

/**
 * The ministry answers the Assembly's question to its minister: the question's answer (written, today) is
 * recorded as the secretariat would record it — the public ranking counts it — with the ministry's own row.
 */
export async function answerQuestionForMinistry(
  db: Db,
  user: CurrentUser,
  ministryCode: string,
  questionId: number,
  input: MinistryAnswerInput,
  letter: Letter,
  now: Date,
): Promise<Result<{ onTime: boolean }, MinistryAnswerError>> {
  if (!answersFor(user, ministryCode)) return fail('not-found');
  return db.kysely.transaction().execute(async (trx) => {
    const mine = (await questionsToMinistry(trx, ministryCode)).find((q) => q.id === questionId);
    if (!mine) return fail('not-found');
    if (mine.answered_on || (await questionAnsweredBy(trx, ministryCode, questionId)))
      return fail('already-answered');
    const row = answerRow(ministryCode, input, letter, user, now);
    const recorded = await recordAnswerIn(
      trx,
      actorOf(user),
      questionId,
      answerInputSchema.parse({ kind: 'written', answeredOn: row.answered_on, summary: input.answer }),
      { signerName: input.signerName, signerPost: input.signerPost, letterName: letter.storedName },
    );
    if (!recorded.ok) return fail(recorded.error === 'not-found' ? 'not-found' : 'already-answered');
    const id = await insertMinistryAnswer(trx, { ...row, question_id: questionId, case_id: null });
    await appendAudit(trx, actorOf(user), {
      action: 'ministry.answer-question',
      entityType: 'ministry_answer',
      entityId: id,
      after: {
        ministry: ministryCode,
        question: questionId,
        answered_on: row.answered_on,
        letter: letter.mediaType,
      },
    });
    return ok(recorded.value);
  });
}

/**
 * The ministry answers a concern forwarded to it: the case's own answer step (timeline, the answer the case
 * shows, the citizen told on their channel through the outbox), the signed letter kept with the step, and
 * the ministry's row — all in the case's transaction.
 */
export async function answerCaseForMinistry(
  db: Db,
  user: CurrentUser,
  trackingCode: string,
  input: MinistryAnswerInput,
  letter: Letter,
  now: Date,
): Promise<Result<{ trackingCode: string }, MinistryAnswerError>> {
  const found = await caseForwardedToMinistry(db.kysely, trackingCode);
  if (!found || !worksInMinistry(user, found)) return fail('not-found');
  const ministryCode = found.ministry_code as string;
  const signedBy = `${input.signerName}, ${input.signerPost}`;
  const result = await handleCase(
    db,
    trackingCode,
    { action: 'answer', answer: input.answer, signedBy },
    { kind: 'staff', user },
    now,
    letter,
    async (trx, caseId) => {
      await insertMinistryAnswer(trx, {
        ...answerRow(ministryCode, input, letter, user, now),
        question_id: null,
        case_id: caseId,
      });
    },
  );
  if (result.ok) return ok({ trackingCode: result.value.trackingCode });
  if (result.error === 'not-allowed-now') return fail('not-open');
  if (result.error === 'changed-meanwhile') return fail('changed-meanwhile');
  return fail('not-found');
}
