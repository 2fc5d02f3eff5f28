// Command: the ombudsman of the holding Citizens' Office sets or corrects what a complaint is about — the
// service (an SMS complaint comes as "other") and, when it names only the district, the commune whose office
// it is — with an audit row of codes (before and after), in one transaction.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { actorOf, appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { fail, ok, type Result } from '../../platform/result';
import { childrenOf } from '../places';
import { worksAtCitizensOffice } from './citizens-office.policy';
import { findCitizensOffice, findComplaintByCode, updateComplaintAbout } from './complaint.queries';
import { isComplaintService } from './complaint-services.service';

/** What the form sends. Error messages are codes the page translates. */
export const complaintAboutSchema = z.object({
  service: z.string().trim().min(1, 'required').max(40),
  commune: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^\d{6}$/, 'invalid'),
    ])
    .optional()
    .transform((s) => s || null),
});
export type ComplaintAboutInput = z.output<typeof complaintAboutSchema>;

export type ComplaintAboutError = 'not-found' | 'unknown-service' | 'unknown-commune' | 'commune-already-set';

/** A complaint names a commune when its place is one (6 digits); else only its district's own office. */
export const namesCommune = (aboutPlace: string) => aboutPlace.length === 6;

export async function setComplaintAbout(
  db: Db,
  trackingCode: string,
  input: ComplaintAboutInput,
  user: CurrentUser,
  now: Date,
): Promise<Result<{ trackingCode: string }, ComplaintAboutError>> {
  return db.kysely.transaction().execute(async (trx) => {
    const complaint = await findComplaintByCode(trx, trackingCode);
    // Another office's complaint is not there for this user, as on the case page.
    if (!complaint || !worksAtCitizensOffice(user, complaint.office_code)) return fail('not-found');
    if (!(await isComplaintService(trx, input.service, now))) return fail('unknown-service');
    let aboutPlace = complaint.about_place;
    if (input.commune && input.commune !== complaint.about_place) {
      // Only a missing commune is filled in: a commune the citizen named is theirs to say.
      if (namesCommune(complaint.about_place)) return fail('commune-already-set');
      const office = await findCitizensOffice(trx, complaint.office_code);
      const communes = office ? await childrenOf(trx, office.place_code) : [];
      if (!communes.some((p) => p.code === input.commune && p.level === 'commune'))
        return fail('unknown-commune');
      aboutPlace = input.commune;
    }
    await updateComplaintAbout(trx, complaint.case_id, { service: input.service, about_place: aboutPlace });
    // Codes only: what was changed, never the complaint's words or the complainant.
    await appendAudit(trx, actorOf(user), {
      action: 'citizens_office.complaint.about',
      entityType: 'case',
      entityId: complaint.case_id,
      before: { service: complaint.service, about: complaint.about_place },
      after: { service: input.service, about: aboutPlace },
    });
    return ok({ trackingCode: complaint.tracking_code });
  });
}
