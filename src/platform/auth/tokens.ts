// Random secrets for cookies and API tokens, and the hashes under which they are stored.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

const SECRET_BYTES = 32;
// Secrets are cut from a pool refilled 4 KiB at a time, as Node does for randomUUID(): every first visit
// gets a CSRF secret, and one call to the generator per secret was a tenth of an anonymous page's cost.
const POOL_BYTES = SECRET_BYTES * 128;
let pool = Buffer.alloc(0);
let poolOffset = 0;

/** A URL-safe random secret with 256 bits of entropy. */
export function newSecret(prefix = ''): string {
  if (poolOffset + SECRET_BYTES > pool.length) {
    // A fresh buffer each time, never refilled in place: no secret's bytes are ever handed out twice.
    pool = randomBytes(POOL_BYTES);
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + SECRET_BYTES);
  poolOffset += SECRET_BYTES;
  return prefix + bytes.toString('base64url');
}

/** The stored form of a secret: a database copy cannot be replayed as a cookie or token. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares two secrets in constant time. */
export function secretsMatch(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** How long a one-time code sent to a citizen's phone or e-mail may be typed. */
export const CODE_TTL_MS = 15 * 60_000;

/** A six-digit one-time code, typed from an SMS or e-mail (a citizen's case, a statement's support). */
export function newOneTimeCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}
