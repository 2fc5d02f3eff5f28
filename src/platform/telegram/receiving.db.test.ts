// Receiving the bot's updates from a stand-in Bot API: one poller among processes sharing the database, each update once.
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { BotApiStandIn } from '../../../test/support/telegram-bot-api';
import { botApi } from './bot-api';
import { handleUpdateOnce, startPolling, webhookSecretMatches } from './receiving';
import { findLease } from './telegram.queries';

const waitUntil = async (done: () => boolean, what: string, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describeEachDatabase('receiving Telegram updates', (t) => {
  let api: BotApiStandIn;
  beforeAll(async () => {
    api = await new BotApiStandIn().start();
  });
  afterAll(async () => {
    await api.close();
  });

  it('lets one of two processes poll; the other takes over when it stops, and no update is handled twice', async () => {
    const handled: { by: string; id: number }[] = [];
    const pollerOf = (holder: string) =>
      startPolling(
        t.db.kysely,
        botApi({ token: api.token, apiRoot: api.apiRoot }),
        async (u: Update) => {
          handled.push({ by: holder, id: u.update_id });
        },
        { holder, leaseMs: 4000, pollSeconds: 1, idleMs: 50, log: () => {} },
      );
    const first = pollerOf('process-a');
    await waitUntil(() => first.holdsLease(), 'the first process to take the lease');
    const second = pollerOf('process-b');

    const one = api.push(api.textUpdate(1001, 'សួស្តី'));
    api.push(api.textUpdate(1001, 'hello'));
    await waitUntil(() => handled.length === 2, 'two updates handled');
    expect(handled.map((h) => h.by)).toEqual(['process-a', 'process-a']);
    expect(second.holdsLease()).toBe(false);

    await first.stop();
    // Delivered again after the change of poller (Telegram had not been told it was handled): skipped.
    api.push(one);
    const three = api.push(api.textUpdate(1001, 'third'));
    await waitUntil(() => handled.some((h) => h.id === three.update_id), 'the second process to poll');
    expect(second.holdsLease()).toBe(true);
    expect(handled.filter((h) => h.id === one.update_id)).toHaveLength(1);
    expect((await findLease(t.db.kysely, 'polling'))?.holder).toBe('process-b');
    await second.stop();
  });

  it('handles an update delivered twice once, and again if handling it failed', async () => {
    const update = { update_id: 99_000_001, message: undefined } as unknown as Update;
    let runs = 0;
    const handle = async () => {
      runs++;
    };
    expect(await handleUpdateOnce(t.db.kysely, update, handle)).toBe('handled');
    expect(await handleUpdateOnce(t.db.kysely, update, handle)).toBe('duplicate');
    expect(runs).toBe(1);

    const failing = { update_id: 99_000_002 } as unknown as Update;
    await expect(
      handleUpdateOnce(t.db.kysely, failing, async () => {
        throw new Error('database down');
      }),
    ).rejects.toThrow('database down');
    expect(await handleUpdateOnce(t.db.kysely, failing, handle)).toBe('handled');
  });

  it('handles an update whose process died while handling it once its claim runs out: never lost', async () => {
    const update = { update_id: 99_000_003 } as unknown as Update;
    const now = new Date();
    let started = false;
    // The process is killed in the middle: its handler never finishes, nothing is given back.
    void handleUpdateOnce(
      t.db.kysely,
      update,
      () => {
        started = true;
        return new Promise<void>(() => {});
      },
      now,
    );
    await waitUntil(() => started, 'the first handler to start');
    let runs = 0;
    const handle = async () => {
      runs++;
    };
    // Redelivered while the claim holds: not handled, and not confirmed either (Telegram tries again).
    expect(await handleUpdateOnce(t.db.kysely, update, handle, new Date(now.getTime() + 60_000))).toBe(
      'busy',
    );
    expect(runs).toBe(0);
    // Redelivered after it ran out: handled, once.
    const later = new Date(now.getTime() + 3 * 60_000);
    expect(await handleUpdateOnce(t.db.kysely, update, handle, later)).toBe('handled');
    expect(await handleUpdateOnce(t.db.kysely, update, handle, later)).toBe('duplicate');
    expect(runs).toBe(1);
  });
});

it('accepts the webhook secret only when it is exactly the one set', () => {
  expect(webhookSecretMatches('a-long-enough-secret', 'a-long-enough-secret')).toBe(true);
  expect(webhookSecretMatches('a-long-enough-secreT', 'a-long-enough-secret')).toBe(false);
  expect(webhookSecretMatches(undefined, 'a-long-enough-secret')).toBe(false);
  expect(webhookSecretMatches('', 'a-long-enough-secret')).toBe(false);
});
