// Command: the secretariat assigns a complaint that came by SMS (CTZ / បណ្តឹង) to the Citizens' Office of the
// district it is about. Casework creates the case with the code the citizen already holds; this checks the
// district and its office and records what the complaint is about, in the same transaction.
import type { Db } from '../../db/connect';
import { appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { fail, ok } from '../../platform/result';
import { type AssignError, assignSmsComplaint } from '../casework';
import { citizensOfficeCode, DISTRICT_SERVICE_CATEGORY, OVERCHARGING_CATEGORY } from '../owso';
import { findCitizensOffice, findDistrict, insertComplaint } from './complaint.queries';

export async function assignSmsComplaintToDistrict(
  db: Db,
  id: number,
  districtCode: string,
  user: CurrentUser,
  now: Date,
) {
  const actor = { userId: user.id, label: user.username };
  let officeCode = '';
  return assignSmsComplaint(
    db,
    id,
    async ({ kind }) => {
      const district = /^\d{4}$/.test(districtCode) ? await findDistrict(db.kysely, districtCode) : undefined;
      if (!district?.parent_code) return fail<AssignError>('unknown-district');
      const office = await findCitizensOffice(db.kysely, citizensOfficeCode(district.code));
      if (!office) return fail<AssignError>('no-office');
      officeCode = office.code;
      return ok({
        office: office.code,
        category: kind === 'overcharging' ? OVERCHARGING_CATEGORY : DISTRICT_SERVICE_CATEGORY,
        province: district.parent_code,
        district: district.code,
      });
    },
    user,
    now,
    async (trx, caseId, { kind }) => {
      await insertComplaint(trx, {
        case_id: caseId,
        office_code: officeCode,
        kind,
        // An SMS names no catalogue service; the ombudsman sets it when the complaint is clear.
        service: 'other',
        about_place: districtCode,
        received_at: now.toISOString(),
      });
      // Codes only: never the complainant's number or words.
      await appendAudit(trx, actor, {
        action: 'citizens_office.complaint',
        entityType: 'case',
        entityId: caseId,
        after: { office: officeCode, kind, service: 'other', about: districtCode, channel: 'sms' },
      });
    },
  );
}
