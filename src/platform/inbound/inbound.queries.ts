// Every SQL statement of "each message from outside handled once": claim, finish, give back, forget.
import type { Executor } from '../../db/database';

/**
 * Claims the message `key` until `until`: true when this caller should handle it. A new key is inserted;
 * an existing one is taken only when its claim ran out (its handler died) or, with `repeatsBefore`, when it
 * was handled before that time (the same text sent again later is a new message). One conditional
 * statement each, so of two processes claiming at once only one wins, on both databases.
 */
export async function claimInbound(
  db: Executor,
  key: string,
  times: { now: string; until: string; repeatsBefore?: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto('inbound_once')
    .values({ key, received_at: times.now, claimed_until: times.until })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return true;
  const taken = await db
    .updateTable('inbound_once')
    .set({ received_at: times.now, claimed_until: times.until })
    .where('key', '=', key)
    .where((eb) => {
      const ranOut = eb.and([eb('claimed_until', 'is not', null), eb('claimed_until', '<=', times.now)]);
      if (!times.repeatsBefore) return ranOut;
      const handledLongAgo = eb.and([
        eb('claimed_until', 'is', null),
        eb('received_at', '<', times.repeatsBefore),
      ]);
      return eb.or([ranOut, handledLongAgo]);
    })
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

/** Whether another process is handling the message now (a claim not run out), as opposed to handled. */
export async function inboundBeingHandled(db: Executor, key: string): Promise<boolean> {
  const row = await db
    .selectFrom('inbound_once')
    .select('claimed_until')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.claimed_until != null;
}

/** The message was handled: its row now only says so (a redelivery is skipped). */
export async function finishInbound(db: Executor, key: string): Promise<void> {
  await db.updateTable('inbound_once').set({ claimed_until: null }).where('key', '=', key).execute();
}

/** Gives the message back when handling it failed, so its next delivery is handled. */
export async function releaseInbound(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('inbound_once').where('key', '=', key).execute();
}

/** Forgets messages received before `before`: no channel delivers a message again that late. */
export async function forgetInbound(db: Executor, before: string): Promise<void> {
  await db.deleteFrom('inbound_once').where('received_at', '<', before).execute();
}
