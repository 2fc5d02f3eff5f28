// The citizen's own key: the tracking code reads a case, only proof the citizen holds acts on it. Proof is
// the case's private link (a random key, hashed in the database), a one-time code sent to the contact on
// the case and the short-lived pass it opens, or — for channels still to come — a message from the phone
// number on the case. Every act in the citizen's name asks `citizenMayAct`.
import { randomBytes } from 'node:crypto';
import type { Executor } from '../../db/database';
import { hashSecret, newSecret, secretsMatch } from '../../platform/auth/tokens';
import { isCaseContactPhone } from './case-contacts.commands';
import { findLivePass, keyHashOfCase } from './citizen-key.queries';
import { isCaseChat } from './telegram-link.commands';

/** 16 random bytes: 128 bits, 22 base64url characters, so `/k/` + key is 25 characters, short for an SMS. */
const KEY_BYTES = 16;
const KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export const PASS_TTL_MS = 30 * 60_000;

export function newCitizenKey(): string {
  return randomBytes(KEY_BYTES).toString('base64url');
}

export function isCitizenKeyShape(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** The private link's path; the page prefixes the site's address. */
export function citizenKeyPath(key: string): string {
  return `/k/${key}`;
}

/**
 * A code's stored hash. Six digits hash to a million values, so the case is part of it (a table of one
 * case's hashes says nothing of another's); it lives 15 minutes and guesses are limited per case.
 */
export function codeHash(caseId: number, code: string): string {
  return hashSecret(`${caseId}:${code}`);
}

/** A pass, opened by a right one-time code: carried by the page's forms for half an hour. */
export function newPass(): string {
  return newSecret('p');
}

/** What the citizen shows to act: the private key, a pass, the number an SMS came from, or the tied Telegram chat. */
export type CitizenProof =
  | { kind: 'key'; secret: string }
  | { kind: 'pass'; secret: string }
  | { kind: 'phone'; number: string }
  | { kind: 'telegram-chat'; chatId: string };

/**
 * Whether this proof lets its holder act in the name of the citizen of this case. Changes nothing (a
 * phone check writes only the audit row of its contact read); callers count wrong proofs as guesses.
 */
export async function citizenMayAct(
  db: Executor,
  caseId: number,
  proof: CitizenProof,
  now: Date,
): Promise<boolean> {
  switch (proof.kind) {
    case 'key': {
      if (!isCitizenKeyShape(proof.secret)) return false;
      const stored = await keyHashOfCase(db, caseId);
      return !!stored && secretsMatch(stored, hashSecret(proof.secret));
    }
    case 'pass':
      return !!(await findLivePass(db, caseId, 'pass', hashSecret(proof.secret), now.toISOString()));
    case 'phone':
      return isCaseContactPhone(db, caseId, proof.number);
    case 'telegram-chat':
      return isCaseChat(db, caseId, proof.chatId);
  }
}
