// Builds the Hono app from the module manifests: shared middleware, every route behind its guard, error pages.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { assemblyModule } from './modules/assembly';
import { caseworkModule } from './modules/casework';
import { citizensOfficeModule } from './modules/citizens-office';
import { constituencyModule } from './modules/constituency';
import { homeModule } from './modules/home';
import { importsModule } from './modules/imports';
import { ministryModule } from './modules/ministry';
import { owsoModule } from './modules/owso';
import { placesModule } from './modules/places';
import { telegramModule } from './modules/telegram';
import { watchModule } from './modules/watch';
import { auditModule } from './platform/audit';
import { authModule } from './platform/auth';
import { apiError } from './platform/http/api-errors';
import { clientAborted, logClientAbort } from './platform/http/client-abort';
import { compressAnswer } from './platform/http/compression';
import { chosenDigits, chosenLang } from './platform/http/cookies';
import { guard } from './platform/http/guard';
import { serveReadyPages } from './platform/http/page-cache';
import { type NodeListener, readyPagesFirst } from './platform/http/ready-pages-first';
import { logRequests, routePatternOf } from './platform/http/request-log';
import { answerRevalidation } from './platform/http/revalidation';
import { addSecurityHeaders } from './platform/http/security-headers';
import { urlHoldsNul } from './platform/http/text';
import type { AppDeps, AppEnv, Ctx, ModuleManifest } from './platform/http/types';
import { errorFields, logger } from './platform/log/logger';
import { createMetrics } from './platform/metrics/metrics';
import { metricsHandler } from './platform/metrics/metrics-route';
import { open311ErrorFormat, open311Module } from './standards/open311';
import { openapiModule } from './standards/openapi';
import { renderErrorPage } from './web/page';

/** Every module, in the order their navigation entries appear. */
export const MODULES: ModuleManifest[] = [
  homeModule,
  caseworkModule,
  placesModule,
  assemblyModule,
  owsoModule,
  citizensOfficeModule,
  constituencyModule,
  watchModule,
  ministryModule,
  telegramModule,
  importsModule,
  authModule,
  auditModule,
  open311Module,
];

/** The largest request body Sala reads: far above any form, far below what could hurt the server. */
export const MAX_BODY_BYTES = 1024 * 1024;

const isApiPath = (path: string) => path.startsWith('/api/') || path.startsWith('/open311/');

export function createApp(deps: Omit<AppDeps, 'nav' | 'work'>, modules: ModuleManifest[] = MODULES) {
  const all = [...modules, openapiModule(modules)];
  const metrics = deps.metrics ?? createMetrics(deps.db, { processDefaults: false });
  const fullDeps: AppDeps = {
    ...deps,
    metrics,
    nav: all.flatMap((m) => m.nav ?? []),
    work: all.flatMap((m) => m.work ?? []),
  };
  const app = new Hono<AppEnv>();

  // Outermost: its line and latency cover everything below, compression included.
  app.use('*', logRequests(metrics));

  // Pages kept ready for anonymous visitors (the home page) are answered here, before the steps below.
  app.use('*', serveReadyPages(fullDeps));

  app.use('*', async (c, next) => {
    c.set('deps', fullDeps);
    c.set('user', null);
    c.set('csrfToken', '');
    c.set('revalidatable', false);
    c.set('lang', chosenLang(c));
    c.set('digits', chosenDigits(c));
    await next();
    await answerRevalidation(c, await compressAnswer(c));
    addSecurityHeaders(c);
  });

  // Open311 clients read errors only in the standard's format: the shared answers below are reworded
  // there. On '*' (it checks the path itself) so the app keeps only app-wide middleware besides routes.
  app.use('*', open311ErrorFormat);

  // Before any handler reads a path parameter or query: an encoded U+0000 would make PostgreSQL fail (500).
  app.use('*', async (c, next) => {
    if (!urlHoldsNul(c.req.url)) return next();
    return isApiPath(c.req.path) ? apiError(c, 400, 'invalid_text') : renderErrorPage(c, 'badRequest');
  });

  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      isApiPath(c.req.path)
        ? apiError(c as Ctx, 413, 'payload_too_large')
        : renderErrorPage(c as Ctx, 'tooLarge'),
  });
  // GET and HEAD never carry a body here (@hono/node-server gives them none), and asking bodyLimit would
  // build a full web Request for each of them: about a sixth of a page's cost, for nothing.
  app.use('*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next),
  );

  // Not a module route: no session, no guard; its handler admits only the token or the loopback.
  app.get('/metrics', metricsHandler(metrics, deps.config.metricsToken));

  for (const route of all.flatMap((m) => m.routes)) {
    app.on(route.method, route.path, guard(route), route.handler);
  }

  app.notFound((c) =>
    isApiPath(c.req.path) ? apiError(c, 404, 'not_found') : renderErrorPage(c, 'notFound'),
  );

  app.onError((err, c) => {
    if (err instanceof HTTPException && err.status < 500) {
      return isApiPath(c.req.path)
        ? apiError(c, 400, 'invalid_request', err.message || undefined)
        : renderErrorPage(c, 'badRequest');
    }
    if (clientAborted(c, err)) {
      logClientAbort(c);
      // No one is left to read the answer.
      return c.body(null, 400);
    }
    // The route's pattern, not its path: a path may hold a tracking code or a private link's key.
    logger.error(
      { reqId: c.get('requestId'), method: c.req.method, route: routePatternOf(c), err: errorFields(err) },
      'request failed',
    );
    return isApiPath(c.req.path) ? apiError(c, 500, 'internal') : renderErrorPage(c, 'error');
  });

  return Object.assign(app, {
    /** The node:http listener around Hono's: pages kept ready are answered before Hono (serveApp). */
    readyPagesFirst: (hono: NodeListener) => readyPagesFirst(fullDeps, hono),
  });
}

export type App = ReturnType<typeof createApp>;

/** Serves the app over node:http, as `npm start` does: ready pages first, everything else through Hono. */
export function serveApp(
  app: App,
  options: { port: number; hostname?: string },
  listening?: (info: AddressInfo) => void,
) {
  const withReadyPages = ((serverOptions, hono) =>
    createServer(serverOptions, app.readyPagesFirst(hono as NodeListener))) as typeof createServer;
  return serve({ fetch: app.fetch, ...options, createServer: withReadyPages }, listening);
}
