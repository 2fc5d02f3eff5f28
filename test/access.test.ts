// Deny by default: walks every route of the app as an anonymous visitor and as each role, against a hand-written policy.
import { beforeAll, expect, it } from 'vitest';
import { MODULES } from '../src/app';
import { ROLES, type Role } from '../src/platform/auth/roles';
import type { RouteDef } from '../src/platform/http/types';
import { openapiModule } from '../src/standards/openapi';
import { apiToken, Browser, seedDemo, type TestApp, testApp } from './support/app';
import { describeEachDatabase } from './support/databases';

type Policy = { kind: 'page' | 'api'; access: 'public' | 'signed-in' | Role[] };
const page = (access: Policy['access']): Policy => ({ kind: 'page', access });
const api = (access: Policy['access']): Policy => ({ kind: 'api', access });

/**
 * Who may call what, written out by hand from the manifests. A change of policy in a manifest
 * fails this test until this table is changed with it, so the change is seen in review.
 */
const POLICY: Record<string, Policy> = {
  'GET /': page('public'),
  'GET /favicon.svg': page('public'),
  'GET /favicon.ico': page('public'),
  'GET /robots.txt': page('public'),
  'GET /healthz': api('public'),
  'GET /readyz': api('public'),
  'GET /lang/:lang': page('public'),
  'GET /digits/:digits': page('public'),

  // casework intake pages (concern form, tracking)
  'GET /concerns/new': page('public'),
  'POST /concerns': page('public'),
  'GET /track': page('public'),
  'GET /track/:code': page('public'),

  // casework: citizen's steps on the tracking page (citizen-steps.routes.tsx)
  'POST /track/:code/reply': page('public'),
  'POST /track/:code/feedback': page('public'),
  'POST /track/:code/information': page('public'),
  'POST /track/:code/withdraw': page('public'),
  // the citizen's proofs: private link, one-time codes (citizen-key.routes.tsx)
  'GET /k/:key': page('public'),
  'POST /track/:code/code': page('public'),
  'POST /track/:code/code/check': page('public'),
  // staff logging walk-ins, calls, letters, field missions (staff-intake.routes.tsx)
  'GET /office/concerns/new': page(['co_director', 'co_staff']),
  'POST /office/concerns': page(['co_director', 'co_staff']),
  // -- citizen-steps rows end --

  // casework: queues (queue.routes.tsx)
  'GET /office/cases': page(['co_director', 'co_staff', 'ombudsman']),
  'GET /commission/cases': page(['commission_staff']),
  // -- queue rows end --

  // casework: messages that did not reach the citizen (undelivered.routes.tsx)
  'GET /office/messages': page(['co_director', 'co_staff', 'ombudsman']),
  'POST /office/messages/:id/retry': page(['co_director', 'co_staff', 'ombudsman']),
  // casework: SMS concerns the secretariat assigns a province (sms-intake.routes.tsx)
  'GET /secretariat/sms-concerns': page(['secretariat']),
  'POST /secretariat/sms-concerns/:id/assign': page(['secretariat']),
  'POST /secretariat/sms-concerns/:id/assign-citizens-office': page(['secretariat']),

  // casework: staff case pages (case-page.routes.tsx)
  'GET /office/cases/:code': page(['co_director', 'co_staff', 'ombudsman']),
  'POST /office/cases/:code/actions': page(['co_director', 'co_staff', 'ombudsman']),
  'POST /office/cases/:code/complete': page(['co_director', 'co_staff', 'ombudsman']),
  'GET /office/cases/:code/contacts': page(['co_director', 'co_staff', 'ombudsman']),
  'GET /office/cases/:code/letter': page(['co_director', 'co_staff', 'ombudsman']),
  'GET /commission/cases/:code': page(['commission_staff']),
  'POST /commission/cases/:code/actions': page(['commission_staff']),
  'GET /commission/cases/:code/contacts': page(['commission_staff']),
  // the citizen's key and files on the staff side (citizen-key-staff.routes.tsx)
  'POST /office/cases/:code/citizen-key': page(['co_director', 'co_staff', 'ombudsman']),
  'GET /office/cases/:code/files/:id': page(['co_director', 'co_staff', 'ombudsman']),
  'GET /commission/cases/:code/files/:id': page(['commission_staff']),
  // -- case-page rows end --

  // citizens-office: complaints about district administration, the ombudsman's counter and report
  'GET /citizens-office/complaints/new': page('public'),
  'POST /citizens-office/complaints': page('public'),
  'GET /citizens-office/counter': page(['ombudsman']),
  'POST /citizens-office/counter': page(['ombudsman']),
  'GET /citizens-office/reports/monthly': page(['ombudsman']),
  'GET /citizens-office/cases/:code': page(['ombudsman']),
  'POST /citizens-office/cases/:code': page(['ombudsman']),

  // casework: monthly report (report.routes.tsx)
  'GET /office/reports/monthly': page(['co_director', 'co_staff', 'auditor']),
  'GET /office/reports/monthly.csv': page(['co_director', 'co_staff', 'auditor']),
  // casework: the secretariat's national view of concerns (national.routes.tsx)
  'GET /secretariat/concerns': page(['secretariat']),
  'GET /secretariat/concerns.csv': page(['secretariat']),
  // -- report rows end --

  // casework: service standards and holidays admin (standards-admin.routes.tsx)
  'GET /admin/service-standards': page(['admin']),
  'POST /admin/service-standards': page(['admin']),
  'GET /admin/holidays': page(['admin']),
  'POST /admin/holidays': page(['admin']),
  'POST /admin/holidays/:date/delete': page(['admin']),
  'GET /admin/holidays.csv': page(['admin']),
  'GET /admin/holidays.ics': page(['admin']),
  'POST /admin/holidays/import': page(['admin']),
  'POST /admin/holidays/confirm/:year': page(['admin']),
  // imports: roster, offices, services, agencies and holidays from a file (imports/import.routes.tsx)
  'GET /admin/import': page(['admin']),
  'POST /admin/import': page(['admin']),
  // -- standards-admin rows end --

  // Telegram: the bot's webhook (checked against its own secret) and the site's link to the bot
  'POST /telegram/webhook': api('public'),
  'GET /telegram/link/:token': page('public'),

  // casework JSON API
  'POST /api/concerns': api('public'),
  'GET /api/concerns/:code': api('public'),

  // Open311 GeoReport v2
  'GET /open311/v2/discovery.json': api('public'),
  'GET /open311/v2/discovery.xml': api('public'),
  'GET /open311/v2/services.json': api('public'),
  'GET /open311/v2/services.xml': api('public'),
  'GET /open311/v2/services/:file': api('public'),
  'GET /open311/v2/requests.json': api('public'),
  'GET /open311/v2/requests.xml': api('public'),
  'POST /open311/v2/requests.json': api('public'),
  'POST /open311/v2/requests.xml': api('public'),
  'GET /open311/v2/requests/:file': api('public'),
  'GET /open311/v2/tokens/:file': api('public'),

  'GET /places': page('public'),
  'GET /places/search': page('public'),
  'GET /places/:code': page('public'),
  'GET /api/places': api('public'),
  'GET /api/places/:code': api('public'),

  'GET /commissions': page('public'),
  'GET /api/commissions': api('public'),
  'GET /admin/commissions/:code': page(['admin', 'secretariat']),
  'POST /admin/commissions/:code': page(['admin', 'secretariat']),

  // assembly: procedure rules, calculators and their API (procedure.routes.tsx)
  'GET /assembly/rules': page('public'),
  'GET /api/assembly/thresholds': api('public'),
  'POST /api/assembly/votes/evaluate': api('public'),
  'POST /api/assembly/laws/effective-dates': api('public'),
  'POST /api/assembly/questions/due-date': api('public'),
  // -- procedure rows end --

  // assembly: records of the Assembly's business (records.routes.tsx)
  'GET /assembly': page('public'),
  'GET /assembly/members': page('public'),
  'GET /assembly/members/:id': page('public'),
  'GET /assembly/sessions': page('public'),
  'GET /assembly/sittings/:id': page('public'),
  'GET /assembly/calendar.ics': api('public'),
  'GET /secretariat/assembly': page(['secretariat']),
  'POST /secretariat/assembly/legislatures': page(['secretariat']),
  'POST /secretariat/assembly/parties': page(['secretariat']),
  'POST /secretariat/assembly/members': page(['secretariat']),
  'POST /secretariat/assembly/sessions': page(['secretariat']),
  'POST /secretariat/assembly/sittings': page(['secretariat']),
  'POST /secretariat/assembly/sittings/:id/attendance': page(['secretariat']),
  'POST /secretariat/assembly/sittings/:id/votes': page(['secretariat']),
  'GET /secretariat/assembly/term': page(['secretariat']),
  'POST /secretariat/assembly/term/deposals': page(['secretariat']),
  'POST /secretariat/assembly/term/dissolution': page(['secretariat']),
  'POST /secretariat/assembly/term/emergencies': page(['secretariat']),
  'POST /secretariat/assembly/term/emergencies/:id/end': page(['secretariat']),
  'GET /secretariat/assembly/memberships/:id': page(['secretariat']),
  'POST /secretariat/assembly/memberships/:id/end': page(['secretariat']),
  'POST /secretariat/assembly/memberships/:id/replacement': page(['secretariat']),
  'POST /secretariat/assembly/memberships/:id/posts': page(['secretariat']),
  'POST /secretariat/assembly/memberships/:id/government': page(['secretariat']),
  // -- records rows end --

  // assembly: questions to the government and laws (questions-laws.routes.tsx)
  'GET /assembly/questions': page('public'),
  'GET /assembly/questions/:id': page('public'),
  // The letter a ministry signed to answer the question: a public record like the answer.
  'GET /assembly/questions/:id/files/letter': page('public'),
  'GET /assembly/laws': page('public'),
  'GET /assembly/laws/:id': page('public'),
  'GET /secretariat/assembly/questions/new': page(['secretariat']),
  'POST /secretariat/assembly/questions': page(['secretariat']),
  'POST /secretariat/assembly/questions/:id/answer': page(['secretariat']),
  'GET /secretariat/assembly/laws/new': page(['secretariat']),
  'POST /secretariat/assembly/laws': page(['secretariat']),
  'POST /secretariat/assembly/laws/:id/:step': page(['secretariat']),
  'GET /secretariat/assembly/ministries': page(['secretariat']),
  'POST /secretariat/assembly/ministries': page(['secretariat']),
  // -- questions-laws rows end --

  // owso: catalogue, offices, public fee lists, posters, overcharging (catalogue.routes.tsx)
  'GET /services': page('public'),
  'GET /services/:code': page('public'),
  'GET /owso/offices': page('public'),
  'GET /owso/offices/:code': page('public'),
  'GET /owso/offices/:code/poster': page('public'),
  'GET /owso/overcharging/new': page('public'),
  'POST /owso/overcharging': page('public'),
  'GET /owso/admin/catalogue': page(['moi_monitor']),
  'GET /owso/admin/catalogue.csv': page(['moi_monitor']),
  'POST /owso/admin/catalogue/import': page(['moi_monitor']),
  'POST /owso/admin/services': page(['moi_monitor']),
  'GET /owso/admin/services/:code': page(['moi_monitor']),
  'POST /owso/admin/services/:code': page(['moi_monitor']),
  'POST /owso/admin/services/:code/fees': page(['moi_monitor']),
  // owso: approved payment agencies (agencies.routes.tsx)
  'GET /owso/admin/agencies': page(['moi_monitor']),
  'POST /owso/admin/agencies': page(['moi_monitor']),
  'GET /owso/admin/agencies/:code': page(['moi_monitor']),
  'POST /owso/admin/agencies/:code': page(['moi_monitor']),
  'GET /owso/admin/offices': page(['moi_monitor']),
  'POST /owso/admin/offices': page(['moi_monitor']),
  'GET /owso/admin/offices/:code': page(['moi_monitor']),
  'POST /owso/admin/offices/:code': page(['moi_monitor']),
  'GET /owso/rollout': page(['moi_monitor']),
  // -- owso catalogue rows end --

  // owso: counter, receipts, verification, ratings, league table (counter.routes.tsx)
  'GET /owso/counter': page(['owso_clerk', 'owso_chief']),
  'POST /owso/counter': page(['owso_clerk', 'owso_chief']),
  'GET /owso/receipts/:number': page(['owso_clerk', 'owso_chief']),
  'POST /owso/receipts/:number/status': page(['owso_clerk', 'owso_chief']),
  'GET /owso/receipts/:number/cancel': page(['owso_chief']),
  'POST /owso/receipts/:number/cancel': page(['owso_chief']),
  'GET /verify': page('public'),
  'GET /verify/:number': page('public'),
  'GET /owso/cancelled': page('public'),
  'GET /owso/follow': page('public'),
  'POST /owso/follow/:number/rating': page('public'),
  'GET /owso/league': page('public'),
  'GET /owso/league.csv': page('public'),
  // owso: the provinces' own leagues (province-league.routes.tsx)
  'GET /owso/province-leagues': page('public'),
  'POST /owso/province-leagues': page(['moi_monitor']),
  'GET /owso/province-leagues/:id': page('public'),
  'POST /owso/province-leagues/:id/publish': page(['moi_monitor']),
  'GET /api/receipts/:number': api('public'),
  'GET /audit/checkpoints': api('public'),
  // -- owso counter rows end --

  // constituency: office operations (src/modules/constituency)
  'GET /office/budget': page(['co_director', 'co_staff', 'auditor']),
  'POST /office/budget/lines': page(['co_director']),
  'POST /office/budget/expenses': page(['co_director', 'co_staff']),
  'GET /office/budget/trail.csv': page(['co_director', 'co_staff', 'auditor']),
  'GET /office/budget/expenses.csv': page(['co_director', 'co_staff', 'auditor']),
  'GET /office/budget/expenses/:id': page(['co_director', 'co_staff', 'auditor']),
  'GET /office/budget/expenses/:id/receipt': page(['co_director', 'co_staff', 'auditor']),
  'POST /office/budget/expenses/:id/receipt': page(['co_director', 'co_staff']),
  'POST /office/budget/expenses/:id/decision': page(['co_director']),
  'POST /office/budget/expenses/:id/reverse': page(['co_director']),
  'GET /office/missions': page(['co_director', 'co_staff']),
  'POST /office/missions': page(['co_director', 'co_staff']),
  'GET /office/missions/:id': page(['co_director', 'co_staff']),
  'POST /office/missions/:id/publish': page(['co_director', 'co_staff']),
  'POST /office/missions/:id/report': page(['co_director', 'co_staff']),
  'GET /offices': page('public'),
  'GET /offices/:code': page('public'),
  'GET /offices/:code/calendar.ics': api('public'),
  'GET /office/activity': page(['co_director', 'co_staff', 'auditor', 'secretariat']),
  'GET /office/activity.csv': page(['co_director', 'co_staff', 'auditor', 'secretariat']),
  'GET /office/plans': page(['co_director', 'co_staff', 'auditor', 'secretariat']),
  'POST /office/plans': page(['co_director', 'co_staff']),
  'POST /office/plans/import': page(['co_director', 'co_staff']),
  'GET /office/plans.csv': page(['co_director', 'co_staff', 'auditor', 'secretariat']),
  'GET /office/plans/national': page(['secretariat', 'auditor']),
  'GET /office/plans/:id': page(['co_director', 'co_staff', 'auditor', 'secretariat']),
  'POST /office/plans/:id/status': page(['co_director', 'co_staff']),
  'POST /office/plans/:id/cases': page(['co_director', 'co_staff']),
  'GET /office/coordination': page(['co_director', 'co_staff']),
  'POST /office/coordination': page(['co_director', 'co_staff']),
  'POST /office/coordination/followups/:id/done': page(['co_director', 'co_staff']),
  'GET /office/details': page(['co_director']),
  'POST /office/details': page(['co_director']),
  // -- constituency rows end --

  // watch: platform promises (promises.routes.tsx)
  'GET /watch/promises': page('public'),
  'POST /watch/promises': page(['watchdog']),
  'GET /watch/promises.csv': page('public'),
  'POST /watch/promises/import': page(['watchdog']),
  'POST /watch/platforms': page(['watchdog']),
  'GET /watch/promises/:id': page('public'),
  'POST /watch/promises/:id/assessments': page(['watchdog']),
  'POST /watch/promises/:id/indicators': page(['watchdog']),
  'POST /watch/indicators/:id/measurements': page(['watchdog']),
  'GET /watch/assessments.atom': api('public'),
  // -- watch promises rows end --
  // watch: joint statements and watchdog notes (statements.routes.tsx)
  'GET /watch/statements': page('public'),
  'POST /watch/statements': page(['organisation_member']),
  'POST /watch/organisations': page(['admin']),
  'GET /watch/statements.atom': api('public'),
  'GET /watch/statements/:id': page('public'),
  'POST /watch/statements/:id/signatures': page(['organisation_member']),
  'POST /watch/statements/:id/signatures/withdraw': page(['organisation_member']),
  'POST /watch/statements/:id/support': page('public'),
  'POST /watch/statements/:id/support/confirm': page('public'),
  'POST /watch/members/:personId/notes': page(['watchdog']),
  // -- watch statements rows end --

  // watch: MP scorecards, ministers' timeliness, open data (scorecards.routes.tsx)
  'GET /api/popolo.json': api('public'),
  'GET /watch/members': page('public'),
  'GET /watch/members.csv': page('public'),
  'GET /watch/members/:personId': page('public'),
  'GET /watch/ministers': page('public'),
  'GET /watch/data': page('public'),
  'GET /watch/data/:table': page('public'),
  'GET /watch/questions.atom': api('public'),
  'GET /watch/answers.atom': api('public'),
  'GET /watch/laws.atom': api('public'),
  // -- watch scorecards rows end --

  // a ministry's office: its questions from the Assembly and the concerns forwarded to it (modules/ministry)
  'GET /ministry': page(['minister_office']),
  'GET /ministry/questions/:id': page(['minister_office']),
  'POST /ministry/questions/:id': page(['minister_office']),
  'GET /ministry/cases/:code': page(['minister_office']),
  'POST /ministry/cases/:code': page(['minister_office']),

  'GET /login': page('public'),
  'POST /login': page('public'),
  'POST /logout': page('signed-in'),
  'POST /api/auth/token': api('public'),
  'GET /api/auth/tokens': api('signed-in'),
  'DELETE /api/auth/tokens/:id': api('signed-in'),
  'GET /admin/users': page(['admin']),
  'POST /admin/users': page(['admin']),
  'GET /admin/users/:id': page(['admin']),
  'POST /admin/users/:id/grants': page(['admin']),
  'POST /admin/users/:id/grants/:grantId/delete': page(['admin']),
  'POST /admin/users/:id/active': page(['admin']),

  'GET /admin/audit': page(['admin', 'auditor']),

  'GET /api/openapi.json': api('public'),
  'GET /api/docs': page('public'),
};

