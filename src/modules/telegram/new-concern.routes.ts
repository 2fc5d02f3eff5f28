// A new concern in the chat, one step at a time with buttons: topic, province → district → commune (buttons or a
// typed name, or a shared location), description, photos and a voice note, name or anonymity, confidentiality, consent, a summary to
// send or change — then the tracking code and the private link. The draft lives in the database.
import type { Bot, Context } from 'grammy';
import { InlineKeyboard } from 'grammy';
import type { PhotoSize, Voice } from 'grammy/types';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import type { Lang } from '../../platform/i18n/i18n';
import { formatTrackingCode } from '../../platform/ids/tracking-code';
import { fileUrl } from '../../platform/telegram/bot-api';
import { checkScannedFile, discardScannedFile, storeScannedFile } from '../../platform/uploads/scanned-files';
import {
  CITIZEN_FILE_MAX_BYTES,
  CITIZEN_FILES_FOLDER,
  concernInputSchema,
  listCategories,
  submitTelegramConcern,
} from '../casework';
import { childrenOf, nearestCommune, provinces } from '../places';
import {
  addPlaceButtons,
  draftMessage,
  fileOnce,
  placeName,
  placeQuestion,
  replySent,
} from './conversation.routes';
import { type ConcernTexts, concernMessages } from './new-concern.messages';

export interface Draft {
  step: Step;
  category?: string;
  province?: string;
  district?: string | null;
  commune?: string | null;
  description?: string;
  photos: {
    storedName: string;
    mediaType: 'image/jpeg' | 'image/png' | 'application/pdf';
    sizeBytes: number;
  }[];
  /** A location the citizen shared to pick the commune: kept with the case (staff who may read contacts). */
  location?: { latitude: number; longitude: number } | null;
  /** One voice note, sent in the photos step; a second replaces the first. */
  voice?: { storedName: string; mediaType: 'audio/ogg'; sizeBytes: number } | null;
  name?: string | null;
  confidential?: boolean;
  consent?: boolean;
  /** Changing one step from the summary: back to the summary after it. */
  fromSummary?: boolean;
}
type Step =
  | 'category'
  | 'province'
  | 'district'
  | 'commune'
  | 'description'
  | 'photos'
  | 'name'
  | 'confidential'
  | 'consent'
  | 'summary';

export interface ConversationIo {
  /** The chat's concern draft; `otherDraft` when a complaint is being written in it instead. */
  draftOf(ctx: Context): Promise<{ lang: Lang; draft: Draft | null; otherDraft: boolean }>;
  /** In `trx` when given: the draft changes with the other writes of that transaction. */
  saveDraft(ctx: Context, lang: Lang, draft: Draft | null, trx?: Executor): Promise<void>;
  /** Ends the conversation in `trx` if it still holds `draft`: false when another press already sent it. */
  takeDraft(ctx: Context, draft: Draft, trx: Executor): Promise<boolean>;
}

const NC = 'nc';
const MAX_PHOTOS = 5;
/** Telegram voice notes are small (about 1 MB for 10 minutes of Opus): more is not a voice note. */
export const VOICE_MAX_BYTES = 2_000_000;

