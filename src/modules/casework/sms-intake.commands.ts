// Command: the secretariat assigns an SMS concern of the national queue to a province's office. The case
// is created with the tracking code and private key the citizen already holds, in one transaction with
// the queue row's mark, so a concern assigned twice at once becomes one case.
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { appendAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { hashSecret } from '../../platform/auth/tokens';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import type { Lang } from '../../platform/i18n/i18n';
import { enqueueMessage } from '../../platform/outbox/outbox.queries';
import { fail, ok, type Result } from '../../platform/result';
import { buildSearchText } from '../../platform/search/search-text';
import { checkPlaceChain, constituencyOfficeCode } from '../places';
import { findCategory } from './case.queries';
import { auditRead } from './case-contacts.commands';
import { newCitizenKey } from './citizen-key.service';
import { findSmsIntake, listWaitingSmsIntake, markSmsIntakeAssigned } from './incoming-sms.queries';
import { readSmsIntent, type SmsComplaintKind } from './incoming-sms.rules';
import { intakeWriter } from './intake-batch.commands';

export type AssignError =
  | 'not-found'
  | 'already-assigned'
  | 'unknown-province'
  | 'unknown-category'
  | 'unknown-district'
  | 'no-office';

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

/** A queued SMS that is a complaint to the Citizens' Office: its kind and words; undefined for a concern. */
export function queuedComplaint(text: string): { kind: SmsComplaintKind; text: string } | undefined {
  const intent = readSmsIntent(text);
  return intent.kind === 'complaint' ? { kind: intent.complaint, text: intent.text } : undefined;
}

export async function assignSmsConcern(
  db: Db,
  id: number,
  choice: { province: string; category: string },
  user: CurrentUser,
  now: Date,
): Promise<Result<{ trackingCode: string; officeCode: string }, AssignError>> {
  const row = await findSmsIntake(db.kysely, id);
  if (!row || queuedComplaint(row.text)) return fail('not-found');
  if (row.case_id !== null) return fail('already-assigned');
  if ((await checkPlaceChain(db.kysely, { province: choice.province })) !== 'ok')
    return fail('unknown-province');
  if ((await findCategory(db.kysely, choice.category))?.is_active !== 1) return fail('unknown-category');
  return assignQueued(
    db,
    row,
    {
      office: constituencyOfficeCode(choice.province),
      category: choice.category,
      province: choice.province,
      district: null,
      description: row.text,
      confidential: false,
    },
    user,
    now,
  );
}

/** Where a queued complaint goes: the Citizens' Office's module checks the district and its office. */
export interface ComplaintTarget {
  office: string;
  category: string;
  province: string;
  district: string;
}

/**
 * Assigns a queued SMS complaint to a district's Citizens' Office (the citizens-office module's command
 * calls this): a confidential case, and `within` records what the complaint is about in its transaction.
 * The complaint's answer was one SMS part, without the private link: the case gets its key now, and the
 * link goes by SMS to the number that sent the complaint (only there), when the link starts to work.
 */
export async function assignSmsComplaint(
  db: Db,
  id: number,
  target: (complaint: { kind: SmsComplaintKind }) => Promise<Result<ComplaintTarget, AssignError>>,
  user: CurrentUser,
  now: Date,
  within: (trx: Executor, caseId: number, complaint: { kind: SmsComplaintKind }) => Promise<void>,
): Promise<Result<{ trackingCode: string; officeCode: string }, AssignError>> {
  const row = await findSmsIntake(db.kysely, id);
  const complaint = row && queuedComplaint(row.text);
  if (!row || !complaint) return fail('not-found');
  if (row.case_id !== null) return fail('already-assigned');
  const chosen = await target(complaint);
  if (!chosen.ok) return chosen;
  const citizenKey = newCitizenKey();
  return assignQueued(
    db,
    row,
    { ...chosen.value, description: complaint.text, confidential: true, keyHash: hashSecret(citizenKey) },
    user,
    now,
    async (trx, caseId) => {
      await within(trx, caseId, complaint);
      // The complainant's number is used to send them their link: a read of their contacts, audited as such.
      await auditRead(trx, SYSTEM_ACTOR, caseId, 'notify-citizen');
      await enqueueMessage(trx, {
        channel: 'sms',
        recipient: row.phone,
        template: 'sms_complaint_link',
        lang: row.lang === 'en' ? 'en' : 'km',
        payload: { trackingCode: row.tracking_code, key: citizenKey },
        caseId,
        now,
      });
    },
  );
}

type QueuedRow = NonNullable<Awaited<ReturnType<typeof findSmsIntake>>>;

async function assignQueued(
  db: Db,
  row: QueuedRow,
  to: {
    office: string;
    category: string;
    province: string;
    district: string | null;
    description: string;
    confidential: boolean;
    /** The case's own key, when the citizen was not given one with the code (an SMS complaint). */
    keyHash?: string;
  },
  user: CurrentUser,
  now: Date,
  within?: (trx: Executor, caseId: number) => Promise<void>,
): Promise<Result<{ trackingCode: string; officeCode: string }, AssignError>> {
  const officeCode = to.office;
  const nowIso = now.toISOString();
  try {
    await intakeWriter(db).write({
      case: {
        office_code: officeCode,
        category_code: to.category,
        description: to.description,
        province_code: to.province,
        district_code: to.district,
        commune_code: null,
        channel: 'sms',
        confidential: to.confidential ? 1 : 0,
        consent_to_share: 0,
        has_contact: 1,
        submitted_at: row.received_at,
        updated_at: nowIso,
        search_text: buildSearchText([to.description]),
      },
      lang: row.lang === 'en' ? 'en' : ('km' as Lang),
      today: phnomPenhDate(now),
      contact: { name: null, phone: row.phone, email: null, preferred_contact: 'sms' },
      actor: { userId: user.id, label: user.username },
      audit: { office: officeCode, category: to.category, channel: 'sms', from_sms_queue: row.id },
      // The citizen was acknowledged when the SMS came, with this code and key.
      acknowledgement: null,
      citizenKey: '',
      reserved: { trackingCode: row.tracking_code, keyHash: to.keyHash ?? row.key_hash },
      now,
      within: async (trx, created) => {
        const marked = await markSmsIntakeAssigned(trx, row.id, {
          case_id: created.id,
          assigned_at: nowIso,
          assigned_by: user.id,
        });
        if (!marked) throw new AssignedMeanwhile();
        await within?.(trx, created.id);
      },
    });
  } catch (err) {
    if (err instanceof AssignedMeanwhile) return fail('already-assigned');
    throw err;
  }
  return ok({ trackingCode: row.tracking_code, officeCode });
}