/** The staff roles and organisations' members; a new role must be added here and to every row it may use. */
const ALL_ROLES: Role[] = [
  'admin',
  'co_director',
  'co_staff',
  'commission_staff',
  'secretariat',
  'minister_office',
  'owso_clerk',
  'owso_chief',
  'moi_monitor',
  'auditor',
  'watchdog',
  'organisation_member',
  'ombudsman',
];

const DECLARED: RouteDef[] = [...MODULES, openapiModule(MODULES)].flatMap((m) => m.routes);
const keyOf = (r: { method: string; path: string }) => `${r.method} ${r.path}`;

function expectedAllowed(policy: Policy, role: Role | null): boolean {
  if (policy.access === 'public') return true;
  if (role === null) return false;
  return policy.access === 'signed-in' || policy.access.includes(role);
}

/** The route's path with its declared example parameters. */
function concretePath(route: RouteDef): string {
  return route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = route.example?.[name];
    if (value === undefined) throw new Error(`${keyOf(route)} declares no example for :${name}`);
    return encodeURIComponent(value);
  });
}

/**
 * The walking order: reads first, then forms and API writes (sent empty, so they are refused as
 * invalid and change nothing), and signing out last, because it ends the session the walk uses.
 */
function walkOrder(route: RouteDef): number {
  if (route.method === 'POST' && route.path === '/logout') return 2;
  return route.method === 'GET' ? 0 : 1;
}

