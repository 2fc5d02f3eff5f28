// Manifest of the home module: the home page, the health check, and the language and numeral switches.
import { z } from 'zod';
import { basicReadiness } from '../../platform/health/checks';
import { DIGITS_COOKIE, LANG_COOKIE, setAppCookie } from '../../platform/http/cookies';
import { cachedForAnonymous } from '../../platform/http/page-cache';
import { safeNext } from '../../platform/http/safe-next';
import type { Ctx, ModuleManifest } from '../../platform/http/types';
import { isLang } from '../../platform/i18n/i18n';
import { FAVICON_ROUTES } from '../../web/favicon';
import { renderPage } from '../../web/page';
import { ROBOTS_ROUTES } from '../../web/robots';
import { PlaceSearchForm } from '../places';
import { pingDatabase } from './health.queries';
import { homeMessages } from './messages';

const ONE_YEAR_S = 365 * 24 * 60 * 60;

function homePage(c: Ctx) {
  const m = homeMessages[c.get('lang')];
  return renderPage(
    c,
    m.title,
    <>
      <p>{m.intro}</p>
      <section aria-labelledby="citizens">
        <h2 id="citizens">{m.forCitizens}</h2>
        <p>
          <a class="button" href="/concerns/new">
            {m.sendConcern}
          </a>
        </p>
        <p class="muted">{m.sendConcernHint}</p>
        <p>
          <a href="/track">{m.trackConcern}</a>
        </p>
        <h3 id="public-services">{m.publicServices}</h3>
        <ul aria-labelledby="public-services">
          <li>
            <a href="/services">{m.serviceFees}</a>
          </li>
          <li>
            <a href="/verify">{m.checkReceipt}</a>
          </li>
          <li>
            <a href="/owso/overcharging/new">{m.reportOvercharge}</a>
          </li>
        </ul>
        <PlaceSearchForm lang={c.get('lang')} />
        <p>
          <a href="/places">{m.browsePlaces}</a>
        </p>
      </section>
      <section aria-labelledby="assembly">
        <h2 id="assembly">{m.theAssembly}</h2>
        <p>{m.constituencies}</p>
        <p>
          <a href="/commissions">{m.commissions}</a>
        </p>
      </section>
      <section aria-labelledby="staff">
        <h2 id="staff">{m.forStaff}</h2>
        <p>{m.staffIntro}</p>
        {c.get('user') ? null : (
          <p>
            <a class="button" href="/login">
              {m.signIn}
            </a>
          </p>
        )}
      </section>
      <section aria-labelledby="developers">
        <h2 id="developers">{m.developers}</h2>
        <p>
          {m.apiIntro} <a href="/api/docs">{m.apiDocs}</a>
        </p>
      </section>
    </>,
  );
}

const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});

const readySchema = z.object({
  ready: z.boolean(),
  checks: z.record(z.string(), z.object({ ok: z.boolean(), reason: z.string().optional() })),
});

export const homeModule: ModuleManifest = {
  name: 'home',
  routes: [
    ...FAVICON_ROUTES,
    ...ROBOTS_ROUTES,
    {
      method: 'GET',
      path: '/',
      kind: 'page',
      access: 'public',
      // Anonymous visitors all see the same page per language and numerals: rendered once, then served ready.
      handler: (c) => cachedForAnonymous(c, () => homePage(c)),
    },
    {
      method: 'GET',
      path: '/healthz',
      kind: 'api',
      access: 'public',
      doc: { summary: 'Is Sala up, and on which database?', tag: 'system', response: healthSchema },
      handler: async (c) => {
        const { db, version } = c.get('deps');
        await pingDatabase(db.kysely);
        return c.json(healthSchema.parse({ status: 'ok', database: db.dialect, version }));
      },
    },
    {
      method: 'GET',
      path: '/readyz',
      kind: 'api',
      access: 'public',
      doc: {
        summary:
          'Is Sala ready: does its database answer, does its outbox move, are its SMS and Telegram links up?',
        tag: 'system',
        response: readySchema,
        errors: { 503: 'Not ready: each failing check with its reason' },
      },
      handler: async (c) => {
        const { db, readiness } = c.get('deps');
        const report = await (readiness ?? basicReadiness(db.kysely)).report();
        c.header('Cache-Control', 'no-store');
        return c.json(readySchema.parse(report), report.ready ? 200 : 503);
      },
    },
    {
      method: 'GET',
      path: '/lang/:lang',
      kind: 'page',
      access: 'public',
      example: { lang: 'en' },
      handler: (c) => {
        const lang = c.req.param('lang');
        if (isLang(lang)) setAppCookie(c, LANG_COOKIE, lang, ONE_YEAR_S);
        return c.redirect(safeNext(c.req.query('next')), 303);
      },
    },
    {
      method: 'GET',
      path: '/digits/:digits',
      kind: 'page',
      access: 'public',
      example: { digits: 'khmr' },
      handler: (c) => {
        const digits = c.req.param('digits');
        if (digits === 'khmr' || digits === 'latn') setAppCookie(c, DIGITS_COOKIE, digits, ONE_YEAR_S);
        return c.redirect(safeNext(c.req.query('next')), 303);
      },
    },
  ],
};
