// The Popolo id a roster import gave each member, seat and post, so that importing the roster again updates
// those rows in place instead of adding them twice. Rows made in Sala have none: their id is "person/<id>".
import type { Kysely, Migration } from 'kysely';

const TABLES = ['assembly_persons', 'assembly_memberships', 'assembly_posts'] as const;

export const rosterPopoloIds: Migration = {
  async up(db: Kysely<unknown>) {
    for (const table of TABLES) {
      await db.schema.alterTable(table).addColumn('popolo_id', 'text').execute();
      await db.schema.createIndex(`${table}_popolo_id_uq`).on(table).column('popolo_id').unique().execute();
    }
  },

  async down(db: Kysely<unknown>) {
    for (const table of TABLES) {
      await db.schema.dropIndex(`${table}_popolo_id_uq`).execute();
      await db.schema.alterTable(table).dropColumn('popolo_id').execute();
    }
  },
};
