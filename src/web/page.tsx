// Renders pages inside the layout, and the error pages, in the visitor's language.
import type { Child } from 'hono/jsx';
import type { Ctx } from '../platform/http/types';
import { Layout, type PageFrame } from './layout';
import { type LayoutMessages, layoutMessages } from './messages';

export function frameOf(c: Ctx): PageFrame {
  const url = new URL(c.req.url);
  return {
    lang: c.get('lang'),
    digits: c.get('digits'),
    user: c.get('user'),
    csrfToken: c.get('csrfToken'),
    here: url.pathname + url.search,
    nav: c.get('deps').nav,
    demo: c.get('deps').config.demo,
  };
}

type PageStatus = 200 | 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500;

/** A full HTML page. */
export function renderPage(c: Ctx, title: string, body: Child, status: PageStatus = 200) {
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout frame={frameOf(c)} title={title}>
      {body}
    </Layout>,
    status,
  );
}

type ErrorKind = 'notFound' | 'error' | 'forbidden' | 'tooLarge' | 'csrf' | 'badRequest';
const ERROR_TEXT: Record<ErrorKind, [keyof LayoutMessages, keyof LayoutMessages | null, PageStatus]> = {
  notFound: ['notFoundTitle', 'notFoundBody', 404],
  error: ['errorTitle', 'errorBody', 500],
  forbidden: ['forbiddenTitle', 'forbiddenBody', 403],
  tooLarge: ['tooLargeTitle', 'tooLargeBody', 413],
  csrf: ['csrfTitle', 'csrfBody', 403],
  badRequest: ['badRequestTitle', null, 400],
};

/** An error page in the visitor's language, with a way back home. */
export function renderErrorPage(c: Ctx, kind: ErrorKind, detail?: string) {
  const m = layoutMessages[c.get('lang')];
  const [titleKey, bodyKey, status] = ERROR_TEXT[kind];
  return renderPage(
    c,
    m[titleKey] as string,
    <>
      {bodyKey ? <p>{m[bodyKey] as string}</p> : null}
      {detail ? <p>{detail}</p> : null}
      <p>
        <a href="/">{m.backHome}</a>
      </p>
    </>,
    status,
  );
}
