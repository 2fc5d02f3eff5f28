// Audit checkpoints and the coverage of evidence rows by the audit chain (platform/audit).
// A checkpoint is the count and head hash of a chain (the audit trail, or one OWSO office's receipts) when it
// was taken; it is also appended to a file under SALA_DATA_DIR, so a deletion of the newest rows is seen
// even when these rows go too. Evidence rows written from now on are sealed by their audit row; the
// coverage table says from which key on each table's rows must have a seal: rows written before this
// migration are not backfilled (their audit rows carry no seal), so they are covered only by what the
// chains covered before.
import { type Kysely, type Migration, sql } from 'kysely';
import { withIdColumn } from '../schema-helpers';

/** The evidence tables, the key their audit rows name, and so the first key that must be sealed. */
const COVERED = [
  { table: 'owso_applications', key: 'id' },
  { table: 'owso_receipt_cancellations', key: 'receipt_id' },
  { table: 'case_events', key: 'id' },
  { table: 'co_expenses', key: 'id' },
] as const;

export const auditCheckpointsEvidence: Migration = {
  async up(db: Kysely<unknown>) {
    await withIdColumn(db, db.schema.createTable('audit_checkpoints'))
      .addColumn('chain', 'text', (c) => c.notNull())
      .addColumn('row_count', 'integer', (c) => c.notNull())
      .addColumn('last_id', 'integer')
      .addColumn('head_hash', 'text', (c) => c.notNull())
      .addColumn('taken_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('audit_checkpoints_chain_idx')
      .on('audit_checkpoints')
      .columns(['chain', 'id'])
      .execute();
    await db.schema
      .createTable('audit_evidence_coverage')
      .addColumn('table_name', 'text', (c) => c.primaryKey())
      .addColumn('key_column', 'text', (c) => c.notNull())
      .addColumn('covered_from', 'integer', (c) => c.notNull())
      .execute();
    for (const { table, key } of COVERED) {
      await sql`insert into audit_evidence_coverage (table_name, key_column, covered_from)
        select ${table}, ${key}, coalesce(max(${sql.ref(key)}), 0) + 1 from ${sql.table(table)}`.execute(db);
    }
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('audit_evidence_coverage').execute();
    await db.schema.dropTable('audit_checkpoints').execute();
  },
};
