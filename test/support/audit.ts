// Reading the audit trail in tests: where it stands now, and what was written since.
import type { Db } from '../../src/db/connect';

/** The newest audit row's id (0 when the trail is empty). */
export async function lastAuditId(db: Db): Promise<number> {
  const row = await db.kysely
    .selectFrom('audit_log')
    .select('id')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? 0;
}

/** The rows written after `afterId`, oldest first, with their summaries parsed. */
export async function auditSince(db: Db, afterId: number) {
  const rows = await db.kysely
    .selectFrom('audit_log')
    .select(['action', 'actor', 'entity_type', 'entity_id', 'summary'])
    .where('id', '>', afterId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, summary: JSON.parse(r.summary) as unknown }));
}
