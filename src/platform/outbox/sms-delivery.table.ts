// One row per SMS part handed to the SMSC: its id there and the state its delivery receipt reported.

/** submitted: accepted by the SMSC, no receipt yet; delivered / failed: what the receipt said. */
export type SmsPartState = 'submitted' | 'delivered' | 'failed';

export interface OutboxSmsPartsTable {
  smsc_message_id: string;
  /** Null while a receipt has come before the sender recorded its part. */
  outbox_id: number | null;
  part: number | null;
  state: SmsPartState;
  updated_at: string;
}
