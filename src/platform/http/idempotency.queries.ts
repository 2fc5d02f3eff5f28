// SQL of Idempotency-Key records (idempotency.ts): one row per scope and key, with the answer to replay.
import type { Executor } from '../../db/database';

export function findIdempotencyRecord(db: Executor, scope: string, key: string) {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function insertIdempotencyRecord(
  db: Executor,
  row: {
    scope: string;
    key: string;
    request_hash: string;
    created_at: string;
    response_status: number;
    response_body: string;
  },
) {
  await db.insertInto('idempotency_keys').values(row).execute();
}
