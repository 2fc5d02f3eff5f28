// Commands of questions to the government (Art. 96): the secretariat records a question and its answer.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { type Actor, appendAudit } from '../../platform/audit/audit.queries';
import { rowId } from '../../platform/http/path-params';
import { calendarDay, text } from '../../platform/input-text';
import { fail, ok, type Result } from '../../platform/result';
import { questionDueDate } from './procedure/dates.rules';
import {
  answerQuestion,
  findQuestion,
  insertQuestion,
  membershipOn,
  ministriesExist,
} from './questions-laws.queries';
import { ANSWER_KINDS } from './questions-laws.table';

const day = calendarDay('invalid-date');
const id = rowId('invalid');

export const questionInputSchema = z.object({
  membershipId: id,
  receivedOn: day,
  ministries: z.array(z.string().trim().min(1).max(40)).min(1, 'required').max(30),
  ministerNames: z.array(text(200)).max(30).default([]),
  subject: text(300).pipe(z.string().min(1, 'required')),
  body: text(8000).pipe(z.string().min(1, 'required')),
});
export type QuestionInput = z.output<typeof questionInputSchema>;

export const answerInputSchema = z.object({
  kind: z.enum(ANSWER_KINDS, 'required'),
  answeredOn: day,
  summary: text(4000).pipe(z.string().min(1, 'required')),
  debateOpened: z.boolean().default(false),
});
export type AnswerInput = z.output<typeof answerInputSchema>;

export type QuestionError = 'date-out-of-range' | 'not-a-member-that-day' | 'unknown-ministry';
export type AnswerError = 'not-found' | 'already-answered' | 'answer-before-question' | 'debate-needs-oral';

/** A ministry's own answer: the official who signed it and the signed letter's stored file (QUESTION_LETTERS_FOLDER). */
export interface SignedAnswer {
  signerName: string;
  signerPost: string;
  letterName: string;
}

/** Where the letters a ministry signed to answer the Assembly's questions are kept, under SALA_DATA_DIR. */
export const QUESTION_LETTERS_FOLDER = 'ministry-letters';

export async function recordQuestion(
  db: Db,
  actor: Actor,
  input: QuestionInput,
  now: Date,
): Promise<Result<{ id: number; dueOn: string }, QuestionError>> {
  const due = questionDueDate(input.receivedOn);
  // The schema let only real calendar dates through; one outside the years Sala handles is refused here.
  if (!due.ok) return fail('date-out-of-range');
  const codes = [...new Set(input.ministries)];
  return db.kysely.transaction().execute(async (trx) => {
    const seat = await membershipOn(trx, input.membershipId, input.receivedOn);
    if (!seat) return fail('not-a-member-that-day');
    if (!(await ministriesExist(trx, codes))) return fail('unknown-ministry');
    const questionId = await insertQuestion(
      trx,
      {
        legislature_id: seat.legislature_id,
        membership_id: seat.id,
        received_on: input.receivedOn,
        due_on: due.value.on,
        subject: input.subject,
        body: input.body,
        answer_kind: null,
        answered_on: null,
        answer_summary: null,
        debate_opened: null,
        answer_signer_name: null,
        answer_signer_post: null,
        answer_letter_name: null,
        recorded_at: now.toISOString(),
      },
      codes.map((code, i) => ({ ministry_code: code, minister_name: input.ministerNames[i] || null })),
    );
    await appendAudit(trx, actor, {
      action: 'question.record',
      entityType: 'assembly_question',
      entityId: questionId,
      after: { membership: seat.id, received_on: input.receivedOn, due_on: due.value.on, ministries: codes },
    });
    return ok({ id: questionId, dueOn: due.value.on });
  });
}

export async function recordAnswer(
  db: Db,
  actor: Actor,
  questionId: number,
  input: AnswerInput,
): Promise<Result<{ onTime: boolean }, AnswerError>> {
  return db.kysely.transaction().execute((trx) => recordAnswerIn(trx, actor, questionId, input));
}

/**
 * The same, inside the caller's transaction (a ministry's office records its answer with its own rows, and
 * with it who signed the answer and the signed letter, which the question's public page shows).
 */
export async function recordAnswerIn(
  trx: Executor,
  actor: Actor,
  questionId: number,
  input: AnswerInput,
  signed?: SignedAnswer,
): Promise<Result<{ onTime: boolean }, AnswerError>> {
  if (input.debateOpened && input.kind !== 'oral') return fail('debate-needs-oral');
  {
    const question = await findQuestion(trx, questionId);
    if (!question) return fail('not-found');
    if (question.answered_on) return fail('already-answered');
    if (input.answeredOn < question.received_on) return fail('answer-before-question');
    const answer = {
      answer_kind: input.kind,
      answered_on: input.answeredOn,
      answer_summary: input.summary,
      debate_opened: input.kind === 'oral' ? (input.debateOpened ? 1 : 0) : null,
      answer_signer_name: signed?.signerName ?? null,
      answer_signer_post: signed?.signerPost ?? null,
      answer_letter_name: signed?.letterName ?? null,
    };
    const updated = await answerQuestion(trx, questionId, answer);
    // Another secretariat clerk recorded the answer between the read and this write.
    if (Number(updated.numUpdatedRows) !== 1) return fail('already-answered');
    await appendAudit(trx, actor, {
      action: 'question.answer',
      entityType: 'assembly_question',
      entityId: questionId,
      after: {
        kind: input.kind,
        answered_on: input.answeredOn,
        debate_opened: answer.debate_opened,
        signed: signed !== undefined,
      },
    });
    return ok({ onTime: input.answeredOn <= question.due_on });
  }
}
