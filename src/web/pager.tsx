// Links to the previous and next page of a long list: plain links, so paging works without JavaScript.
import { type Catalog, type Digits, formatNumber, type Lang } from '../platform/i18n/i18n';

const en = {
  pages: 'Pages',
  previous: '← Previous',
  next: 'Next →',
  pageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,
};
const km: typeof en = {
  pages: 'ទំព័រ',
  previous: '← មុន',
  next: 'បន្ទាប់ →',
  pageOf: (page: string, pages: string) => `ទំព័រ ${page} នៃ ${pages}`,
};
const pagerMessages: Catalog<typeof en> = { en, km };

/** The address of another page of the list: `path` with its query, `page` set (left out for page 1). */
export function pageHref(path: string, query: Record<string, string | undefined>, page: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export function Pager(p: {
  lang: Lang;
  digits: Digits;
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  if (p.pages <= 1) return null;
  const m = pagerMessages[p.lang];
  const n = (v: number) => formatNumber(v, p.lang, p.digits);
  return (
    <nav class="pager" aria-label={m.pages}>
      {p.page > 1 ? (
        <a href={p.href(p.page - 1)} rel="prev">
          {m.previous}
        </a>
      ) : null}{' '}
      <span>{m.pageOf(n(p.page), n(p.pages))}</span>{' '}
      {p.page < p.pages ? (
        <a href={p.href(p.page + 1)} rel="next">
          {m.next}
        </a>
      ) : null}
    </nav>
  );
}
