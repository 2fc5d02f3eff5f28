// Command: a citizen's concern becomes a case — row, contacts, timeline, audit and acknowledgement in one transaction.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import type { Actor } from '../../platform/audit/audit.queries';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import type { Lang } from '../../platform/i18n/i18n';
import { optionalText, text } from '../../platform/input-text';
import { khmerPhone } from '../../platform/khmer/input';
import { fail, ok, type Result } from '../../platform/result';
import { buildCaseSearchText } from '../../platform/search/search-text';
import { checkPlaceChain, constituencyOfficeCode, findPlaces } from '../places';
import { findCategory } from './case.queries';
import { type Channel, CONTACT_CHOICES, type ContactChoice } from './case.table';
import { newCitizenKey } from './citizen-key.service';
import { contactMissing, recipientFor, resolveContactChoice } from './contact-choice.rules';
import { type ConcernDraft, type CreatedCase, intakeWriter } from './intake-batch.commands';

/** The concern as the form, the JSON API and Open311 all give it. Error messages are codes the pages translate. */
export const concernInputSchema = z.object({
  category: z.string().trim().min(1, 'required').max(40),
  description: text(4000).pipe(z.string().min(10, 'too-short')),
  province: z.string().regex(/^\d{2}$/, 'invalid'),
  district: z
    .union([z.literal(''), z.string().regex(/^\d{4}$/, 'invalid')])
    .optional()
    .transform((s) => s || null),
  commune: z
    .union([z.literal(''), z.string().regex(/^\d{6}$/, 'invalid')])
    .optional()
    .transform((s) => s || null),
  name: optionalText(100)
    .optional()
    .transform((s) => s ?? null),
  phone: khmerPhone(),
  email: z
    .union([z.literal(''), z.email('invalid').max(200)])
    .optional()
    .transform((s) => s || null),
  // Left out (or empty, as a form sends it): follows the contacts given (resolveContactChoice).
  // `phone` is what earlier clients sent for a phone number: it means SMS.
  preferredContact: z
    .union([z.literal(''), z.enum([...CONTACT_CHOICES, 'phone'])])
    .optional()
    .transform((s): ContactChoice | undefined => (s === 'phone' ? 'sms' : s || undefined))
    .describe(
      'How to be told: sms, telegram, email or none; left out, a phone means sms, else an e-mail email',
    ),
  confidential: z.boolean().default(false),
  consentToShare: z.boolean().default(false),
});
export type ConcernInput = z.output<typeof concernInputSchema>;

export type SubmitError =
  | 'unknown-category'
  | 'unknown-province'
  | 'unknown-district'
  | 'unknown-commune'
  | 'contact-missing';

export interface SubmitContext {
  channel: Channel;
  /** The citizen (anonymous actor) or the staff member logging a walk-in, call, letter or field visit. */
  actor: Actor;
  /** The language the citizen wrote in: their acknowledgement is sent in it. */
  lang: Lang;
  now: Date;
  /** Fictional demo data: marked so it can be told apart and removed. */
  demo?: boolean;
  /**
   * The office that holds the case when it is not the province's constituency office: a complaint about
   * district administration goes to the district's Citizens' Office (modules/citizens-office).
   */
  office?: string;
}

/** What must be there before a case is created; checked again inside the transaction by foreign keys. */
async function checkReferences(db: Executor, input: ConcernInput): Promise<SubmitError | null> {
  const category = await findCategory(db, input.category);
  if (category?.is_active !== 1) return 'unknown-category';
  const place = await checkPlaceChain(db, input);
  if (place !== 'ok') return `unknown-${place}`;
  if (contactMissing(input.preferredContact, input)) return 'contact-missing';
  return null;
}

/**
 * Creates the case in the constituency office of the citizen's province. `within` runs in the same
 * transaction after the case exists (the form marks its one-time token, the API stores its idempotency
 * record). Concerns arriving together are written together (intake-batch.commands.ts).
 */
export async function submitConcern(
  db: Db,
  input: ConcernInput,
  ctx: SubmitContext,
  within?: ConcernDraft['within'],
): Promise<Result<CreatedCase & { officeCode: string; citizenKey: string }, SubmitError>> {
  const problem = await checkReferences(db.kysely, input);
  if (problem) return fail(problem);
  const officeCode = ctx.office ?? constituencyOfficeCode(input.province);
  const now = ctx.now.toISOString();
  const preferredContact = resolveContactChoice(input.preferredContact, input);
  // Telegram alone is a contact too: the chat the bot ties to the case is how the citizen is reached.
  const hasContact = !!(input.name || input.phone || input.email) || preferredContact === 'telegram';
  const citizenKey = newCitizenKey();
  const [category, places] = await Promise.all([
    findCategory(db.kysely, input.category),
    findPlaces(
      db.kysely,
      [input.province, input.district, input.commune].filter((c): c is string => !!c),
    ),
  ]);
  const created = await intakeWriter(db).write({
    case: {
      office_code: officeCode,
      category_code: input.category,
      description: input.description,
      province_code: input.province,
      district_code: input.district,
      commune_code: input.commune,
      channel: ctx.channel,
      confidential: input.confidential ? 1 : 0,
      consent_to_share: input.consentToShare ? 1 : 0,
      has_contact: hasContact ? 1 : 0,
      submitted_at: now,
      updated_at: now,
      search_text: buildCaseSearchText(input.description, category, places, {
        office: officeCode,
        category: input.category,
        district: input.district,
        commune: input.commune,
        channel: ctx.channel,
      }),
      is_demo: ctx.demo ? 1 : 0,
    },
    lang: ctx.lang,
    today: phnomPenhDate(ctx.now),
    contact: hasContact
      ? {
          name: input.name,
          phone: input.phone,
          email: input.email,
          preferred_contact: preferredContact,
        }
      : null,
    actor: ctx.actor,
    // Never the citizen's name or contacts: the trail is read by auditors, not only the office.
    audit: {
      office: officeCode,
      category: input.category,
      channel: ctx.channel,
      confidential: input.confidential,
      has_contact: hasContact,
    },
    // No Telegram chat is tied to a case yet when it is made: Telegram's acknowledgement is the bot's
    // answer to the start link, and SMS (or e-mail) carries this one so the citizen is never left out.
    acknowledgement: recipientFor({ ...input, preferred_contact: preferredContact }, null),
    citizenKey,
    now: ctx.now,
    within,
  });
  // The key leaves here once, to be shown to the submitter; nothing keeps it but its hash.
  return ok({ ...created, officeCode, citizenKey });
}
