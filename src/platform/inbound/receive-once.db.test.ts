// Each message from outside once: a redelivery is skipped, one being handled is "busy", a claim left by a
// dead process runs out, and (for SMS) the same text typed again later is a new message.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { handleOnce } from './receive-once';

describeEachDatabase('handling a received message once', (t) => {
  it('skips a redelivery, but takes the same SMS again after its redelivery window', async () => {
    const now = Date.parse('2026-11-23T02:00:00Z');
    let runs = 0;
    const handle = async () => {
      runs++;
    };
    const at = (minutes: number) => ({ now: new Date(now + minutes * 60_000), repeatsAfterMs: 10 * 60_000 });
    expect(await handleOnce(t.db.kysely, 'sms:test-a', handle, at(0))).toBe('handled');
    expect(await handleOnce(t.db.kysely, 'sms:test-a', handle, at(3))).toBe('duplicate');
    expect(runs).toBe(1);
    // Typed again a quarter of an hour later: a new message, answered again.
    expect(await handleOnce(t.db.kysely, 'sms:test-a', handle, at(15))).toBe('handled');
    expect(await handleOnce(t.db.kysely, 'sms:test-a', handle, at(16))).toBe('duplicate');
    expect(runs).toBe(2);
  });

  it('answers busy while another process handles the message, and gives it back when handling fails', async () => {
    let release: (() => void) | undefined;
    const slow = handleOnce(
      t.db.kysely,
      'sms:test-b',
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    );
    await expect.poll(() => release !== undefined).toBe(true);
    expect(await handleOnce(t.db.kysely, 'sms:test-b', async () => {})).toBe('busy');
    release?.();
    expect(await slow).toBe('handled');
    expect(await handleOnce(t.db.kysely, 'sms:test-b', async () => {})).toBe('duplicate');

    await expect(
      handleOnce(t.db.kysely, 'sms:test-c', async () => {
        throw new Error('database down');
      }),
    ).rejects.toThrow('database down');
    expect(await handleOnce(t.db.kysely, 'sms:test-c', async () => {})).toBe('handled');
  });
});
