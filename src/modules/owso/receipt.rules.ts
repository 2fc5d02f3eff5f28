// Pure rules of OWSO receipts: the number, the hash of a receipt, and the check of an office's chain.
import { createHash } from 'node:crypto';
import type { ReceiptRow } from './counter.table';

/** The previous hash of an office's first receipt. */
export const RECEIPT_GENESIS_HASH = '0'.repeat(64);

/** Sequence numbers are padded so receipt numbers sort and read alike: OWSO-120101-000042. */
export function receiptNumber(officeCode: string, seq: number): string {
  return `${officeCode}-${String(seq).padStart(6, '0')}`;
}

/** The office code and sequence of a receipt number, or null when it cannot be one. */
export function parseReceiptNumber(value: string): { officeCode: string; seq: number } | null {
  const match = /^([A-Za-z0-9][A-Za-z0-9_-]{0,40})-(\d{6,9})$/.exec(value.trim());
  if (!match) return null;
  const seq = Number(match[2]);
  return seq >= 1 ? { officeCode: match[1], seq } : null;
}

export type ChainedReceipt = Pick<
  ReceiptRow,
  | 'prev_hash'
  | 'number'
  | 'office_code'
  | 'seq'
  | 'application_id'
  | 'service_code'
  | 'fee_riel'
  | 'paid_riel'
  | 'payment_channel'
  | 'agency_code'
  | 'agency_reference'
  | 'exemption_reason'
  | 'issued_at'
  | 'clerk_user_id'
  | 'clerk_name'
  | 'is_demo'
>;

/** SHA-256 over every field of the receipt and the previous receipt's hash (so a deletion breaks the link). */
export function hashReceipt(r: ChainedReceipt): string {
  const canonical = JSON.stringify([
    r.prev_hash,
    r.number,
    r.office_code,
    r.seq,
    r.application_id,
    r.service_code,
    r.fee_riel,
    r.paid_riel,
    r.payment_channel,
    r.agency_code,
    r.agency_reference,
    r.exemption_reason,
    r.issued_at,
    r.clerk_user_id,
    r.clerk_name,
    r.is_demo,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export type ChainBreak = 'edited' | 'missing' | 'tail-missing';

export type ReceiptChainCheck =
  | { ok: true; receipts: number }
  | { ok: false; receipts: number; brokenAtSeq: number; reason: ChainBreak };

/**
 * Walks an office's receipts in sequence order, a page at a time. Feed every page to `step`, then
 * call `finish` with the office's counter: a deleted last receipt leaves the counter ahead of the chain.
 */
export function chainWalker() {
  let prevHash = RECEIPT_GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  let broken: ReceiptChainCheck | null = null;
  return {
    step(rows: readonly (ChainedReceipt & { hash: string })[]): ReceiptChainCheck | null {
      if (broken) return broken;
      for (const row of rows) {
        // A missing sequence number, or a link that does not follow: a receipt before it was deleted or edited.
        if (row.seq !== expectedSeq || row.prev_hash !== prevHash) {
          broken = { ok: false, receipts: count, brokenAtSeq: expectedSeq, reason: 'missing' };
          return broken;
        }
        if (hashReceipt(row) !== row.hash) {
          broken = { ok: false, receipts: count, brokenAtSeq: row.seq, reason: 'edited' };
          return broken;
        }
        prevHash = row.hash;
        expectedSeq += 1;
        count += 1;
      }
      return null;
    },
    finish(counter: { last_seq: number; last_hash: string } | undefined): ReceiptChainCheck {
      if (broken) return broken;
      const lastSeq = counter?.last_seq ?? 0;
      const lastHash = counter?.last_hash ?? RECEIPT_GENESIS_HASH;
      if (lastSeq !== count || lastHash !== prevHash)
        return { ok: false, receipts: count, brokenAtSeq: count + 1, reason: 'tail-missing' };
      return { ok: true, receipts: count };
    },
  };
}