/** Wires the steps into the bot (`/new`, `/cancel`, the buttons); `io` reads and writes the chat's draft. */
export function registerNewConcern(
  bot: Bot,
  db: Db,
  settings: { token: string; apiRoot: string; baseUrl: string },
  io: ConversationIo,
) {
  const chatIdOf = (ctx: Context) => String(ctx.chat?.id ?? ctx.from?.id);

  async function ask(ctx: Context, lang: Lang, draft: Draft, filter?: string) {
    const t = concernMessages[lang];
    await io.saveDraft(ctx, lang, draft);
    const buttons = new InlineKeyboard();
    const placeButtons = async (parent: string | null, skip: boolean) => {
      const places = parent ? await childrenOf(db.kysely, parent) : await provinces(db.kysely);
      const shown = addPlaceButtons(buttons, places, { filter, lang, prefix: NC });
      if (skip) buttons.row().text(t.skip, `${NC}:place:skip`);
      return shown;
    };
    switch (draft.step) {
      case 'category': {
        const categories = await listCategories(db.kysely);
        for (const c of categories)
          buttons.text(lang === 'en' ? c.name_en : c.name_km, `${NC}:cat:${c.code}`).row();
        return void (await ctx.reply(t.askCategory, {
          reply_markup: buttons.text(t.cancel, `${NC}:cancel`),
        }));
      }
      case 'province':
      case 'district':
      case 'commune': {
        const parent =
          draft.step === 'province'
            ? null
            : ((draft.step === 'district' ? draft.province : draft.district) ?? null);
        const count = await placeButtons(parent, draft.step !== 'province');
        return void (await ctx.reply(placeQuestion(t, draft.step, count, filter), { reply_markup: buttons }));
      }
      case 'description':
        return void (await ctx.reply(t.askDescription));
      case 'photos':
        return void (await ctx.reply(t.askPhotos, {
          reply_markup: buttons.text(t.done, `${NC}:photos:done`),
        }));
      case 'name':
        return void (await ctx.reply(t.askName, {
          reply_markup: buttons.text(t.anonymous, `${NC}:anonymous`),
        }));
      case 'confidential':
        return void (await ctx.reply(t.askConfidential, {
          reply_markup: buttons.text(t.yes, `${NC}:conf:yes`).text(t.no, `${NC}:conf:no`),
        }));
      case 'consent':
        return void (await ctx.reply(t.askConsent, {
          reply_markup: buttons.text(t.yes, `${NC}:consent:yes`).text(t.no, `${NC}:consent:no`),
        }));
      case 'summary': {
        buttons.text(t.send, `${NC}:send`).row();
        for (const step of ['category', 'province', 'description', 'photos', 'name'] as const) {
          buttons.text(t.change[step], `${NC}:change:${step}`).row();
        }
        buttons.text(t.cancel, `${NC}:cancel`);
        return void (await ctx.reply(await summaryText(db, draft, t, lang), { reply_markup: buttons }));
      }
    }
  }

  /** The step after this one, or the summary when the citizen came to change just this one. */
  const next = (draft: Draft, step: Step): Draft => ({
    ...draft,
    // "Change name and privacy" goes on through confidentiality and consent: the name decides both.
    step:
      draft.fromSummary && !['district', 'commune', 'confidential', 'consent'].includes(step)
        ? 'summary'
        : step,
  });

  async function startNewConcern(ctx: Context) {
    const { lang, draft, otherDraft } = await io.draftOf(ctx);
    // Starting a concern must not overwrite a complaint being written: its words would be lost.
    if (otherDraft) return void (await ctx.reply(concernMessages[lang].complaintDraftOpen));
    if (draft) {
      const t = concernMessages[lang];
      return void (await ctx.reply(t.resumeOrCancel, {
        reply_markup: new InlineKeyboard().text(t.resume, `${NC}:resume`).text(t.cancel, `${NC}:cancel`),
      }));
    }
    await ask(ctx, lang, { step: 'category', photos: [] });
  }
  bot.command('new', startNewConcern);

  /** Drops the draft and the photos and voice note stored for it: they belong to no case. */
  async function cancel(ctx: Context, lang: Lang, draft: Draft | null) {
    await io.saveDraft(ctx, lang, null);
    for (const file of [...(draft?.photos ?? []), ...(draft?.voice ? [draft.voice] : [])])
      await discardScannedFile(CITIZEN_FILES_FOLDER, file.storedName);
    await ctx.reply(concernMessages[lang].cancelled);
  }

  bot.command('cancel', async (ctx) => {
    const { lang, draft } = await io.draftOf(ctx);
    await cancel(ctx, lang, draft);
  });

  bot.callbackQuery(new RegExp(`^${NC}:`), async (ctx) => {
    await ctx.answerCallbackQuery();
    const { lang, draft } = await io.draftOf(ctx);
    const t = concernMessages[lang];
    // Button data may come without its button (an old message, or forged): a missing value is empty.
    const [, kind, value = ''] = ctx.callbackQuery.data.split(':');
    // An old cancel button must not drop a complaint being written instead.
    if (!draft) return void (await ctx.reply(t.noDraft));
    if (kind === 'cancel') return cancel(ctx, lang, draft);
    switch (kind) {
      case 'resume':
        return ask(ctx, lang, draft);
      case 'cat':
        if (draft.step !== 'category') return ask(ctx, lang, draft);
        return ask(ctx, lang, next({ ...draft, category: value }, 'province'));
      case 'place': {
        if (draft.step === 'province' && /^\d{2}$/.test(value)) {
          return ask(ctx, lang, {
            ...draft,
            province: value,
            district: null,
            commune: null,
            // A place chosen by buttons replaces the one a shared location gave.
            location: null,
            step: 'district',
          });
        }
        if (draft.step === 'district') {
          if (value === 'skip')
            return ask(
              ctx,
              lang,
              next({ ...draft, district: null, commune: null, fromSummary: false }, 'description'),
            );
          if (value.startsWith(draft.province ?? '-') && value.length === 4)
            return ask(ctx, lang, { ...draft, district: value, step: 'commune' });
        }
        if (draft.step === 'commune') {
          const commune = value === 'skip' ? null : value;
          if (commune === null || (commune.startsWith(draft.district ?? '-') && commune.length === 6)) {
            return ask(
              ctx,
              lang,
              draft.fromSummary
                ? { ...draft, commune, step: 'summary' }
                : { ...draft, commune, step: 'description' },
            );
          }
        }
        return ask(ctx, lang, draft);
      }
      case 'photos':
        return ask(ctx, lang, next(draft, 'name'));
      case 'anonymous':
        return ask(ctx, lang, next({ ...draft, name: null }, 'confidential'));
      case 'conf': {
        const confidential = value === 'yes';
        // As on the web form: a confidential identity is not shared, so consent is not asked.
        return ask(
          ctx,
          lang,
          confidential
            ? { ...draft, confidential, consent: false, step: 'summary' }
            : { ...draft, confidential, step: 'consent' },
        );
      }
      case 'consent':
        return ask(ctx, lang, { ...draft, consent: value === 'yes', step: 'summary' });
      case 'change':
        return ask(ctx, lang, { ...draft, step: value as Step, fromSummary: true });
      case 'send':
        return send(ctx, lang, draft);
    }
  });

  async function send(ctx: Context, lang: Lang, draft: Draft) {
    const t = concernMessages[lang];
    const input = concernInputSchema.safeParse({
      category: draft.category,
      description: draft.description,
      province: draft.province,
      district: draft.district ?? '',
      commune: draft.commune ?? '',
      name: draft.name ?? '',
      confidential: !!draft.confidential,
      consentToShare: !!draft.consent,
    });
    if (!input.success) return ask(ctx, lang, { ...draft, step: 'category', fromSummary: false });
    // Taken with the case: "send" pressed again, even at the same moment, or redelivered after a crash, finds
    // no draft and files nothing.
    const result = await fileOnce(
      (trx) => io.takeDraft(ctx, draft, trx),
      (within) =>
        submitTelegramConcern(db, input.data, {
          chatId: chatIdOf(ctx),
          photos: draft.voice ? [...draft.photos, draft.voice] : draft.photos,
          location: draft.location ?? null,
          lang,
          now: new Date(),
          within,
        }),
    );
    if (!result) return;
    if (!result.ok) return void (await ctx.reply(t.refused));
    const code = formatTrackingCode(result.value.trackingCode);
    await replySent(ctx, (link) => t.sent(code, link), { ...settings, citizenKey: result.value.citizenKey });
  }

  /** A message while a draft is open: the step's answer, or what the step expects. False: no draft. */
  async function onDraftMessage(ctx: Context): Promise<boolean> {
    const open = await draftMessage(ctx, io);
    if (!open) return false;
    const { lang, draft, message, text, say } = open;
    const t = concernMessages[lang];
    if (text === '/cancel') return false;
    switch (draft.step) {
      case 'province':
      case 'district':
      case 'commune':
        if (message.location) {
          // A shared location picks the commune nearest to it (the gazetteer's centres).
          const commune = await nearestCommune(
            db.kysely,
            message.location.latitude,
            message.location.longitude,
          );
          if (!commune) return say(t.locationOutside);
          const place = { province: commune.slice(0, 2), district: commune.slice(0, 4), commune };
          const location = { latitude: message.location.latitude, longitude: message.location.longitude };
          await ask(ctx, lang, next({ ...draft, ...place, location }, 'description'));
        } else if (text) await ask(ctx, lang, draft, text.slice(0, 100));
        else await ctx.reply(t.expectPlace);
        return true;
      case 'description': {
        if (!text) return say(t.expectDescription);
        const checked = concernInputSchema.shape.description.safeParse(text);
        if (!checked.success) return say(t.expectDescription);
        await ask(ctx, lang, next({ ...draft, description: checked.data }, 'photos'));
        return true;
      }
      case 'photos': {
        if (message.voice) {
          const stored = await downloadVoice(message.voice, settings, ctx);
          if (!stored.ok) return say(stored.problem === 'too-large' ? t.voiceTooLarge : t.expectVoice);
          await io.saveDraft(ctx, lang, { ...draft, voice: stored.file });
          // Saved first: a lost previous note is only a stray file, a lost new one would be the citizen's words.
          if (draft.voice) await discardScannedFile(CITIZEN_FILES_FOLDER, draft.voice.storedName);
          await ctx.reply(t.voiceKept, {
            reply_markup: new InlineKeyboard().text(t.done, `${NC}:photos:done`),
          });
          return true;
        }
        if (!message.photo) return say(t.expectPhoto);
        if (draft.photos.length >= MAX_PHOTOS) return say(t.tooManyPhotos(MAX_PHOTOS));
        const stored = await downloadPhoto(message.photo, settings, ctx);
        if (!stored.ok) return say(stored.problem === 'too-large' ? t.photoTooLarge : t.expectPhoto);
        await io.saveDraft(ctx, lang, { ...draft, photos: [...draft.photos, stored.file] });
        await ctx.reply(t.photoKept(draft.photos.length + 1), {
          reply_markup: new InlineKeyboard().text(t.done, `${NC}:photos:done`),
        });
        return true;
      }
      case 'name': {
        if (!text) return say(t.expectName);
        const checked = concernInputSchema.shape.name.safeParse(text.slice(0, 100));
        if (!checked.success) return say(t.expectName);
        await ask(ctx, lang, next({ ...draft, name: checked.data }, 'confidential'));
        return true;
      }
      default:
        await ctx.reply(t.expectButton);
        return true;
    }
  }

  return { startNewConcern, onDraftMessage };
}

