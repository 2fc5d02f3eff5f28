// Table type of the Idempotency-Key records (idempotency.queries.ts): per scope and key, the answer to replay.

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  created_at: string;
  response_status: number;
  response_body: string;
}
