// Statements on the ministries' answers (migration 0035).
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { MinistryAnswersTable } from './ministry.table';

export async function insertMinistryAnswer(
  db: Executor,
  row: Insertable<MinistryAnswersTable>,
): Promise<number> {
  const { id } = await db
    .insertInto('ministry_answers')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(id);
}

/** The ministry's own answers, to show who signed each. */
export function answersOfMinistry(db: Executor, ministryCode: string) {
  return db
    .selectFrom('ministry_answers')
    .select(['question_id', 'case_id', 'answer', 'signer_name', 'signer_post', 'answered_on'])
    .where('ministry_code', '=', ministryCode)
    .execute();
}

export async function questionAnsweredBy(db: Executor, ministryCode: string, questionId: number) {
  return db
    .selectFrom('ministry_answers')
    .select('id')
    .where('ministry_code', '=', ministryCode)
    .where('question_id', '=', questionId)
    .executeTakeFirst();
}
