// The clean-up job: old form tokens, rate-limit events and idempotency records go, recent ones stay,
// nothing is audited, and a failing run is logged instead of stopping the process.
import { beforeAll, expect, it, vi } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { lastAuditId } from '../../../test/support/audit';
import { describeEachDatabase } from '../../../test/support/databases';
import type { Executor } from '../../db/database';
import { cleanUp, startCleanupLoop } from './cleanup';

const NOW = new Date('2026-11-20T03:00:00Z');
const ago = (hours: number) => new Date(NOW.getTime() - hours * 60 * 60 * 1000).toISOString();

describeEachDatabase(
  'the clean-up job',
  (t) => {
    beforeAll(async () => {
      const db = t.db.kysely;
      await db
        .insertInto('form_tokens')
        .values([
          { token_hash: 'old-unused', created_at: ago(49), used_at: null, case_id: null },
          { token_hash: 'old-used', created_at: ago(72), used_at: ago(71), case_id: null },
          { token_hash: 'recent', created_at: ago(47), used_at: null, case_id: null },
        ])
        .execute();
      await db
        .insertInto('rate_events')
        .values([
          { bucket: 'public-intake', key_hash: 'a', at: ago(49) },
          { bucket: 'public-intake', key_hash: 'a', at: ago(1) },
        ])
        .execute();
      const record = { scope: 'api', request_hash: 'h', response_status: 201, response_body: '{}' };
      await db
        .insertInto('idempotency_keys')
        .values([
          { ...record, key: 'week-old', created_at: ago(7 * 24 + 1) },
          { ...record, key: 'six-days', created_at: ago(6 * 24) },
        ])
        .execute();
    });

    it('deletes what is past its window, keeps the rest, and audits nothing', async () => {
      const auditBefore = await lastAuditId(t.db);
      expect(await cleanUp(t.db.kysely, NOW)).toEqual({
        formTokens: 2,
        rateEvents: 1,
        idempotencyKeys: 1,
        citizenPasses: 0,
      });
      const db = t.db.kysely;
      expect(await db.selectFrom('form_tokens').select('token_hash').execute()).toEqual([
        { token_hash: 'recent' },
      ]);
      expect(await db.selectFrom('rate_events').select('at').execute()).toEqual([{ at: ago(1) }]);
      expect(await db.selectFrom('idempotency_keys').select('key').execute()).toEqual([{ key: 'six-days' }]);
      expect(await lastAuditId(t.db)).toBe(auditBefore);
    });

    it('finds nothing more to delete on the next run', async () => {
      expect(await cleanUp(t.db.kysely, NOW)).toEqual({
        formTokens: 0,
        rateEvents: 0,
        idempotencyKeys: 0,
        citizenPasses: 0,
      });
    });

    it('runs in a loop that logs a failure and keeps going', async () => {
      const broken = {
        deleteFrom() {
          throw new Error('database unreachable');
        },
      } as unknown as Executor;
      const log = vi.fn();
      const loop = startCleanupLoop(broken, { intervalMs: 10, log });
      await vi.waitFor(() => expect(log.mock.calls.length).toBeGreaterThanOrEqual(2));
      await loop.stop();
      expect(log).toHaveBeenCalledWith('Clean-up failed: database unreachable');
    });
  },
  seedDemo,
);
