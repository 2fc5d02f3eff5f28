// GET /api/commissions: the Assembly's commissions as JSON, each field named.
import { z } from 'zod';
import type { Ctx } from '../../platform/http/types';
import { listCommissions } from './commission.queries';
import type { Commission } from './commission.table';

export const commissionJson = z.object({
  code: z.string(),
  name: z.object({ en: z.string(), km: z.string().nullable() }),
  active: z.boolean(),
  source: z.string().nullable(),
});

export function presentCommission(row: Commission): z.infer<typeof commissionJson> {
  return {
    code: row.code,
    name: { en: row.name_en, km: row.name_km },
    active: row.is_active === 1,
    source: row.source,
  };
}

export async function commissionsApi(c: Ctx) {
  const rows = await listCommissions(c.get('deps').db.kysely);
  return c.json({ commissions: rows.map(presentCommission) });
}
