// The ombudsman's page on what a complaint is about (linked from the case page): its service, and the commune
// when it names only the district. Only the ombudsman of the office holding it; anyone else finds nothing.
import type { Ctx, RouteDef } from '../../platform/http/types';
import { formatTrackingCode, parseTrackingCode } from '../../platform/ids/tracking-code';
import { renderErrorPage, renderPage } from '../../web/page';
import { childrenOf, findPlaces } from '../places';
import { CITIZENS_OFFICE_STAFF, worksAtCitizensOffice } from './citizens-office.policy';
import { findCitizensOffice, findComplaintByCode } from './complaint.queries';
import {
  type ComplaintAboutError,
  complaintAboutSchema,
  namesCommune,
  setComplaintAbout,
} from './complaint-about.commands';
import { complaintAboutMessages } from './complaint-about.messages';
import { type ComplaintAboutField, ComplaintAboutView } from './complaint-about.pages';
import { complaintServices } from './complaint-services.service';

const FIELD_OF: Record<ComplaintAboutError, ComplaintAboutField> = {
  'not-found': 'service',
  'unknown-service': 'service',
  'unknown-commune': 'commune',
  'commune-already-set': 'commune',
};

/** The complaint when this user is the ombudsman of its office; undefined otherwise (shown as 404). */
async function complaintFor(c: Ctx) {
  const code = parseTrackingCode(c.req.param('code') ?? '');
  const complaint = code ? await findComplaintByCode(c.get('deps').db.kysely, code) : undefined;
  if (!complaint || !worksAtCitizensOffice(c.get('user'), complaint.office_code)) return undefined;
  return complaint;
}

async function renderAbout(
  c: Ctx,
  complaint: NonNullable<Awaited<ReturnType<typeof findComplaintByCode>>>,
  extra: { notice?: string; error?: Parameters<typeof ComplaintAboutView>[0]['error'] } = {},
  status: 200 | 404 | 422 = 200,
) {
  const db = c.get('deps').db.kysely;
  const lang = c.get('lang');
  const office = await findCitizensOffice(db, complaint.office_code);
  const [district] = office ? await findPlaces(db, [office.place_code]) : [];
  if (!district) return renderErrorPage(c, 'notFound');
  const commune = namesCommune(complaint.about_place)
    ? ((await findPlaces(db, [complaint.about_place]))[0] ?? null)
    : null;
  const communes = commune ? [] : (await childrenOf(db, district.code)).filter((p) => p.level === 'commune');
  const code = complaint.tracking_code;
  return renderPage(
    c,
    complaintAboutMessages[lang].title(formatTrackingCode(code)),
    <ComplaintAboutView
      lang={lang}
      csrfToken={c.get('csrfToken')}
      action={`/citizens-office/cases/${code}`}
      caseHref={`/office/cases/${code}`}
      kind={complaint.kind}
      service={complaint.service}
      district={district}
      commune={commune}
      communes={communes}
      services={await complaintServices(db, new Date())}
      notice={extra.notice}
      error={extra.error}
    />,
    status,
  );
}

/** GET /citizens-office/cases/:code */
async function aboutPage(c: Ctx) {
  const complaint = await complaintFor(c);
  if (!complaint) return renderErrorPage(c, 'notFound');
  const notice = c.req.query('saved') ? complaintAboutMessages[c.get('lang')].saved : undefined;
  return renderAbout(c, complaint, { notice });
}

/** POST /citizens-office/cases/:code — the service (and a missing commune), then back to this page. */
async function postAbout(c: Ctx) {
  const complaint = await complaintFor(c);
  const user = c.get('user');
  if (!complaint || !user) return renderErrorPage(c, 'notFound');
  const form = await c.req.parseBody();
  const parsed = complaintAboutSchema.safeParse({
    service: typeof form.service === 'string' ? form.service : '',
    commune: typeof form.commune === 'string' ? form.commune : '',
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field: ComplaintAboutField = issue.path[0] === 'commune' ? 'commune' : 'service';
    const code = issue.message === 'required' ? 'required' : 'invalid';
    return renderAbout(c, complaint, { error: { field, code } }, 422);
  }
  const result = await setComplaintAbout(
    c.get('deps').db,
    complaint.tracking_code,
    parsed.data,
    user,
    new Date(),
  );
  if (!result.ok) {
    if (result.error === 'not-found') return renderErrorPage(c, 'notFound');
    return renderAbout(c, complaint, { error: { field: FIELD_OF[result.error], code: result.error } }, 422);
  }
  return c.redirect(`/citizens-office/cases/${complaint.tracking_code}?saved=1`, 303);
}

const EXAMPLE = { code: '1000000005' };

export const complaintAboutRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/citizens-office/cases/:code',
    kind: 'page',
    access: CITIZENS_OFFICE_STAFF,
    example: EXAMPLE,
    handler: aboutPage,
  },
  {
    method: 'POST',
    path: '/citizens-office/cases/:code',
    kind: 'page',
    access: CITIZENS_OFFICE_STAFF,
    example: EXAMPLE,
    handler: postAbout,
  },
];
