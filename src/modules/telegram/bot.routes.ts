// The Sala bot's conversation: /start (language, what it does, a case's start link), /status, "my concerns",
// a new concern or a complaint to a district's Citizens' Office, the citizen's answer to the office's question,
// and "resolved? yes / no" under an answer; and how this process starts receiving the bot's updates.
import { hostname } from 'node:os';
import { Bot, type Context, InlineKeyboard, Keyboard } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { TelegramSettings } from '../../config';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { formatDate, type Lang } from '../../platform/i18n/i18n';
import { formatTrackingCode, parseTrackingCode } from '../../platform/ids/tracking-code';
import { FEEDBACK_PREFIX } from '../../platform/telegram/bot-api';
import type { TelegramEndpoint } from '../../platform/telegram/endpoint';
import {
  ALLOWED_UPDATES,
  handleUpdateOnce,
  type PollingOptions,
  startPolling,
} from '../../platform/telegram/receiving';
import { endChatStateIf, findChat, saveChat } from '../../platform/telegram/telegram.queries';
import {
  caseStatusText,
  findPublicCase,
  type HandlingInput,
  handleCase,
  handlingInputSchema,
  linkChatWithToken,
  telegramChatCases,
} from '../casework';
import { type BotTexts, botMessages } from './bot.messages';
import { type ComplaintDraft, isComplaintWord, registerNewComplaint } from './new-complaint.routes';
import { type Draft, registerNewConcern } from './new-concern.routes';

export interface BotSettings {
  token: string;
  apiRoot: string;
  /** SALA_BASE_URL: the citizen's private link is on the site. */
  baseUrl: string;
}

/** What a chat is in the middle of, kept in the database between updates (so a restart loses nothing). */
type ChatState =
  | { step: 'choose-reply'; text: string }
  | { step: 'new-concern'; draft: Draft }
  | { step: 'new-complaint'; draft: ComplaintDraft }
  | null;

const REPLY_PREFIX = 'reply';
const LANG_PREFIX = 'lang';

