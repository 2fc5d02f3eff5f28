// Table type of the outbox: the messages sent after their transaction has committed (outbox.queries.ts).
import type { Generated } from 'kysely';

export interface OutboxTable {
  id: Generated<number>;
  created_at: string;
  channel: string;
  recipient: string;
  template: string;
  lang: string;
  payload: string;
  case_id: number | null;
  status: 'pending' | 'sent' | 'failed';
  attempts: Generated<number>;
  next_attempt_at: string;
  sent_at: string | null;
  last_error: string | null;
  /** When staff retried this message (a new row, `retry_of` this one); a row is retried once. */
  retried_at: Generated<string | null>;
  /** The message this one retries. */
  retry_of: Generated<number | null>;
}
