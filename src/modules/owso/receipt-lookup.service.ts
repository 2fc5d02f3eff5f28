// A receipt number as citizens type it, read the way the office wrote it: one place for the page and the API.
import type { Executor } from '../../db/database';
import { findCounter, findReceipt } from './counter.queries';
import { parseReceiptNumber, receiptNumberCandidates } from './receipt.rules';

/** The receipt the citizen meant, trying each reading of what they typed (a few look-ups at most). */
export async function findReceiptAsTyped(db: Executor, typed: string) {
  for (const number of receiptNumberCandidates(typed)) {
    const receipt = await findReceipt(db, number);
    if (receipt) return receipt;
  }
  return undefined;
}

/**
 * The number the citizen meant when its office did issue it but no receipt is there any more (deleted):
 * the office's counter has passed it.
 */
export async function issuedButMissing(db: Executor, typed: string) {
  for (const number of receiptNumberCandidates(typed)) {
    const parsed = parseReceiptNumber(number);
    const counter = parsed ? await findCounter(db, parsed.officeCode) : undefined;
    if (parsed && counter && parsed.seq <= counter.last_seq) return { number, ...parsed };
  }
  return undefined;
}
