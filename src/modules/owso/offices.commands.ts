// Commands of the OWSO offices: create or edit an office (level, gazetteer place, rollout with its dates,
// opening hours, counters, the services it offers), audited.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { type Actor, appendAudit } from '../../platform/audit/audit.queries';
import { isCalendarDate } from '../../platform/calendar/calendar-date';
import { parseTypedDate } from '../../platform/i18n/date-input';
import { text } from '../../platform/input-text';
import { khmerNumber } from '../../platform/khmer/input';
import { fail, ok, type Result } from '../../platform/result';
import {
  countKnownServices,
  officeRow,
  placeLevel,
  replaceOfficeServices,
  saveOfficeRow,
} from './offices.queries';
import type { RolloutStatus } from './owso.table';

export const ROLLOUT_STATUSES: readonly RolloutStatus[] = [
  'planned',
  'working_group',
  'outreach_done',
  'operating',
];

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((s) => (s ? (parseTypedDate(s) ?? s) : s))
  .refine((s) => !s || isCalendarDate(s), 'invalid-date')
  .transform((s) => s || null);

export const officeInputSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^OWSO-[0-9]{2,8}(-[A-Z0-9]{1,6})?$/, 'invalid-code'),
    level: z.enum(['commune', 'district', 'province'], { error: 'invalid' }),
    place_code: z
      .string()
      .trim()
      .regex(/^\d{2}(\d{2}){0,2}$/, 'invalid'),
    name_en: text(200).pipe(z.string().min(2, 'required')),
    name_km: text(200).pipe(z.string().min(2, 'required')),
    rollout_status: z.enum(['planned', 'working_group', 'outreach_done', 'operating'], { error: 'invalid' }),
    working_group_on: optionalDate,
    outreach_on: optionalDate,
    operating_since: optionalDate,
    opening_hours_en: text(300)
      .optional()
      .transform((s) => s || null),
    opening_hours_km: text(300)
      .optional()
      .transform((s) => s || null),
    counters: khmerNumber({
      min: 1,
      max: 50,
      message: 'whole-number',
      tooLarge: 'out-of-range',
      tooSmall: 'out-of-range',
    }),
    is_demo: z.union([z.literal(0), z.literal(1)]).default(0),
    services: z
      .array(
        z
          .string()
          .trim()
          .regex(/^[A-Z0-9-]{2,24}$/, 'invalid'),
      )
      .max(500)
      .default([]),
  })
  // An office says it operates only with the date it began: the rollout page shows "since when".
  .refine((o) => o.rollout_status !== 'operating' || o.operating_since !== null, {
    path: ['operating_since'],
    message: 'required',
  });
export type OfficeInput = z.output<typeof officeInputSchema>;

export type OfficeError = 'unknown-place' | 'place-level' | 'code-taken' | 'not-found' | 'unknown-service';

/** Creates or edits an office; its list of services is replaced by the one given (empty: all of its level). */
export async function saveOffice(
  db: Db,
  actor: Actor,
  input: OfficeInput,
  opts: { isNew: boolean },
  now: Date,
): Promise<Result<{ code: string }, OfficeError>> {
  return db.kysely.transaction().execute(async (trx) => {
    const place = await placeLevel(trx, input.place_code);
    if (!place) return fail('unknown-place');
    if (place.level !== input.level) return fail('place-level');
    const before = await officeRow(trx, input.code);
    if (opts.isNew && before) return fail('code-taken');
    if (!opts.isNew && !before) return fail('not-found');
    const services = [...new Set(input.services)];
    if (services.length > 0 && (await countKnownServices(trx, services)) !== services.length) {
      return fail('unknown-service');
    }
    const { services: _s, ...office } = input;
    await saveOfficeRow(trx, { ...office, updated_at: now.toISOString() }, !!before);
    const previous = await replaceOfficeServices(trx, input.code, services);
    await appendAudit(trx, actor, {
      action: before ? 'owso.office.edit' : 'owso.office.create',
      entityType: 'owso_office',
      entityId: input.code,
      before: before ? { ...before, services: previous } : undefined,
      after: { ...office, services },
    });
    return ok({ code: input.code });
  });
}