const WALK = [...DECLARED].sort((a, b) => walkOrder(a) - walkOrder(b));

it('knows the same roles as the app', () => {
  expect([...ROLES].sort()).toEqual([...ALL_ROLES].sort());
});

it('declares each method and path once', () => {
  const keys = DECLARED.map(keyOf);
  expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
});

it('has a hand-written policy for every declared route, and no policy for a route that is gone', () => {
  expect(DECLARED.map(keyOf).sort()).toEqual(Object.keys(POLICY).sort());
});

it('declares for every route exactly the kind and access of the policy table', () => {
  const normalise = (access: Policy['access'] | RouteDef['access']) =>
    typeof access === 'string' ? access : [...access].sort();
  for (const route of DECLARED) {
    const policy = POLICY[keyOf(route)];
    expect({ route: keyOf(route), kind: route.kind, access: normalise(route.access) }).toEqual({
      route: keyOf(route),
      kind: policy?.kind,
      access: policy ? normalise(policy.access) : undefined,
    });
  }
});

it('gives every path parameter an example, so the walk reaches each route', () => {
  for (const route of DECLARED) expect(() => concretePath(route)).not.toThrow();
});

describeEachDatabase(
  'every route as every visitor',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });

    it('registers no route in Hono that is not a declared route behind the guard', () => {
      const registered = new Set(
        app.routes
          // The app-wide middleware (settings, body limit) is registered as ALL /*.
          .filter((r) => !(r.method === 'ALL' && r.path === '/*'))
          .map(keyOf),
      );
      const declared = new Set(DECLARED.map(keyOf));
      // /metrics has no session and no role: its handler admits only SALA_METRICS_TOKEN or a loopback caller
      // (src/platform/metrics/metrics.db.test.ts checks both, and a 404 for anyone else).
      const outsideTheGuard = new Set(['GET /metrics']);
      expect([...registered].filter((k) => !declared.has(k) && !outsideTheGuard.has(k))).toEqual([]);
      expect([...declared].filter((k) => !registered.has(k))).toEqual([]);
    });

    const auditRows = async () => {
      const row = await t.db.kysely
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };

    /** Sends one request as this visitor; pages through the browser session, API calls with the token. */
    async function call(route: RouteDef, browser: Browser, token: string | undefined): Promise<Response> {
      const path = concretePath(route);
      if (route.kind === 'page') {
        return route.method === 'GET' ? browser.get(path) : browser.post(path, {});
      }
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      if (route.method === 'GET') return app.request(path, { headers });
      return app.request(path, {
        method: route.method,
        headers: { ...headers, 'content-type': 'application/json' },
        body: '{}',
      });
    }

    for (const role of [null, ...ALL_ROLES] as const) {
      it(`gives ${role ?? 'an anonymous visitor'} exactly what the policy allows on every route`, async () => {
        const browser = new Browser(app);
        await browser.get('/');
        if (role) await browser.signIn(role);
        const token = role ? await apiToken(app, role) : undefined;

        const wrong: string[] = [];
        for (const route of WALK) {
          const allowed = expectedAllowed(POLICY[keyOf(route)], role);
          const path = concretePath(route);
          const before = allowed ? 0 : await auditRows();
          const res = await call(route, browser, token);
          const location = res.headers.get('location') ?? '';
          const what = `${route.method} ${path} → ${res.status}${location ? ` ${location}` : ''}`;

          if (allowed) {
            if (res.status === 401 || res.status === 403 || res.status >= 500)
              wrong.push(`${what}: should be allowed`);
            if (res.status >= 300 && res.status < 400 && location.startsWith('/login'))
              wrong.push(`${what}: should be allowed, was sent to sign in`);
            continue;
          }

          if (route.kind === 'page' && role === null) {
            if (res.status !== 303 || location !== `/login?next=${encodeURIComponent(path)}`)
              wrong.push(`${what}: should be 303 to /login?next=${encodeURIComponent(path)}`);
          } else if (route.kind === 'page') {
            if (res.status !== 403 || !res.headers.get('content-type')?.startsWith('text/html'))
              wrong.push(`${what}: should be a 403 page`);
          } else {
            const status = role === null ? 401 : 403;
            const code = role === null ? 'unauthorized' : 'forbidden';
            const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
            if (res.status !== status || body?.error?.code !== code)
              wrong.push(`${what}: should be ${status} JSON with code ${code}`);
          }
          if ((await auditRows()) !== before) wrong.push(`${what}: a refused request changed data`);
        }
        expect(wrong).toEqual([]);
      });
    }
  },
  seedDemo,
);
