// Loads the default concern categories and service standards into an empty database, audited.
import type { Db } from '../../db/connect';
import { appendAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { hasCategories, insertCategories, insertServiceStandards } from './case.queries';
import { DEFAULT_CATEGORIES, DEFAULT_SERVICE_STANDARDS } from './categories';

export async function loadCaseworkDefaults(db: Db, now: Date): Promise<boolean> {
  if (await hasCategories(db.kysely)) return false;
  await db.kysely.transaction().execute(async (trx) => {
    await insertCategories(
      trx,
      DEFAULT_CATEGORIES.map((c, i) => ({ ...c, sort_order: i + 1 })),
    );
    await insertServiceStandards(
      trx,
      DEFAULT_SERVICE_STANDARDS.map((s) => ({ ...s, updated_at: now.toISOString() })),
    );
    await appendAudit(trx, SYSTEM_ACTOR, {
      action: 'reference.load',
      entityType: 'casework_defaults',
      entityId: 'categories',
      after: { categories: DEFAULT_CATEGORIES.length, serviceStandards: DEFAULT_SERVICE_STANDARDS },
    });
  });
  return true;
}
