// Secretariat route: a complaint from the national SMS queue goes to a district's Citizens' Office.
import { pathId } from '../../platform/http/path-params';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { renderErrorPage } from '../../web/page';
import { smsQueuePage } from '../casework';
import { assignSmsComplaintToDistrict } from './sms-complaint.commands';

/** POST /secretariat/sms-concerns/:id/assign-citizens-office — the complaint becomes the district office's case. */
async function postAssign(c: Ctx) {
  const id = pathId(c);
  if (!id) return renderErrorPage(c, 'notFound');
  const user = c.get('user');
  if (!user) throw new Error('the guard let an anonymous visitor in');
  const form = await c.req.parseBody();
  const district = typeof form.district === 'string' ? form.district.trim() : '';
  const result = await assignSmsComplaintToDistrict(c.get('deps').db, id, district, user, new Date());
  if (!result.ok) return smsQueuePage(c, { error: result.error });
  return c.redirect(`/secretariat/sms-concerns?assigned=${result.value.trackingCode}`, 303);
}

export const smsComplaintRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: '/secretariat/sms-concerns/:id/assign-citizens-office',
    kind: 'page',
    access: ['secretariat'],
    example: { id: '1' },
    handler: postAssign,
  },
];
