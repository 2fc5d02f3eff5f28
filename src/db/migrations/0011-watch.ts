// Parliamentary watch: platform promises with indicators and yearly assessments, joint statements and
// their signatories, watchdogs' sourced notes on MPs.
// (A stub until its module's tables land; kept in the list so the numbering is fixed.)
import type { Kysely, Migration } from 'kysely';

export const watch: Migration = {
  async up(_db: Kysely<unknown>) {},
  async down(_db: Kysely<unknown>) {},
};
