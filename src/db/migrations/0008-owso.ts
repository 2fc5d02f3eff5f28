// One Window Service Offices: catalogue with fee history, offices and rollout, applications, hash-chained receipts.
// (A stub until its module's tables land; kept in the list so the numbering is fixed.)
import type { Kysely, Migration } from 'kysely';

export const owso: Migration = {
  async up(_db: Kysely<unknown>) {},
  async down(_db: Kysely<unknown>) {},
};
