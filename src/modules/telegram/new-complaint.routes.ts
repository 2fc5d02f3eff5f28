// The bot's handlers of a complaint to a district's Citizens' Office, one step at a time with buttons: what
// happened, province → district → the district's own office or a commune's, the service, the description, name
// or anonymity, sharing with a body it is referred to, consent, a summary to send — then the tracking code and
// the private link. It becomes the district office's case as a web complaint does (citizens-office's
// fileComplaint), tied to this chat so the ombudsman's questions and answer arrive here. The draft lives in the
// database.
import type { Bot, Context } from 'grammy';
import { InlineKeyboard } from 'grammy';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import type { Lang } from '../../platform/i18n/i18n';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import {
  COMPLAINT_KINDS,
  type ComplaintKind,
  citizensOfficeMessages,
  complaintInputSchema,
  complaintServices,
  fileComplaint,
  OTHER_SERVICE,
} from '../citizens-office';
import { childrenOf, provinces } from '../places';
import {
  addPlaceButtons,
  draftMessage,
  fileOnce,
  namesHold,
  placeName,
  placeQuestion,
  replySent,
} from './conversation.routes';
import { type ComplaintTexts, complaintMessages } from './new-complaint.messages';

export interface ComplaintDraft {
  step: ComplaintStep;
  kind?: ComplaintKind;
  province?: string;
  district?: string;
  /** The commune whose office it is about; null: the district's own office. */
  commune?: string | null;
  service?: string;
  description?: string;
  name?: string | null;
  share?: boolean;
}
type ComplaintStep =
  | 'kind'
  | 'province'
  | 'district'
  | 'commune'
  | 'service'
  | 'description'
  | 'name'
  | 'share'
  | 'consent'
  | 'summary';

export interface ComplaintIo {
  /** The chat's complaint draft; `otherDraft` when a concern is being written in it instead. */
  draftOf(ctx: Context): Promise<{ lang: Lang; draft: ComplaintDraft | null; otherDraft: boolean }>;
  saveDraft(ctx: Context, lang: Lang, draft: ComplaintDraft | null, trx?: Executor): Promise<void>;
  /** Ends the conversation in `trx` if it still holds `draft`: false when another press already sent it. */
  takeDraft(ctx: Context, draft: ComplaintDraft, trx: Executor): Promise<boolean>;
}

const CTZ = 'ctz';
/** Services offered as buttons at once; a typed part of a name finds the others. */
const SERVICE_BUTTONS = 20;

/** What a citizen may type to start a complaint: the SMS keywords, so one word works on both channels. */
const COMPLAINT_WORDS = ['ctz', 'បណ្តឹង', 'បណ្ដឹង'];
export const isComplaintWord = (text: string) => COMPLAINT_WORDS.includes(text.trim().toLowerCase());