/** The bot over Sala's database; `botInfo` (from getMe) is asked for once when it is not given. */
export async function createSalaBot(db: Db, settings: BotSettings, botInfo?: UserFromGetMe) {
  const bot = new Bot(settings.token, { client: { apiRoot: settings.apiRoot }, botInfo });
  if (!botInfo) await bot.init();
  // Concerns and complaints are personal: in a group, anyone could press another's buttons and read the
  // private link. The bot acts in private chats only; elsewhere it says so (to a message) and does nothing else.
  bot.filter(
    (ctx) => ctx.chat !== undefined && ctx.chat.type !== 'private',
    async (ctx) => {
      if (ctx.message)
        await ctx.reply(`${botMessages.km.privateChatOnly}\n${botMessages.en.privateChatOnly}`);
    },
  );

  const chatIdOf = (ctx: Context) => String(ctx.chat?.id ?? ctx.from?.id);
  const chatOf = async (ctx: Context) => {
    const row = await findChat(db.kysely, chatIdOf(ctx));
    const lang: Lang = row?.lang === 'en' ? 'en' : 'km';
    const state = row?.state ? (JSON.parse(row.state) as ChatState) : null;
    return { lang, state, t: botMessages[lang] };
  };
  const save = (ctx: Context, lang: Lang, state: ChatState, trx: Executor = db.kysely) =>
    saveChat(trx, {
      chat_id: chatIdOf(ctx),
      lang,
      state: state ? JSON.stringify(state) : null,
      updated_at: new Date().toISOString(),
    });
  const take = (ctx: Context, state: NonNullable<ChatState>, trx: Executor) =>
    endChatStateIf(trx, chatIdOf(ctx), JSON.stringify(state), new Date().toISOString());
  const menu = (t: BotTexts) =>
    new Keyboard()
      .text(t.newConcernButton)
      .text(t.newComplaintButton)
      .row()
      .text(t.myConcernsButton)
      .resized()
      .persistent();

  // Registered first: its /cancel takes a complaint being written before the concern's /cancel sees it.
  const { startNewComplaint, onComplaintMessage } = registerNewComplaint(bot, db, settings, {
    async draftOf(ctx) {
      const { lang, state } = await chatOf(ctx);
      return {
        lang,
        draft: state?.step === 'new-complaint' ? state.draft : null,
        otherDraft: state?.step === 'new-concern',
      };
    },
    saveDraft: (ctx, lang, draft, trx) =>
      save(ctx, lang, draft ? { step: 'new-complaint', draft } : null, trx),
    takeDraft: (ctx, draft, trx) => take(ctx, { step: 'new-complaint', draft }, trx),
  });
  const { startNewConcern, onDraftMessage } = registerNewConcern(bot, db, settings, {
    async draftOf(ctx) {
      const { lang, state } = await chatOf(ctx);
      return {
        lang,
        draft: state?.step === 'new-concern' ? state.draft : null,
        otherDraft: state?.step === 'new-complaint',
      };
    },
    saveDraft: (ctx, lang, draft, trx) => save(ctx, lang, draft ? { step: 'new-concern', draft } : null, trx),
    takeDraft: (ctx, draft, trx) => take(ctx, { step: 'new-concern', draft }, trx),
  });

  bot.command('start', async (ctx) => {
    const { lang, t } = await chatOf(ctx);
    const token = ctx.match.trim();
    if (token) {
      const linked = await linkChatWithToken(db, token, chatIdOf(ctx), new Date());
      await save(ctx, lang, null);
      await ctx.reply(linked.ok ? t.linked(formatTrackingCode(linked.value.trackingCode)) : t.linkUnknown, {
        reply_markup: menu(t),
      });
      return;
    }
    await ctx.reply(t.chooseLanguage, {
      reply_markup: new InlineKeyboard()
        .text('ភាសាខ្មែរ', `${LANG_PREFIX}:km`)
        .text('English', `${LANG_PREFIX}:en`),
    });
  });

  bot.command('status', async (ctx) => {
    const { lang, t } = await chatOf(ctx);
    await ctx.reply(await statusText(db, ctx.match.trim(), lang, t));
  });

  bot.command(['cases', 'my'], async (ctx) => {
    const { lang, t } = await chatOf(ctx);
    await ctx.reply(await myConcernsText(db, chatIdOf(ctx), lang, t), { reply_markup: menu(t) });
  });

  bot.callbackQuery(/^lang:(km|en)$/, async (ctx) => {
    const lang: Lang = ctx.match[1] === 'en' ? 'en' : 'km';
    const t = botMessages[lang];
    await save(ctx, lang, null);
    await ctx.answerCallbackQuery();
    await ctx.reply(t.intro, { reply_markup: menu(t) });
  });

  bot.callbackQuery(new RegExp(`^${FEEDBACK_PREFIX}:(yes|no):(\\d{10})$`), async (ctx) => {
    const { t } = await chatOf(ctx);
    const resolved = ctx.match[1] === 'yes';
    const input: HandlingInput = resolved
      ? { action: 'confirm_resolved' }
      : { action: 'report_unresolved', note: null };
    const result = await handleCase(
      db,
      ctx.match[2],
      input,
      { kind: 'citizen', proof: { kind: 'telegram-chat', chatId: chatIdOf(ctx) } },
      new Date(),
    );
    const text = result.ok
      ? resolved
        ? t.feedbackThanksResolved
        : t.feedbackThanksUnresolved
      : result.error === 'proof-refused' || result.error === 'not-found'
        ? t.notYours
        : t.feedbackAlready;
    await ctx.answerCallbackQuery({ text });
    // The buttons go: a second press would only be refused.
    if (result.ok || result.error === 'not-allowed-now') {
      await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
    }
    await ctx.reply(text);
  });

  bot.callbackQuery(/^reply:(\d{10})$/, async (ctx) => {
    const { lang, state, t } = await chatOf(ctx);
    await ctx.answerCallbackQuery();
    if (state?.step !== 'choose-reply') return void (await ctx.reply(t.nothingAwaited));
    await save(ctx, lang, null);
    await ctx.reply(await recordReply(db, ctx.match[1], state.text, chatIdOf(ctx), t));
  });

  bot.on('message:text', async (ctx) => {
    const { lang, t } = await chatOf(ctx);
    const text = ctx.message.text.trim();
    if (text === botMessages.km.newConcernButton || text === botMessages.en.newConcernButton) {
      return startNewConcern(ctx);
    }
    if (
      text === botMessages.km.newComplaintButton ||
      text === botMessages.en.newComplaintButton ||
      isComplaintWord(text)
    ) {
      return startNewComplaint(ctx);
    }
    if (await onComplaintMessage(ctx)) return;
    if (await onDraftMessage(ctx)) return;
    if (text === botMessages.km.myConcernsButton || text === botMessages.en.myConcernsButton) {
      await ctx.reply(await myConcernsText(db, chatIdOf(ctx), lang, t), { reply_markup: menu(t) });
      return;
    }
    const waiting = (await telegramChatCases(db.kysely, chatIdOf(ctx))).filter(
      (c) => c.status === 'awaiting_citizen',
    );
    if (waiting.length === 0) return void (await ctx.reply(t.nothingAwaited, { reply_markup: menu(t) }));
    if (waiting.length === 1) {
      return void (await ctx.reply(await recordReply(db, waiting[0].tracking_code, text, chatIdOf(ctx), t)));
    }
    await save(ctx, lang, { step: 'choose-reply', text });
    const keyboard = new InlineKeyboard();
    for (const c of waiting) {
      keyboard.text(formatTrackingCode(c.tracking_code), `${REPLY_PREFIX}:${c.tracking_code}`).row();
    }
    await ctx.reply(t.replyWhich, { reply_markup: keyboard });
  });

  // A sticker, voice note, file…: say what is expected.
  bot.on('message', async (ctx) => {
    if (await onComplaintMessage(ctx)) return;
    if (await onDraftMessage(ctx)) return;
    const { t } = await chatOf(ctx);
    await ctx.reply(t.textOnly);
  });

  bot.on('callback_query', async (ctx) => {
    await ctx.answerCallbackQuery();
  });

  return bot;
}

