// Commands of the citizen's proofs: the office issues a new private key (the old one stops working), a
// one-time code goes to the contact on the case, and a right code opens a short pass. Secrets are stored
// as hashes; the plain key leaves once (to the page that shows it), the code only through the outbox.

import type { Db } from '../../db/connect';
import { actorOf, appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { CODE_TTL_MS, hashSecret, newOneTimeCode } from '../../platform/auth/tokens';
import { enqueueMessage } from '../../platform/outbox/outbox.queries';
import { fail, ok, type Result } from '../../platform/result';
import { FINAL_STATUSES } from './case.rules';
import { citizenRecipient } from './case-contacts.commands';
import { messageAbout, worksInOffice } from './casework.policy';
import { findLivePass, insertPass, replaceCitizenKey, useCode } from './citizen-key.queries';
import { codeHash, newCitizenKey, newPass, PASS_TTL_MS } from './citizen-key.service';
import { findCaseByCode } from './handling.queries';

/**
 * A new private key for the case, for the office to hand to a citizen it has verified (a walk-in, a
 * caller, a citizen who lost the link). Only the holding office's staff; the old key stops working.
 */
export async function issueCitizenKey(
  db: Db,
  trackingCode: string,
  user: CurrentUser,
  now: Date,
): Promise<Result<{ key: string; trackingCode: string }, 'not-found'>> {
  return db.kysely.transaction().execute(async (trx) => {
    const row = await findCaseByCode(trx, trackingCode);
    if (!row || !worksInOffice(user, row)) return fail('not-found');
    const key = newCitizenKey();
    await replaceCitizenKey(trx, {
      case_id: row.id,
      key_hash: hashSecret(key),
      issued_at: now.toISOString(),
      issued_by: user.id,
    });
    await appendAudit(trx, actorOf(user), {
      action: 'case.citizen_key.issue',
      entityType: 'case',
      entityId: row.id,
    });
    return ok({ key, trackingCode: row.tracking_code });
  });
}

export type SendCodeError = 'not-found' | 'no-contact' | 'case-over';

/** Sends a one-time code to the contact the citizen gave on the case (never shown on the page). */
export async function sendOneTimeCode(
  db: Db,
  trackingCode: string,
  now: Date,
): Promise<Result<{ channel: 'email' | 'sms' | 'telegram' }, SendCodeError>> {
  return db.kysely.transaction().execute(async (trx) => {
    const row = await findCaseByCode(trx, trackingCode);
    if (!row) return fail('not-found');
    if (FINAL_STATUSES.includes(row.status)) return fail('case-over');
    const recipient = await citizenRecipient(trx, row.id);
    if (!recipient) return fail('no-contact');
    const code = newOneTimeCode();
    await insertPass(trx, {
      case_id: row.id,
      kind: 'code',
      secret_hash: codeHash(row.id, code),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + CODE_TTL_MS).toISOString(),
    });
    await enqueueMessage(trx, {
      channel: recipient.channel,
      recipient: recipient.address,
      template: 'one_time_code',
      lang: row.lang,
      payload: { trackingCode: row.tracking_code, code, ...messageAbout(row.office_code) },
      caseId: row.id,
      now,
    });
    await appendAudit(
      trx,
      { userId: null, label: 'citizen' },
      {
        action: 'case.citizen_code.send',
        entityType: 'case',
        entityId: row.id,
        after: { channel: recipient.channel },
      },
    );
    return ok({ channel: recipient.channel });
  });
}

/** Spends a right one-time code for a pass the page's forms carry for half an hour; null when wrong. */
export async function openPassWithCode(
  db: Db,
  caseId: number,
  code: string,
  now: Date,
): Promise<string | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const nowIso = now.toISOString();
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findLivePass(trx, caseId, 'code', codeHash(caseId, code), nowIso);
    if (!found || !(await useCode(trx, found.id, nowIso))) return null;
    const pass = newPass();
    await insertPass(trx, {
      case_id: caseId,
      kind: 'pass',
      secret_hash: hashSecret(pass),
      created_at: nowIso,
      expires_at: new Date(now.getTime() + PASS_TTL_MS).toISOString(),
    });
    return pass;
  });
}
