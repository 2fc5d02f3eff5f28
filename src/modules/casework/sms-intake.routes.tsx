// Secretariat pages of the national queue of SMS concerns: list (an audited read) and assign to a province.

import { pathId } from '../../platform/http/path-params';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { formatTrackingCode, parseTrackingCode } from '../../platform/ids/tracking-code';
import { maskRecipient } from '../../platform/outbox/sender';
import { renderErrorPage, renderPage } from '../../web/page';
import { provinces } from '../places';
import { listCategories } from './case.queries';
import { citizensOfficesForQueue } from './incoming-sms.queries';
import {
  type AssignError,
  assignSmsConcern,
  queuedComplaint,
  readSmsQueueAudited,
} from './sms-intake.commands';
import { smsIntakeMessages } from './sms-intake.messages';
import { SmsQueue } from './sms-intake.pages';

const SECRETARIAT = ['secretariat'] as const;

function userOf(c: Ctx) {
  const user = c.get('user');
  if (!user) throw new Error('the guard let an anonymous visitor in');
  return user;
}

/** The queue page, with the outcome of an assignment (the Citizens' Office's assignment renders it too). */
export async function smsQueuePage(c: Ctx, outcome: { notice?: string; error?: AssignError } = {}) {
  const lang = c.get('lang');
  const m = smsIntakeMessages[lang];
  const db = c.get('deps').db;
  const rows = await readSmsQueueAudited(db, userOf(c));
  const places = await provinces(db.kysely);
  const offices = await citizensOfficesForQueue(db.kysely);
  const categories = await listCategories(db.kysely);
  return renderPage(
    c,
    m.title,
    <SmsQueue
      lang={lang}
      digits={c.get('digits')}
      csrfToken={c.get('csrfToken')}
      // The secretariat needs the words to choose a province, not the whole number.
      rows={rows.map((r) => {
        const complaint = queuedComplaint(r.text);
        return {
          id: r.id,
          received_at: r.received_at,
          from: maskRecipient(r.phone),
          text: complaint?.text ?? r.text,
          complaint: complaint?.kind,
        };
      })}
      citizensOffices={offices.map((o) => ({
        district: o.place_code,
        name: lang === 'en' ? o.name_en : o.name_km,
      }))}
      provinces={places.map((p) => ({ code: p.code, name: lang === 'en' ? p.name_latin : p.name_km }))}
      categories={categories.map((ct) => ({ code: ct.code, name: lang === 'en' ? ct.name_en : ct.name_km }))}
      notice={outcome.notice}
      error={outcome.error ? m.errors[outcome.error] : undefined}
    />,
    outcome.error
      ? outcome.error === 'not-found'
        ? 404
        : outcome.error === 'already-assigned'
          ? 409
          : 422
      : 200,
  );
}

/** POST /secretariat/sms-concerns/:id/assign — the concern becomes a case of the province's office. */
async function postAssign(c: Ctx) {
  const id = pathId(c);
  if (!id) return renderErrorPage(c, 'notFound');
  const form = await c.req.parseBody();
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const result = await assignSmsConcern(
    c.get('deps').db,
    id,
    { province: str(form.province), category: str(form.category) },
    userOf(c),
    new Date(),
  );
  if (!result.ok) return smsQueuePage(c, { error: result.error });
  return c.redirect(`/secretariat/sms-concerns?assigned=${result.value.trackingCode}`, 303);
}

/** GET /secretariat/sms-concerns — the queue, with the notice of the concern just assigned. */
function getQueue(c: Ctx) {
  const assigned = parseTrackingCode(c.req.query('assigned') ?? '');
  const m = smsIntakeMessages[c.get('lang')];
  return smsQueuePage(c, assigned ? { notice: m.assigned(formatTrackingCode(assigned)) } : {});
}

export const smsIntakeRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/secretariat/sms-concerns',
    kind: 'page',
    access: SECRETARIAT,
    handler: getQueue,
  },
  {
    method: 'POST',
    path: '/secretariat/sms-concerns/:id/assign',
    kind: 'page',
    access: SECRETARIAT,
    example: { id: '1' },
    handler: postAssign,
  },
];
