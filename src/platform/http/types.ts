// The shapes every module's routes share: the request context, access rules and the module manifest.
import type { Context } from 'hono';
import type { ZodType } from 'zod';
import type { Config } from '../../config';
import type { Db } from '../../db/connect';
import type { CurrentUser, Role } from '../auth/roles';
import type { Readiness } from '../health/readiness';
import type { Digits, Lang } from '../i18n/i18n';
import type { Metrics } from '../metrics/metrics';
import type { TelegramEndpoint } from '../telegram/endpoint';

/** What a handler can reach: the database and the settings. */
export interface AppDeps {
  db: Db;
  /** trustedProxies unset: no proxy is trusted, X-Forwarded-For is ignored. */
  config: Pick<Config, 'baseUrl' | 'demo'> & Partial<Pick<Config, 'trustedProxies' | 'metricsToken'>>;
  version: string;
  /** GET /readyz's checks; unset: the database's and the outbox's only (see basicReadiness). */
  readiness?: Readiness;
  /** What /metrics reports; createApp makes one when not given (main passes its own to feed the backups). */
  metrics?: Metrics;
  /** Every module's navigation entries; the layout shows those the visitor may open. */
  nav: NavEntry[];
  /** Every module's work pages: where each role lands after signing in (work-pages.ts). */
  work: WorkPage[];
  /** The Telegram bot, when SALA_TELEGRAM_TOKEN is set. */
  telegram?: TelegramEndpoint;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    lang: Lang;
    digits: Digits;
    /** The signed-in user: from the session cookie on pages, from the bearer token on the API. */
    user: CurrentUser | null;
    /** The token forms must echo back (double-submit cookie). */
    csrfToken: string;
    /** A public page without personal data: browsers may keep it and ask again with its ETag. */
    revalidatable: boolean;
    /** This request's id in the log and the X-Request-Id answer header. */
    requestId: string;
    /** The answer carries X-Request-Id already (a ready page's, built whole). */
    requestIdSent: boolean;
  };
}

export type Ctx = Context<AppEnv>;

/** Who may call a route. Deny by default: every route states this, and the guard enforces it. */
export type Access = 'public' | 'signed-in' | readonly Role[];

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteDoc {
  summary: string;
  tag: string;
  body?: ZodType;
  query?: ZodType;
  /** The schema of a successful JSON answer. */
  response?: ZodType;
  /** The status of that answer when it is not the usual one (201 for POST, 200 otherwise). */
  successStatus?: 200 | 201;
  /** Other answers worth listing, by status. */
  errors?: Record<number, string>;
}

export interface RouteDef {
  method: Method;
  path: string;
  /** `page`: HTML, session cookie, CSRF on forms. `api`: JSON, bearer token, no cookies. */
  kind: 'page' | 'api';
  access: Access;
  handler: (c: Ctx) => Response | Promise<Response>;
  /** API routes are documented in /api/openapi.json from these schemas. */
  doc?: RouteDoc;
  /** Path parameters that reach a real record, for the test that walks every route. */
  example?: Record<string, string>;
  /**
   * A public page that shows what only its visitor may see (a citizen's private link): kept `no-store`,
   * never given an ETag. Other public pages are revalidated with their ETag instead of fetched anew.
   */
  personalData?: true;
}

export interface NavEntry {
  href: string;
  label: { en: string; km: string };
  access: Access;
}

/**
 * A role's page of work: the page a member of these roles lands on after signing in (the director's queue,
 * the clerk's counter). A module declares those of its own pages; the first that fits the user wins.
 */
export interface WorkPage {
  href: string;
  roles: readonly Role[];
}

/** A module's manifest: the only thing app.ts and start-up (setup/prepare-database.ts) know of it. */
export interface ModuleManifest {
  name: string;
  routes: RouteDef[];
  nav?: NavEntry[];
  /** Its pages of work, by role: where those roles land after signing in. */
  work?: WorkPage[];
  /**
   * Reference data, loaded at every start and loading only what is missing: returns what it loaded this time,
   * in words for the start-up log ("the Assembly's commissions").
   */
  loadReference?: (db: Db, now: Date) => Promise<string[]>;
  /** Fictional demo records (marked demo), made once on an empty database after the demo accounts. */
  seedDemo?: (db: Db, now: Date) => Promise<void>;
  /**
   * Modules whose data this module's data builds on. Every module's reference data is loaded before any
   * demo data; within each, these modules' come first.
   */
  dataAfter?: string[];
}
