// What the bot's two conversations (a new concern, a new complaint) share: the place buttons and the question of
// each place step, the message that carries the tracking code, and how a typed message meets the open draft.
import type { Context, InlineKeyboard } from 'grammy';
import type { Executor } from '../../db/database';
import type { Lang } from '../../platform/i18n/i18n';
import { foldForMatching } from '../../platform/khmer/fold';
import { citizenKeyPath } from '../casework';
import type { Place } from '../places';

type PlaceStep = 'province' | 'district' | 'commune';
type Named = Pick<Place, 'code' | 'name_km' | 'name_latin'>;

export const placeName = (p: Pick<Place, 'name_km' | 'name_latin'>, lang: Lang) =>
  lang === 'en' ? (p.name_latin ?? p.name_km) : p.name_km;

/** Whether one of the names holds what the citizen typed: Khmer folded (្ត = ្ដ), Latin in any case. */
export function namesHold(typed: string, ...names: (string | null)[]): boolean {
  const wanted = foldForMatching(typed.trim().toLowerCase());
  return names.some((name) => name !== null && foldForMatching(name.toLowerCase()).includes(wanted));
}

/** Adds the places whose name holds what the citizen typed (Khmer folded, Latin in any case), two to a row,
 * as `<prefix>:place:<code>` buttons; returns how many it added. */
export function addPlaceButtons(
  buttons: InlineKeyboard,
  places: Named[],
  p: { filter?: string; lang: Lang; prefix: string },
): number {
  const { filter } = p;
  const shown = filter
    ? places.filter((place) => namesHold(filter, place.name_km, place.name_latin))
    : places;
  shown.forEach((place, i) => {
    buttons.text(placeName(place, p.lang), `${p.prefix}:place:${place.code}`);
    if (i % 2 === 1) buttons.row();
  });
  return shown.length;
}

/** The question of a place step, or, when no place matched what was typed, that none did. */
export function placeQuestion(
  t: { noPlaceMatches(filter: string): string; askProvince: string; askDistrict: string; askCommune: string },
  step: PlaceStep,
  shown: number,
  filter?: string,
): string {
  if (shown === 0) return t.noPlaceMatches(filter ?? '');
  return step === 'province' ? t.askProvince : step === 'district' ? t.askDistrict : t.askCommune;
}

/** The message that tells the tracking code and the private link (the citizen's page of the case, in full);
 * the link is not previewed. */
export async function replySent(
  ctx: Context,
  text: (privateLink: string) => string,
  page: { baseUrl: string; citizenKey: string },
) {
  await ctx.reply(text(`${page.baseUrl}${citizenKeyPath(page.citizenKey)}`), {
    link_preview_options: { is_disabled: true },
  });
}

/** A typed message and the chat's open draft, with `say` that answers it; null when there is no draft. */
export async function draftMessage<D>(
  ctx: Context,
  io: { draftOf(ctx: Context): Promise<{ lang: Lang; draft: D | null }> },
) {
  const { lang, draft } = await io.draftOf(ctx);
  const message = ctx.message;
  if (!draft || !message) return null;
  const say = async (reply: string) => {
    await ctx.reply(reply);
    return true;
  };
  return { lang, draft, message, text: message.text?.trim(), say };
}

/** The draft was already sent by another press of "send": nothing more is filed. */
class DraftAlreadySent extends Error {}

/**
 * Files a draft at most once. `file` passes `within` into the filing's transaction; it takes the draft out of
 * the chat there, or, when another press of "send" took it first, throws so that nothing is written.
 * Undefined then: the first press answers the citizen.
 */
export async function fileOnce<R>(
  takeDraft: (trx: Executor) => Promise<boolean>,
  file: (within: (trx: Executor) => Promise<void>) => Promise<R>,
): Promise<R | undefined> {
  try {
    return await file(async (trx) => {
      if (!(await takeDraft(trx))) throw new DraftAlreadySent();
    });
  } catch (error) {
    if (error instanceof DraftAlreadySent) return undefined;
    throw error;
  }
}
