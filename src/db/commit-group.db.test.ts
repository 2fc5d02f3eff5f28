import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases';

const category = (code: string) => ({ code, name_km: code, name_en: code, sort_order: 99 });

describeEachDatabase('group commit', (t) => {
  const codes = async (prefix: string) =>
    (
      await t.db.kysely
        .selectFrom('concern_categories')
        .select('code')
        .where('code', 'like', `${prefix}%`)
        .orderBy('code')
        .execute()
    ).map((r) => r.code);

  it('writes commands sent at the same moment, each answered with its own result', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.db.commitGroup.run(async (trx) => {
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
      t.db.commitGroup.run(async (trx) => {
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
      t.db.commitGroup.run(async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(
      await t.db.commitGroup.run(async (trx) => {
        await trx.insertInto('concern_categories').values(category('grp-c-1')).execute();
        return 'written';
      }),
    ).toBe('written');
    expect(await codes('grp-c-')).toEqual(['grp-c-1']);
  });
});
