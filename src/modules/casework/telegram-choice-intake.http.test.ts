// A citizen who chooses Telegram through the API, Open311 or an MP's mission report is given the bot's
// one-time link in the answer (as the web form's page and the staff slip give it), and the link ties the
// case to the chat that opens it; without a bot, no link is promised.
import { beforeAll, expect, it } from 'vitest';
import { Browser, seedDemo, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { createApp } from '../../app';
import type { TelegramEndpoint } from '../../platform/telegram/endpoint';
import { linkChatWithToken } from './telegram-link.commands';
import { chatOfCase } from './telegram-link.queries';

/** A running bot as the web app sees it; the conversation itself is tested in modules/telegram. */
const BOT: TelegramEndpoint = {
  webhookSecret: undefined,
  receive: async () => 'handled',
  botUsername: 'sala_test_bot',
};
const LINK = /^http:\/\/localhost\/telegram\/link\/([A-Za-z0-9_-]{22})$/;

const CONCERN = {
  category: 'water',
  description: 'The village well has been dry since March (demo, fictional).',
  province: '12',
  district: '1201',
  commune: '120101',
  phone: '012 600 800',
  preferredContact: 'telegram',
};

describeEachDatabase(
  'the Telegram link in every intake’s answer',
  (t) => {
    let withBot: ReturnType<typeof testApp>;
    beforeAll(() => {
      withBot = createApp({
        db: t.db,
        config: { baseUrl: 'http://localhost', demo: true },
        version: 'test',
        telegram: BOT,
      });
    });
    const caseId = async (code: string) =>
      (
        await t.db.kysely
          .selectFrom('cases')
          .select('id')
          .where('tracking_code', '=', code)
          .executeTakeFirstOrThrow()
      ).id;
    /** Opening the link in Telegram (`/start <token>`) ties the case to that chat. */
    const tiesCase = async (link: string, code: string, chat: string) => {
      const token = LINK.exec(link)?.[1] ?? '';
      const linked = await linkChatWithToken(t.db, token, chat, new Date());
      expect(linked).toEqual({ ok: true, value: { trackingCode: code } });
      expect(await chatOfCase(t.db.kysely, await caseId(code))).toBe(chat);
      // One time only.
      expect((await linkChatWithToken(t.db, token, 'another', new Date())).ok).toBe(false);
    };

    it('POST /api/concerns answers telegram_link once; a replay, SMS or no bot give none', async () => {
      const post = (app: typeof withBot, body: object, key?: string) =>
        app.request('/api/concerns', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
          body: JSON.stringify(body),
        });
      const res = await post(withBot, CONCERN, 'telegram-choice-1');
      expect(res.status).toBe(201);
      const created = (await res.json()) as { tracking_code: string; telegram_link?: string };
      expect(created.telegram_link).toMatch(LINK);
      const replay = await post(withBot, CONCERN, 'telegram-choice-1');
      expect((await replay.json()) as object).not.toHaveProperty('telegram_link');
      await tiesCase(created.telegram_link ?? '', created.tracking_code, '9100001');

      const sms = await post(withBot, { ...CONCERN, preferredContact: 'sms' });
      expect((await sms.json()) as object).not.toHaveProperty('telegram_link');
      const noBot = await post(testApp(t.db), CONCERN);
      expect(noBot.status).toBe(201);
      expect((await noBot.json()) as object).not.toHaveProperty('telegram_link');
    });

    it('Open311 POST answers telegram_link for attribute[preferred_contact]=telegram', async () => {
      const res = await withBot.request('/open311/v2/requests.json', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          service_code: 'water',
          address_id: '12',
          description: CONCERN.description,
          phone: CONCERN.phone,
          'attribute[preferred_contact]': 'telegram',
        }),
      });
      expect(res.status).toBe(201);
      const [item] = (await res.json()) as { service_request_id: string; telegram_link?: string }[];
      expect(item.telegram_link).toMatch(LINK);
      await tiesCase(item.telegram_link ?? '', item.service_request_id, '9100002');
    });

    it('an MP’s mission report shows each Telegram citizen’s link after recording', async () => {
      const staff = await new Browser(withBot).signIn('co_staff');
      await staff.get('/lang/en');
      const planned = await staff.post('/office/missions', {
        office: 'CO-12',
        purpose: 'Listen to fishers (demo)',
        startsOn: '2026-01-10',
        endsOn: '2026-01-10',
        communes: '120101',
      });
      expect(planned.status).toBe(303);
      const missionPath = (planned.headers.get('location') ?? '').split('?')[0];
      const res = await staff.post(`${missionPath}/report`, {
        meetingsHeld: '1',
        citizensMet: '12',
        'c0-category': 'water',
        'c0-commune': '120101',
        'c0-description': CONCERN.description,
        'c0-phone': CONCERN.phone,
        'c0-preferredContact': 'telegram',
        'c1-category': 'infrastructure',
        'c1-commune': '120101',
        'c1-description': 'The road floods every rainy season (demo, fictional).',
        'c1-phone': '012 600 801',
      });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('These citizens chose Telegram.');
      const links = [...html.matchAll(/href="(\/telegram\/link\/[A-Za-z0-9_-]{22})"/g)].map((m) => m[1]);
      expect(links).toHaveLength(1);
      const code = /<span translate="no">(\d{3}-\d{3}-\d{3}-\d)<\/span>/.exec(html)?.[1]?.replaceAll('-', '');
      await tiesCase(`http://localhost${links[0]}`, code ?? '', '9100003');
    });
  },
  seedDemo,
);
