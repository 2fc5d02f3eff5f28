// GET /api/commissions: the Assembly's commissions as JSON, each field named.
import { z } from 'zod';
import type { Ctx } from '../../platform/http/types';
import { commissionName } from '../../platform/i18n/commission-name';
import { listCommissions } from './commission.queries';
import type { Commission } from './commission.table';

export const commissionJson = z.object({
  code: z.string(),
  name: z.object({
    en: z.string(),
    km: z
      .string()
      .describe(
        'The name in Khmer; until the secretariat records it, the Khmer number that Khmer pages show (C01 → គណៈកម្មការទី១).',
      ),
    km_is_fallback: z
      .boolean()
      .describe('True when `km` is the Khmer number standing in for a Khmer name not yet recorded.'),
  }),
  active: z.boolean(),
  source: z.string().nullable(),
});

export function presentCommission(row: Commission): z.infer<typeof commissionJson> {
  return {
    code: row.code,
    name: {
      en: row.name_en,
      km: commissionName('km', row),
      km_is_fallback: !row.name_km?.trim(),
    },
    active: row.is_active === 1,
    source: row.source,
  };
}

export async function commissionsApi(c: Ctx) {
  const rows = await listCommissions(c.get('deps').db.kysely);
  return c.json({ commissions: rows.map(presentCommission) });
}
