// Group commit: concurrent small write commands share one transaction, so they share one durable commit.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database';

type Work<T> = (trx: Transaction<Database>) => Promise<T>;

interface Pending {
  work: Work<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** The most commands one commit carries; a burst larger than this is written in several commits. */
const MAX_GROUP = 200;

export interface CommitGroup {
  /**
   * Runs `work` in a transaction shared with the other commands waiting at this moment. A command that
   * throws is undone alone and its caller gets the error; `work` may therefore run twice (the first
   * time undone), so it must do nothing outside the transaction. Every caller is answered only after
   * its commit, so an answer always speaks of durable data.
   */
  run<T>(work: Work<T>): Promise<T>;
}

/**
 * A commit (the fsync of the write-ahead log, and on SQLite the pages of every index and of the
 * full-text index) costs more than the small command it ends. Intake takes many small commands at
 * once: the commands that arrive while one commit is written are written by the next one together.
 * One process groups its own commands; several processes still serialise on the database as before.
 */
export function createCommitGroup(kysely: Kysely<Database>): CommitGroup {
  const queue: Pending[] = [];
  let writing = false;

  /** One transaction for the whole group; throws (having written nothing) if any command throws. */
  async function writeTogether(group: Pending[]): Promise<unknown[]> {
    return kysely.transaction().execute(async (trx) => {
      const values: unknown[] = [];
      for (const item of group) values.push(await item.work(trx));
      return values;
    });
  }

  async function writeAlone(item: Pending): Promise<void> {
    try {
      item.resolve(await kysely.transaction().execute(item.work));
    } catch (error) {
      item.reject(error);
    }
  }

  async function writeGroup(group: Pending[]): Promise<void> {
    if (group.length === 1) return writeAlone(group[0]);
    let values: unknown[];
    try {
      values = await writeTogether(group);
    } catch {
      // One command failed (a unique key taken by a racing request, say) and undid the group with it.
      // Savepoints would undo it alone, but SQLite's full-text index writes its pending entries at every
      // savepoint, which costs more than the grouping saves; failures are rare, so the group's commands
      // are simply run again one by one, each answered by its own outcome.
      for (const item of group) await writeAlone(item);
      return;
    }
    group.forEach((item, i) => {
      item.resolve(values[i]);
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
    run<T>(work: Work<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        // Wait one turn of the event loop before the first commit, so requests already read join it.
        if (!writing) {
          writing = true;
          setImmediate(() => void drain());
        }
      });
    },
  };
}
