// Pure rules of OWSO receipts: the number, the hash of a receipt, and the check of an office's chain.
import { createHash } from 'node:crypto';
import { digitsToLatin } from '../../platform/khmer/fold';
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

/** Offices' codes as the catalogue writes them: the prefix a citizen may leave out when typing a number. */
const OFFICE_PREFIX = 'OWSO';
const PADDED_SEQ_DIGITS = 6;

/**
 * The receipt numbers a citizen may have meant, most likely first, for a number typed from paper or a
 * phone: any letter case (phones capitalise the first letter), Khmer digits, spaces, dots or dashes
 * between the parts, the sequence without its leading zeros, the `OWSO-` prefix left out, or no
 * separator before the six-digit sequence. Empty when nothing like a receipt number was typed.
 */
export function receiptNumberCandidates(typed: string): string[] {
  const folded = digitsToLatin(typed)
    .normalize('NFKC')
    .toUpperCase()
    .trim()
    .replace(/[\s._/\u2010-\u2015\u2212-]+/g, '-')
    .replace(/^-|-$/g, '');
  const parts = /^(.*?)-?(\d+)$/.exec(folded);
  if (!parts || folded.length > 60) return [];
  const [, office, digits] = parts;
  const splits: { office: string; seq: string }[] = [];
  if (office) splits.push({ office, seq: digits });
  // No separator before the sequence: the last six digits are the padded sequence.
  if (digits.length > PADDED_SEQ_DIGITS) {
    const cut = digits.length - PADDED_SEQ_DIGITS;
    splits.push({ office: `${office ? `${office}-` : ''}${digits.slice(0, cut)}`, seq: digits.slice(cut) });
  }
  const candidates = new Set<string>();
  for (const split of splits) {
    const seq = Number(split.seq);
    if (!Number.isSafeInteger(seq) || seq < 1) continue;
    const offices = split.office.startsWith(`${OFFICE_PREFIX}-`)
      ? [split.office]
      : [`${OFFICE_PREFIX}-${split.office.replace(new RegExp(`^${OFFICE_PREFIX}`), '')}`, split.office];
    for (const code of offices) {
      if (/^[A-Z0-9][A-Z0-9_-]{0,40}$/.test(code)) candidates.add(receiptNumber(code, seq));
    }
  }
  return [...candidates];
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
