// Rate limits count per caller and window, on both databases.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { takeRateSlot } from './rate-limit.queries';

const LIMIT = { bucket: 'test', max: 3, windowMs: 60_000 };
const NOW = new Date('2026-11-22T10:00:00Z');

describeEachDatabase('rate limits', (t) => {
  it('lets a caller through up to the limit, then refuses until the window has passed', async () => {
    const take = (key: string, at: Date) => takeRateSlot(t.db.kysely, LIMIT, key, at);
    expect([await take('10.0.0.1', NOW), await take('10.0.0.1', NOW), await take('10.0.0.1', NOW)]).toEqual([
      true,
      true,
      true,
    ]);
    expect(await take('10.0.0.1', NOW)).toBe(false);
    expect(await take('10.0.0.2', NOW)).toBe(true);
    expect(await take('10.0.0.1', new Date(NOW.getTime() + 61_000))).toBe(true);
  });

  it('keeps no address in clear', async () => {
    const rows = await t.db.kysely.selectFrom('rate_events').select('key_hash').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain('10.0.0.1');
  });
});
