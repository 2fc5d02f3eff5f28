// A whole new concern written in the chat, in Khmer, against the Bot API stand-in: buttons and a typed place
// name, wrong inputs answered, a photo fetched and checked, a restart half-way, a step changed from the
// summary, then the tracking code and private link — and the office's news arriving in the same chat.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, testApp } from '../../../test/support/app';
import { stepAs } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { BotApiStandIn, type BotMessage } from '../../../test/support/telegram-bot-api';
import { dispatchDue } from '../../platform/outbox/dispatch';
import { loggingSender } from '../../platform/outbox/sender';
import { telegramSender } from '../../platform/outbox/telegram-sender';
import { botApi } from '../../platform/telegram/bot-api';
import { type RunningBot, startTelegram } from './bot.routes';

const quiet = () => {};
/** A JPEG as its first bytes prove it; the rest is filler. */
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);
/** The first page of an OGG/Opus voice note: the OggS page header, one segment, the OpusHead packet. */
const OGG = Buffer.concat([
  Buffer.from('OggS'),
  Buffer.from([0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 19]),
  Buffer.from('OpusHead'),
  Buffer.from([1, 1, 0x38, 0x01, 0x80, 0xbb, 0, 0, 0, 0, 0]),
  Buffer.alloc(3000, 5),
]);

