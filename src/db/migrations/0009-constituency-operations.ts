// Constituency office operations: MPs' field missions, development plans, coordination with local authorities, budget and expenses.
// (A stub until its module's tables land; kept in the list so the numbering is fixed.)
import type { Kysely, Migration } from 'kysely';

export const constituencyOperations: Migration = {
  async up(_db: Kysely<unknown>) {},
  async down(_db: Kysely<unknown>) {},
};
