// An Assembly question's answer keeps who signed it and the signed letter's stored file when a ministry's
// office gave it (the secretariat's own record of an answer has neither), so the question's public page can
// show both without reading the ministry's table. Answers given before this are filled from ministry_answers.
import { type Kysely, type Migration, sql } from 'kysely';

const COLUMNS = ['answer_signer_name', 'answer_signer_post', 'answer_letter_name'] as const;
const FROM = {
  answer_signer_name: 'signer_name',
  answer_signer_post: 'signer_post',
  answer_letter_name: 'letter_name',
};

export const questionAnswerLetters: Migration = {
  async up(db: Kysely<unknown>) {
    for (const column of COLUMNS)
      await db.schema.alterTable('assembly_questions').addColumn(column, 'text').execute();
    for (const column of COLUMNS)
      await sql`update assembly_questions set ${sql.ref(column)} = (
          select ${sql.ref(`a.${FROM[column]}`)} from ministry_answers a
          where a.question_id = assembly_questions.id order by a.id limit 1)
        where answered_on is not null`.execute(db);
  },

  async down(db: Kysely<unknown>) {
    for (const column of COLUMNS)
      await db.schema.alterTable('assembly_questions').dropColumn(column).execute();
  },
};
