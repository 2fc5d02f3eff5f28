// A concern sent through the Telegram bot: the case, tied to the chat it came from, with the photos the citizen
// sent (already checked and stored), in one transaction.
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import type { Lang } from '../../platform/i18n/i18n';
import { ok, type Result } from '../../platform/result';
import { insertCaseFile, lastEventId } from './citizen-key.queries';
import type { Attachment } from './handle-case.commands';
import { insertCaseLocation } from './handling.queries';
import { type ConcernInput, type SubmitError, submitConcern } from './submit-concern.commands';
import { linkCaseChat } from './telegram-link.queries';

/** Files stored with a case: where the tracking page's additions go, so staff read both the same way. */
export { CITIZEN_FILE_MAX_BYTES, CITIZEN_FILES_FOLDER } from './citizen-steps.routes';

/**
 * Submits the concern with channel `telegram`; the chat becomes the case's contact (the citizen's news goes
 * there) and the photos are the case's files, shown only to those who may read its personal data.
 */
export async function submitTelegramConcern(
  db: Db,
  input: Omit<ConcernInput, 'preferredContact' | 'phone' | 'email'>,
  ctx: {
    chatId: string;
    photos: readonly Attachment[];
    /** Where the citizen was, if they shared a location (personal data: with the contacts). */
    location?: { latitude: number; longitude: number } | null;
    lang: Lang;
    now: Date;
    /** The office holding the case when not the province's (a complaint: the district's Citizens' Office). */
    office?: string;
    /** The bot's own writes that must commit with the case (the chat's draft cleared), so a retry finds no draft. */
    within?: (
      trx: Executor,
      created: { id: number; trackingCode: string; citizenKey: string },
    ) => Promise<void>;
  },
): Promise<Result<{ trackingCode: string; citizenKey: string }, SubmitError>> {
  const nowIso = ctx.now.toISOString();
  const result = await submitConcern(
    db,
    // The chat is the contact: a case "with contact" even without a name, so its news is sent.
    { ...input, name: input.name ?? null, phone: null, email: null, preferredContact: 'telegram' },
    {
      channel: 'telegram',
      actor: { userId: null, label: 'citizen' },
      lang: ctx.lang,
      now: ctx.now,
      office: ctx.office,
    },
    async (trx, created) => {
      await linkCaseChat(trx, created.id, ctx.chatId, nowIso);
      if (ctx.location) await insertCaseLocation(trx, { case_id: created.id, ...ctx.location });
      await ctx.within?.(trx, created);
      if (ctx.photos.length === 0) return;
      const eventId = await lastEventId(trx, created.id);
      for (const photo of ctx.photos) {
        await insertCaseFile(trx, {
          case_id: created.id,
          event_id: eventId,
          stored_name: photo.storedName,
          media_type: photo.mediaType,
          size_bytes: photo.sizeBytes,
          created_at: nowIso,
        });
      }
    },
  );
  if (!result.ok) return result;
  return ok({ trackingCode: result.value.trackingCode, citizenKey: result.value.citizenKey });
}
