// Reading a citizen's name and contacts: only as the privacy rule allows, and every read leaves an audit row.
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import {
  type Actor,
  appendAudit,
  appendAuditsUnderLock,
  lockAuditChain,
  SYSTEM_ACTOR,
} from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { normalizePhone } from '../../platform/khmer/numbers';
import { fail, ok, type Result } from '../../platform/result';
import { type CaseHolding, mayReadContacts } from './casework.policy';
import { findCaseFile } from './citizen-key.queries';
import { channelsGiven, type MessageChannel, recipientFor } from './contact-choice.rules';
import { contactsOfCase, locationOfCase } from './handling.queries';
import { chosenChatOfCase, telegramChatOfCase } from './telegram-link.commands';

export type Contacts = NonNullable<Awaited<ReturnType<typeof contactsOfCase>>>;
type CaseFile = NonNullable<Awaited<ReturnType<typeof findCaseFile>>>;
export type CaseLocation = NonNullable<Awaited<ReturnType<typeof locationOfCase>>>;

export async function auditRead(trx: Executor, actor: Actor, caseId: number, purpose: string) {
  await appendAudit(trx, actor, {
    action: 'case.contacts.read',
    entityType: 'case',
    entityId: caseId,
    after: { purpose },
  });
}

/** One audit row per case whose contacts a staff page shows (a list shows several), in the caller's transaction. */
export async function auditContactsShown(
  trx: Executor,
  user: CurrentUser,
  caseIds: readonly number[],
  purpose: 'undelivered-messages' | 'retry-message',
): Promise<void> {
  if (caseIds.length === 0) return;
  await lockAuditChain(trx);
  await appendAuditsUnderLock(
    trx,
    [...new Set(caseIds)].map((caseId) => ({
      actor: { userId: user.id, label: user.username },
      entry: { action: 'case.contacts.read', entityType: 'case', entityId: caseId, after: { purpose } },
    })),
  );
}

/**
 * The contacts of a case for a staff member who may read them, with the audit row written in the
 * same transaction as the read. `null`: the citizen gave none (still audited: the attempt was a read).
 */
export async function readContactsAudited(
  db: Db,
  user: CurrentUser,
  c: CaseHolding & { id: number },
  purpose: 'case-page' | 'forwarding-letter',
): Promise<Result<{ contacts: Contacts | null; location: CaseLocation | null }, 'forbidden'>> {
  if (!mayReadContacts(user, c)) return fail('forbidden');
  const read = await db.kysely.transaction().execute(async (trx) => {
    await auditRead(trx, { userId: user.id, label: user.username }, c.id, purpose);
    const contacts = (await contactsOfCase(trx, c.id)) ?? null;
    // A shared location can find a person's home: it goes with the contacts, never into a letter.
    const location = purpose === 'case-page' ? ((await locationOfCase(trx, c.id)) ?? null) : null;
    return { contacts, location };
  });
  return ok(read);
}

/** Where the system sends the citizen a message, if they asked to be contacted; the read is audited. */
export async function citizenRecipient(
  trx: Executor,
  caseId: number,
): Promise<{ channel: MessageChannel; address: string } | null> {
  const contacts = await contactsOfCase(trx, caseId);
  if (!contacts || contacts.preferred_contact === 'none') return null;
  await auditRead(trx, SYSTEM_ACTOR, caseId, 'notify-citizen');
  const chat = contacts.preferred_contact === 'telegram' ? await telegramChatOfCase(trx, caseId) : null;
  return recipientFor(contacts, chat);
}

/** The channels a message to this case's citizen may go on (those they gave), for staff who may read contacts. */
export async function channelsOfCase(trx: Executor, caseId: number) {
  const contacts = await contactsOfCase(trx, caseId);
  if (!contacts) return [];
  return channelsGiven(contacts, await telegramChatOfCase(trx, caseId));
}

/**
 * Where the office's news goes: the Telegram chat tied to the case when the citizen chose Telegram (or gave no
 * other contact: a concern sent through the bot), else `citizenRecipient`'s address. The read is audited.
 */
export async function newsRecipient(
  trx: Executor,
  caseId: number,
): Promise<{ channel: 'email' | 'sms' | 'telegram'; address: string } | null> {
  const contacts = await contactsOfCase(trx, caseId);
  const chat = await chosenChatOfCase(trx, caseId, contacts?.preferred_contact);
  if (!chat) return citizenRecipient(trx, caseId);
  await auditRead(trx, SYSTEM_ACTOR, caseId, 'notify-citizen');
  return { channel: 'telegram', address: chat };
}

/** Whether a message came from the phone number recorded on the case; the read is audited. */
export async function isCaseContactPhone(trx: Executor, caseId: number, phone: string): Promise<boolean> {
  const contacts = await contactsOfCase(trx, caseId);
  if (!contacts?.phone) return false;
  await auditRead(trx, SYSTEM_ACTOR, caseId, 'verify-sender');
  // Both in +855 form, so "+855 12 345 678", "012-345-678" and ០១២៣៤៥៦៧៨ are the same number.
  const sender = normalizePhone(phone);
  return sender !== null && sender === normalizePhone(contacts.phone);
}

/** A file the citizen added (personal data, like the contacts): same rule, and the read is audited. */
export async function readCaseFileAudited(
  db: Db,
  user: CurrentUser,
  c: CaseHolding & { id: number },
  fileId: number,
): Promise<Result<CaseFile, 'forbidden' | 'not-found'>> {
  if (!mayReadContacts(user, c)) return fail('forbidden');
  const file = await db.kysely.transaction().execute(async (trx) => {
    const found = await findCaseFile(trx, c.id, fileId);
    if (found) {
      await appendAudit(
        trx,
        { userId: user.id, label: user.username },
        { action: 'case.file.read', entityType: 'case', entityId: c.id, after: { file: found.id } },
      );
    }
    return found;
  });
  return file ? ok(file) : fail('not-found');
}
