// Indexes that hold every value the MP comparison counts, so its grouped queries read only the index:
// attendance and votes per member (each replaces an index of the same leading column, so writes keep
// the same number of indexes), and on SQLite each office's concerns by days to a first answer.
import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres } from '../schema-helpers';

const REPLACED = [
  {
    table: 'assembly_attendance',
    name: 'assembly_attendance_membership_idx',
    oldColumns: ['membership_id'],
    columns: ['membership_id', 'sitting_id', 'present'],
  },
  {
    table: 'assembly_votes',
    name: 'assembly_votes_membership_idx',
    oldColumns: ['membership_id'],
    columns: ['membership_id', 'option', 'vote_event_id'],
  },
];

/**
 * Whole days from a case's receipt to its first answer, exactly as `daysToAnswer` in
 * modules/watch/indicators.service.ts writes it for SQLite: SQLite uses an index on an expression only for the
 * same expression, and then reads the stored value instead of parsing two dates per case. (PostgreSQL
 * cannot index it: a cast of text to date depends on settings, and it groups by hashing anyway.)
 */
const SQLITE_DAYS_TO_ANSWER =
  'cast(julianday(substr(first_answered_at, 1, 10)) - julianday(substr(submitted_at, 1, 10)) as integer)';

export const coveringIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    for (const index of REPLACED) {
      await db.schema.dropIndex(index.name).execute();
      await db.schema.createIndex(index.name).on(index.table).columns(index.columns).execute();
    }
    if (!isPostgres(db)) {
      await db.schema
        .createIndex('cases_office_answer_days_idx')
        .on('cases')
        .expression(sql.raw(`office_code, ${SQLITE_DAYS_TO_ANSWER}, submitted_at`))
        .execute();
    }
  },
  async down(db: Kysely<unknown>) {
    if (!isPostgres(db)) await db.schema.dropIndex('cases_office_answer_days_idx').execute();
    for (const index of REPLACED) {
      await db.schema.dropIndex(index.name).execute();
      await db.schema.createIndex(index.name).on(index.table).columns(index.oldColumns).execute();
    }
  },
};