/** The largest size of the photo under the limit, fetched through the Bot API, checked by its bytes, stored. */
async function downloadPhoto(
  sizes: PhotoSize[],
  settings: { token: string; apiRoot: string },
  ctx: Context,
): Promise<{ ok: true; file: Draft['photos'][number] } | { ok: false; problem: 'too-large' | 'type' }> {
  const fitting = sizes
    .filter((s) => (s.file_size ?? 0) > 0 && (s.file_size ?? 0) <= CITIZEN_FILE_MAX_BYTES)
    .sort((a, b) => (b.file_size ?? 0) - (a.file_size ?? 0));
  if (fitting.length === 0) return { ok: false, problem: 'too-large' };
  const file = await ctx.api.getFile(fitting[0].file_id);
  if (!file.file_path) return { ok: false, problem: 'type' };
  const res = await fetch(fileUrl(settings, file.file_path), { signal: AbortSignal.timeout(30_000) });
  if (!res.ok) throw new Error(`file download answered ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  // A photo is re-encoded by Telegram as JPEG; the bytes must say so.
  const checked = checkScannedFile(bytes, 'image/jpeg', CITIZEN_FILE_MAX_BYTES, ['image/jpeg']);
  if (!checked.ok) return { ok: false, problem: checked.error === 'too-large' ? 'too-large' : 'type' };
  const storedName = await storeScannedFile(CITIZEN_FILES_FOLDER, bytes, 'image/jpeg');
  return { ok: true, file: { storedName, mediaType: 'image/jpeg', sizeBytes: bytes.length } };
}

/** The voice note fetched through the Bot API, checked as OGG by its bytes (Telegram's voice is Opus in OGG), stored. */
async function downloadVoice(
  voice: Voice,
  settings: { token: string; apiRoot: string },
  ctx: Context,
): Promise<{ ok: true; file: NonNullable<Draft['voice']> } | { ok: false; problem: 'too-large' | 'type' }> {
  // Telegram says the size up front: a note too large is refused without fetching it.
  if ((voice.file_size ?? 0) > VOICE_MAX_BYTES) return { ok: false, problem: 'too-large' };
  const file = await ctx.api.getFile(voice.file_id);
  if (!file.file_path) return { ok: false, problem: 'type' };
  if ((file.file_size ?? 0) > VOICE_MAX_BYTES) return { ok: false, problem: 'too-large' };
  const res = await fetch(fileUrl(settings, file.file_path), { signal: AbortSignal.timeout(30_000) });
  if (!res.ok) throw new Error(`file download answered ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const checked = checkScannedFile(bytes, 'audio/ogg', VOICE_MAX_BYTES, ['audio/ogg']);
  if (!checked.ok) return { ok: false, problem: checked.error === 'too-large' ? 'too-large' : 'type' };
  const storedName = await storeScannedFile(CITIZEN_FILES_FOLDER, bytes, 'audio/ogg');
  return { ok: true, file: { storedName, mediaType: 'audio/ogg', sizeBytes: bytes.length } };
}

async function summaryText(db: Db, draft: Draft, t: ConcernTexts, lang: Lang): Promise<string> {
  const categories = await listCategories(db.kysely);
  const category = categories.find((c) => c.code === draft.category);
  const placeNames: string[] = [];
  const all = [
    ...(await provinces(db.kysely)),
    ...(draft.province ? await childrenOf(db.kysely, draft.province) : []),
    ...(draft.district ? await childrenOf(db.kysely, draft.district) : []),
  ];
  for (const code of [draft.province, draft.district, draft.commune]) {
    const place = all.find((p) => p.code === code);
    if (place) placeNames.push(placeName(place, lang));
  }
  return t.summary({
    category: (lang === 'en' ? category?.name_en : category?.name_km) ?? '—',
    place: placeNames.join(', ') || '—',
    description: draft.description ?? '—',
    photos: draft.photos.length,
    voiceNotes: draft.voice ? 1 : 0,
    name: draft.name ?? null,
    confidential: !!draft.confidential,
    consent: !!draft.consent,
  });
}
