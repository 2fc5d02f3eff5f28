// What Sala refuses in text from a request: U+0000, which PostgreSQL cannot store and no person types.

/** True when a string, or any string inside an array or object (a parsed form or JSON body), holds U+0000. */
export function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, v]) => key.includes('\u0000') || holdsNul(v));
  }
  return false;
}

/** True when the URL's path or query has an encoded U+0000 (`%00`); a raw one cannot reach a URL. */
export function urlHoldsNul(url: string): boolean {
  return url.includes('%00');
}
