// Whether a concern's first answer came within the service standard that was running when it was given.
// The due date is cleared once a case is answered, so the national view could not tell on time from late
// afterwards; the answer step records it. Cases answered before this migration keep null ("not recorded").
import type { Kysely, Migration } from 'kysely';

export const answerTimeliness: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('cases').addColumn('first_answer_on_time', 'integer').execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('cases').dropColumn('first_answer_on_time').execute();
  },
};
