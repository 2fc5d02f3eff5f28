// "Send" pressed twice at once — a double tap on a slow network, which Telegram may deliver to the webhook as
// two requests at the same time — files one concern or one complaint, and the citizen gets one answer.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { BotApiStandIn } from '../../../test/support/telegram-bot-api';
import { createApp } from '../../app';
import { addCounterTestCatalogue } from '../owso/counter-test-data';
import { type RunningBot, startTelegram } from './bot.routes';

const SECRET = 'webhook-secret-of-the-test';
const quiet = () => {};

describeEachDatabase('a draft sent twice at the same moment', (t) => {
  let api: BotApiStandIn;
  let bot: RunningBot;
  let updateId = 1;

  beforeAll(async () => {
    await seedDemo(t.db);
    await addCounterTestCatalogue(t.db);
    api = await new BotApiStandIn().start();
    bot = await startTelegram(
      t.db,
      { token: api.token, apiRoot: api.apiRoot, mode: 'webhook', webhookSecret: SECRET },
      { baseUrl: 'https://sala.example.org', log: quiet },
    );
  });
  afterAll(async () => {
    await bot.stop();
    await api.close();
  });

  const app = () =>
    createApp({
      db: t.db,
      config: { baseUrl: 'http://localhost', demo: true },
      version: 'test',
      telegram: bot.endpoint,
    });
  /** Posts an update as Telegram does; the webhook answers once the update is handled. */
  const deliver = async (update: object) => {
    const res = await app().request('/telegram/webhook', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify({ update_id: updateId++, ...update }),
    });
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
