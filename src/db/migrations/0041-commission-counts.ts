// The counts at the top of a commission's queue (new, waiting, overdue) read from indexes alone: the
// overdue count walked every case ever forwarded to the commission (30,000 of a million, 160 ms), and
// each count read the case rows to check they were forwarded to a commission (destination_kind).
import type { Kysely, Migration } from 'kysely';

const INDEXES: [name: string, columns: string[]][] = [
  ['cases_commission_due_idx', ['commission_code', 'destination_kind', 'due_date']],
  ['cases_commission_status_idx', ['commission_code', 'destination_kind', 'status']],
];

export const commissionCounts: Migration = {
  async up(db: Kysely<unknown>) {
    for (const [name, columns] of INDEXES) {
      await db.schema.createIndex(name).on('cases').columns(columns).execute();
    }
  },
  async down(db: Kysely<unknown>) {
    for (const [name] of INDEXES) await db.schema.dropIndex(name).execute();
  },
};
