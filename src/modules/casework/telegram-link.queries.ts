// SQL of the tie between a case and its citizen's Telegram chat: one-time link tokens (hashed) and the links.
import type { Executor } from '../../db/database';

export async function insertLinkToken(
  db: Executor,
  row: { token_hash: string; case_id: number; expires_at: string },
): Promise<void> {
  await db
    .insertInto('telegram_link_tokens')
    .values({ ...row, used_at: null })
    .execute();
}

/**
 * Spends a live token: one conditional UPDATE, so a token tapped twice (or in two chats) links one chat.
 * Returns the case it was made for, or undefined when it is unknown, used or expired.
 */
export async function spendLinkToken(
  db: Executor,
  tokenHash: string,
  now: string,
): Promise<number | undefined> {
  const result = await db
    .updateTable('telegram_link_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  const row = await db
    .selectFrom('telegram_link_tokens')
    .select('case_id')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row?.case_id;
}

/** Ties the case to the chat; a case has one chat, so a later link replaces the earlier one. */
export async function linkCaseChat(db: Executor, caseId: number, chatId: string, now: string): Promise<void> {
  await db
    .insertInto('case_telegram_links')
    .values({ case_id: caseId, chat_id: chatId, linked_at: now })
    .onConflict((oc) => oc.column('case_id').doUpdateSet({ chat_id: chatId, linked_at: now }))
    .execute();
}

/** The chat tied to the case, if any. */
export async function chatOfCase(db: Executor, caseId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('case_telegram_links')
    .select('chat_id')
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return row?.chat_id;
}

/** The citizen chose Telegram (the link itself is that choice). */
export async function preferTelegram(db: Executor, caseId: number): Promise<void> {
  await db
    .updateTable('case_contacts')
    .set({ preferred_contact: 'telegram' })
    .where('case_id', '=', caseId)
    .execute();
}

/** The cases tied to a chat, newest first: public fields only (what the tracking page shows). */
export function casesOfChat(db: Executor, chatId: string) {
  return db
    .selectFrom('case_telegram_links as l')
    .innerJoin('cases', 'cases.id', 'l.case_id')
    .select(['cases.id', 'cases.tracking_code', 'cases.status', 'cases.submitted_at'])
    .where('l.chat_id', '=', chatId)
    .orderBy('cases.submitted_at', 'desc')
    .orderBy('cases.id', 'desc')
    .limit(20)
    .execute();
}
