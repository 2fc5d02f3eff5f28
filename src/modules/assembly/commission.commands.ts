// Command: the secretariat corrects a commission's names or marks it inactive.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { type Actor, appendAudit } from '../../platform/audit/audit.queries';
import { hasKhmerLetters } from '../../platform/i18n/commission-name';
import { fail, ok, type Result } from '../../platform/result';
import { findCommission, updateCommission } from './commission.queries';

const wellFormed = (s: string) => s.isWellFormed();

export const commissionEditSchema = z.object({
  nameEn: z.string().trim().min(1).max(300).refine(wellFormed),
  // A Khmer page, SMS or letter names the commission in Khmer: once edited, it has a Khmer name.
  nameKm: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .refine(wellFormed)
    .refine(hasKhmerLetters)
    .transform((s) => s.normalize('NFC')),
  active: z.boolean(),
});

export async function editCommission(
  db: Db,
  actor: Actor,
  code: string,
  input: z.infer<typeof commissionEditSchema>,
  now: Date,
): Promise<Result<{ code: string }, 'not-found'>> {
  return db.kysely.transaction().execute(async (trx) => {
    const before = await findCommission(trx, code);
    if (!before) return fail('not-found');
    const changes = { name_en: input.nameEn, name_km: input.nameKm, is_active: input.active ? 1 : 0 };
    await updateCommission(trx, code, { ...changes, updated_at: now.toISOString() });
    await appendAudit(trx, actor, {
      action: 'commission.edit',
      entityType: 'commission',
      entityId: code,
      before: { name_en: before.name_en, name_km: before.name_km, is_active: before.is_active },
      after: changes,
    });
    return ok({ code });
  });
}
