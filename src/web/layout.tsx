// The page frame every HTML page shares: header with navigation and language switch, main, footer.

import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { CurrentUser } from '../platform/auth/roles';
import { decideAccess } from '../platform/http/access';
import type { NavEntry } from '../platform/http/types';
import type { Digits, Lang } from '../platform/i18n/i18n';
import { FAVICON_DATA_URL } from './favicon';
import { layoutMessages } from './messages';
import { STYLES } from './styles';

export interface PageFrame {
  lang: Lang;
  digits: Digits;
  user: CurrentUser | null;
  csrfToken: string;
  /** The current path and query, so the language switch can come back to it. */
  here: string;
  nav: NavEntry[];
  demo: boolean;
}

/** What a view that writes forms needs of the frame: the reader's language and digits, and the form token. */
export type FormContext = Pick<PageFrame, 'lang' | 'digits' | 'csrfToken'>;

/** The hidden field every form carries. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export function Layout(props: {
  frame: PageFrame;
  title: string;
  /** What search engines and link previews show; the site's tagline when a page has none of its own. */
  description?: string;
  children: Child;
}) {
  const { frame } = props;
  const m = layoutMessages[frame.lang];
  const otherLang: Lang = frame.lang === 'km' ? 'en' : 'km';
  const otherDigits: Digits = frame.digits === 'khmr' ? 'latn' : 'khmr';
  const next = encodeURIComponent(frame.here);
  const visibleNav = frame.nav.filter((entry) => decideAccess(entry.access, frame.user) === 'allow');
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={frame.lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${props.title} · ${m.siteName}`}</title>
          <meta name="description" content={props.description ?? m.tagline} />
          <link rel="icon" href={FAVICON_DATA_URL} type="image/svg+xml" />
          <style>{raw(STYLES)}</style>
        </head>
        <body>
          <a class="skip" href="#main">
            {m.skipToContent}
          </a>
          <header class="site">
            <div class="bar">
              <a class="brand" href="/">
                {m.siteName}
              </a>
              {/* On a phone the links would fill the first screen: they fold behind "Menu" (no JavaScript
                  needed). Wide screens show them open; a browser without ::details-content shows the
                  Menu button there too. */}
              <details class="menu">
                <summary>{m.menu}</summary>
                <nav aria-label={m.mainNav}>
                  <ul>
                    {visibleNav.map((entry) => (
                      <li>
                        <a href={entry.href}>{entry.label[frame.lang]}</a>
                      </li>
                    ))}
                  </ul>
                </nav>
              </details>
              <div class="tools">
                {/* The language's own name, in its own language, is the whole label: an aria-label in
                    this page's language would not contain the visible words (WCAG 2.5.3), and would be
                    read with the other language's voice. */}
                <a href={`/lang/${otherLang}?next=${next}`} lang={otherLang} hreflang={otherLang}>
                  {m.otherLanguage}
                </a>
                <a href={`/digits/${otherDigits}?next=${next}`}>
                  {otherDigits === 'khmr' ? m.khmerDigits : m.latinDigits}
                </a>
                {frame.user ? (
                  <form method="post" action="/logout">
                    <CsrfField token={frame.csrfToken} />
                    <span>
                      {m.signedInAs} <strong>{frame.user.username}</strong>{' '}
                    </span>
                    <button type="submit" class="linkish">
                      {m.signOut}
                    </button>
                  </form>
                ) : (
                  <a href={`/login?next=${next}`}>{m.signIn}</a>
                )}
              </div>
            </div>
          </header>
          {frame.demo ? <p class="demo">{m.demoNotice}</p> : null}
          <main id="main">
            <h1>{props.title}</h1>
            {props.children}
          </main>
          <footer class="site">
            <p>
              {m.footer} <a href="/api/docs">{m.apiDocs}</a>
            </p>
          </footer>
        </body>
      </html>
    </>
  );
}
