// The director keeps the office's address, hours and contacts shown on its public page.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { actorOf, appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { requiredText } from '../../platform/input-text';
import { fail, ok, type Result } from '../../platform/result';
import { directs } from './constituency.policy';
import { officeDetails, upsertOfficeDetails } from './missions.queries';

export const detailsInputSchema = z.object({
  office: z.string().trim().min(1).max(20),
  addressKm: requiredText(5, 500),
  addressEn: requiredText(5, 500),
  hoursKm: requiredText(3, 300),
  hoursEn: requiredText(3, 300),
  phone: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^\+?[0-9][0-9 ()-]{5,19}$/, 'invalid'),
    ])
    .transform((s) => s || null),
  email: z.union([z.literal(''), z.email('invalid').max(200)]).transform((s) => s || null),
});
export type DetailsInput = z.output<typeof detailsInputSchema>;

/** Saves the details (insert or replace), audited with the old values. */
export async function saveOfficeDetails(
  db: Db,
  input: DetailsInput,
  user: CurrentUser,
  now: Date,
): Promise<Result<null, 'not-your-office'>> {
  if (!directs(user, input.office)) return fail('not-your-office');
  const actor = actorOf(user);
  const row = {
    address_km: input.addressKm,
    address_en: input.addressEn,
    hours_km: input.hoursKm,
    hours_en: input.hoursEn,
    phone: input.phone,
    email: input.email,
    updated_at: now.toISOString(),
  };
  await db.kysely.transaction().execute(async (trx) => {
    const before = await officeDetails(trx, input.office);
    await upsertOfficeDetails(trx, input.office, row);
    await appendAudit(trx, actor, {
      action: 'co-office-details-saved',
      entityType: 'co_office',
      entityId: input.office,
      before,
      after: row,
    });
  });
  return ok(null);
}
