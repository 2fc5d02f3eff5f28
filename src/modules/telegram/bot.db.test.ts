// The Sala bot against a stand-in of the Bot API, in Khmer: /start, /status, a case tied to the chat, the
// office's question arriving and the chat's answer recorded, the answer arriving and "resolved" pressed.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo } from '../../../test/support/app';
import { stepAs, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { BOT_USERNAME, BotApiStandIn } from '../../../test/support/telegram-bot-api';
import { startWebhookBot } from '../../../test/support/telegram-webhook';
import { createApp } from '../../app';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { dispatchDue } from '../../platform/outbox/dispatch';
import { loggingSender } from '../../platform/outbox/sender';
import { telegramSender } from '../../platform/outbox/telegram-sender';
import { botApi } from '../../platform/telegram/bot-api';
import { citizenKeyMessages } from '../casework/citizen-key.messages';
import { findCaseByCode, staffTimeline } from '../casework/handling.queries';
import { newTelegramLinkToken, telegramLinkPath } from '../casework/telegram-link.commands';
import { type RunningBot, startTelegram } from './bot.routes';

const quiet = () => {};

describeEachDatabase('the Telegram bot (polling)', (t) => {
  let api: BotApiStandIn;
  let bot: RunningBot;
  let nextChat = 7_000_001;
  const newChat = () => nextChat++;

  beforeAll(async () => {
    await seedDemo(t.db);
    api = await new BotApiStandIn().start();
    bot = await startTelegram(
      t.db,
      { token: api.token, apiRoot: api.apiRoot, mode: 'polling', webhookSecret: undefined },
      { baseUrl: 'http://localhost', polling: { holder: 'test', pollSeconds: 1, idleMs: 50 }, log: quiet },
    );
  });
  afterAll(async () => {
    await bot.stop();
    await api.close();
  });

  /** The citizen writes; resolves with the bot's next message(s) to that chat. */
  const say = async (chat: number, text: string, expect = 1) => {
    const before = api.sentTo(chat).length;
    api.push(api.textUpdate(chat, text));
    return (await api.waitForSent(chat, before + expect)).slice(before);
  };
  const press = async (chat: number, data: string) => {
    const before = api.sentTo(chat).length;
    api.push(api.pressUpdate(chat, data));
    return (await api.waitForSent(chat, before + 1)).slice(before);
  };
  const sendOutbox = () =>
    dispatchDue(
      t.db.kysely,
      {
        telegram: telegramSender(botApi({ token: api.token, apiRoot: api.apiRoot })),
        email: loggingSender('email', quiet),
        sms: loggingSender('sms', quiet),
      },
      new Date(),
      { baseUrl: 'http://localhost' },
    );
  const linkedChat = async (trackingCode: string, id: number) => {
    const chat = newChat();
    const token = await newTelegramLinkToken(t.db.kysely, id, new Date());
    const [linked] = await say(chat, `/start ${token}`);
    expect(linked.text).toContain(formatTrackingCode(trackingCode));
    expect(linked.text).toContain('ការជជែកនេះភ្ជាប់នឹងកង្វល់');
    return chat;
  };

  it('greets in Khmer: /start asks the language, then says what the bot does', async () => {
    const chat = newChat();
    const [ask] = await say(chat, '/start');
    expect(ask.text).toContain('ជ្រើសរើសភាសា');
    expect(ask.reply_markup?.inline_keyboard?.flat().map((b) => b.text)).toEqual(['ភាសាខ្មែរ', 'English']);
    const [intro] = await press(chat, 'lang:km');
    expect(intro.text).toContain('នេះជា សាលា');
    const [english] = await press(chat, 'lang:en');
    expect(english.text).toContain('This is Sala');
    // The chat keeps its language.
    const [status] = await say(chat, '/status');
    expect(status.text).toContain('Type /status followed by');
  });

  it('answers /status with the public status only, and a wrong code with what is expected', async () => {
    const { trackingCode } = await submitSample(t.db);
    const chat = newChat();
    const [status] = await say(chat, `/status ${formatTrackingCode(trackingCode)}`);
    expect(status.text).toContain(`កង្វល់ ${formatTrackingCode(trackingCode)}`);
    expect(status.text).toContain('ស្ថានភាព៖');
    // Never the citizen's words or contacts.
    expect(status.text).not.toContain('Sok Chantha');
    expect(status.text).not.toContain('ផ្លូវក្នុងភូមិ');
    const [wrong] = await say(chat, '/status 1234567890');
    expect(wrong.text).toContain('គ្មានកង្វល់ណាមានលេខកូដតាមដាន');
  });

  it('handles an update delivered twice once', async () => {
    const chat = newChat();
    const update = api.push(api.textUpdate(chat, '/status'));
    await api.waitForSent(chat, 1);
    api.push(update);
    api.push(api.textUpdate(chat, '/start'));
    const sent = await api.waitForSent(chat, 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Handled twice, the usage would come twice before the language question.
    expect(api.sentTo(chat)).toHaveLength(2);
    expect(sent[0].text).toContain('សូមវាយ /status');
    expect(sent[1].text).toContain('ជ្រើសរើសភាសា');
  });

  it('brings the office’s question to the tied chat and records the chat’s answer as the citizen’s reply', async () => {
    const { id, trackingCode } = await submitSample(t.db, { preferredContact: 'sms' });
    const chat = await linkedChat(trackingCode, id);
    // Tapping the link is choosing Telegram.
    const contacts = await t.db.kysely
      .selectFrom('case_contacts')
      .select('preferred_contact')
      .where('case_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(contacts.preferred_contact).toBe('telegram');

    await stepAs(t.db, 'co_director', trackingCode, {
      action: 'request_info',
      question: 'តើផ្លូវនោះស្ថិតនៅភូមិណា?',
    });
    await sendOutbox();
    const [question] = await api.waitForSent(chat, 2).then((m) => m.slice(1));
    expect(question.text).toContain('តើផ្លូវនោះស្ថិតនៅភូមិណា?');

    const [thanks] = await say(chat, 'ភូមិត្រពាំងឈូក ជិតវត្ត');
    expect(thanks.text).toContain('ចម្លើយរបស់អ្នកបានផ្ញើទៅការិយាល័យហើយ');
    expect((await findCaseByCode(t.db.kysely, trackingCode))?.status).toBe('received');
    const timeline = await staffTimeline(t.db.kysely, id);
    expect(timeline.at(-1)).toMatchObject({
      action: 'citizen_replies',
      actor_kind: 'citizen',
      internal_note: 'ភូមិត្រពាំងឈូក ជិតវត្ត',
    });

    // Another chat cannot answer for it.
    const stranger = newChat();
    const [nothing] = await say(stranger, 'I am not the citizen');
    expect(nothing.text).toContain('គ្មានកង្វល់ណារបស់អ្នករង់ចាំចម្លើយទេ');
  });

  it('brings the answer with "resolved? yes / no" and records the citizen’s press', async () => {
    const { id, trackingCode } = await submitSample(t.db);
    const chat = await linkedChat(trackingCode, id);
    await stepAs(t.db, 'co_director', trackingCode, { action: 'accept' });
    await stepAs(t.db, 'co_director', trackingCode, {
      action: 'answer_directly',
      answer: 'ក្រសួងសាធារណការនឹងជួសជុលផ្លូវនេះក្នុងខែក្រោយ។',
    });
    await sendOutbox();
    const [answer] = await api.waitForSent(chat, 2).then((m) => m.slice(1));
    expect(answer.text).toContain('តើចម្លើយនេះបានដោះស្រាយឱ្យអ្នកឬទេ?');
    const buttons = answer.reply_markup?.inline_keyboard?.flat() ?? [];
    expect(buttons.map((b) => b.text)).toEqual(['បាទ/ចាស ដោះស្រាយហើយ', 'ទេ មិនទាន់ដោះស្រាយ']);

    const [thanks] = await press(chat, buttons[0].callback_data as string);
    expect(thanks.text).toContain('ចម្លើយបានដោះស្រាយកង្វល់របស់អ្នក');
    const row = await findCaseByCode(t.db.kysely, trackingCode);
    expect(row).toMatchObject({ status: 'closed', outcome_reason: 'resolved' });
    // Pressed again: already recorded, nothing changes.
    const [again] = await press(chat, buttons[1].callback_data as string);
    expect(again.text).toContain('ត្រូវបានកត់ត្រារួចហើយ');
    expect((await findCaseByCode(t.db.kysely, trackingCode))?.status).toBe('closed');

    // "My concerns" lists it with its status.
    const [mine] = await say(chat, 'កង្វល់របស់ខ្ញុំ');
    expect(mine.text).toContain(formatTrackingCode(trackingCode));
  });

  it('sends the citizen’s one-time code to the tied chat, and the code opens the pass', async () => {
    const { id, trackingCode } = await submitSample(t.db, { preferredContact: 'sms' });
    const chat = await linkedChat(trackingCode, id);
    const app = createApp({ db: t.db, config: { baseUrl: 'http://localhost', demo: true }, version: 'test' });
    const citizen = new Browser(app);
    const asked = await citizen.post(`/track/${trackingCode}/code`, {});
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain(citizenKeyMessages.km.codeSent('telegram'));
    const queued = await t.db.kysely
      .selectFrom('outbox')
      .select(['channel', 'recipient'])
      .where('case_id', '=', id)
      .where('template', '=', 'one_time_code')
      .execute();
    expect(queued).toEqual([{ channel: 'telegram', recipient: String(chat) }]);
    await sendOutbox();
    const [message] = await api.waitForSent(chat, 2).then((m) => m.slice(1));
    const code = /\b(\d{6})\b/.exec(
      message.text.replace(/[០-៩]/g, (d) => String('០១២៣៤៥៦៧៨៩'.indexOf(d))),
    )?.[1];
    expect(code).toMatch(/^\d{6}$/);
    const opened = await citizen.post(`/track/${trackingCode}/code/check`, { code: code ?? '' });
    expect(opened.status).toBe(200);
  });

  it('refuses a spent link and answers a sticker with what it expects', async () => {
    const { id } = await submitSample(t.db);
    const token = await newTelegramLinkToken(t.db.kysely, id, new Date());
    await say(newChat(), `/start ${token}`);
    const [spent] = await say(newChat(), `/start ${token}`);
    expect(spent.text).toContain('តំណនេះលែងប្រើបានហើយ');

    const chat = newChat();
    const before = api.sentTo(chat).length;
    api.push(api.messageUpdate(chat, { sticker: { file_id: 's1', type: 'regular' } }));
    const [sticker] = (await api.waitForSent(chat, before + 1)).slice(before);
    expect(sticker.text).toContain('សូមសរសេរសាររបស់អ្នកជាអក្សរ');
  });
});

describeEachDatabase('the Telegram bot (webhook)', (t) => {
  let webhook: Awaited<ReturnType<typeof startWebhookBot>>;
  let api: BotApiStandIn;
  const SECRET = 'webhook-secret-for-tests';

  beforeAll(async () => {
    await seedDemo(t.db);
    webhook = await startWebhookBot(t.db, SECRET);
    api = webhook.api;
  });
  afterAll(() => webhook.stop());

  const post = (body: unknown, secret?: string) => webhook.post(body, secret);

  it('registers its webhook with the secret and answers only updates that carry it', async () => {
    expect(api.webhook).toEqual({ url: 'https://sala.example.org/telegram/webhook', secret_token: SECRET });
    const chat = 8_000_001;
    const update = { update_id: 1, ...api.textUpdate(chat, '/start') };

    expect((await post(update)).status).toBe(401);
    expect((await post(update, 'not-the-secret-at-all')).status).toBe(401);
    expect(api.sentTo(chat)).toHaveLength(0);

    expect((await post(update, SECRET)).status).toBe(200);
    expect((await post(update, SECRET)).status).toBe(200); // Telegram's retry: handled once
    const sent = await api.waitForSent(chat, 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(api.sentTo(chat)).toHaveLength(1);
    expect(sent[0].text).toContain('ជ្រើសរើសភាសា');

    expect((await post({ nothing: true }, SECRET)).status).toBe(400);
  });

  it('answers 503 to an update another process is handling (or died handling), so Telegram sends it again', async () => {
    const chat = 8_000_002;
    const update = { update_id: 2, ...api.textUpdate(chat, '/start') };
    const now = Date.now();
    await t.db.kysely
      .insertInto('inbound_once')
      .values({
        key: 'telegram:2',
        received_at: new Date(now).toISOString(),
        claimed_until: new Date(now + 60_000).toISOString(),
      })
      .execute();
    expect((await post(update, SECRET)).status).toBe(503);
    expect(api.sentTo(chat)).toHaveLength(0);
    // The claim of a process that died runs out: the next delivery is handled.
    await t.db.kysely
      .updateTable('inbound_once')
      .set({ claimed_until: new Date(now - 1000).toISOString() })
      .where('key', '=', 'telegram:2')
      .execute();
    expect((await post(update, SECRET)).status).toBe(200);
    expect((await api.waitForSent(chat, 1))[0].text).toContain('ជ្រើសរើសភាសា');
  });

  it('sends a browser from the site’s link to the bot with the case’s one-time token', async () => {
    const { id } = await submitSample(t.db);
    const token = await newTelegramLinkToken(t.db.kysely, id, new Date());
    const res = await webhook.app.request(telegramLinkPath(token));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`https://t.me/${BOT_USERNAME}?start=${token}`);
  });
});
