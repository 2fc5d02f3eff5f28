// Command: a complaint about a district's or commune's administration becomes a casework case held by the
// district's Citizens' Office — the case, contacts, timeline, citizen's key, audit and acknowledgement are
// casework's (submitConcern); this adds what the complaint is about, in the same transaction.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { type Actor, appendAudit } from '../../platform/audit/audit.queries';
import type { Lang } from '../../platform/i18n/i18n';
import { text } from '../../platform/input-text';
import { fail, ok, type Result } from '../../platform/result';
import { type Channel, concernInputSchema, submitConcern, submitTelegramConcern } from '../casework';
import { citizensOfficeCode, DISTRICT_SERVICE_CATEGORY, OVERCHARGING_CATEGORY } from '../owso';
import { findCitizensOffice, findDistrict, insertComplaint } from './complaint.queries';
import { COMPLAINT_KINDS } from './complaint.table';
import { isComplaintService } from './complaint-services.service';

const checked = z
  .union([z.literal(''), z.literal('on'), z.literal('1'), z.literal('true'), z.boolean()])
  .optional();

/** The complaint as the web form and the counter give it. Error messages are codes the pages translate. */
export const complaintInputSchema = concernInputSchema
  .pick({ name: true, phone: true, email: true, preferredContact: true })
  .extend({
    district: z.string().regex(/^\d{4}$/, 'required'),
    commune: z
      .union([z.literal(''), z.string().regex(/^\d{6}$/, 'invalid')])
      .optional()
      .transform((s) => s || null),
    kind: z.enum(COMPLAINT_KINDS, 'required'),
    service: z.string().trim().min(1, 'required').max(40),
    description: text(4000).pipe(z.string().min(10, 'too-short')),
    /** The complainant agrees that the Citizens' Office handles the complaint (required). */
    consent: checked.transform((v) => !!v),
    /** The complainant agrees that the body the complaint is referred to may see their name and contacts. */
    share: checked.transform((v) => !!v),
  });
export type ComplaintInput = z.output<typeof complaintInputSchema>;

export type ComplaintError =
  | 'no-consent'
  | 'unknown-service'
  | 'unknown-district'
  | 'unknown-commune'
  | 'no-office'
  | 'contact-missing';

export interface ComplaintContext {
  channel: Extract<Channel, 'web' | 'in_person' | 'phone' | 'letter' | 'telegram'>;
  /** Telegram: the chat the complaint came from, tied to the case (its news goes there); required then. */
  telegramChatId?: string;
  actor: Actor;
  lang: Lang;
  now: Date;
  demo?: boolean;
  /** Runs in the complaint's transaction once its case exists (the form marks its one-time token). */
  within?: (
    trx: Executor,
    created: { id: number; trackingCode: string; citizenKey: string },
  ) => Promise<void>;
}

/** Files the complaint with the Citizens' Office of its district. */
export async function fileComplaint(
  db: Db,
  input: ComplaintInput,
  ctx: ComplaintContext,
): Promise<Result<{ trackingCode: string; citizenKey: string; officeCode: string }, ComplaintError>> {
  if (!input.consent) return fail('no-consent');
  const k = db.kysely;
  const district = await findDistrict(k, input.district);
  if (!district?.parent_code) return fail('unknown-district');
  const office = await findCitizensOffice(k, citizensOfficeCode(district.code));
  if (!office) return fail('no-office');
  if (!(await isComplaintService(k, input.service, ctx.now))) return fail('unknown-service');
  const concern = concernInputSchema.parse({
    category: input.kind === 'overcharging' ? OVERCHARGING_CATEGORY : DISTRICT_SERVICE_CATEGORY,
    description: input.description,
    province: district.parent_code,
    district: district.code,
    commune: input.commune ?? '',
  });
  const recordComplaint = async (
    trx: Executor,
    created: { id: number; trackingCode: string; citizenKey: string },
  ) => {
    await ctx.within?.(trx, created);
    await insertComplaint(trx, {
      case_id: created.id,
      office_code: office.code,
      kind: input.kind,
      service: input.service,
      about_place: input.commune ?? district.code,
      received_at: ctx.now.toISOString(),
    });
    // Codes only: never the complainant's name, contacts or words.
    await appendAudit(trx, ctx.actor, {
      action: 'citizens_office.complaint',
      entityType: 'case',
      entityId: created.id,
      after: {
        office: office.code,
        kind: input.kind,
        service: input.service,
        about: input.commune ?? district.code,
        ...(ctx.channel === 'telegram' ? { channel: 'telegram' } : {}),
      },
    });
  };
  // The complainant may fear the office complained about: no one outside the Citizens' Office sees who.
  const privacy = { confidential: true, consentToShare: input.share };
  const submitted =
    ctx.channel === 'telegram'
      ? await submitTelegramConcern(
          db,
          { ...concern, name: input.name, ...privacy },
          {
            chatId: telegramChatOf(ctx),
            photos: [],
            lang: ctx.lang,
            now: ctx.now,
            office: office.code,
            within: recordComplaint,
          },
        )
      : await submitConcern(
          db,
          {
            ...concern,
            name: input.name,
            phone: input.phone,
            email: input.email,
            preferredContact: input.preferredContact,
            ...privacy,
          },
          {
            channel: ctx.channel,
            actor: ctx.actor,
            lang: ctx.lang,
            now: ctx.now,
            demo: ctx.demo,
            office: office.code,
          },
          recordComplaint,
        );
  if (!submitted.ok) {
    if (submitted.error === 'unknown-commune') return fail('unknown-commune');
    if (submitted.error === 'contact-missing') return fail('contact-missing');
    if (submitted.error === 'unknown-district' || submitted.error === 'unknown-province')
      return fail('unknown-district');
    throw new Error(`complaint refused by casework: ${submitted.error}`);
  }
  return ok({
    trackingCode: submitted.value.trackingCode,
    citizenKey: submitted.value.citizenKey,
    officeCode: office.code,
  });
}

function telegramChatOf(ctx: ComplaintContext): string {
  if (!ctx.telegramChatId) throw new Error('a complaint by Telegram needs the chat it came from');
  return ctx.telegramChatId;
}
