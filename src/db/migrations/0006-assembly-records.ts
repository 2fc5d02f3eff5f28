// The Assembly's business as the secretariat records it: legislatures, parties, people and their
// memberships, posts (President, Vice-Presidents, commission posts), sessions, sittings with
// attendance, and vote events with each member's vote. Questions and laws come in 0007.
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from '../schema-helpers';

export const assemblyRecords: Migration = {
  async up(db: Kysely<unknown>) {
    // A legislature (mandate): five years, ending the day the next Assembly convenes (Art. 78.1).
    await withIdColumn(db, db.schema.createTable('assembly_legislatures'))
      .addColumn('number', 'integer', (c) => c.notNull().unique())
      .addColumn('seats', 'integer', (c) => c.notNull())
      .addColumn('elected_on', 'text', (c) => c.notNull())
      .addColumn('convened_on', 'text')
      .addColumn('ends_on', 'text')
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await withIdColumn(db, db.schema.createTable('assembly_parties'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('name_km', 'text', (c) => c.notNull())
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    // People who hold or held a seat (public office holders, not citizens who wrote to an office).
    await withIdColumn(db, db.schema.createTable('assembly_persons'))
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('name_km', 'text', (c) => c.notNull())
      .addColumn('gender', 'text')
      .addColumn('birth_date', 'text')
      .addColumn('khmer_by_birth', 'integer', (c) => c.notNull())
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    // A seat held in one legislature, for one constituency (province) and party.
    await withIdColumn(db, db.schema.createTable('assembly_memberships'))
      .addColumn('person_id', 'integer', (c) => c.notNull().references('assembly_persons.id'))
      .addColumn('legislature_id', 'integer', (c) => c.notNull().references('assembly_legislatures.id'))
      .addColumn('province_code', 'text', (c) => c.notNull().references('places.code'))
      .addColumn('party_id', 'integer', (c) => c.references('assembly_parties.id'))
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text')
      // Why the seat fell vacant (death, resignation, …), a code the pages translate.
      .addColumn('end_reason', 'text')
      // A replacement (Art. 95) names the membership whose seat it fills.
      .addColumn('replaces_membership_id', 'integer', (c) => c.references('assembly_memberships.id'))
      // A member in the government keeps the seat but holds no committee or commission post (Art. 79).
      .addColumn('government_post', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('assembly_memberships_legislature_idx')
      .on('assembly_memberships')
      .columns(['legislature_id', 'province_code'])
      .execute();
    await db.schema
      .createIndex('assembly_memberships_person_idx')
      .on('assembly_memberships')
      .columns(['person_id'])
      .execute();

    // President, Vice-President, and commission posts; the Permanent Standing Committee is derived (Art. 84.2).
    await withIdColumn(db, db.schema.createTable('assembly_posts'))
      .addColumn('membership_id', 'integer', (c) => c.notNull().references('assembly_memberships.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('commission_code', 'text', (c) => c.references('commissions.code'))
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text')
      .execute();
    await db.schema
      .createIndex('assembly_posts_membership_idx')
      .on('assembly_posts')
      .columns(['membership_id'])
      .execute();

    // Ordinary (twice a year, at least 3 months) or extraordinary sessions (Art. 83).
    await withIdColumn(db, db.schema.createTable('assembly_sessions'))
      .addColumn('legislature_id', 'integer', (c) => c.notNull().references('assembly_legislatures.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('opens_on', 'text', (c) => c.notNull())
      .addColumn('closes_on', 'text', (c) => c.notNull())
      // An extraordinary session's requester: king | prime_minister | members (with their number).
      .addColumn('requested_by', 'text')
      .addColumn('requesting_members', 'integer')
      .addColumn('agenda_en', 'text')
      .addColumn('agenda_km', 'text')
      .addColumn('published_on', 'text')
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await withIdColumn(db, db.schema.createTable('assembly_sittings'))
      .addColumn('session_id', 'integer', (c) => c.notNull().references('assembly_sessions.id'))
      .addColumn('sitting_on', 'text', (c) => c.notNull())
      .addColumn('starts_at', 'text')
      .addColumn('title_en', 'text', (c) => c.notNull())
      .addColumn('title_km', 'text', (c) => c.notNull())
      // The weekly day of questions and answers: no vote may be held (Art. 96.6).
      .addColumn('is_question_day', 'integer', (c) => c.notNull().defaultTo(0))
      // Closed at whose request (Art. 88.2); null when public.
      .addColumn('closed_at_request_of', 'text')
      .addColumn('closing_members', 'integer')
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('assembly_sittings_session_idx')
      .on('assembly_sittings')
      .columns(['session_id', 'sitting_on'])
      .execute();

    await db.schema
      .createTable('assembly_attendance')
      .addColumn('sitting_id', 'integer', (c) => c.notNull().references('assembly_sittings.id'))
      .addColumn('membership_id', 'integer', (c) => c.notNull().references('assembly_memberships.id'))
      .addColumn('present', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('assembly_attendance_pk', ['sitting_id', 'membership_id'])
      .execute();
    await db.schema
      .createIndex('assembly_attendance_membership_idx')
      .on('assembly_attendance')
      .columns(['membership_id'])
      .execute();

    // A vote on a matter (thresholds.rules.ts MATTERS); the rules decide the outcome and cite the article.
    await withIdColumn(db, db.schema.createTable('assembly_vote_events'))
      .addColumn('sitting_id', 'integer', (c) => c.notNull().references('assembly_sittings.id'))
      .addColumn('matter', 'text', (c) => c.notNull())
      .addColumn('title_en', 'text', (c) => c.notNull())
      .addColumn('title_km', 'text', (c) => c.notNull())
      // The bill voted on, if any (assembly_bills, migration 0007).
      .addColumn('bill_id', 'integer')
      .addColumn('members_total', 'integer', (c) => c.notNull())
      .addColumn('present_count', 'integer', (c) => c.notNull())
      .addColumn('yes_count', 'integer', (c) => c.notNull())
      .addColumn('no_count', 'integer', (c) => c.notNull())
      .addColumn('abstain_count', 'integer', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('required', 'integer', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('article', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('assembly_vote_events_sitting_idx')
      .on('assembly_vote_events')
      .columns(['sitting_id'])
      .execute();

    // Each member's vote, when the vote was recorded by name (otherwise only the counts).
    await db.schema
      .createTable('assembly_votes')
      .addColumn('vote_event_id', 'integer', (c) => c.notNull().references('assembly_vote_events.id'))
      .addColumn('membership_id', 'integer', (c) => c.notNull().references('assembly_memberships.id'))
      .addColumn('option', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('assembly_votes_pk', ['vote_event_id', 'membership_id'])
      .execute();
    await db.schema
      .createIndex('assembly_votes_membership_idx')
      .on('assembly_votes')
      .columns(['membership_id'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'assembly_votes',
      'assembly_vote_events',
      'assembly_attendance',
      'assembly_sittings',
      'assembly_sessions',
      'assembly_posts',
      'assembly_memberships',
      'assembly_persons',
      'assembly_parties',
      'assembly_legislatures',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
