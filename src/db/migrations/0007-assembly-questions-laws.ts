// Questions to the government (Art. 96) and bills, amendments and laws (Art. 91–93).
// (A stub until its module's tables land; kept in the list so the numbering is fixed.)
import type { Kysely, Migration } from 'kysely';

export const assemblyQuestionsLaws: Migration = {
  async up(_db: Kysely<unknown>) {},
  async down(_db: Kysely<unknown>) {},
};
