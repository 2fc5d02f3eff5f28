// The audit chain: rows written with each change, and any hand edit or deletion found by the check.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { appendAudit, SYSTEM_ACTOR, verifyAuditChain } from './audit.queries';

describeEachDatabase('the audit chain', (t) => {
  const write = (n: number) =>
    t.db.kysely.transaction().execute(async (trx) => {
      for (let i = 0; i < n; i++) {
        await appendAudit(
          trx,
          { userId: null, label: 'tester' },
          {
            action: 'thing.change',
            entityType: 'thing',
            entityId: i,
            before: { value: i },
            after: { value: i + 1 },
          },
        );
      }
    });

  it('links every row to the one before it', async () => {
    await write(5);
    const rows = await t.db.kysely.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(rows).toHaveLength(5);
    expect(rows[0].prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    expect(JSON.parse(rows[2].summary)).toEqual({ before: { value: 2 }, after: { value: 3 } });
    expect(await verifyAuditChain(t.db.kysely)).toEqual({ ok: true, rows: 5 });
  });

  it('keeps one chain when many transactions write at once', async () => {
    await Promise.all(Array.from({ length: 8 }, () => write(3)));
    expect(await verifyAuditChain(t.db.kysely, 7)).toEqual({ ok: true, rows: 5 + 24 });
  });

  it('writes nothing when the transaction that made the change rolls back', async () => {
    await expect(
      t.db.kysely.transaction().execute(async (trx) => {
        await appendAudit(trx, SYSTEM_ACTOR, { action: 'doomed', entityType: 'thing', entityId: 'x' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const doomed = await t.db.kysely
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'doomed')
      .execute();
    expect(doomed).toEqual([]);
  });

  it('finds the first row edited by hand', async () => {
    const target = await t.db.kysely
      .selectFrom('audit_log')
      .select('id')
      .orderBy('id')
      .offset(3)
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`update audit_log set summary = '{"after":{"value":999}}' where id = ${target.id}`.execute(
      t.db.kysely,
    );
    expect(await verifyAuditChain(t.db.kysely)).toEqual({
      ok: false,
      rows: 3,
      brokenAtId: target.id,
      reason: 'row-edited',
    });
  });

  it('finds a row deleted by hand, at the row after the gap', async () => {
    // Repair the edit of the previous test by rewriting the whole trail, then delete one row.
    await sql`delete from audit_log`.execute(t.db.kysely);
    await write(4);
    const rows = await t.db.kysely.selectFrom('audit_log').select('id').orderBy('id').execute();
    await sql`delete from audit_log where id = ${rows[1].id}`.execute(t.db.kysely);
    expect(await verifyAuditChain(t.db.kysely)).toEqual({
      ok: false,
      rows: 1,
      brokenAtId: rows[2].id,
      reason: 'row-missing-before',
    });
  });
});
