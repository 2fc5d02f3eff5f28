// Tracking codes citizens read aloud and type on a phone keypad: digits only, with a Damm check digit.
import { randomInt } from 'node:crypto';

// The Damm quasigroup: a check digit that catches every single wrong digit and every swap of two
// neighbouring digits — the two mistakes people make when copying a number.
const DAMM = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/** Digits before the check digit: a billion codes, so random ones rarely collide. */
export const TRACKING_BODY_LENGTH = 9;

function dammInterim(digits: string): number {
  let interim = 0;
  for (const ch of digits) interim = DAMM[interim][ch.charCodeAt(0) - 48];
  return interim;
}

/** The check digit for a string of digits. */
export function checkDigit(digits: string): string {
  return String(dammInterim(digits));
}

/** A new random tracking code (10 digits, the last one the check digit); unpredictable, so codes cannot be guessed in sequence. */
export function newTrackingCode(random: (n: number) => number = randomInt): string {
  let body = String(1 + random(9)); // no leading zero: spreadsheets would drop it
  while (body.length < TRACKING_BODY_LENGTH) body += String(random(10));
  return body + checkDigit(body);
}

/**
 * A code as typed: Khmer numerals (០–៩) become digits, spaces and dashes go. Undefined unless it is
 * ten digits whose check digit is right.
 */
export function parseTrackingCode(input: string): string | undefined {
  const digits = input
    .replace(/[\u17E0-\u17E9]/g, (d) => String(d.charCodeAt(0) - 0x17e0))
    .replace(/[\s\-–.]/g, '');
  if (!/^\d{10}$/.test(digits)) return undefined;
  return dammInterim(digits) === 0 ? digits : undefined;
}

/** The code grouped for reading aloud: 482-109-375-6. */
export function formatTrackingCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3, 6)}-${code.slice(6, 9)}-${code.slice(9)}`;
}