describeEachDatabase('a new concern in the Telegram chat', (t) => {
  let api: BotApiStandIn;
  let bot: RunningBot;
  let dataDir: string;
  let previousDataDir: string | undefined;
  const chat = 9_100_001;

  const startBot = () =>
    startTelegram(
      t.db,
      { token: api.token, apiRoot: api.apiRoot, mode: 'polling', webhookSecret: undefined },
      {
        baseUrl: 'https://sala.example.org',
        polling: { holder: 'test', pollSeconds: 1, idleMs: 50 },
        log: quiet,
      },
    );

  beforeAll(async () => {
    previousDataDir = process.env.SALA_DATA_DIR;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sala-telegram-'));
    process.env.SALA_DATA_DIR = dataDir;
    await seedDemo(t.db);
    api = await new BotApiStandIn().start();
    bot = await startBot();
  });
  afterAll(async () => {
    await bot.stop();
    await api.close();
    if (previousDataDir === undefined) delete process.env.SALA_DATA_DIR;
    else process.env.SALA_DATA_DIR = previousDataDir;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const next = async (update: ReturnType<BotApiStandIn['textUpdate']>): Promise<BotMessage> => {
    const before = api.sentTo(chat).length;
    api.push(update);
    return (await api.waitForSent(chat, before + 1))[before];
  };
  const say = (text: string) => next(api.textUpdate(chat, text));
  const press = (data: string) => next(api.pressUpdate(chat, data));
  const buttons = (m: BotMessage) => m.reply_markup?.inline_keyboard?.flat() ?? [];

  it('takes the concern step by step, with a photo, and gives the tracking code and private link', async () => {
    const topics = await say('/new');
    expect(topics.text).toContain('កង្វល់ថ្មី (១/៧)');
    expect(buttons(topics).map((b) => b.callback_data)).toContain('nc:cat:infrastructure');

    const provinces = await press('nc:cat:infrastructure');
    expect(provinces.text).toContain('ជ្រើសរើសខេត្ត');
    expect(buttons(provinces).length).toBeGreaterThan(20);
    // A part of the name, typed, narrows the buttons.
    const found = await say('ពេញ');
    expect(buttons(found).map((b) => b.callback_data)).toEqual(['nc:place:12']);
    const nothing = await say('Atlantis');
    expect(nothing.text).toContain('គ្មានទីកន្លែងណាត្រូវនឹង «Atlantis»');

    const districts = await press('nc:place:12');
    expect(buttons(districts).map((b) => b.callback_data)).toContain('nc:place:1201');
    const communes = await press('nc:place:1201');
    expect(buttons(communes).map((b) => b.callback_data)).toContain('nc:place:120101');
    const describe = await press('nc:place:120101');
    expect(describe.text).toContain('សូមរៀបរាប់កង្វល់ (៣/៧)');

    // Wrong inputs get what the step expects.
    expect(
      (await next(api.messageUpdate(chat, { sticker: { file_id: 's', type: 'regular' } }))).text,
    ).toContain('យ៉ាងតិច ១០');
    expect((await say('ខូច')).text).toContain('យ៉ាងតិច ១០');
    const photos = await say('ផ្លូវលំក្នុងភូមិខូចខាតធ្ងន់ធ្ងរ តាំងពីខែមុន។');
    expect(photos.text).toContain('រូបថត និងសារជាសំឡេង (៤/៧)');

    expect(
      (await next(api.messageUpdate(chat, { sticker: { file_id: 's', type: 'regular' } }))).text,
    ).toContain('សូមផ្ញើរូបថត');
    const tooLarge = Buffer.concat([JPEG, Buffer.alloc(1_100_000)]);
    expect((await next(api.photoUpdate(chat, tooLarge))).text).toContain('ធំពេក');
    expect((await next(api.photoUpdate(chat, JPEG))).text).toContain('បានរក្សារូបថតទី ១');
    const name = await press('nc:photos:done');
    expect(name.text).toContain('ឈ្មោះរបស់អ្នក (៥/៧)');

    // The process restarts half-way: the draft is in the database.
    await bot.stop();
    bot = await startBot();

    const confidential = await press('nc:anonymous');
    expect(confidential.text).toContain('(៦/៧)');
    const consent = await press('nc:conf:no');
    expect(consent.text).toContain('(៧/៧)');
    const summary = await press('nc:consent:yes');
    expect(summary.text).toContain('ផ្លូវលំក្នុងភូមិខូចខាតធ្ងន់ធ្ងរ');
    expect(summary.text).toContain('រូបថត៖ 1');
    expect(summary.text).toContain('មិនបញ្ចេញឈ្មោះ');

    // Change one step from the summary: back to the summary after it.
    await press('nc:change:description');
    const changed = await say('ផ្លូវលំក្នុងភូមិខូចខាតធ្ងន់ធ្ងរ ហើយទឹកលិចរាល់ពេលភ្លៀង។');
    expect(changed.text).toContain('ទឹកលិចរាល់ពេលភ្លៀង');
    expect(buttons(changed).map((b) => b.callback_data)).toContain('nc:send');

    const sent = await press('nc:send');
    expect(sent.text).toContain('លេខកូដតាមដាន៖');
    expect(sent.text).toMatch(/https:\/\/sala\.example\.org\/k\/[A-Za-z0-9_-]{22}/);
    const code = sent.text.match(/លេខកូដតាមដាន៖ ([\d-]+)/)?.[1].replace(/-/g, '') as string;

    const row = await t.db.kysely
      .selectFrom('cases')
      .select(['id', 'channel', 'commune_code', 'confidential', 'consent_to_share', 'description'])
      .where('tracking_code', '=', code)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      channel: 'telegram',
      commune_code: '120101',
      confidential: 0,
      consent_to_share: 1,
    });
    expect(row.description).toContain('ទឹកលិចរាល់ពេលភ្លៀង');
    const files = await t.db.kysely
      .selectFrom('case_files')
      .select(['media_type', 'size_bytes', 'stored_name'])
      .where('case_id', '=', row.id)
      .execute();
    expect(files).toEqual([
      { media_type: 'image/jpeg', size_bytes: JPEG.length, stored_name: expect.any(String) },
    ]);
    expect(fs.readFileSync(path.join(dataDir, 'case-files', files[0].stored_name))).toEqual(JPEG);

    // The office's question comes back to this chat.
    await stepAs(t.db, 'co_director', code, { action: 'request_info', question: 'តើនៅភូមិណា?' });
    await dispatchDue(
      t.db.kysely,
      {
        telegram: telegramSender(botApi({ token: api.token, apiRoot: api.apiRoot })),
        email: loggingSender('email', quiet),
        sms: loggingSender('sms', quiet),
      },
      new Date(),
      { baseUrl: 'https://sala.example.org' },
    );
    const all = await api.waitForSent(chat, api.sentTo(chat).length);
    expect(all.some((m) => m.text.includes('តើនៅភូមិណា?'))).toBe(true);
  });

  it('keeps a voice note with the concern, refuses one that is not OGG or too large, and shows it to the office only', async () => {
    await say('/new');
    await press('nc:cat:infrastructure');
    await press('nc:place:12');
    await press('nc:place:skip');
    const photos = await say('ផ្លូវលំក្នុងភូមិខូចខាតធ្ងន់ធ្ងរ តាំងពីខែមុន។');
    expect(photos.text).toContain('សារជាសំឡេង (៤/៧)');

    // A "voice note" whose bytes are a JPEG, and one over 2 MB: what is expected, nothing kept.
    const storedBefore = fs.readdirSync(path.join(dataDir, 'case-files')).length;
    const notOgg = await next(api.voiceUpdate(chat, JPEG));
    expect(notOgg.text).toContain('មិនអាចអានសារជាសំឡេងនោះបានទេ');
    expect(notOgg.text).toContain('OGG');
    const tooLarge = await next(api.voiceUpdate(chat, Buffer.concat([OGG, Buffer.alloc(2_100_000)])));
    expect(tooLarge.text).toContain('សារជាសំឡេងនោះធំពេក (លើសពី ២ MB)');
    expect(fs.readdirSync(path.join(dataDir, 'case-files'))).toHaveLength(storedBefore);

    expect((await next(api.voiceUpdate(chat, OGG))).text).toContain('បានរក្សាសារជាសំឡេង');
    await press('nc:photos:done');
    await press('nc:anonymous');
    await press('nc:conf:no');
    const summary = await press('nc:consent:no');
    expect(summary.text).toContain('រូបថត៖ 0');
    expect(summary.text).toContain('សំឡេង៖ 1 សារជាសំឡេង');
    const sent = await press('nc:send');
    const code = sent.text.match(/លេខកូដតាមដាន៖ ([\d-]+)/)?.[1].replace(/-/g, '') as string;

    const files = await t.db.kysely
      .selectFrom('case_files')
      .innerJoin('cases', 'cases.id', 'case_files.case_id')
      .select(['media_type', 'size_bytes', 'stored_name'])
      .where('cases.tracking_code', '=', code)
      .execute();
    expect(files).toEqual([
      { media_type: 'audio/ogg', size_bytes: OGG.length, stored_name: expect.any(String) },
    ]);
    expect(files[0].stored_name).toMatch(/^[0-9a-f]{32}\.ogg$/);
    expect(fs.readFileSync(path.join(dataDir, 'case-files', files[0].stored_name))).toEqual(OGG);

    // The office plays it on the case page; the commission it goes to, without the citizen's consent, does not.
    await stepAs(t.db, 'co_director', code, {
      action: 'forward',
      destinationKind: 'commission',
      commission: 'C01',
    });
    const app = testApp(t.db);
    const office = await new Browser(app).signIn('co_staff');
    const officePage = await (await office.get(`/office/cases/${code}`)).text();
    const audio = new RegExp(`<audio[^>]*src="(/office/cases/${code}/files/(\\d+))"`).exec(officePage);
    if (!audio) throw new Error('no voice note on the office case page');
    const played = await office.get(audio[1]);
    expect(played.headers.get('content-type')).toBe('audio/ogg');
    expect(Buffer.from(await played.arrayBuffer())).toEqual(OGG);

    const commission = await new Browser(app).signIn('commission_staff');
    const commissionPage = await commission.get(`/commission/cases/${code}`);
    expect(commissionPage.status).toBe(200);
    const commissionHtml = await commissionPage.text();
    expect(commissionHtml).not.toContain('<audio');
    expect(commissionHtml).not.toContain('/files/');
    expect((await commission.get(`/commission/cases/${code}/files/${audio[2]}`)).status).toBe(403);
  });

  it('keeps a shared location with the case, for staff who may read contacts only; "send" twice makes one case', async () => {
    const other = 9_100_077;
    const step = async (update: ReturnType<BotApiStandIn['textUpdate']>) => {
      const before = api.sentTo(other).length;
      api.push(update);
      return (await api.waitForSent(other, before + 1))[before];
    };
    await step(api.textUpdate(other, '/new'));
    await step(api.pressUpdate(other, 'nc:cat:water'));
    // Phnom Penh, as a phone shares it: the nearest commune is chosen, the point kept.
    const shared = { latitude: 11.556374, longitude: 104.928207 };
    const asked = await step(api.messageUpdate(other, { location: shared }));
    expect(asked.text).toContain('(៣/៧)');
    await step(api.textUpdate(other, 'អណ្ដូងទឹកខូច តាំងពីខែមុន សូមជួយផង។'));
    await step(api.pressUpdate(other, 'nc:photos:done'));
    await step(api.pressUpdate(other, 'nc:anonymous'));
    await step(api.pressUpdate(other, 'nc:conf:no'));
    await step(api.pressUpdate(other, 'nc:consent:no'));
    // From the summary, "change name and privacy" asks the name, then confidentiality and consent again.
    await step(api.pressUpdate(other, 'nc:change:name'));
    expect((await step(api.pressUpdate(other, 'nc:anonymous'))).text).toContain('(៦/៧)');
    expect((await step(api.pressUpdate(other, 'nc:conf:no'))).text).toContain('(៧/៧)');
    expect(
      buttons(await step(api.pressUpdate(other, 'nc:consent:yes'))).map((b) => b.callback_data),
    ).toContain('nc:send');
    const sent = await step(api.pressUpdate(other, 'nc:send'));
    const code = sent.text.match(/លេខកូដតាមដាន៖ ([\d-]+)/)?.[1].replace(/-/g, '') as string;
    // Pressed again (or the update redelivered after a crash): the draft went with the case, nothing more is made.
    const again = await step(api.pressUpdate(other, 'nc:send'));
    expect(again.text).not.toContain('លេខកូដតាមដាន៖');
    const made = await t.db.kysely
      .selectFrom('cases')
      .innerJoin('case_telegram_links as l', 'l.case_id', 'cases.id')
      .select(['cases.id', 'cases.province_code'])
      .where('l.chat_id', '=', String(other))
      .execute();
    expect(made).toHaveLength(1);
    expect(made[0].province_code).toBe('12');
    const stored = await t.db.kysely
      .selectFrom('case_locations')
      .select(['latitude', 'longitude'])
      .where('case_id', '=', made[0].id)
      .executeTakeFirstOrThrow();
    expect({ latitude: Number(stored.latitude), longitude: Number(stored.longitude) }).toEqual(shared);

    const app = testApp(t.db);
    const director = await new Browser(app).signIn('co_director');
    const contacts = await (await director.get(`/office/cases/${code}/contacts`)).text();
    expect(contacts).toContain('geo:11.556374,104.928207');
    // Not on the case page itself, nor on any public page.
    expect(await (await director.get(`/office/cases/${code}`)).text()).not.toContain('104.928');
    expect(await (await new Browser(app).get(`/track/${code}`)).text()).not.toContain('104.928');
    expect(await (await new Browser(app).get(`/api/concerns/${code}`)).text()).not.toContain('104.928');
    // Commission staff, whom the citizen did not allow to see who they are: refused.
    const commission = await new Browser(app).signIn('commission_staff');
    expect(await (await commission.get(`/commission/cases/${code}/contacts`)).text()).not.toContain(
      '104.928',
    );
  });

  it('offers to resume or cancel a concern left half-way', async () => {
    await say('/new');
    await press('nc:cat:infrastructure');
    await press('nc:place:12');
    await press('nc:place:skip');
    await say('ផ្លូវលំក្នុងភូមិខូចខាតធ្ងន់ធ្ងរ តាំងពីខែមុន។');
    await next(api.photoUpdate(chat, JPEG));
    const storedBefore = fs.readdirSync(path.join(dataDir, 'case-files')).length;
    const again = await say('/new');
    expect(again.text).toContain('អ្នកមានកង្វល់មួយមិនទាន់ផ្ញើ');
    const resumed = await press('nc:resume');
    expect(resumed.text).toContain('រូបថត និងសារជាសំឡេង (៤/៧)');
    const cancelled = await press('nc:cancel');
    expect(cancelled.text).toContain('កង្វល់ត្រូវបានបោះបង់');
    // The photo of the dropped draft is not kept.
    expect(fs.readdirSync(path.join(dataDir, 'case-files'))).toHaveLength(storedBefore - 1);
    expect((await say('/new')).text).toContain('កង្វល់ថ្មី (១/៧)');
    await say('/cancel');
  });
});
