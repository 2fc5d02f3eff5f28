// A complaint to a district's Citizens' Office written in the chat, in Khmer, against the Bot API stand-in:
// started by the menu's button or the word បណ្តឹង, kind, place, service, description, consent — then the
// tracking code and the private link; the complaint is in that district office's queue only, and the
// ombudsman's answer comes back to the chat with the tracking code.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, testApp } from '../../../test/support/app';
import { stepAs } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { BotApiStandIn, type BotMessage } from '../../../test/support/telegram-bot-api';
import { createUser, grantRole } from '../../platform/auth/manage-users';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { dispatchDue } from '../../platform/outbox/dispatch';
import { loggingSender } from '../../platform/outbox/sender';
import { telegramSender } from '../../platform/outbox/telegram-sender';
import { botApi } from '../../platform/telegram/bot-api';
import { addCounterTestCatalogue } from '../owso/counter-test-data';
import { botMessages } from './bot.messages';
import { type RunningBot, startTelegram } from './bot.routes';

const quiet = () => {};
const PASSWORD = 'another-ombudsman-1';

describeEachDatabase("a complaint to the Citizens' Office in the Telegram chat", (t) => {
  let api: BotApiStandIn;
  let bot: RunningBot;
  let chat = 9_300_001;

  beforeAll(async () => {
    await seedDemo(t.db);
    // A few commune services: the complaint names one.
    await addCounterTestCatalogue(t.db);
    // The ombudsman of another district (Doun Penh, CTZ-1202), to show the complaint stays out of its queue.
    const admin = { userId: null, label: 'test' };
    const made = await createUser(
      t.db,
      admin,
      { username: 'ombudsman_dounpenh', displayName: 'Ombudsman (fictional)', password: PASSWORD },
      new Date(),
    );
    if (!made.ok) throw new Error(made.error);
    const granted = await grantRole(
      t.db,
      admin,
      made.value.id,
      { role: 'ombudsman', scopeType: 'office', scopeCode: 'CTZ-1202' },
      new Date(),
    );
    if (!granted.ok) throw new Error(granted.error);
    api = await new BotApiStandIn().start();
    bot = await startTelegram(
      t.db,
      { token: api.token, apiRoot: api.apiRoot, mode: 'polling', webhookSecret: undefined },
      {
        baseUrl: 'https://sala.example.org',
        polling: { holder: 'test', pollSeconds: 1, idleMs: 50 },
        log: quiet,
      },
    );
  });
  afterAll(async () => {
    await bot.stop();
    await api.close();
  });

  const next = async (update: ReturnType<BotApiStandIn['textUpdate']>): Promise<BotMessage> => {
    const before = api.sentTo(chat).length;
    api.push(update);
    return (await api.waitForSent(chat, before + 1))[before];
  };
  const say = (text: string) => next(api.textUpdate(chat, text));
  const press = (data: string) => next(api.pressUpdate(chat, data));
  const buttons = (m: BotMessage) => m.reply_markup?.inline_keyboard?.flat() ?? [];

  it('offers the complaint at the start, takes it step by step and files it with the right district office', async () => {
    chat += 1;
    await say('/start');
    const intro = await press('lang:km');
    expect(intro.text).toContain('/complain');
    expect(intro.text).toContain('បណ្តឹង');
    // The persistent menu (a reply keyboard) offers the complaint beside the concern.
    const keyboard = (intro.reply_markup as { keyboard?: { text: string }[][] } | undefined)?.keyboard;
    const menu = keyboard?.flat().map((b) => b.text);
    expect(menu).toContain(botMessages.km.newComplaintButton);

    const kinds = await say(botMessages.km.newComplaintButton);
    expect(kinds.text).toContain('បណ្តឹងទៅការិយាល័យប្រជាពលរដ្ឋ (១/៧)');
    expect(buttons(kinds).map((b) => b.callback_data)).toContain('ctz:kind:overcharging');

    const provinces = await press('ctz:kind:overcharging');
    expect(provinces.text).toContain('(២/៧)');
    // A part of the name, typed, narrows the buttons.
    expect(buttons(await say('ពេញ')).map((b) => b.callback_data)).toEqual(['ctz:place:12']);
    const districts = await press('ctz:place:12');
    expect(buttons(districts).map((b) => b.callback_data)).toContain('ctz:place:1201');
    const communes = await press('ctz:place:1201');
    expect(buttons(communes).map((b) => b.callback_data)).toEqual(
      expect.arrayContaining(['ctz:place:district', 'ctz:place:120101']),
    );
    const services = await press('ctz:place:120101');
    expect(services.text).toContain('សេវាអ្វី (៣/៧)');
    expect(buttons(services).map((b) => b.callback_data)).toEqual(
      expect.arrayContaining(['ctz:service:REG-01', 'ctz:service:other']),
    );

    const describe = await press('ctz:service:REG-01');
    expect(describe.text).toContain('(៤/៧)');
    expect((await say('ខូច')).text).toContain('យ៉ាងតិច ១០');
    const name = await say('មន្ត្រីឃុំទារលុយ ២០.០០០ រៀល លើសថ្លៃផ្លូវការ សម្រាប់លិខិតបញ្ជាក់ទីលំនៅ។');
    expect(name.text).toContain('(៥/៧)');
    const share = await press('ctz:anonymous');
    expect(share.text).toContain('(៦/៧)');
    const consent = await press('ctz:share:no');
    expect(consent.text).toContain('(៧/៧)');
    const summary = await press('ctz:consent:yes');
    expect(summary.text).toContain('មន្ត្រីឃុំទារលុយ');
    expect(summary.text).toContain('មិនបញ្ចេញឈ្មោះ');

    const sent = await press('ctz:send');
    expect(sent.text).toContain('ការិយាល័យប្រជាពលរដ្ឋ');
    expect(sent.text).toMatch(/https:\/\/sala\.example\.org\/k\/[A-Za-z0-9_-]{22}/);
    const code = sent.text.match(/លេខកូដតាមដាន៖ ([\d-]+)/)?.[1].replace(/-/g, '') as string;
    expect(code).toMatch(/^\d{10}$/);

    const row = await t.db.kysely
      .selectFrom('cases')
      .innerJoin('citizens_office_complaints as k', 'k.case_id', 'cases.id')
      .innerJoin('case_telegram_links as l', 'l.case_id', 'cases.id')
      .select([
        'cases.office_code',
        'cases.channel',
        'cases.confidential',
        'k.kind',
        'k.service',
        'k.about_place',
      ])
      .where('cases.tracking_code', '=', code)
      .where('l.chat_id', '=', String(chat))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      office_code: 'CTZ-1201',
      channel: 'telegram',
      confidential: 1,
      kind: 'overcharging',
      service: 'REG-01',
      about_place: '120101',
    });

    // In Chamkar Mon's Citizens' Office queue; not in Doun Penh's, nor in the constituency office's.
    const app = testApp(t.db);
    const ombudsman = await new Browser(app).signIn('ombudsman');
    expect(await (await ombudsman.get('/office/cases')).text()).toContain(formatTrackingCode(code));
    const other = await new Browser(app).signIn('ombudsman_dounpenh', PASSWORD);
    expect(await (await other.get('/office/cases')).text()).not.toContain(formatTrackingCode(code));
    expect((await other.get(`/office/cases/${code}`)).status).toBe(404);
    const constituency = await new Browser(app).signIn('co_staff');
    expect(await (await constituency.get('/office/cases')).text()).not.toContain(formatTrackingCode(code));

    // The ombudsman's answer arrives in the chat, with the tracking code.
    await stepAs(t.db, 'ombudsman', code, { action: 'accept' });
    await stepAs(t.db, 'ombudsman', code, {
      action: 'answer_directly',
      answer: 'ឃុំនឹងសងប្រាក់ ១០.០០០ រៀលវិញ ហើយមន្ត្រីនោះត្រូវបានព្រមាន។',
    });
    const before = api.sentTo(chat).length;
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
    const news = (await api.waitForSent(chat, before + 1)).slice(before);
    const answer = news.find((m) => m.text.includes('មានចម្លើយហើយ'));
    expect(answer?.text).toContain(formatTrackingCode(code));
    // Called what the citizen sent: a complaint (បណ្តឹង), not a concern (កង្វល់).
    expect(answer?.text).toContain(`បណ្តឹង ${formatTrackingCode(code)}`);
    expect(news.map((m) => m.text).join('\n')).not.toContain('កង្វល់');
    // With "resolved? yes / no" under it, as a concern's answer.
    expect(buttons(answer as BotMessage).map((b) => b.callback_data)).toEqual([
      `fb:yes:${code}`,
      `fb:no:${code}`,
    ]);
    await press(`fb:yes:${code}`);
    const closed = await t.db.kysely
      .selectFrom('cases')
      .select('status')
      .where('tracking_code', '=', code)
      .executeTakeFirstOrThrow();
    expect(closed.status).toBe('closed');
  });

  it('starts on the word បណ្តឹង, sends nothing without consent, and /cancel drops a complaint', async () => {
    chat += 1;
    const count = async () =>
      Number(
        (
          await t.db.kysely
            .selectFrom('citizens_office_complaints')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    expect((await say('បណ្តឹង')).text).toContain('(១/៧)');
    await press('ctz:kind:rudeness');
    await press('ctz:place:12');
    await press('ctz:place:1201');
    await press('ctz:place:district');
    await press('ctz:service:other');
    await say('មន្ត្រីស្រុកស្រែកដាក់ម្តាយខ្ញុំនៅបញ្ជរ។');
    await say('Chea Dara (fictional)');
    await press('ctz:share:yes');
    const refused = await press('ctz:consent:no');
    expect(refused.text).toContain('គ្មានអ្វីត្រូវបានផ្ញើទេ');
    expect((await press('ctz:send')).text).toContain('មិនមានបណ្តឹងកំពុងសរសេរទេ');

    expect((await say('/complain')).text).toContain('(១/៧)');
    expect((await say('/cancel')).text).toContain('បណ្តឹងត្រូវបានបោះបង់');
    expect(await count()).toBe(before);
    // A concern's /cancel still answers as before.
    expect((await say('/cancel')).text).toContain('កង្វល់ត្រូវបានបោះបង់');
  });

  it('keeps a complaint being written when a concern is started or an old cancel button is pressed', async () => {
    chat += 1;
    expect((await say('/complain')).text).toContain('(១/៧)');
    await press('ctz:kind:delay');
    expect((await say('/new')).text).toContain('អ្នកកំពុងសរសេរបណ្តឹងមួយ');
    // The concern's cancel button from an older message finds no concern and leaves the complaint alone.
    expect((await press('nc:cancel')).text).toContain('មិនមានកង្វល់កំពុងសរសេរទេ');
    // A button without its value is answered, not a crash: the complaint is asked again where it stood.
    expect((await press('ctz:place')).text).toContain('(២/៧)');
  });

  it('acts in private chats only: a group gets a pointer to a private chat and nothing is kept', async () => {
    const group = -4242;
    const inGroup = api.textUpdate(group, '/complain');
    Object.assign(inGroup.message ?? {}, { chat: { id: group, type: 'group', title: 'Village group' } });
    const before = api.sentTo(group).length;
    api.push(inGroup);
    const [answer] = (await api.waitForSent(group, before + 1)).slice(before);
    expect(answer?.text).toContain(botMessages.km.privateChatOnly);
    expect(answer?.text).toContain(botMessages.en.privateChatOnly);
    const kept = await t.db.kysely
      .selectFrom('telegram_chats')
      .select('chat_id')
      .where('chat_id', '=', String(group))
      .executeTakeFirst();
    expect(kept).toBeUndefined();
  });

  // Last: the services it adds would push the catalogue's first services off the first page of buttons.
  it('offers a large catalogue twenty services at a time and finds the others by a typed part of the name', async () => {
    const at = '2026-01-01T00:00:00.000Z';
    const service = (code: string, en: string, km: string) => ({
      code,
      category_code: 'registration',
      level: 'commune' as const,
      name_en: en,
      name_km: km,
      max_days: 5,
      documents_en: 'Identity card',
      documents_km: 'អត្តសញ្ញាណប័ណ្ណ',
      who_may_apply_en: 'Anyone',
      who_may_apply_km: 'គ្រប់គ្នា',
      legal_basis: 'Sample (not official)',
      pay_at_counter: 1,
      pay_at_agency: 0,
      is_sample: 1,
      search_text: en.toLowerCase(),
      updated_at: at,
    });
    // More services than a Telegram message may carry buttons (100): the real catalogues are this large.
    const many = Array.from({ length: 130 }, (_, i) =>
      service(`BIG-${String(i).padStart(3, '0')}`, `Sample permit ${i} (sample)`, `លិខិតអនុញ្ញាតគំរូទី ${i} (គំរូ)`),
    );
    // Written with coeng-da; the citizen types coeng-ta.
    many.push(service('BIG-999', 'Provision of a well permit (sample)', 'ការផ្ដល់លិខិតអណ្ដូង (គំរូ)'));
    await t.db.kysely.insertInto('owso_services').values(many).execute();

    chat += 1;
    await say('/complain');
    await press('ctz:kind:delay');
    await press('ctz:place:12');
    await press('ctz:place:1201');
    const services = await press('ctz:place:district');
    expect(services.text).toContain('២០ ដំបូងក្នុងចំណោម');
    expect(buttons(services)).toHaveLength(21); // twenty, and "another service"
    expect(buttons(services).at(-1)?.callback_data).toBe('ctz:service:other');

    const found = await say('ផ្តល់លិខិតអណ្តូង');
    expect(buttons(found).map((b) => b.callback_data)).toEqual(['ctz:service:BIG-999', 'ctz:service:other']);
    expect((await say('Atlantis')).text).toContain('គ្មានសេវាណាត្រូវនឹង «Atlantis»');
    expect((await press('ctz:service:BIG-999')).text).toContain('(៤/៧)');
  });
});
