// Loads the Assembly's commissions from the reference list into an empty table, audited.
import fs from 'node:fs';
import type { Db } from '../../db/connect';
import { appendAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { parseCsv } from '../../platform/csv';
import { countCommissions, insertCommissions } from './commission.queries';

const FILE = new URL('../../../data/national_assembly/commissions_5th_legislature_2014.csv', import.meta.url);

/**
 * The list is the 2014 press report (English names only); it is a starting point the secretariat
 * edits, so it is loaded once and never overwritten. Chairs are not loaded: they change.
 */
export async function loadCommissions(db: Db, now: Date): Promise<{ loaded: boolean; commissions: number }> {
  const existing = await countCommissions(db.kysely);
  if (existing > 0) return { loaded: false, commissions: existing };
  const rows = parseCsv(fs.readFileSync(FILE, 'utf8')).map((r, i) => ({
    code: `C${String(i + 1).padStart(2, '0')}`,
    name_en: r.name_en_as_reported.charAt(0).toUpperCase() + r.name_en_as_reported.slice(1),
    name_km: null,
    source: r.source,
    is_active: 1,
    updated_at: now.toISOString(),
  }));
  await db.kysely.transaction().execute(async (trx) => {
    await insertCommissions(trx, rows);
    await appendAudit(trx, SYSTEM_ACTOR, {
      action: 'reference.load',
      entityType: 'commissions',
      entityId: 'national_assembly',
      after: { commissions: rows.length },
    });
  });
  return { loaded: true, commissions: rows.length };
}
