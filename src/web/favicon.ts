// The site's icon: a pavilion (sala) on the brand colour, small enough to cost nothing on 2G.
import type { RouteDef } from '../platform/http/types';

const BRAND = '#0b4f6c';

/** About 230 bytes; browsers draw SVG icons, and `/favicon.ico` serves the same for those that only ask there. */
export const FAVICON_SVG =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="${BRAND}"/>` +
  '<path fill="#fff" d="M1.5 7 8 2.5 14.5 7zM3 8h2v5H3zm4 0h2v5H7zm4 0h2v5h-2zM2 13.5h12V15H2z"/></svg>';

/**
 * The icon inside every page's head: no request of its own on a slow network, and no link a copied page
 * (saved, or shown in another document) would resolve against the wrong site.
 */
export const FAVICON_DATA_URL = `data:image/svg+xml,${encodeURIComponent(FAVICON_SVG)}`;

const ONE_WEEK_S = 7 * 24 * 60 * 60;

const serveIcon: RouteDef['handler'] = (c) =>
  c.body(FAVICON_SVG, 200, {
    'Content-Type': 'image/svg+xml',
    'Cache-Control': `public, max-age=${ONE_WEEK_S}`,
  });

/** The icon's routes: without them every browser's first visit would fetch a whole "not found" page. */
export const FAVICON_ROUTES: RouteDef[] = ['/favicon.svg', '/favicon.ico'].map((path) => ({
  method: 'GET',
  path,
  kind: 'page',
  access: 'public',
  handler: serveIcon,
}));
