// Command: the secretariat adds a ministry questions can be addressed to (audited).
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { type Actor, appendAudit } from '../../platform/audit/audit.queries';
import { hasKhmerLetters } from '../../platform/i18n/commission-name';
import { text } from '../../platform/input-text';
import { fail, ok, type Result } from '../../platform/result';
import { insertMinistry, ministriesExist } from './questions-laws.queries';

export const ministryInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{2,40}$/, 'invalid'),
  nameKm: text(300).pipe(z.string().min(1, 'required').refine(hasKhmerLetters, 'not-khmer')),
  nameEn: text(300).pipe(z.string().min(1, 'required')),
  isPrimeMinister: z.boolean(),
});

export async function addMinistry(
  db: Db,
  actor: Actor,
  input: z.output<typeof ministryInputSchema>,
): Promise<Result<{ code: string }, 'code-taken'>> {
  return db.kysely.transaction().execute(async (trx) => {
    if (await ministriesExist(trx, [input.code])) return fail('code-taken');
    const row = {
      code: input.code,
      name_km: input.nameKm,
      name_en: input.nameEn,
      is_prime_minister: input.isPrimeMinister ? 1 : 0,
    };
    await insertMinistry(trx, row);
    await appendAudit(trx, actor, {
      action: 'ministry.add',
      entityType: 'assembly_ministry',
      entityId: input.code,
      after: row,
    });
    return ok({ code: input.code });
  });
}
