// Checks OWSO receipt chains: one office's (verify page) or every office's (`npm run audit:verify`).
import type { Executor } from '../../db/database';
import type { ChainSource } from '../../platform/audit/checkpoints';
import { oncePer } from '../../platform/once-per';
import {
  findCounter,
  listChainOffices,
  listCounters,
  receiptHashAt,
  receiptRowByNumber,
  receiptsPage,
} from './counter.queries';
import { chainWalker, hashReceipt, type ReceiptChainCheck, receiptNumber } from './receipt.rules';

/** Walks one office's receipts from the first; reports the first receipt edited or missing. */
export async function verifyOfficeChain(
  db: Executor,
  officeCode: string,
  pageSize = 2000,
): Promise<ReceiptChainCheck> {
  const walker = chainWalker();
  let afterSeq = 0;
  for (;;) {
    const page = await receiptsPage(db, officeCode, afterSeq, pageSize);
    const broken = walker.step(page);
    if (broken) return broken;
    if (page.length < pageSize) break;
    afterSeq = page[page.length - 1].seq;
  }
  return walker.finish(await findCounter(db, officeCode));
}

/** Every office that has issued a receipt, with the check of its chain. */
export async function verifyAllReceiptChains(
  db: Executor,
): Promise<{ officeCode: string; check: ReceiptChainCheck }[]> {
  const results: { officeCode: string; check: ReceiptChainCheck }[] = [];
  for (const officeCode of await listChainOffices(db)) {
    results.push({ officeCode, check: await verifyOfficeChain(db, officeCode) });
  }
  return results;
}

/**
 * How long a public page may reuse an office's full check while the office issues nothing new. The
 * public verify page would otherwise walk every receipt of the office on every view (about 100 ms per
 * 7,000 receipts), which anyone could repeat to load the server. `npm run audit:verify` never reuses.
 */
export const CHAIN_CHECK_REUSE_MS = 30_000;

type Remembered = { at: number; lastSeq: number; lastHash: string; check: ReceiptChainCheck };
// Per database handle (tests open several databases in one process), then per office.
const rememberedFor = oncePer((_db: object) => new Map<string, Remembered>());

/**
 * The office's chain as a public page shows it: the receipt being viewed is always checked against its
 * own hash (an edit of it is seen at once); the walk of the whole chain is reused for a short while when
 * the office's counter has not moved.
 */
export async function chainForPublicPage(
  db: Executor,
  officeCode: string,
  viewedNumber: string | null,
  nowMs = Date.now(),
): Promise<ReceiptChainCheck> {
  const counter = await findCounter(db, officeCode);
  const viewed = viewedNumber ? await receiptRowByNumber(db, viewedNumber) : undefined;
  const viewedIntact = !viewed || hashReceipt(viewed) === viewed.hash;
  const byOffice = rememberedFor(db);
  const hit = byOffice.get(officeCode);
  if (
    viewedIntact &&
    hit &&
    counter &&
    hit.lastSeq === counter.last_seq &&
    hit.lastHash === counter.last_hash &&
    nowMs - hit.at < CHAIN_CHECK_REUSE_MS
  ) {
    return hit.check;
  }
  const check = await verifyOfficeChain(db, officeCode);
  if (counter) {
    byOffice.set(officeCode, { at: nowMs, lastSeq: counter.last_seq, lastHash: counter.last_hash, check });
  }
  return check;
}

const CHAIN_PREFIX = 'owso:';

const RECEIPT_BREAKS = {
  edited: 'its content no longer matches its hash (edited by hand)',
  missing: 'a receipt is missing there, or does not follow the one before it',
  'tail-missing': 'the office counter issued more receipts than remain (the last ones were deleted)',
} as const;

/**
 * Offices' receipt chains for audit checkpoints (platform/audit/checkpoints.ts): chain `owso:<office>`,
 * its count the office's last sequence number, its head that receipt's hash.
 */
export const receiptChainSource: ChainSource = {
  owns: (chain) => chain.startsWith(CHAIN_PREFIX),
  async heads(db) {
    return (await listCounters(db))
      .filter((c) => c.last_seq > 0)
      .map((c) => ({
        chain: `${CHAIN_PREFIX}${c.office_code}`,
        rowCount: c.last_seq,
        lastId: null,
        headHash: c.last_hash,
      }));
  },
  async at(db, checkpoint) {
    const office = checkpoint.chain.slice(CHAIN_PREFIX.length);
    const { hash, lastSeq } = await receiptHashAt(db, office, checkpoint.rowCount);
    return { hash, rowsNow: lastSeq, lastIdNow: null };
  },
  async walk(db) {
    return (await verifyAllReceiptChains(db)).map(({ officeCode, check }) =>
      check.ok
        ? { intact: true, line: `Receipt chain of ${officeCode} intact: ${check.receipts} receipts.` }
        : {
            intact: false,
            line: `Receipt chain of ${officeCode} BROKEN at sequence ${check.brokenAtSeq}: ${RECEIPT_BREAKS[check.reason]}. ${check.receipts} receipts before it are intact.`,
          },
    );
  },
  describeLoss(checkpoint, now) {
    const office = checkpoint.chain.slice(CHAIN_PREFIX.length);
    const numbered = (seq: number) => receiptNumber(office, seq);
    if (now.hash !== null) return `receipt ${numbered(checkpoint.rowCount)} no longer has the hash it had`;
    if (now.rowsNow < checkpoint.rowCount) {
      return `the office's receipts now end at ${now.rowsNow ? numbered(now.rowsNow) : 'none'}: receipts ${numbered(now.rowsNow + 1)} to ${numbered(checkpoint.rowCount)} were deleted`;
    }
    return `receipt ${numbered(checkpoint.rowCount)} is gone`;
  },
};