async function statusText(db: Db, typed: string, lang: Lang, t: BotTexts): Promise<string> {
  if (!typed) return t.statusUsage;
  const code = parseTrackingCode(typed);
  const found = code ? await findPublicCase(db.kysely, code) : undefined;
  if (!found) return t.statusUnknown(typed.slice(0, 40));
  return t.status({
    code: formatTrackingCode(found.tracking_code),
    status: caseStatusText(found.status, lang),
    office: (lang === 'en' ? found.office_en : found.office_km) ?? found.office_code,
    submitted: formatDate(found.submitted_at, lang),
    updated: formatDate(found.updated_at, lang),
  });
}

async function myConcernsText(db: Db, chatId: string, lang: Lang, t: BotTexts): Promise<string> {
  const cases = await telegramChatCases(db.kysely, chatId);
  if (cases.length === 0) return t.noConcerns;
  return [
    t.myConcerns,
    ...cases.map((c) => t.concernLine(formatTrackingCode(c.tracking_code), caseStatusText(c.status, lang))),
  ].join('\n');
}

/** The chat's text as the citizen's reply to the office's question, proven by the chat tied to the case. */
async function recordReply(db: Db, code: string, text: string, chatId: string, t: BotTexts) {
  const input = handlingInputSchema.safeParse({ action: 'citizen_replies', reply: text });
  if (!input.success) return t.replyRefused;
  const result = await handleCase(
    db,
    code,
    input.data,
    { kind: 'citizen', proof: { kind: 'telegram-chat', chatId } },
    new Date(),
  );
  if (result.ok) return t.replyRecorded(formatTrackingCode(code));
  return result.error === 'proof-refused' || result.error === 'not-found' ? t.notYours : t.replyRefused;
}

export interface RunningBot {
  endpoint: TelegramEndpoint;
  /** Polling: aborts the poll and ends the lease (main.ts forgets old update ids, in every mode). */
  stop(): Promise<void>;
}

/**
 * The bot of this process. In webhook mode it registers `<baseUrl>/telegram/webhook` with its secret (every
 * process may: the call is idempotent); in polling mode only the lease holder polls.
 */
export async function startTelegram(
  db: Db,
  settings: TelegramSettings,
  options: {
    baseUrl: string;
    botInfo?: UserFromGetMe;
    polling?: Partial<PollingOptions>;
    log?: (line: string) => void;
  },
): Promise<RunningBot> {
  const log = options.log ?? console.log;
  const bot = await createSalaBot(db, { ...settings, baseUrl: options.baseUrl }, options.botInfo);
  const handle = (update: Parameters<typeof bot.handleUpdate>[0]) => bot.handleUpdate(update);
  const endpoint: TelegramEndpoint = {
    webhookSecret: settings.mode === 'webhook' ? settings.webhookSecret : undefined,
    receive: (update) => handleUpdateOnce(db.kysely, update, handle),
    botUsername: bot.botInfo.username,
  };
  if (settings.mode === 'webhook') {
    await bot.api.setWebhook(`${options.baseUrl}/telegram/webhook`, {
      secret_token: settings.webhookSecret,
      allowed_updates: [...ALLOWED_UPDATES],
    });
    log(`Telegram: @${bot.botInfo.username} receives updates at ${options.baseUrl}/telegram/webhook`);
    return { endpoint, stop: async () => {} };
  }
  const polling = startPolling(db.kysely, bot.api, handle, {
    holder: `${hostname()}:${process.pid}`,
    log,
    ...options.polling,
  });
  return { endpoint, stop: () => polling.stop() };
}
