// One page of a long list, so a public page stays within a 2G phone's first round trip (14,336 bytes).

export interface PageOf<T> {
  items: T[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** The 0-based position of the first item, for numbering rows across pages. */
  offset: number;
}

/** Reads `?page=`: a positive whole number, 1 when absent or not a number (never an error). */
export function requestedPage(raw: string | undefined): number {
  const n = Number(raw?.trim());
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** The `page`th page of `size` items; a page past the end shows the last one. */
export function pageOf<T>(items: readonly T[], page: number, size: number): PageOf<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const offset = (current - 1) * size;
  return { items: items.slice(offset, offset + size), page: current, pages, offset };
}
