// Pure rules of an office's books: overspending, receipts' file types.
import { fail, type Result } from '../../platform/result';
import { checkScannedFile, type ScannedType, type ScanProblem } from '../../platform/uploads/scanned-files';

/** The largest single amount accepted, in riel (fits the integer columns with room for sums). */
export const MAX_RIEL = 2_000_000_000;

/** A scanned receipt may be at most this big; the app's whole-request limit (1 MiB) sits just above it. */
export const RECEIPT_MAX_BYTES = 1_000_000;

export type ReceiptType = ScannedType;
export const RECEIPT_TYPES: readonly ReceiptType[] = ['application/pdf', 'image/jpeg', 'image/png'];

export type ReceiptProblem = `receipt-${ScanProblem}`;

/** Checks an upload: not empty, not too big, declared type allowed and matching the bytes. */
export function checkReceipt(bytes: Uint8Array, declaredType: string): Result<ReceiptType, ReceiptProblem> {
  const checked = checkScannedFile(bytes, declaredType, RECEIPT_MAX_BYTES);
  return checked.ok ? checked : fail(`receipt-${checked.error}` as const);
}

/** True when approving `amount` on top of what the line has spent goes over its budget. */
export function overspends(budgetRiel: number, spentRiel: number, amountRiel: number): boolean {
  return amountRiel > 0 && spentRiel + amountRiel > budgetRiel;
}

/** Riel for a USD amount at a rate (riel per dollar), rounded to the riel. */
export function rielFromUsd(cents: number, rate: number): number {
  return Math.round((cents * rate) / 100);
}
