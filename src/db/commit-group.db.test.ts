import type { Transaction } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases';
import { lockAuditChain } from '../platform/audit/audit.queries';
import { type BatchWriter, createBatchWriter, drainBatchWriters } from './commit-group';
import type { Database } from './database';

const category = (code: string) => ({ code, name_km: code, name_en: code, sort_order: 99 });

describeEachDatabase('group commit', (t) => {
  // Commands written one after another in one shared transaction: each command's outcome is its own.
  type Command = (trx: Transaction<Database>) => Promise<unknown>;
  let commands: BatchWriter<Command, unknown>;
  beforeAll(() => {
    commands = createBatchWriter(t.db.kysely, async (trx, works: Command[]) => {
      const values: unknown[] = [];
      for (const work of works) values.push(await work(trx));
      return values;
    });
  });
  const codes = async (prefix: string) =>
    (
      await t.db.kysely
        .selectFrom('concern_categories')
        .select('code')
        .where('code', 'like', `${prefix}%`)
        .orderBy('code')
        .execute()
    ).map((r) => r.code);

  /** Another writer's transaction holding the audit chain (on SQLite: the one connection) until released. */
  // Answers once the lock is held, so that a writer started after it surely waits (on a busy machine the
  // holder's BEGIN could otherwise come after the writer's).
  const holdAuditChain = async () => {
    let release!: () => void;
    let locked!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const holding = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const other = t.db.kysely.transaction().execute(async (trx) => {
      await lockAuditChain(trx);
      locked();
      await held;
    });
    await holding;
    return { release, other };
  };

  it('writes commands sent at the same moment, each answered with its own result', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        commands.write(async (trx) => {
          await trx
            .insertInto('concern_categories')
            .values(category(`grp-a-${String(i).padStart(2, '0')}`))
            .execute();
          return i * 2;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 30 }, (_, i) => i * 2));
    expect(await codes('grp-a-')).toHaveLength(30);
  });

  it('undoes only the command that failed; the others of its group are written', async () => {
    const runs = Array.from({ length: 10 }, (_, i) =>
      commands.write(async (trx) => {
        await trx
          .insertInto('concern_categories')
          .values(category(`grp-b-${i}`))
          .execute();
        // Command 4 writes a row and then breaks a unique key, as a racing duplicate would.
        if (i === 4) await trx.insertInto('concern_categories').values(category('grp-b-0')).execute();
        return i;
      }),
    );
    const outcomes = await Promise.allSettled(runs);
    expect(outcomes.map((o) => o.status)).toEqual(
      Array.from({ length: 10 }, (_, i) => (i === 4 ? 'rejected' : 'fulfilled')),
    );
    expect(await codes('grp-b-')).toEqual([
      'grp-b-0',
      'grp-b-1',
      'grp-b-2',
      'grp-b-3',
      'grp-b-5',
      'grp-b-6',
      'grp-b-7',
      'grp-b-8',
      'grp-b-9',
    ]);
  });

  it('answers a lone command after its own commit, and a failed one with its error', async () => {
    await expect(
      commands.write(async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(
      await commands.write(async (trx) => {
        await trx.insertInto('concern_categories').values(category('grp-c-1')).execute();
        return 'written';
      }),
    ).toBe('written');
    expect(await codes('grp-c-')).toEqual(['grp-c-1']);
  });

  it('takes into a batch every item that arrived while it waited for its lock, with two batches open', async () => {
    const sizes: number[] = [];
    const writer = createBatchWriter(
      t.db.kysely,
      async (_trx, items: number[]) => {
        sizes.push(items.length);
        return items.map((i) => i * 10);
      },
      { beforeTaking: lockAuditChain, inFlight: 2 },
    );
    // Another writer holds the audit chain (on SQLite: the one connection) while five items come in.
    const { release, other } = await holdAuditChain();
    const first = writer.write(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const rest = [2, 3, 4, 5].map((i) => writer.write(i));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await other;
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40, 50]);
    expect(sizes).toEqual([5]);
  });

  it('gives every waiting item the error of a batch that failed before it took them', async () => {
    let attempts = 0;
    const writer = createBatchWriter(t.db.kysely, async (_trx, items: number[]) => items, {
      beforeTaking: async () => {
        attempts += 1;
        throw new Error('database unreachable');
      },
    });
    const outcomes = await Promise.allSettled([1, 2, 3].map((i) => writer.write(i)));
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    // One batch, then each item alone: the writer does not go on retrying against a broken database.
    expect(attempts).toBe(4);
  });

  it('lets a stopping process wait until every writer of the database has committed what it holds', async () => {
    const { release, other } = await holdAuditChain();
    // As intake and receipts do: each batch waits for the audit chain first.
    const writer = createBatchWriter(
      t.db.kysely,
      async (trx, codes: string[]) => {
        await trx.insertInto('concern_categories').values(codes.map(category)).execute();
        return codes;
      },
      { beforeTaking: lockAuditChain },
    );
    void writer.write('grp-d-1');
    let drained = false;
    const draining = drainBatchWriters(t.db.kysely).then(() => {
      drained = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(drained).toBe(false);
    release();
    await other;
    await draining;
    expect(await codes('grp-d-')).toEqual(['grp-d-1']);
  });
});