/** Wires the steps into the bot (`/complain`, `/cancel` of a complaint, the `ctz:` buttons). */
export function registerNewComplaint(bot: Bot, db: Db, settings: { baseUrl: string }, io: ComplaintIo) {
  const chatIdOf = (ctx: Context) => String(ctx.chat?.id ?? ctx.from?.id);

  async function ask(ctx: Context, lang: Lang, draft: ComplaintDraft, filter?: string) {
    const t = complaintMessages[lang];
    await io.saveDraft(ctx, lang, draft);
    const buttons = new InlineKeyboard();
    switch (draft.step) {
      case 'kind': {
        const kinds = citizensOfficeMessages[lang].kinds;
        for (const kind of COMPLAINT_KINDS) buttons.text(kinds[kind], `${CTZ}:kind:${kind}`).row();
        return void (await ctx.reply(t.askKind, { reply_markup: buttons.text(t.cancel, `${CTZ}:cancel`) }));
      }
      case 'province':
      case 'district':
      case 'commune': {
        const all =
          draft.step === 'province'
            ? await provinces(db.kysely)
            : (
                await childrenOf(
                  db.kysely,
                  (draft.step === 'district' ? draft.province : draft.district) ?? '-',
                )
              ).filter((p) => p.level === (draft.step === 'district' ? 'district' : 'commune'));
        if (draft.step === 'commune') buttons.text(t.districtOffice, `${CTZ}:place:district`).row();
        const shown = addPlaceButtons(buttons, all, { filter, lang, prefix: CTZ });
        return void (await ctx.reply(placeQuestion(t, draft.step, shown, filter), { reply_markup: buttons }));
      }
      case 'service': {
        const services = await complaintServices(db.kysely, new Date());
        const matching = filter ? services.filter((s) => namesHold(filter, s.name_km, s.name_en)) : services;
        // A message holds at most 100 buttons: a whole catalogue would not be sent at all.
        const shown = matching.slice(0, SERVICE_BUTTONS);
        for (const s of shown)
          buttons.text(lang === 'en' ? s.name_en : s.name_km, `${CTZ}:service:${s.code}`).row();
        buttons.text(t.otherService, `${CTZ}:service:${OTHER_SERVICE}`);
        const question =
          filter && matching.length === 0
            ? t.noServiceMatches(filter)
            : matching.length > shown.length
              ? t.moreServices(shown.length, matching.length)
              : t.askService;
        return void (await ctx.reply(question, { reply_markup: buttons }));
      }
      case 'description':
        return void (await ctx.reply(t.askDescription));
      case 'name':
        return void (await ctx.reply(t.askName, {
          reply_markup: buttons.text(t.anonymous, `${CTZ}:anonymous`),
        }));
      case 'share':
        return void (await ctx.reply(t.askShare, {
          reply_markup: buttons.text(t.yes, `${CTZ}:share:yes`).text(t.no, `${CTZ}:share:no`),
        }));
      case 'consent':
        return void (await ctx.reply(t.askConsent, {
          reply_markup: buttons.text(t.yes, `${CTZ}:consent:yes`).text(t.no, `${CTZ}:consent:no`),
        }));
      case 'summary':
        return void (await ctx.reply(await summaryText(db, draft, t, lang), {
          reply_markup: buttons.text(t.send, `${CTZ}:send`).row().text(t.cancel, `${CTZ}:cancel`),
        }));
    }
  }

  async function startNewComplaint(ctx: Context) {
    const { lang, draft, otherDraft } = await io.draftOf(ctx);
    const t = complaintMessages[lang];
    if (otherDraft) return void (await ctx.reply(t.otherDraftOpen));
    if (draft) {
      return void (await ctx.reply(t.resumeOrCancel, {
        reply_markup: new InlineKeyboard().text(t.resume, `${CTZ}:resume`).text(t.cancel, `${CTZ}:cancel`),
      }));
    }
    await ask(ctx, lang, { step: 'kind' });
  }
  bot.command(['complain', 'complaint'], startNewComplaint);

  async function cancel(ctx: Context, lang: Lang, message: 'cancelled' | 'noConsent') {
    await io.saveDraft(ctx, lang, null);
    await ctx.reply(complaintMessages[lang][message]);
  }

  // Before the concern's /cancel: a complaint being written is the complaint's to cancel.
  bot.command('cancel', async (ctx, next) => {
    const { lang, draft } = await io.draftOf(ctx);
    if (!draft) return next();
    await cancel(ctx, lang, 'cancelled');
  });

  bot.callbackQuery(new RegExp(`^${CTZ}:`), async (ctx) => {
    await ctx.answerCallbackQuery();
    const { lang, draft } = await io.draftOf(ctx);
    const t = complaintMessages[lang];
    // Button data may come without its button (an old message, or forged): a missing value is empty.
    const [, kind, value = ''] = ctx.callbackQuery.data.split(':');
    // An old cancel button must not drop a concern being written instead.
    if (!draft) return void (await ctx.reply(t.noDraft));
    if (kind === 'cancel') return cancel(ctx, lang, 'cancelled');
    switch (kind) {
      case 'resume':
        return ask(ctx, lang, draft);
      case 'kind':
        if (draft.step !== 'kind' || !(COMPLAINT_KINDS as readonly string[]).includes(value))
          return ask(ctx, lang, draft);
        return ask(ctx, lang, { ...draft, kind: value as ComplaintKind, step: 'province' });
      case 'place':
        if (draft.step === 'province' && /^\d{2}$/.test(value))
          return ask(ctx, lang, { ...draft, province: value, step: 'district' });
        if (draft.step === 'district' && value.length === 4 && value.startsWith(draft.province ?? '-'))
          return ask(ctx, lang, { ...draft, district: value, step: 'commune' });
        if (draft.step === 'commune' && value === 'district')
          return ask(ctx, lang, { ...draft, commune: null, step: 'service' });
        if (draft.step === 'commune' && value.length === 6 && value.startsWith(draft.district ?? '-'))
          return ask(ctx, lang, { ...draft, commune: value, step: 'service' });
        return ask(ctx, lang, draft);
      case 'service':
        if (draft.step !== 'service') return ask(ctx, lang, draft);
        return ask(ctx, lang, { ...draft, service: value, step: 'description' });
      case 'anonymous':
        if (draft.step !== 'name') return ask(ctx, lang, draft);
        return ask(ctx, lang, { ...draft, name: null, step: 'share' });
      case 'share':
        if (draft.step !== 'share') return ask(ctx, lang, draft);
        return ask(ctx, lang, { ...draft, share: value === 'yes', step: 'consent' });
      case 'consent':
        if (draft.step !== 'consent') return ask(ctx, lang, draft);
        if (value !== 'yes') return cancel(ctx, lang, 'noConsent');
        return ask(ctx, lang, { ...draft, step: 'summary' });
      case 'send':
        if (draft.step !== 'summary') return ask(ctx, lang, draft);
        return send(ctx, lang, draft);
    }
  });

  async function send(ctx: Context, lang: Lang, draft: ComplaintDraft) {
    const t = complaintMessages[lang];
    const input = complaintInputSchema.safeParse({
      district: draft.district,
      commune: draft.commune ?? '',
      kind: draft.kind,
      service: draft.service,
      description: draft.description,
      name: draft.name ?? '',
      consent: true,
      share: !!draft.share,
    });
    const refuse = async () => {
      await io.saveDraft(ctx, lang, null);
      await ctx.reply(t.refused);
    };
    if (!input.success) return refuse();
    // Taken with the case: "send" pressed again, even at the same moment, or redelivered after a crash, finds
    // no draft and files nothing.
    const result = await fileOnce(
      (trx) => io.takeDraft(ctx, draft, trx),
      (within) =>
        fileComplaint(db, input.data, {
          channel: 'telegram',
          telegramChatId: chatIdOf(ctx),
          actor: { userId: null, label: 'citizen' },
          lang,
          now: new Date(),
          within,
        }),
    );
    if (!result) return;
    if (!result.ok) return refuse();
    const district = (await childrenOf(db.kysely, draft.province ?? '-')).find(
      (p) => p.code === draft.district,
    );
    const office = district ? placeName(district, lang) : (draft.district ?? '');
    const code = formatTrackingCode(result.value.trackingCode);
    await replySent(ctx, (link) => t.sent(code, office, link), {
      ...settings,
      citizenKey: result.value.citizenKey,
    });
  }

  /** A message while a complaint is being written: the step's answer, or what it expects. False: no draft. */
  async function onComplaintMessage(ctx: Context): Promise<boolean> {
    const open = await draftMessage(ctx, io);
    if (!open) return false;
    const { lang, draft, text, say } = open;
    const t = complaintMessages[lang];
    switch (draft.step) {
      case 'province':
      case 'district':
      case 'commune':
        if (!text) return say(t.expectPlace);
        await ask(ctx, lang, draft, text.slice(0, 100));
        return true;
      case 'service':
        if (!text) return say(t.expectButton);
        await ask(ctx, lang, draft, text.slice(0, 100));
        return true;
      case 'description': {
        const checked = complaintInputSchema.shape.description.safeParse(text ?? '');
        if (!checked.success) return say(t.expectDescription);
        await ask(ctx, lang, { ...draft, description: checked.data, step: 'name' });
        return true;
      }
      case 'name': {
        const checked = complaintInputSchema.shape.name.safeParse((text ?? '').slice(0, 100));
        if (!text || !checked.success) return say(t.expectName);
        await ask(ctx, lang, { ...draft, name: checked.data, step: 'share' });
        return true;
      }
      default:
        return say(t.expectButton);
    }
  }

  return { startNewComplaint, onComplaintMessage };
}

async function summaryText(db: Db, draft: ComplaintDraft, t: ComplaintTexts, lang: Lang): Promise<string> {
  const places = [
    ...(draft.province ? await childrenOf(db.kysely, draft.province) : []),
    ...(draft.district ? await childrenOf(db.kysely, draft.district) : []),
  ];
  const named = (code: string | null | undefined) => {
    const place = places.find((p) => p.code === code);
    return place ? placeName(place, lang) : undefined;
  };
  const office = [named(draft.commune) ?? t.districtOffice, named(draft.district)].filter(Boolean).join(', ');
  const service = (await complaintServices(db.kysely, new Date())).find((s) => s.code === draft.service);
  return t.summary({
    kind: draft.kind ? citizensOfficeMessages[lang].kinds[draft.kind] : '—',
    place: office,
    service: service ? (lang === 'en' ? service.name_en : service.name_km) : t.otherService,
    description: draft.description ?? '—',
    name: draft.name ?? null,
    share: !!draft.share,
  });
}
