// `GET /api/receipts/{number}`: the public verify page as JSON for machines (civil society, apps). No
// personal data: no applicant, no phone, no clerk, no payment reference.
import { z } from 'zod';
import { apiError } from '../../platform/http/api-errors';
import type { Ctx, RouteDef } from '../../platform/http/types';
import { counterMessages } from './counter.messages';
import { type ReceiptChainCheck, receiptNumber } from './receipt.rules';
import { chainForPublicPage } from './receipt-chain.service';
import { findReceiptAsTyped, issuedButMissing } from './receipt-lookup.service';

const named = z.object({ code: z.string(), name_en: z.string(), name_km: z.string() });

export const chainJson = z.object({
  intact: z.boolean(),
  receipts_checked: z.number().int().describe('Receipts of the office found intact, from its first.'),
  first_break: z.string().nullable().describe('The receipt number where the chain first breaks.'),
  reason: z.enum(['edited', 'missing', 'tail-missing']).nullable(),
});

export const receiptJson = z.object({
  receipt: z.object({
    number: z.string().meta({ example: 'OWSO-120101-000042' }),
    office: named,
    service: named,
    fee_riel: z.number().int().describe('The official fee in force on the day it was issued.'),
    sample_fee: z.boolean().describe('True when the catalogue is sample data, not official fees.'),
    issued_at: z.string().describe('ISO-8601, UTC.'),
    demo: z.boolean(),
    cancelled: z.object({ at: z.string(), reason: z.string() }).nullable(),
  }),
  chain: chainJson,
});

function presentChain(officeCode: string, check: ReceiptChainCheck): z.infer<typeof chainJson> {
  return check.ok
    ? { intact: true, receipts_checked: check.receipts, first_break: null, reason: null }
    : {
        intact: false,
        receipts_checked: check.receipts,
        first_break: receiptNumber(officeCode, check.brokenAtSeq),
        reason: check.reason,
      };
}

async function getReceiptApi(c: Ctx) {
  const m = counterMessages[c.get('lang')];
  const db = c.get('deps').db.kysely;
  const number = (c.req.param('number') ?? '').trim();
  const r = await findReceiptAsTyped(db, number);
  if (!r) {
    // A number the office issued whose receipt is gone: say so, with the chain's state.
    const missing = await issuedButMissing(db, number);
    if (missing) {
      const chain = presentChain(missing.officeCode, await chainForPublicPage(db, missing.officeCode, null));
      return apiError(c, 404, 'receipt_missing', m.verifyMissing, { chain });
    }
    return apiError(c, 404, 'not_found', m.verifyNotFound);
  }
  const chain = await chainForPublicPage(db, r.office_code, r.number);
  return c.json({
    receipt: {
      number: r.number,
      office: { code: r.office_code, name_en: r.office_en, name_km: r.office_km },
      service: { code: r.service_code, name_en: r.service_en, name_km: r.service_km },
      fee_riel: r.fee_riel,
      sample_fee: r.is_sample === 1,
      issued_at: r.issued_at,
      demo: r.is_demo === 1,
      cancelled: r.cancelled_at ? { at: r.cancelled_at, reason: r.cancel_reason ?? '' } : null,
    },
    chain: presentChain(r.office_code, chain),
  } satisfies z.infer<typeof receiptJson>);
}

export const verifyApiRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/api/receipts/:number',
    kind: 'api',
    access: 'public',
    example: { number: 'OWSO-000000-000001' },
    handler: getReceiptApi,
    doc: {
      summary:
        'Verify an OWSO receipt: service, official fee, date, office, cancelled or not, the office’s chain.',
      tag: 'owso',
      response: receiptJson,
      errors: {
        404: 'No receipt has this number (receipt_missing: it was issued, and is gone from the records).',
      },
    },
  },
];
