// A complaint about a district's or commune's administration: a casework case held by the district's
// Citizens' Office, with what kind of complaint it is, about which office's service. No personal data here:
// the complainant's name and contacts stay in case_contacts.
import type { Kysely, Migration } from 'kysely';

export const citizensOfficeComplaints: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('citizens_office_complaints')
      .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
      .addColumn('office_code', 'text', (c) => c.notNull().references('offices.code'))
      .addColumn('kind', 'text', (c) => c.notNull())
      /** An OWSO catalogue service's code, or 'other'. */
      .addColumn('service', 'text', (c) => c.notNull())
      /** The district or commune whose office the complaint is about. */
      .addColumn('about_place', 'text', (c) => c.notNull().references('places.code'))
      .addColumn('received_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('citizens_office_complaints_office_idx')
      .on('citizens_office_complaints')
      .columns(['office_code', 'received_at'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('citizens_office_complaints').execute();
  },
};
