// Every SQL statement of the Telegram channel's bookkeeping: the polling lease and each chat's state.
import type { Executor } from '../../db/database';

/**
 * Takes or renews the lease `name` for `holder` until `until`: true when it holds it now. Another holder's
 * lease is taken only once it has expired; the conditional UPDATE lets one process win when several try.
 */
export async function takeLease(
  db: Executor,
  name: string,
  holder: string,
  now: string,
  until: string,
): Promise<boolean> {
  await db
    .insertInto('telegram_leases')
    .values({ name, holder, expires_at: now })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const result = await db
    .updateTable('telegram_leases')
    .set({ holder, expires_at: until })
    .where('name', '=', name)
    .where((eb) => eb.or([eb('holder', '=', holder), eb('expires_at', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends the holder's lease now, so another process takes over without waiting for it to expire. */
export async function releaseLease(db: Executor, name: string, holder: string, now: string): Promise<void> {
  await db
    .updateTable('telegram_leases')
    .set({ expires_at: now })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}

export function findLease(db: Executor, name: string) {
  return db.selectFrom('telegram_leases').selectAll().where('name', '=', name).executeTakeFirst();
}

/** A chat's language and unfinished conversation, if it has written before. */
export function findChat(db: Executor, chatId: string) {
  return db.selectFrom('telegram_chats').selectAll().where('chat_id', '=', chatId).executeTakeFirst();
}

/** Writes a chat's language and conversation state (insert or replace). */
export async function saveChat(
  db: Executor,
  row: { chat_id: string; lang: string; state: string | null; updated_at: string },
): Promise<void> {
  await db
    .insertInto('telegram_chats')
    .values(row)
    .onConflict((oc) =>
      oc.column('chat_id').doUpdateSet({ lang: row.lang, state: row.state, updated_at: row.updated_at }),
    )
    .execute();
}

/**
 * Ends a chat's conversation only if it is still `state`: true when it was. A second press of "send" (or the
 * same press delivered twice at once) finds it ended and files nothing; waiting on the first's row lock on
 * PostgreSQL, it sees the row as the first left it.
 */
export async function endChatStateIf(
  db: Executor,
  chatId: string,
  state: string,
  updatedAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable('telegram_chats')
    .set({ state: null, updated_at: updatedAt })
    .where('chat_id', '=', chatId)
    .where('state', '=', state)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
