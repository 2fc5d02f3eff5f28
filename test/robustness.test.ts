// Bad input never breaks Sala: every route, called by a visitor allowed to use it, with malformed query
// strings, forms full of wrong values, broken UTF-8, unknown ids in the path, and JSON that is not JSON
// or has the wrong types, answers below 500. A 500 is a bug.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { MODULES } from '../src/app';
import { handleIncomingSms } from '../src/modules/casework';
import { assignSmsComplaintToDistrict } from '../src/modules/citizens-office/sms-complaint.commands';
import type { Role } from '../src/platform/auth/roles';
import type { RouteDef } from '../src/platform/http/types';
import { openapiModule } from '../src/standards/openapi';
import { apiToken, Browser, seedDemo, type TestApp, testApp } from './support/app';
import { demoUser, submitSample } from './support/cases';
import { describeEachDatabase } from './support/databases';

const DECLARED: RouteDef[] = [...MODULES, openapiModule(MODULES)].flatMap((m) => m.routes);

/** Every form field name the pages use, read from their source, so each gets a wrong value. */
function formFieldNames(): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')) {
        for (const match of fs
          .readFileSync(full, 'utf8')
          .matchAll(/name[=:]\s*["'{`]+([A-Za-z_][\w-]{0,40})["'`]/g)) {
          names.add(match[1]);
        }
      }
    }
  };
  walk(path.join(import.meta.dirname, '../src'));
  names.delete('_csrf');
  return [...names].sort();
}

/** Values a careless or hostile client sends. */
const BAD_VALUES = [
  '',
  '-1',
  '99999999999999999999',
  '2026-02-30',
  'abc',
  '<script>alert(1)</script>',
  // Long, but small enough that the form with every field still fits under the body limit.
  'ក'.repeat(400),
  'x'.repeat(4001),
  "'; drop table cases; --",
  '\u0000',
  '\u17d2\u17d2\u17d2',
];

/** A query string with the filters, pages and sorts the lists read, all wrong. */
const BAD_QUERY =
  '?page=-1&sort=%3Cx%3E&status=zzz&q=%E1%9E%80%E1%9E%80&month=2026-13&level=x&member=abc&ministry=%25&from=2026-02-30&to=x&year=-5&size=a9&lang=xx&legislature=0&limit=1e9&offset=-3';

/** Path parameters that name a row by its integer id (`:id`, `:grantId`, `:personId`). */
const isIdParam = (name: string) => name === 'id' || name.endsWith('Id');

/** Path ids no row can have: past PostgreSQL's `integer`, not positive, or not plain digits. */
const NOT_ROW_IDS = ['2147483648', '99999999999999999999', '-1', '0', 'NaN', 'abc', '1e3', '1.5'];

/** Someone allowed to call the route (any staff role for "signed-in"), or nobody for public routes. */
function callerOf(route: RouteDef): Role | null {
  if (route.access === 'public') return null;
  if (route.access === 'signed-in') return 'admin';
  return route.access[0];
}

function pathWith(route: RouteDef, replace: (name: string, example: string | undefined) => string) {
  return route.path.replace(/:([A-Za-z]+)/g, (_, name: string) =>
    encodeURIComponent(replace(name, route.example?.[name])),
  );
}

