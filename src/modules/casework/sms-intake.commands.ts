// Command: the secretariat assigns an SMS concern of the national queue to a province's office. The case
// is created with the tracking code and private key the citizen already holds, in one transaction with
// the queue row's mark, so a concern assigned twice at once becomes one case.
import type { Db } from '../../db/connect';
import { appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import type { Lang } from '../../platform/i18n/i18n';
import { fail, ok, type Result } from '../../platform/result';
import { buildSearchText } from '../../platform/search/search-text';
import { checkPlaceChain, constituencyOfficeCode } from '../places';
import { findCategory } from './case.queries';
import { findSmsIntake, listWaitingSmsIntake, markSmsIntakeAssigned } from './incoming-sms.queries';
import { intakeWriter } from './intake-batch';

export type AssignError = 'not-found' | 'already-assigned' | 'unknown-province' | 'unknown-category';

/** Thrown inside the transaction when another secretary assigned the concern first: rolls the case back. */
class AssignedMeanwhile extends Error {}

/** The waiting SMS concerns, for the secretariat; the read of their words is audited (personal data). */
export async function readSmsQueueAudited(db: Db, user: CurrentUser) {
  return db.kysely.transaction().execute(async (trx) => {
    const rows = await listWaitingSmsIntake(trx);
    await appendAudit(
      trx,
      { userId: user.id, label: user.username },
      {
        action: 'sms_intake.read',
        entityType: 'sms_intake',
        entityId: 'queue',
        after: { rows: rows.length },
      },
    );
    return rows;
  });
}

export async function assignSmsConcern(
  db: Db,
  id: number,
  choice: { province: string; category: string },
  user: CurrentUser,
  now: Date,
): Promise<Result<{ trackingCode: string; officeCode: string }, AssignError>> {
  const row = await findSmsIntake(db.kysely, id);
  if (!row) return fail('not-found');
  if (row.case_id !== null) return fail('already-assigned');
  if ((await checkPlaceChain(db.kysely, { province: choice.province })) !== 'ok')
    return fail('unknown-province');
  if ((await findCategory(db.kysely, choice.category))?.is_active !== 1) return fail('unknown-category');
  const officeCode = constituencyOfficeCode(choice.province);
  const nowIso = now.toISOString();
  try {
    await intakeWriter(db).write({
      case: {
        office_code: officeCode,
        category_code: choice.category,
        description: row.text,
        province_code: choice.province,
        district_code: null,
        commune_code: null,
        channel: 'sms',
        confidential: 0,
        consent_to_share: 0,
        has_contact: 1,
        submitted_at: row.received_at,
        updated_at: nowIso,
        search_text: buildSearchText([row.text]),
      },
      lang: row.lang === 'en' ? 'en' : ('km' as Lang),
      today: phnomPenhDate(now),
      contact: { name: null, phone: row.phone, email: null, preferred_contact: 'sms' },
      actor: { userId: user.id, label: user.username },
      audit: { office: officeCode, category: choice.category, channel: 'sms', from_sms_queue: row.id },
      // The citizen was acknowledged when the SMS came, with this code and key.
      acknowledgement: null,
      citizenKey: '',
      reserved: { trackingCode: row.tracking_code, keyHash: row.key_hash },
      now,
      within: async (trx, created) => {
        const marked = await markSmsIntakeAssigned(trx, row.id, {
          case_id: created.id,
          assigned_at: nowIso,
          assigned_by: user.id,
        });
        if (!marked) throw new AssignedMeanwhile();
      },
    });
  } catch (err) {
    if (err instanceof AssignedMeanwhile) return fail('already-assigned');
    throw err;
  }
  return ok({ trackingCode: row.tracking_code, officeCode });
}
