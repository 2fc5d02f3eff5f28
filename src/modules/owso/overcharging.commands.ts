// "I was asked to pay more": a citizen's report becomes a casework case for the district's Citizens'
// Office (the ombudsman), with the difference from the official fee in force written into the case.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { appendAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import type { Lang } from '../../platform/i18n/i18n';
import { text } from '../../platform/input-text';
import { khmerNumber } from '../../platform/khmer/input';
import { fail, ok, type Result } from '../../platform/result';
import { concernInputSchema, submitConcern } from '../casework';
import { findOffice } from './counter.queries';
import { feeInForce } from './fees.queries';
import { citizensOfficeCode, OVERCHARGING_CATEGORY } from './load-owso-reference';
import { activeService, holdCaseAt, officeExists } from './overcharging.queries';

export const overchargingInputSchema = z.object({
  office: z.string().trim().min(1, 'required').max(40),
  service: z.string().trim().min(1, 'required').max(40),
  amount: khmerNumber({ max: 9_999_999_999, message: 'whole-number' }),
  receipt: text(40).transform((s) => s || null),
  details: text(1000).transform((s) => s || null),
});
export type OverchargingInput = z.output<typeof overchargingInputSchema>;

export type OverchargingError = 'unknown-office' | 'unknown-service' | 'no-fee' | 'not-more';

const riel = (n: number) => `${n.toLocaleString('en-US')} riel`;

/** The report as the case's text, in Khmer and English: the officer sees the difference at once. */
export function overchargingText(r: {
  officeEn: string;
  officeKm: string;
  serviceEn: string;
  serviceKm: string;
  asked: number;
  fee: number;
  day: string;
  sample: boolean;
  receipt: string | null;
  details: string | null;
}): string {
  const diff = r.asked - r.fee;
  const sampleKm = r.sample ? ' (ថ្លៃគំរូ — មិនមែនផ្លូវការ)' : '';
  const sampleEn = r.sample ? ' (sample fee — not official)' : '';
  return [
    `របាយការណ៍យកថ្លៃលើស៖ ${r.officeKm} — ${r.serviceKm}។ ចំនួនដែលត្រូវបានស្នើសុំ៖ ${r.asked} រៀល។ ថ្លៃផ្លូវការនៅថ្ងៃ ${r.day}៖ ${r.fee} រៀល${sampleKm}។ លើសចំនួន៖ ${diff} រៀល។`,
    `Overcharging report: ${r.officeEn} — ${r.serviceEn}. Amount asked: ${riel(r.asked)}. Official fee in force on ${r.day}: ${riel(r.fee)}${sampleEn}. Difference: ${riel(diff)} more than the official fee.`,
    r.receipt ? `Receipt / បង្កាន់ដៃ: ${r.receipt}` : 'No receipt / គ្មានបង្កាន់ដៃ',
    r.details ? `\n${r.details}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Files the report; the case goes to the Citizens' Office of the office's district. */
export async function reportOvercharging(
  db: Db,
  input: OverchargingInput,
  ctx: { lang: Lang; now: Date; demo?: boolean },
  /** Runs in the report's transaction once its case exists (the form marks its one-time token). */
  within?: (trx: Executor, created: { id: number; trackingCode: string }) => Promise<void>,
): Promise<Result<{ trackingCode: string; citizenKey: string; difference: number }, OverchargingError>> {
  const k = db.kysely;
  const office = await findOffice(k, input.office);
  if (!office) return fail('unknown-office');
  const service = await activeService(k, input.service);
  if (!service) return fail('unknown-service');
  const day = phnomPenhDate(ctx.now);
  const fee = await feeInForce(k, service.code, day);
  if (!fee) return fail('no-fee');
  if (input.amount <= fee.fee_riel) return fail('not-more');
  const place = office.place_code;
  const district = place.length >= 4 ? place.slice(0, 4) : null;
  const description = overchargingText({
    officeEn: office.name_en,
    officeKm: office.name_km,
    serviceEn: `${service.name_en} (${service.code})`,
    serviceKm: service.name_km,
    asked: input.amount,
    fee: fee.fee_riel,
    day,
    sample: service.is_sample === 1,
    receipt: input.receipt,
    details: input.details,
  });
  const concern = concernInputSchema.parse({
    category: OVERCHARGING_CATEGORY,
    description,
    province: place.slice(0, 2),
    district: district ?? '',
    commune: place.length === 6 ? place : '',
  });
  const citizensOffice = district ? citizensOfficeCode(district) : null;
  const hasOffice = citizensOffice && (await officeExists(k, citizensOffice));
  const submitted = await submitConcern(
    db,
    concern,
    { channel: 'web', actor: SYSTEM_ACTOR, lang: ctx.lang, now: ctx.now, demo: ctx.demo },
    async (trx, created) => {
      await within?.(trx, created);
      // submitConcern files every concern with the province's constituency office; this one belongs to
      // the ombudsman of the district where the office is.
      if (!hasOffice || !citizensOffice) return;
      await holdCaseAt(trx, created.id, citizensOffice);
      await appendAudit(trx, SYSTEM_ACTOR, {
        action: 'owso.overcharging.route',
        entityType: 'case',
        entityId: created.id,
        after: {
          office: citizensOffice,
          owso_office: office.code,
          service: service.code,
          asked: input.amount,
          fee: fee.fee_riel,
        },
      });
    },
  );
  if (!submitted.ok) throw new Error(`overcharging report refused by casework: ${submitted.error}`);
  return ok({
    trackingCode: submitted.value.trackingCode,
    citizenKey: submitted.value.citizenKey,
    difference: input.amount - fee.fee_riel,
  });
}
