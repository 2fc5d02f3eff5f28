// Idempotency-Key of a POST (casework's JSON intake and Open311 use it): an earlier answer replayed, the new one
// stored in the same transaction as what the request made.
import { createHash } from 'node:crypto';
import type { Executor } from '../../db/database';
import { findIdempotencyRecord, insertIdempotencyRecord } from './idempotency.queries';

// Printable ASCII: a key travels in an HTTP header, where anything else is mangled by some client.
const IDEMPOTENCY_KEY = /^[\x20-\x7E]{1,200}$/;

/** The header's key: absent, well formed, or refused (the caller answers 400 in its own format). */
export function readIdempotencyKey(
  header: string | undefined,
): { ok: true; key: string | undefined } | { ok: false } {
  if (header === undefined) return { ok: true, key: undefined };
  return IDEMPOTENCY_KEY.test(header) ? { ok: true, key: header } : { ok: false };
}

/**
 * JSON with object keys sorted at every depth: the same request written with its fields in
 * another order (as another client library would) hashes the same.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** One request's idempotency: its scope (each endpoint family keeps its own keys), key and body hash. */
export interface Idempotency {
  scope: string;
  key: string | undefined;
  requestHash: string;
}

export function idempotencyOf(scope: string, key: string | undefined, request: unknown): Idempotency {
  return { scope, key, requestHash: createHash('sha256').update(canonicalJson(request)).digest('hex') };
}

/** What an earlier request with the same key left: its answer (same body), or a refusal (another body). */
export type Earlier = { kind: 'replay'; status: number; body: string } | { kind: 'key-reused' };

/** The earlier request with this key, if there was one (never when the request has no key). */
export async function findEarlier(db: Executor, idem: Idempotency): Promise<Earlier | undefined> {
  if (idem.key === undefined) return undefined;
  const record = await findIdempotencyRecord(db, idem.scope, idem.key);
  if (!record) return undefined;
  if (record.request_hash !== idem.requestHash) return { kind: 'key-reused' };
  return { kind: 'replay', status: record.response_status, body: record.response_body };
}

/** Stores the answer with the key; call it inside the case's transaction. Does nothing without a key. */
export type Remember = (trx: Executor, answer: { status: number; body: string }) => Promise<void>;

/**
 * Runs the intake once per key. `submit` calls `remember` inside the case's transaction, so a crash
 * leaves both the case and its key, or neither. A concurrent request with the same key that committed
 * first makes this one's insert hit the unique key (SQLite and PostgreSQL alike): its transaction
 * rolls back and it answers as a repeat of the winner.
 */
export async function runOnce<T>(
  db: Executor,
  idem: Idempotency,
  now: Date,
  submit: (remember: Remember) => Promise<T>,
): Promise<{ kind: 'ran'; value: T } | Earlier> {
  const remember: Remember = async (trx, answer) => {
    if (idem.key === undefined) return;
    await insertIdempotencyRecord(trx, {
      scope: idem.scope,
      key: idem.key,
      request_hash: idem.requestHash,
      created_at: now.toISOString(),
      response_status: answer.status,
      response_body: answer.body,
    });
  };
  try {
    return { kind: 'ran', value: await submit(remember) };
  } catch (error) {
    const winner = await findEarlier(db, idem);
    if (winner) return winner;
    throw error;
  }
}
