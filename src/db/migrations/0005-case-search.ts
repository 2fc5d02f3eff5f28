// Full-text search over cases.search_text (FTS5 on SQLite, a GIN index on PostgreSQL) and the indexes
// the director's queue filters read.
import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres } from '../schema-helpers';

// The queue lists an office's newest cases with one filter at a time; each of these lets the database
// walk that filter's cases newest first and stop at the page's end instead of sorting them all.
const QUEUE_INDEXES: [name: string, column: string][] = [
  ['cases_office_category_idx', 'category_code'],
  ['cases_office_district_idx', 'district_code'],
  ['cases_office_commune_idx', 'commune_code'],
  ['cases_office_channel_idx', 'channel'],
];

export const caseSearch: Migration = {
  async up(db: Kysely<unknown>) {
    for (const [name, column] of QUEUE_INDEXES) {
      await db.schema
        .createIndex(name)
        .on('cases')
        .columns(['office_code', column, 'submitted_at'])
        .execute();
    }
    // The commission's queue, newest first, filtered by status as it is read.
    await db.schema
      .createIndex('cases_commission_time_idx')
      .on('cases')
      .columns(['commission_code', 'submitted_at'])
      .execute();
    if (isPostgres(db)) {
      // The 'simple' configuration neither stems nor drops stop words: right for Khmer, whose words
      // search_text already separates with spaces; the default parser keeps a Khmer word whole.
      await sql`create index cases_search_idx on cases using gin (to_tsvector('simple', search_text))`.execute(
        db,
      );
      return;
    }
    // An external-content FTS5 table: the index only, the text stays in cases. search_text is already
    // normalised (accents dropped, lower case), so the tokenizer must not fold it any further. Khmer
    // vowel signs and the coeng are combining marks (M*), which unicode61 would otherwise treat as
    // separators, cutting every Khmer word into single consonants.
    // Prefix indexes of 2 to 6 characters (most Khmer words' length): a search matches the start of a
    // word (ខូច finds ខូចខាត), and without them FTS5 merges the lists of every word with that start
    // before it can return the newest match (20 ms instead of 0.3 ms on a million cases).
    await sql`create virtual table cases_fts using fts5(
      search_text, content='cases', content_rowid='id',
      tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'", prefix='2 3 4 5 6'
    )`.execute(db);
    await sql`create trigger cases_fts_insert after insert on cases begin
      insert into cases_fts(rowid, search_text) values (new.id, new.search_text);
    end`.execute(db);
    await sql`create trigger cases_fts_delete after delete on cases begin
      insert into cases_fts(cases_fts, rowid, search_text) values ('delete', old.id, old.search_text);
    end`.execute(db);
    await sql`create trigger cases_fts_update after update of search_text on cases begin
      insert into cases_fts(cases_fts, rowid, search_text) values ('delete', old.id, old.search_text);
      insert into cases_fts(rowid, search_text) values (new.id, new.search_text);
    end`.execute(db);
    // Cases recorded before this migration.
    await sql`insert into cases_fts(cases_fts) values ('rebuild')`.execute(db);
  },

  async down(db: Kysely<unknown>) {
    if (isPostgres(db)) {
      await sql`drop index cases_search_idx`.execute(db);
    } else {
      for (const trigger of ['cases_fts_update', 'cases_fts_delete', 'cases_fts_insert']) {
        await sql`drop trigger ${sql.id(trigger)}`.execute(db);
      }
      await sql`drop table cases_fts`.execute(db);
    }
    await db.schema.dropIndex('cases_commission_time_idx').execute();
    for (const [name] of QUEUE_INDEXES) await db.schema.dropIndex(name).execute();
  },
};
