// Reading query parameters so that broken percent-encoding is visible instead of silently kept.
import type { Ctx } from './types';

/**
 * A query parameter as text. Invalid UTF-8 in the URL turns into U+FFFD here (URLSearchParams'
 * rule), so a check for well-formed text catches it, where Hono would pass the raw `%FF` through.
 */
export function queryText(c: Ctx, name: string): string | undefined {
  return new URL(c.req.url).searchParams.get(name) ?? undefined;
}
