// The services a complaint may be about: the OWSO catalogue's district and commune services (a province's are
// not a district office's), or 'other' when the citizen cannot name one (an SMS, a service not in the list).
import type { Executor } from '../../db/database';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { listServices } from '../owso';

export const OTHER_SERVICE = 'other';

/** The catalogue's services a district or commune office gives, in the catalogue's order. */
export async function complaintServices(db: Executor, now: Date) {
  const services = await listServices(db, [], phnomPenhDate(now));
  return services.filter((s) => s.level !== 'province');
}

/** Is this a service a complaint may name? */
export async function isComplaintService(db: Executor, code: string, now: Date): Promise<boolean> {
  if (code === OTHER_SERVICE) return true;
  return (await complaintServices(db, now)).some((s) => s.code === code);
}
