// One-time form tokens and resubmissions: a form that creates a record carries a token (or, at the OWSO
// counter, a form id) that only one sending may use. Sent again with the same content (a double tap, a
// reload) it shows the first result; sent again with other content it says the second was not saved.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { hashSecret, newSecret } from '../auth/tokens';
import { insertFormToken } from './form-tokens.queries';
import type { Ctx } from './types';

/** Thrown inside the transaction when the form's token was used meanwhile: rolls the second record back. */
export class TokenAlreadyUsed extends Error {}

/**
 * A fresh one-time token: only its hash is stored, so a database read cannot replay a form. The page that
 * carries it differs on every visit, so an ETag of its bytes could never match again: it is sent without one.
 */
export async function issueFormToken(c: Ctx): Promise<string> {
  c.set('revalidatable', false);
  const token = newSecret('ft_');
  await insertFormToken(c.get('deps').db.kysely, hashSecret(token), new Date().toISOString());
  return token;
}

/** Fields that say how the form was sent, not what it says. */
const NOT_CONTENT = new Set(['_csrf', 'form_token', 'formId', 'step']);

/**
 * What a form said, as a hash keyed by its token: the same fields with the same values give the same hash
 * whatever their order. Keyed, because the fields hold names and phone numbers, which a plain hash would
 * give away to anyone trying likely values; the token itself is stored only as its own hash.
 */
export function formContentHash(key: string, form: Record<string, unknown>): string {
  const fields = Object.entries(form)
    .filter(([name]) => !NOT_CONTENT.has(name))
    .map(([name, value]) => [name, Array.isArray(value) ? value.map(String) : String(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHmac('sha256', key).update(JSON.stringify(fields)).digest('hex');
}

/**
 * Whether a form sent again says what its first sending said. A first sending from before content
 * hashes were kept counts as the same, which is what every repeat was taken for until then.
 */
export function sameAsFirst(firstHash: string | null | undefined, contentHash: string): boolean {
  return firstHash == null || firstHash === contentHash;
}

/** The AES-256-GCM key a token seals with: only the browser that holds the form holds the token. */
function sealingKey(token: string): Buffer {
  return createHash('sha256').update(`sala form-token seal\0${token}`).digest();
}

/**
 * Seals a secret the first sending produced (a citizen's private key) with the form's own token, so a
 * double tap of the same form can show it again while the database alone cannot read it.
 */
export function sealWithToken(token: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(token), iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The secret sealed with this token, or undefined when the token is not the one that sealed it. */
export function openWithToken(token: string, sealed: string): string | undefined {
  try {
    const bytes = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', sealingKey(token), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
