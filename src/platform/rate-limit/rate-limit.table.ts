// Table type of the events rate limits count.
import type { Generated } from 'kysely';

export interface RateEventsTable {
  id: Generated<number>;
  bucket: string;
  /** SHA-256 of the caller's address: the limit needs to tell callers apart, not to know who they are. */
  key_hash: string;
  at: string;
}
