// Seals: how an audit row vouches for a row of evidence kept elsewhere (a case event, a cancellation, the
// applicant's details as a receipt was issued, an expense's decision). The seal names the row, the fields it
// covers and their hash; the audit chain covers the seal, so an edit of those fields, or the row's deletion,
// is found by `npm run audit:verify`. Fields that change legitimately later stay out of the seal.
import { createHash } from 'node:crypto';

export interface Seal {
  table: string;
  /** The column that names the row (its id, or the receipt id of a cancellation). */
  key: string;
  id: number;
  fields: readonly string[];
  hash: string;
}

/**
 * The hash of a row's sealed fields. Values are compared as text so both databases agree (PostgreSQL may
 * return a big integer as a string); a missing value and null are the same.
 */
export function hashEvidence(row: Record<string, unknown>, fields: readonly string[]): string {
  const values = fields.map((f) => (row[f] === null || row[f] === undefined ? null : String(row[f])));
  return createHash('sha256').update(JSON.stringify(values)).digest('hex');
}

/** The seal of `row`, as written: `fields` are the ones that must never change afterwards. */
export function sealOf(
  table: string,
  key: string,
  id: number,
  row: Record<string, unknown>,
  fields: readonly string[],
): Seal {
  return { table, key, id, fields, hash: hashEvidence(row, fields) };
}

/**
 * An audit row's summary as people read it: its before and after, without the seals (hashes for the
 * verifier, not for a reader). A summary that is not the JSON the chain writes is shown as it is.
 */
export function summaryForReaders(summary: string): string {
  try {
    const parsed = JSON.parse(summary) as Record<string, unknown>;
    if (!parsed || typeof parsed !== 'object' || !('sealed' in parsed)) return summary;
    const { sealed: _sealed, ...rest } = parsed;
    return JSON.stringify(rest);
  } catch {
    return summary;
  }
}
