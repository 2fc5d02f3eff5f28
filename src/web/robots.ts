// /robots.txt: every public page may be indexed; without it each crawler's and Lighthouse's first ask is a 404 page.
import type { RouteDef } from '../platform/http/types';

/** Allows everything: personal pages are kept out by their access rules, never by a list a stranger can read. */
export const ROBOTS_TXT = 'User-agent: *\nAllow: /\n';

const ONE_DAY_S = 24 * 60 * 60;

export const ROBOTS_ROUTES: RouteDef[] = [
  {
    method: 'GET',
    path: '/robots.txt',
    kind: 'page',
    access: 'public',
    handler: (c) =>
      c.body(ROBOTS_TXT, 200, {
        'Content-Type': 'text/plain; charset=UTF-8',
        'Cache-Control': `public, max-age=${ONE_DAY_S}`,
      }),
  },
];
