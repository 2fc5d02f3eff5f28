// "Send" pressed twice at once — a double tap on a slow network, which Telegram may deliver to the webhook as
// two requests at the same time — files one concern or one complaint, and the citizen gets one answer.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import type { BotApiStandIn } from '../../../test/support/telegram-bot-api';
import { startWebhookBot } from '../../../test/support/telegram-webhook';
import { addCounterTestCatalogue } from '../owso/counter-test-data';

const SECRET = 'webhook-secret-of-the-test';

describeEachDatabase('a draft sent twice at the same moment', (t) => {
  let webhook: Awaited<ReturnType<typeof startWebhookBot>>;
  let api: BotApiStandIn;
  let updateId = 1;

  beforeAll(async () => {
    await seedDemo(t.db);
    await addCounterTestCatalogue(t.db);
    webhook = await startWebhookBot(t.db, SECRET);
    api = webhook.api;
  });
  afterAll(() => webhook.stop());

  /** Posts an update as Telegram does; the webhook answers once the update is handled. */
  const deliver = async (update: object) => {
    const res = await webhook.post({ update_id: updateId++, ...update }, SECRET);
    expect(res.status).toBe(200);
  };
  const walk = async (chat: number, steps: string[]) => {
    for (const step of steps) {
      await deliver(step.includes(':') ? api.pressUpdate(chat, step) : api.textUpdate(chat, step));
    }
  };
  const casesOfChat = async (chat: number) =>
    (
      await t.db.kysely
        .selectFrom('case_telegram_links')
        .select('case_id')
        .where('chat_id', '=', String(chat))
        .execute()
    ).length;
  const answersWithCode = (chat: number) =>
    api.sentTo(chat).filter((m) => /sala\.example\.org\/k\//.test(m.text ?? '')).length;

  it('files one complaint when "send" arrives twice at once', async () => {
    const chat = 9_400_001;
    await walk(chat, [
      '/start',
      'lang:km',
      '/complain',
      'ctz:kind:overcharging',
      'ctz:place:12',
      'ctz:place:1201',
      'ctz:place:120101',
      'ctz:service:REG-01',
      'មន្ត្រីឃុំទារលុយលើសថ្លៃផ្លូវការ សម្រាប់លិខិតបញ្ជាក់ទីលំនៅ។',
      'ctz:anonymous',
      'ctz:share:no',
      'ctz:consent:yes',
    ]);
    await Promise.all([
      deliver(api.pressUpdate(chat, 'ctz:send')),
      deliver(api.pressUpdate(chat, 'ctz:send')),
    ]);
    expect(await casesOfChat(chat)).toBe(1);
    expect(answersWithCode(chat)).toBe(1);
  });

  it('files one concern when "send" arrives twice at once', async () => {
    const chat = 9_400_002;
    await walk(chat, [
      '/start',
      'lang:km',
      '/new',
      'nc:cat:infrastructure',
      'nc:place:12',
      'nc:place:skip',
      'ផ្លូវលំក្នុងភូមិខូចខាតធ្ងន់ធ្ងរ តាំងពីខែមុន។',
      'nc:photos:done',
      'nc:anonymous',
      'nc:conf:no',
      'nc:consent:no',
    ]);
    await Promise.all([deliver(api.pressUpdate(chat, 'nc:send')), deliver(api.pressUpdate(chat, 'nc:send'))]);
    expect(await casesOfChat(chat)).toBe(1);
    expect(answersWithCode(chat)).toBe(1);
  });
});
