// What Sala refuses in text from a request: U+0000, which PostgreSQL cannot store and no person types.

/** Deeper than any body Sala reads: a JSON body nested further is refused before anything walks it. */
export const MAX_NESTING = 64;

/** True when arrays and objects inside `value` nest deeper than MAX_NESTING (checked without recursion). */
export function nestedTooDeep(value: unknown): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    if (current && typeof current === 'object') {
      if (depth >= MAX_NESTING) return true;
      for (const v of Object.values(current)) stack.push({ value: v, depth: depth + 1 });
    }
  }
  return false;
}

/** True when a string, or any string or key inside an array or object (a parsed form or JSON body), holds U+0000. */
export function holdsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return true;
    } else if (current && typeof current === 'object') {
      for (const [key, v] of Object.entries(current)) {
        if (key.includes('\u0000')) return true;
        stack.push(v);
      }
    }
  }
  return false;
}

/** True when the URL's path or query has an encoded U+0000 (`%00`); a raw one cannot reach a URL. */
export function urlHoldsNul(url: string): boolean {
  return url.includes('%00');
}
