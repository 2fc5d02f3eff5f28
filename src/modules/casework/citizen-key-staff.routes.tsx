// Staff side of the citizen's key: the holding office issues a new private link (printed on a slip, the
// old one stops working), and staff allowed the citizen's personal data open the files the citizen added.
import { pathId } from '../../platform/http/path-params';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { parseTrackingCode } from '../../platform/ids/tracking-code';
import { readScannedFile } from '../../platform/uploads/scanned-files';
import { renderErrorPage } from '../../web/page';
import { readCaseFileAudited } from './case-contacts.commands';
import { findStaffCase } from './case-page.queries';
import { CASE_HANDLER_ROLES, COMMISSION_ROLES, maySeeCase } from './casework.policy';
import { issueCitizenKey } from './citizen-key.commands';
import { citizenSlipPage } from './citizen-slip.pages';
import { CITIZEN_FILES_FOLDER } from './citizen-steps.routes';

function userOf(c: Ctx) {
  const user = c.get('user');
  if (!user) throw new Error('the guard let an anonymous visitor in');
  return user;
}

/** POST /office/cases/:code/citizen-key — a new private link for a verified citizen, shown once on a slip. */
async function postIssueKey(c: Ctx) {
  const code = parseTrackingCode(c.req.param('code') ?? '');
  if (!code) return renderErrorPage(c, 'notFound');
  const issued = await issueCitizenKey(c.get('deps').db, code, userOf(c), new Date());
  if (!issued.ok) return renderErrorPage(c, 'notFound');
  return citizenSlipPage(c, issued.value.trackingCode, issued.value.key);
}

/** GET …/cases/:code/files/:id — a file the citizen added, as its checked type, never inline HTML. */
async function caseFile(c: Ctx) {
  const code = parseTrackingCode(c.req.param('code') ?? '');
  // Not Number(): an id past PostgreSQL's integer would reach the query and fail there.
  const fileId = pathId(c);
  const user = userOf(c);
  const row = code ? await findStaffCase(c.get('deps').db.kysely, code) : undefined;
  if (!row || !maySeeCase(user, row) || fileId === undefined) return renderErrorPage(c, 'notFound');
  const file = await readCaseFileAudited(c.get('deps').db, user, row, fileId);
  if (!file.ok) return renderErrorPage(c, file.error === 'forbidden' ? 'forbidden' : 'notFound');
  const bytes = await readScannedFile(CITIZEN_FILES_FOLDER, file.value.stored_name);
  if (!bytes) return renderErrorPage(c, 'notFound');
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': file.value.media_type,
      'content-disposition': `attachment; filename="case-${row.tracking_code}-file-${file.value.id}.${file.value.stored_name.split('.')[1]}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

const example = { code: '1000000005' };
const fileExample = { code: '1000000005', id: '1' };

export const citizenKeyStaffRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: '/office/cases/:code/citizen-key',
    kind: 'page',
    access: CASE_HANDLER_ROLES,
    example,
    handler: postIssueKey,
  },
  {
    method: 'GET',
    path: '/office/cases/:code/files/:id',
    kind: 'page',
    access: CASE_HANDLER_ROLES,
    example: fileExample,
    handler: caseFile,
  },
  {
    method: 'GET',
    path: '/commission/cases/:code/files/:id',
    kind: 'page',
    access: COMMISSION_ROLES,
    example: fileExample,
    handler: caseFile,
  },
];
