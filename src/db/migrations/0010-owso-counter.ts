// One Window Service Offices, part two: applications at the counter, hash-chained receipts per office,
// cancellations and citizens' ratings.
// (A stub until its module's tables land; kept in the list so the numbering is fixed.)
import type { Kysely, Migration } from 'kysely';

export const owsoCounter: Migration = {
  async up(_db: Kysely<unknown>) {},
  async down(_db: Kysely<unknown>) {},
};
