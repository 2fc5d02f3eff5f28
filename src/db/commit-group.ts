// Group commit: concurrent small writes share one transaction, so they share one durable commit.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database';

interface Pending<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/** Each database's batch writers, so a stopping process can wait for what they hold. */
const idleWaitersOf = new WeakMap<Kysely<Database>, Set<() => Promise<void>>>();

/** Resolves once every batch writer of this database has written what it held (the process is stopping). */
export async function drainBatchWriters(kysely: Kysely<Database>): Promise<void> {
  await Promise.all([...(idleWaitersOf.get(kysely) ?? [])].map((idle) => idle()));
}

/** The most items one commit carries; a burst larger than this is written in several commits. */
const MAX_GROUP = 200;

export interface BatchWriter<I, O> {
  /** Writes `item` together with the items waiting at this moment; answers after the commit. */
  write(item: I): Promise<O>;
}

export interface BatchOptions {
  /**
   * Runs first in each batch's transaction, before the batch takes its items: a lock taken here (the
   * audit chain's, say) is waited for with the transaction already open, and every item that arrived
   * meanwhile joins the batch.
   */
  beforeTaking?: (trx: Transaction<Database>) => Promise<void>;
  /**
   * Batches open at once (default 1). With 2, the next batch opens its transaction and waits in
   * `beforeTaking` while the current one writes, so the round trips of BEGIN and of the lock are off
   * the path every batch must take in turn (PostgreSQL; SQLite has one connection).
   */
  inFlight?: number;
}

/**
 * A commit (the fsync of the write-ahead log, and on SQLite the pages of every index and of the
 * full-text index) costs more than the small write it ends, and on PostgreSQL every statement costs a
 * round trip. Items that arrive while one batch is written are written by the next one together, by
 * `writeBatch`, in one transaction; it returns one result per item, in order. If the batch throws (a
 * unique key taken by a racing request, say), every item of it is written again alone, so each caller
 * gets its own outcome: `writeBatch` must therefore do nothing outside the transaction. One process
 * batches its own items; several processes still serialise on the database as before.
 */
export function createBatchWriter<I, O>(
  kysely: Kysely<Database>,
  writeBatch: (trx: Transaction<Database>, items: I[]) => Promise<O[]>,
  options: BatchOptions = {},
): BatchWriter<I, O> {
  const { beforeTaking, inFlight: maxInFlight = 1 } = options;
  const queue: Pending<I, O>[] = [];
  let inFlight = 0;
  let scheduled = false;
  let whenIdle: (() => void)[] = [];

  const holdsNothing = () => queue.length === 0 && inFlight === 0 && !scheduled;
  const idle = () =>
    holdsNothing() ? Promise.resolve() : new Promise<void>((resolve) => whenIdle.push(resolve));
  const noticeIdle = () => {
    if (!holdsNothing()) return;
    for (const resolve of whenIdle) resolve();
    whenIdle = [];
  };
  if (!idleWaitersOf.has(kysely)) idleWaitersOf.set(kysely, new Set());
  idleWaitersOf.get(kysely)?.add(idle);

  async function writeAlone(p: Pending<I, O>): Promise<void> {
    try {
      const [value] = await kysely.transaction().execute(async (trx) => {
        await beforeTaking?.(trx);
        return writeBatch(trx, [p.item]);
      });
      p.resolve(value);
    } catch (error) {
      p.reject(error);
    }
  }

  /** One batch: its transaction opens, waits in `beforeTaking`, then takes the items waiting at that moment. */
  async function writeNextBatch(): Promise<void> {
    let group: Pending<I, O>[] = [];
    let values: O[];
    try {
      values = await kysely.transaction().execute(async (trx) => {
        await beforeTaking?.(trx);
        group = queue.splice(0, MAX_GROUP);
        return group.length === 0
          ? []
          : writeBatch(
              trx,
              group.map((p) => p.item),
            );
      });
    } catch {
      // Savepoints would undo the failing item alone, but SQLite's full-text index writes its pending
      // entries at every savepoint, which costs more than grouping saves; failures are rare. A batch that
      // failed before it took its items (the database unreachable, say) hands them the error the same way.
      if (group.length === 0) group = queue.splice(0, MAX_GROUP);
      for (const p of group) await writeAlone(p);
      return;
    }
    group.forEach((p, i) => {
      p.resolve(values[i]);
    });
  }

  function startBatches(): void {
    while (inFlight < maxInFlight && queue.length > 0) {
      inFlight += 1;
      void writeNextBatch().finally(() => {
        inFlight -= 1;
        startBatches();
        noticeIdle();
      });
    }
  }

  return {
    write(item: I): Promise<O> {
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        // Wait one turn of the event loop before a batch starts, so requests already read join it.
        if (!scheduled && inFlight < maxInFlight) {
          scheduled = true;
          setImmediate(() => {
            scheduled = false;
            startBatches();
            noticeIdle();
          });
        }
      });
    },
  };
}
