// Command: the holding office completes a concern that came in without its category or place (an SMS
// lands as "other", with no district or commune) — category, district and commune, the search text
// rebuilt from them, the audit row and the form's one-time token, in one transaction.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { actorOf, appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { TokenAlreadyUsed } from '../../platform/http/form-tokens';
import { useFormToken } from '../../platform/http/form-tokens.queries';
import { fail, ok, type Result } from '../../platform/result';
import { buildCaseSearchText } from '../../platform/search/search-text';
import { checkPlaceChain, findPlaces } from '../places';
import { findCategory, insertEvent } from './case.queries';
import { COMPLETE_EVENT, FINAL_STATUSES } from './case.rules';
import { isCitizensOfficeCode, maySeeCase, worksInOffice } from './casework.policy';
import { findCaseByCode, updateCaseIfStatus } from './handling.queries';

/** What the form sends: a category code and a commune (its district is the commune code's first four digits). */
export const completionInputSchema = z.object({
  category: z.string().trim().min(1, 'required').max(40),
  commune: z
    .string()
    .trim()
    .min(1, 'required')
    .regex(/^\d{6}$/, 'invalid'),
});
export type CompletionInput = z.output<typeof completionInputSchema>;

export type CompletionError =
  | 'not-found'
  | 'not-yours'
  | 'a-complaint'
  | 'case-closed'
  | 'changed-meanwhile'
  | 'unknown-category'
  | 'unknown-commune';

/**
 * Sets the case's category and place. Staff who cannot see the case get `not-found` (as if it did not
 * exist); only the holding office completes it, and only while it is open. The commune must lie in the
 * case's province: the office holding it is the province's, so the province itself never changes here.
 */
export async function completeConcern(
  db: Db,
  trackingCode: string,
  input: CompletionInput,
  user: CurrentUser,
  form: { tokenHash: string; contentHash: string },
  now: Date,
): Promise<Result<{ trackingCode: string }, CompletionError>> {
  const nowIso = now.toISOString();
  return db.kysely.transaction().execute(async (trx) => {
    const row = await findCaseByCode(trx, trackingCode);
    if (!row || !maySeeCase(user, row)) return fail('not-found');
    if (!worksInOffice(user, row)) return fail('not-yours');
    // A complaint's commune and service are the Citizens' Office's to set, with the complaint's own record
    // (citizens-office: what the complaint is about); here its district could move out of its office.
    if (isCitizensOfficeCode(row.office_code)) return fail('a-complaint');
    if (FINAL_STATUSES.includes(row.status)) return fail('case-closed');
    const category = await findCategory(trx, input.category);
    if (category?.is_active !== 1) return fail('unknown-category');
    const district = input.commune.slice(0, 4);
    const chain = { province: row.province_code, district, commune: input.commune };
    if ((await checkPlaceChain(trx, chain)) !== 'ok') return fail('unknown-commune');
    const places = await findPlaces(trx, [chain.province, district, input.commune]);
    // Rebuilt as submitConcern builds it: the names and filter words follow the new values, so the
    // queue's search and filters find the case by its category and place.
    const searchText = buildCaseSearchText(row.description, category, places, {
      office: row.office_code,
      category: category.code,
      district,
      commune: input.commune,
      channel: row.channel,
    });
    const moved = await updateCaseIfStatus(trx, row.id, row.status, {
      category_code: category.code,
      district_code: district,
      commune_code: input.commune,
      search_text: searchText,
      updated_at: nowIso,
    });
    if (!moved) return fail('changed-meanwhile');
    // The staff timeline says who completed it and when; the status does not change, and the public
    // timelines leave the step out (it says nothing to the citizen).
    const sealedEvent = await insertEvent(trx, {
      case_id: row.id,
      at: nowIso,
      action: COMPLETE_EVENT,
      actor_kind: 'office',
      actor_user_id: user.id,
      from_status: row.status,
      to_status: row.status,
      public_note: null,
      internal_note: null,
    });
    // Codes only: what was changed, never the concern's words.
    await appendAudit(trx, actorOf(user), {
      action: 'case.complete',
      entityType: 'case',
      entityId: row.id,
      before: { category: row.category_code, district: row.district_code, commune: row.commune_code },
      after: { category: category.code, district, commune: input.commune },
      sealed: [sealedEvent],
    });
    if (
      !(await useFormToken(trx, form.tokenHash, { caseId: row.id, contentHash: form.contentHash }, nowIso))
    ) {
      throw new TokenAlreadyUsed();
    }
    return ok({ trackingCode: row.tracking_code });
  });
}
