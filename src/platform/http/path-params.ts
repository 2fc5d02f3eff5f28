// Row ids from the path, a form or a query string: the one place that decides what counts as an id.
import { z } from 'zod';
import { latinDigits } from '../input-text';
import type { Ctx } from './types';

/** Ids are `serial`/`integer`: anything past a signed 32-bit integer makes PostgreSQL fail the query. */
export const MAX_ROW_ID = 2_147_483_647;

/**
 * Plain decimal digits (Latin or Khmer) naming a row: 1..2147483647, else undefined. No sign, no
 * exponent, no fraction, no spaces — `Number()` would read "1e3", " 7", "0x10" or "" as ids.
 */
export function parseId(raw: string | null | undefined): number | undefined {
  if (raw == null) return undefined;
  const digits = latinDigits(raw);
  if (!/^0*[1-9]\d{0,9}$/.test(digits)) return undefined;
  const id = Number(digits);
  return id <= MAX_ROW_ID ? id : undefined;
}

/** The path parameter `name` as a row id, or undefined: the route answers 404 for it. */
export function pathId(c: Ctx, name = 'id'): number | undefined {
  return parseId(c.req.param(name));
}

/** A form or JSON field holding a row id (as text or a number); fails with `message` otherwise. */
export const rowId = (message = 'invalid') =>
  z.union([z.string(), z.number()], message).transform((value, ctx) => {
    // Typed into a form, a number may come with spaces around it; a path never does.
    const id = parseId(String(value).trim());
    if (id === undefined) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return id;
  });
