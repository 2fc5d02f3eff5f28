// Group commit: concurrent small write commands share one transaction, so they share one durable commit.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database';

type Work<T> = (trx: Transaction<Database>) => Promise<T>;

interface Pending<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/** The most items one commit carries; a burst larger than this is written in several commits. */
const MAX_GROUP = 200;

export interface BatchWriter<I, O> {
  /** Writes `item` together with the items waiting at this moment; answers after the commit. */
  write(item: I): Promise<O>;
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
): BatchWriter<I, O> {
  const queue: Pending<I, O>[] = [];
  let writing = false;

  async function writeAlone(p: Pending<I, O>): Promise<void> {
    try {
      const [value] = await kysely.transaction().execute((trx) => writeBatch(trx, [p.item]));
      p.resolve(value);
    } catch (error) {
      p.reject(error);
    }
  }

  async function writeGroup(group: Pending<I, O>[]): Promise<void> {
    if (group.length === 1) return writeAlone(group[0]);
    let values: O[];
    try {
      values = await kysely.transaction().execute((trx) =>
        writeBatch(
          trx,
          group.map((p) => p.item),
        ),
      );
    } catch {
      // Savepoints would undo the failing item alone, but SQLite's full-text index writes its pending
      // entries at every savepoint, which costs more than grouping saves; failures are rare.
      for (const p of group) await writeAlone(p);
      return;
    }
    group.forEach((p, i) => {
      p.resolve(values[i]);
    });
  }

  async function drain(): Promise<void> {
    writing = true;
    try {
      while (queue.length > 0) await writeGroup(queue.splice(0, MAX_GROUP));
    } finally {
      writing = false;
    }
  }

  return {
    write(item: I): Promise<O> {
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        // Wait one turn of the event loop before the first commit, so requests already read join it.
        if (!writing) {
          writing = true;
          setImmediate(() => void drain());
        }
      });
    },
  };
}

export interface CommitGroup {
  /**
   * Runs `work` in a transaction shared with the other commands waiting at this moment. A command that
   * throws is undone alone and its caller gets the error; `work` may therefore run twice (the first
   * time undone), so it must do nothing outside the transaction. Every caller is answered only after
   * its commit, so an answer always speaks of durable data.
   */
  run<T>(work: Work<T>): Promise<T>;
}

/** Group commit of commands written one after another in the shared transaction (intake, say). */
export function createCommitGroup(kysely: Kysely<Database>): CommitGroup {
  const writer = createBatchWriter<Work<unknown>, unknown>(kysely, async (trx, works) => {
    const values: unknown[] = [];
    for (const work of works) values.push(await work(trx));
    return values;
  });
  return { run: <T>(work: Work<T>) => writer.write(work) as Promise<T> };
}