describeEachDatabase(
  'bad input on every route',
  (t) => {
    let app: TestApp;
    const browsers = new Map<Role | null, Browser>();
    const tokens = new Map<Role, string>();
    const fields = formFieldNames();

    beforeAll(async () => {
      app = testApp(t.db);
    });

    async function browserFor(role: Role | null) {
      let browser = browsers.get(role);
      if (!browser) {
        browser = new Browser(app);
        await browser.get('/');
        if (role) await browser.signIn(role);
        browsers.set(role, browser);
      }
      return browser;
    }

    async function tokenFor(role: Role | null) {
      if (!role) return undefined;
      if (!tokens.has(role)) tokens.set(role, await apiToken(app, role));
      return tokens.get(role);
    }

    /** A raw form body where every known field carries the same bad value; bytes for broken UTF-8. */
    const formBody = (value: string) =>
      fields.map((name) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
    const BROKEN_UTF8 = fields.map((name) => `${encodeURIComponent(name)}=%ED%A0%80%FF%C3`).join('&');

    async function send(route: RouteDef, target: string, body?: { type: string; data: string }) {
      const role = callerOf(route);
      if (route.kind === 'page') {
        const browser = await browserFor(role);
        if (route.method === 'GET') return browser.get(target);
        return app.request(target, {
          method: route.method,
          headers: {
            cookie: browser.jar.header(),
            'content-type': body?.type ?? 'application/x-www-form-urlencoded',
          },
          body: `_csrf=${browser.jar.get('sala_csrf') ?? ''}&${body?.data ?? ''}`,
        });
      }
      const token = await tokenFor(role);
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      if (route.method === 'GET') return app.request(target, { headers });
      return app.request(target, {
        method: route.method,
        headers: { ...headers, 'content-type': body?.type ?? 'application/json' },
        body: body?.data ?? '{',
      });
    }

    it('answers 404 (pages) or 400/404 (API) for a path id that is no row id, on every route and method', async () => {
      const failures: string[] = [];
      for (const route of DECLARED) {
        const idNames = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]).filter(isIdParam);
        for (const idName of idNames) {
          for (const bad of NOT_ROW_IDS) {
            const target = pathWith(route, (name, example) => (name === idName ? bad : (example ?? '1')));
            const res = await send(
              route,
              target,
              route.kind === 'page'
                ? { type: 'application/x-www-form-urlencoded', data: '' }
                : { type: 'application/json', data: '{}' },
            );
            const expected = route.kind === 'page' ? [404] : [400, 404];
            if (!expected.includes(res.status)) failures.push(`${route.method} ${target} → ${res.status}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });

    const logout = (route: RouteDef) => route.method === 'POST' && route.path === '/logout';

    it('answers malformed query strings and unknown path ids below 500', async () => {
      const failures: string[] = [];
      for (const route of DECLARED.filter((r) => r.method === 'GET')) {
        for (const target of [
          `${pathWith(route, (_, example) => example ?? '1')}${BAD_QUERY}`,
          pathWith(route, () => '999999999'),
          pathWith(route, () => 'ក<>"\''),
        ]) {
          const res = await send(route, target);
          if (res.status >= 500) failures.push(`GET ${target} → ${res.status}`);
        }
      }
      expect(failures).toEqual([]);
    });

    it('answers forms full of wrong values, and broken UTF-8, below 500', async () => {
      const failures: string[] = [];
      for (const route of DECLARED.filter((r) => r.method !== 'GET' && r.kind === 'page' && !logout(r))) {
        const target = pathWith(route, (_, example) => example ?? '1');
        const bodies = [
          ...BAD_VALUES.map((value) => ({
            type: 'application/x-www-form-urlencoded',
            data: formBody(value),
          })),
          { type: 'application/x-www-form-urlencoded', data: BROKEN_UTF8 },
          {
            type: 'multipart/form-data; boundary=x',
            data: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n',
          },
          { type: 'text/plain', data: 'not a form' },
        ];
        for (const body of bodies) {
          const res = await send(route, target, body);
          if (res.status >= 500)
            failures.push(`${route.method} ${target} (${body.data.slice(0, 40)}…) → ${res.status}`);
        }
      }
      expect(failures).toEqual([]);
    });

    /** A case held by each demo case handler's office (the example codes name no case): a concern, and a complaint. */
    async function realCases(): Promise<{ role: Role; code: string }[]> {
      const concern = await submitSample(t.db);
      const phone = '+85597000977';
      await handleIncomingSms(
        t.db,
        { from: phone, text: 'CTZ fee: asked 20000 riel for a copy' },
        new Date(),
      );
      const queued = await t.db.kysely
        .selectFrom('sms_intake')
        .select('id')
        .where('phone', '=', phone)
        .executeTakeFirstOrThrow();
      const complaint = await assignSmsComplaintToDistrict(
        t.db,
        queued.id,
        '1201',
        await demoUser(t.db, 'secretariat'),
        new Date(),
      );
      if (!complaint.ok) throw new Error(complaint.error);
      return [
        { role: 'co_director', code: concern.trackingCode },
        // A complaint to Chamkar Mon's Citizens' Office, held by the demo ombudsman.
        { role: 'ombudsman', code: complaint.value.trackingCode },
      ];
    }

    it("answers wrong values below 500 on a case's pages when the case is there and the caller holds it", async () => {
      const failures: string[] = [];
      const caseRoutes = DECLARED.filter(
        (r) => r.kind === 'page' && /^\/(office|citizens-office)\/cases\/:code/.test(r.path) && !logout(r),
      );
      for (const holder of await realCases()) {
        const code = holder.code;
        const browser = await browserFor(holder.role);
        for (const route of caseRoutes.filter(
          (r) => r.access !== 'public' && r.access.includes(holder.role),
        )) {
          const target = pathWith(route, (name, example) => (name === 'code' ? code : (example ?? '1')));
          if (route.method === 'GET') {
            for (const url of [
              `${target}${BAD_QUERY}`,
              pathWith(route, (name) => (name === 'code' ? code : '2147483648')),
            ]) {
              const res = await browser.get(url);
              if (res.status >= 500) failures.push(`GET ${url} → ${res.status}`);
            }
            continue;
          }
          for (const data of [...BAD_VALUES.map(formBody), BROKEN_UTF8]) {
            const res = await app.request(target, {
              method: route.method,
              headers: { cookie: browser.jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
              body: `_csrf=${browser.jar.get('sala_csrf') ?? ''}&${data}`,
            });
            if (res.status >= 500)
              failures.push(`${route.method} ${target} (${data.slice(0, 40)}…) → ${res.status}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });

    it('answers JSON that is not JSON, or has the wrong types, below 500', async () => {
      const failures: string[] = [];
      const wrongTypes = JSON.stringify(
        Object.fromEntries(fields.map((name, i) => [name, i % 2 ? [[1]] : { a: null }])),
      );
      for (const route of DECLARED.filter((r) => r.method !== 'GET' && r.kind === 'api')) {
        const target = pathWith(route, (_, example) => example ?? '1');
        const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
        const deepArray = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
        for (const data of [
          '{',
          '[]',
          'null',
          '"text"',
          '{"a":1e999}',
          wrongTypes,
          '\u0000',
          deep,
          deepArray,
        ]) {
          const res = await send(route, target, { type: 'application/json', data });
          if (res.status >= 500)
            failures.push(`${route.method} ${target} (${data.slice(0, 30)}) → ${res.status}`);
        }
      }
      expect(failures).toEqual([]);
    });
  },
  seedDemo,
);
