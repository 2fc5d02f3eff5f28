// Pure rules of an office's books: overspending, receipts' file types.

/** The largest single amount accepted, in riel (fits the integer columns with room for sums). */
export const MAX_RIEL = 2_000_000_000;

/** A scanned receipt may be at most this big; the app's whole-request limit (1 MiB) sits just above it. */
export const RECEIPT_MAX_BYTES = 1_000_000;

export type ReceiptType = 'application/pdf' | 'image/jpeg' | 'image/png';
export const RECEIPT_TYPES: readonly ReceiptType[] = ['application/pdf', 'image/jpeg', 'image/png'];
export const RECEIPT_EXTENSION: Record<ReceiptType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/** The type the file's first bytes prove, or null: a name or a declared type alone proves nothing. */
export function sniffReceiptType(bytes: Uint8Array): ReceiptType | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

export type ReceiptProblem = 'receipt-too-large' | 'receipt-type' | 'receipt-empty';

/** Checks an upload: not empty, not too big, declared type allowed and matching the bytes. */
export function checkReceipt(
  bytes: Uint8Array,
  declaredType: string,
): { ok: true; type: ReceiptType } | { ok: false; problem: ReceiptProblem } {
  if (bytes.length === 0) return { ok: false, problem: 'receipt-empty' };
  if (bytes.length > RECEIPT_MAX_BYTES) return { ok: false, problem: 'receipt-too-large' };
  const declared = declaredType.split(';')[0].trim().toLowerCase();
  const sniffed = sniffReceiptType(bytes);
  if (!sniffed || sniffed !== declared) return { ok: false, problem: 'receipt-type' };
  return { ok: true, type: sniffed };
}

/** True when approving `amount` on top of what the line has spent goes over its budget. */
export function overspends(budgetRiel: number, spentRiel: number, amountRiel: number): boolean {
  return amountRiel > 0 && spentRiel + amountRiel > budgetRiel;
}

/** Riel for a USD amount at a rate (riel per dollar), rounded to the riel. */
export function rielFromUsd(cents: number, rate: number): number {
  return Math.round((cents * rate) / 100);
}
