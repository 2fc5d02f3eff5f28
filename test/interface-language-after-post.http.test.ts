// The pages a user sees after sending a form, in one language per page: the refusal of bad input (422 and its
// error summary), the page after a redirect with its notice, an import's result, the page after an action. The
// crawl of test/interface-language.test.ts opens only GET pages; this walk sends every form those pages show,
// once empty and once filled as a Khmer reader would fill it (Khmer text, Khmer digits), and checks the answer
// with the same rules: no Latin interface word on a Khmer page, no Latin digit in its figures when Khmer
// numerals are chosen, and no Khmer interface word on an English page.
import { beforeAll, expect, it } from 'vitest';
import { ROLES, type Role } from '../src/platform/auth/roles';
import type { RouteDef } from '../src/platform/http/types';
import { prepareDatabase } from '../src/setup/prepare-database';
import { Browser, TEST_PASSWORD, type TestApp, testApp } from './support/app';
import { describeEachDatabase } from './support/databases';
import { latinWords, normalised } from './support/interface-words';
import {
  type DataStrings,
  DECLARED,
  dataStrings,
  decode,
  khmerWords,
  latinFigures,
  mayOpen,
  NOT_A_PAGE,
  visibleText,
} from './support/page-language';

// The walk.

/** Forms not sent: they end the session, or take a demo account or the test's own browser away. */
const NOT_SENT = /^\/logout$|^\/login$|^\/admin\/users\/[^/]+\/active$|^\/lang\/|^\/digits\//;

function routeOf(method: string, path: string): RouteDef | undefined {
  const clean = path.split('?')[0];
  return DECLARED.find(
    (r) => r.method === method && new RegExp(`^${r.path.replace(/:[A-Za-z]+/g, '[^/]+')}$`).test(clean),
  );
}

interface Field {
  name: string;
  tag: 'input' | 'select' | 'textarea';
  type: string;
  value: string;
  options: string[];
  checked: boolean;
  inputmode?: string;
  accept?: string;
}

interface Form {
  method: 'get' | 'post';
  action: string;
  multipart: boolean;
  fields: Field[];
}

const attr = (attrs: string, name: string) => {
  const m = new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(attrs);
  return m ? decode(m[1]) : undefined;
};

/** The forms of a page, with their fields. */
function formsOf(html: string, pagePath: string): Form[] {
  const forms: Form[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const [, attrs, inner] = m;
    const method = (attr(attrs, 'method') ?? 'get').toLowerCase() === 'post' ? 'post' : 'get';
    const action = attr(attrs, 'action') ?? pagePath;
    const fields: Field[] = [];
    for (const f of inner.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>|<(input|textarea)\b([^>]*)>/gi)) {
      const a = f[1] ?? f[4] ?? '';
      const selectBody = f[2] ?? '';
      const name = attr(a, 'name');
      if (!name) continue;
      const t = (f[3] ?? 'select').toLowerCase() as Field['tag'];
      const optionTags = [...selectBody.matchAll(/<option\b([^>]*)>/gi)];
      const options = optionTags.map((o) => attr(o[1], 'value') ?? '');
      const selected = optionTags.find((o) => /\bselected\b/.test(o[1]));
      fields.push({
        name,
        tag: t,
        type: (attr(a, 'type') ?? (t === 'input' ? 'text' : t)).toLowerCase(),
        value:
          t === 'select' ? (selected ? (attr(selected[1], 'value') ?? '') : '') : (attr(a, 'value') ?? ''),
        options,
        checked: /\bchecked\b/i.test(a),
        inputmode: attr(a, 'inputmode'),
        accept: attr(a, 'accept'),
      });
    }
    forms.push({ method, action, multipart: /multipart\/form-data/i.test(attrs), fields });
  }
  return forms;
}

const KHMER_TEXT = 'អត្ថបទសាកល្បងជាភាសាខ្មែរ សម្រាប់ពិនិត្យទំព័រក្រោយការផ្ញើ';
/** A CSV whose second row is broken, so an import answers with a refused row. */
const BROKEN_CSV = 'a,b,c\n១,២,៣\n"broken\n';
/** The smallest file that reads as a PDF: a receipt or a signed letter. */
const TINY_PDF = '%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n';

let counter = 0;
/** What a Khmer reader types in a field, by its name and kind: Khmer words, Khmer digits, a day of the past. */
function filledValue(f: Field): string {
  const n = f.name.toLowerCase();
  if (f.tag === 'select') return f.value || f.options.find((o) => o !== '') || '';
  if (f.type === 'hidden' || f.type === 'submit') return f.value;
  if (f.type === 'checkbox' || f.type === 'radio') return f.value || 'on';
  if (f.type === 'password') return 'a-long-password-for-test-123';
  if (f.type === 'email' || /email/.test(n)) return `kh${++counter}@example.org`;
  if (f.type === 'url' || /url|link/.test(n)) return 'https://example.org/khmer';
  if (f.type === 'tel' || /phone|contact/.test(n)) return '០១២ ៣៤៥ ៦៧៨';
  if (f.type === 'month' || /month/.test(n)) return '១០/២០២៦';
  if (f.type === 'date' || /(^date$|on$|date$|^from$|^to$|due)/.test(n)) return '០២/១១/២០២៦';
  if (/year/.test(n)) return '២០២៦';
  if (/rate/.test(n)) return '៤១០០';
  if (/username|login/.test(n)) return `khmer${++counter}`;
  if (f.type === 'number' || f.inputmode === 'numeric' || f.inputmode === 'decimal') return f.value || '១២';
  if (
    /amount|fee|count|members|present|yes$|^no$|abstain|rate|number|seats|value|target|days|riel|usd|total/.test(
      n,
    )
  )
    return '១២';
  if (/code/.test(n) && f.value) return f.value;
  if (f.tag === 'textarea') return KHMER_TEXT;
  return f.value || KHMER_TEXT;
}

/**
 * Requests of the JSON API and Open311 whose answers people read (an app shows an error's message or
 * description): each wrong in one way, sent by a Khmer reader with Khmer numerals and by an English one.
 */
const API_REQUESTS: { path: string; type: 'json' | 'form'; body: string }[] = [
  { path: '/api/concerns', type: 'json', body: '{}' },
  { path: '/api/concerns', type: 'json', body: '{"category":"land","description":"x","place":"99999999"}' },
  { path: '/api/concerns', type: 'json', body: 'not json' },
  { path: '/api/assembly/votes/evaluate', type: 'json', body: '{}' },
  {
    path: '/api/assembly/votes/evaluate',
    type: 'json',
    body: '{"matter":"law","members":125,"present":200,"yes":300,"no":0,"abstain":0}',
  },
  { path: '/api/assembly/laws/effective-dates', type: 'json', body: '{"signedOn":"31/02/2026"}' },
  { path: '/api/assembly/questions/due-date', type: 'json', body: '{"receivedOn":"2026-13-01"}' },
  { path: '/api/auth/token', type: 'json', body: '{"username":"admin","password":"wrong"}' },
  { path: '/open311/v2/requests.json', type: 'form', body: '' },
  { path: '/open311/v2/requests.json', type: 'form', body: 'service_code=nope&lat=99&long=999' },
  { path: '/open311/v2/requests.xml', type: 'form', body: 'service_code=nope&address_id=x' },
];

/**
 * Open311's parameters, named in its answers as the client must send them (its catalogue is one for programs in
 * test/message-catalogs.test.ts): literal, not words.
 */
const OPEN311_PARAMETERS =
  /\b(service_code|lat|long|address_string|address_id|attribute\[commune\])(?![\w[])/g;

/** The sentences of an API's answer that people read: every message, description and error text. */
function messagesOf(text: string): string {
  if (text.trimStart().startsWith('<')) {
    return [...text.matchAll(/<(description|message)>([\s\S]*?)<\/\1>/g)].map((m) => decode(m[2])).join(' ');
  }
  const found: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string' && /^(message|description|error|detail|title)$/.test(key))
      found.push(value);
    else if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  try {
    walk(JSON.parse(text), '');
  } catch {
    found.push(text);
  }
  return found.join(' ');
}

interface Answered {
  key: string;
  status: number;
  km: string;
  en: string;
}

describeEachDatabase(
  'the interface in one language on the pages after a form is sent',
  (t) => {
    let app: TestApp;
    let data: DataStrings;
    const answered: Answered[] = [];
    const errors: string[] = [];
    let formsSent = 0;
    const sentRoutes = new Set<string>();
    const seenForms = new Set<string>();

    /** Sends a form as `browser` would, following redirects to the page the user then sees. */
    async function send(browser: Browser, form: Form, values: [string, string | Blob][]) {
      let res: Response;
      if (form.multipart) {
        const body = new FormData();
        body.append('_csrf', browser.jar.get('sala_csrf') ?? '');
        for (const [k, v] of values) body.append(k, v);
        res = await app.request(form.action, {
          method: 'POST',
          headers: { cookie: browser.jar.header() },
          body,
        });
        browser.jar.absorb(res);
      } else {
        const fields: Record<string, string[]> = {};
        for (const [k, v] of values) if (typeof v === 'string') fields[k] = [...(fields[k] ?? []), v];
        res = await browser.post(form.action, fields);
      }
      let at = form.action;
      for (let hop = 0; hop < 4 && res.status >= 300 && res.status < 400; hop++) {
        const to = res.headers.get('location') ?? '/';
        const url = new URL(to, 'http://localhost');
        if (url.host !== 'localhost') break;
        at = url.pathname + url.search;
        res = await browser.get(at);
      }
      return { res, at };
    }

    function valuesOf(form: Form, fill: boolean): [string, string | Blob][] {
      const out: [string, string | Blob][] = [];
      const radios = new Set<string>();
      for (const f of form.fields) {
        if (f.name === '_csrf') continue;
        if (f.type === 'file') {
          if (fill && /csv/.test(f.accept ?? 'csv'))
            out.push([f.name, new File([BROKEN_CSV], 'rows.csv', { type: 'text/csv' })]);
          else if (fill && /pdf/.test(f.accept ?? ''))
            out.push([f.name, new File([TINY_PDF], 'receipt.pdf', { type: 'application/pdf' })]);
          continue;
        }
        if (f.type === 'radio') {
          if (radios.has(f.name)) continue;
          if (fill || f.checked) {
            radios.add(f.name);
            out.push([f.name, f.value]);
          }
          continue;
        }
        if (f.type === 'checkbox') {
          if (f.checked || fill) out.push([f.name, f.value || 'on']);
          continue;
        }
        if (f.type === 'hidden' || f.type === 'submit') {
          out.push([f.name, f.value]);
          continue;
        }
        out.push([f.name, fill ? filledValue(f) : f.tag === 'select' ? f.value : '']);
      }
      return out;
    }

    beforeAll(async () => {
      app = testApp(t.db);
      // Each role's demo account, and the provincial monitor, who sets and publishes a province's own league.
      const visitors: [username: string | null, role: Role | null][] = [
        [null, null],
        ...ROLES.map((r): [string, Role] => [r, r]),
        ['moi_monitor_phnompenh', 'moi_monitor'],
      ];
      // A citizen follows their application by its receipt number: one receipt of each status.
      const receipts = await t.db.kysely
        .selectFrom('owso_receipts as r')
        .innerJoin('owso_applications as a', 'a.id', 'r.application_id')
        .select((eb) => eb.fn.min('r.number').as('number'))
        .groupBy('a.status')
        .execute();
      for (const [username, visitor] of visitors) {
        const km = new Browser(app);
        const en = new Browser(app);
        if (username) {
          await km.signIn(username);
          await en.signIn(username);
        }
        await km.get('/lang/km');
        await km.get('/digits/khmr');
        await en.get('/lang/en');
        const who = username ?? 'anonymous';
        // The pages without parameters, then those their links lead to (one of each route).
        const pages = DECLARED.filter(
          (r) => r.method === 'GET' && r.kind === 'page' && !NOT_A_PAGE.test(r.path) && mayOpen(r, visitor),
        );
        const toOpen: string[] = pages.filter((r) => !r.path.includes(':')).map((r) => r.path);
        if (!username)
          toOpen.push(...receipts.map((r) => `/owso/follow?number=${encodeURIComponent(String(r.number))}`));
        const linkedRoutes = new Map<RouteDef, number>();
        const stepsOpened = new Map<RouteDef, number>();
        /**
         * Adds the pages a page links to, up to three of each route, to those still to open; after an action,
         * every page it links to (the expense just recorded, the citizen's private link).
         */
        const harvest = (html: string, afterAction = false) => {
          for (const m of html.matchAll(/href="([^"#]+)"/g)) {
            const href = decode(m[1]).replace(/^http:\/\/localhost/, '');
            const route = routeOf('GET', href);
            if (!route?.path.includes(':') || !pages.includes(route) || toOpen.includes(href)) continue;
            const seen = linkedRoutes.get(route) ?? 0;
            if (seen >= 3 && !afterAction) continue;
            linkedRoutes.set(route, seen + 1);
            toOpen.push(href);
          }
        };
        for (let i = 0; i < toOpen.length; i++) {
          const path = toOpen[i];
          const res = await km.get(path);
          if (process.env.WALK_REPORT) console.log(`open ${path} as ${who} → ${res.status}`);
          if (res.status !== 200 || !res.headers.get('content-type')?.startsWith('text/html')) continue;
          const html = await res.text();
          harvest(html);
          const forms = formsOf(html, path);
          // A form sent by GET is a step (choose the office, then the service): its answer is opened too.
          for (const form of forms.filter((f) => f.method === 'get')) {
            const route = routeOf('GET', form.action);
            if (!route || !pages.includes(route) || (stepsOpened.get(route) ?? 0) >= 4) continue;
            const query = new URLSearchParams();
            for (const [k, v] of valuesOf(form, false))
              if (typeof v === 'string' && v !== '') query.append(k, v);
            for (const f of form.fields)
              if (f.tag === 'select' && !f.value && f.options.some((o) => o !== ''))
                query.set(f.name, f.options.find((o) => o !== '') ?? '');
            const url = `${form.action.split('?')[0]}?${query}`;
            if (toOpen.includes(url)) continue;
            stepsOpened.set(route, (stepsOpened.get(route) ?? 0) + 1);
            toOpen.push(url);
          }
          /**
           * A page answered to a POST, which no GET opens again (the support of a statement asks for the code
           * sent by SMS): each of its forms not sent yet is sent once, filled, as it stands.
           */
          async function sendNextStep(html: string, at: string) {
            for (const form of formsOf(html, at)) {
              const route = form.method === 'post' ? routeOf('POST', form.action) : undefined;
              const id = `${who} ${route?.path} next step`;
              if (!route || NOT_SENT.test(form.action) || sentRoutes.has(route.path) || seenForms.has(id))
                continue;
              seenForms.add(id);
              sentRoutes.add(route.path);
              formsSent++;
              const key = `filled POST ${form.action} (after POST ${at}) as ${who}`;
              const { res } = await send(km, form, valuesOf(form, true));
              if (res.status >= 500) errors.push(`${key}: ${res.status}`);
              if (!res.headers.get('content-type')?.startsWith('text/html')) continue;
              answered.push({
                key: `${key} → ${res.status}`,
                status: res.status,
                km: visibleText(await res.text()),
                en: '',
              });
            }
          }
          for (const [index, form] of forms.entries()) {
            if (form.method !== 'post') continue;
            const route = routeOf('POST', form.action);
            if (!route || NOT_SENT.test(form.action)) continue;
            const names = form.fields
              .map((f) => f.name)
              .sort()
              .join(',');
            // A public form is sent once, by the anonymous visitor, who comes first.
            const id = `${route.access === 'public' ? '' : who} ${route.path} ${names}`;
            if (seenForms.has(id)) continue;
            seenForms.add(id);
            sentRoutes.add(route.path);
            for (const fill of [false, true]) {
              // Each pass opens the page again: a form may carry a one-time token.
              const kmForm = formsOf(await (await km.get(path)).text(), path)[index];
              const enForm = formsOf(await (await en.get(path)).text(), path)[index];
              if (!kmForm || kmForm.action !== form.action) continue;
              formsSent++;
              const key = `${fill ? 'filled' : 'empty'} POST ${form.action} (from ${path}) as ${who}`;
              const { res: kmRes, at } = await send(km, kmForm, valuesOf(kmForm, fill));
              const kmHtml = await kmRes.text();
              // The page after an action links to what it made (the new expense, the citizen's private link).
              // Its own forms are sent too (the citizen's page after a concern: add information, withdraw).
              if (fill && kmRes.status === 200) {
                harvest(kmHtml, true);
                if (at !== form.action && routeOf('GET', at) && !toOpen.includes(at)) toOpen.push(at);
                else if (at === form.action) await sendNextStep(kmHtml, at);
              }
              if (kmRes.status >= 500) errors.push(`${key}: ${kmRes.status}`);
              // The English pass sends the empty form only: a filled one would act twice.
              let enText = '';
              if (!fill && enForm && enForm.action === form.action) {
                const { res: enRes } = await send(en, enForm, valuesOf(enForm, false));
                if (enRes.headers.get('content-type')?.startsWith('text/html'))
                  enText = visibleText(await enRes.text());
              }
              if (process.env.WALK_DUMP)
                (await import('node:fs')).writeFileSync(
                  `/tmp/walk-${encodeURIComponent(key).slice(0, 200)}.html`,
                  kmHtml,
                );
              if (!kmRes.headers.get('content-type')?.startsWith('text/html')) continue;
              answered.push({
                key: `${key} → ${kmRes.status}`,
                status: kmRes.status,
                km: visibleText(kmHtml),
                en: enText,
              });
            }
          }
        }
      }
      // The API's refusals, read in each language.
      const km = new Browser(app);
      const en = new Browser(app);
      await km.get('/lang/km');
      await km.get('/digits/khmr');
      await en.get('/lang/en');
      for (const request of API_REQUESTS) {
        const send = (browser: Browser) =>
          app.request(request.path, {
            method: 'POST',
            headers: {
              cookie: browser.jar.header(),
              'content-type':
                request.type === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
            },
            body: request.body,
          });
        const kmRes = await send(km);
        const enRes = await send(en);
        if (kmRes.status >= 500) errors.push(`POST ${request.path} ${request.body}: ${kmRes.status}`);
        answered.push({
          key: `POST ${request.path} ${request.body} → ${kmRes.status}`,
          status: kmRes.status,
          km: messagesOf(await kmRes.text()).replace(OPEN311_PARAMETERS, ' '),
          en: messagesOf(await enRes.text()),
        });
      }
      data = await dataStrings(t.db, t.dialect);
    }, 600_000);

    it('sends the forms of every module and answers each without a server error', () => {
      if (process.env.WALK_REPORT) {
        console.log(`${formsSent} forms sent, ${answered.length} pages answered`);
        console.log(answered.map((a) => a.key).join('\n'));
        console.log(
          'not sent:',
          DECLARED.filter((r) => r.method === 'POST' && !sentRoutes.has(r.path)).map((r) => r.path),
        );
      }
      expect(formsSent).toBeGreaterThan(100);
      expect(errors).toEqual([]);
    });

    it('shows no Latin interface text on a Khmer page after a form', () => {
      const found = answered
        .map((p) => [p.key, [...new Set(latinWords(normalised(p.km).replace(data.km, ' ')))]] as const)
        .filter(([, words]) => words.length > 0)
        .map(([key, words]) => `${key}: ${words.join(' ')}`);
      expect(found).toEqual([]);
    });

    it('writes every figure in Khmer digits after a form when Khmer numerals are chosen', () => {
      const found = answered
        .map((p) => [p.key, [...new Set(latinFigures(normalised(p.km).replace(data.km, ' ')))]] as const)
        .filter(([, figures]) => figures.length > 0)
        .map(([key, figures]) => `${key}: ${figures.join(' ')}`);
      expect(found).toEqual([]);
    });

    it('shows no Khmer interface text on an English page after a form', () => {
      const found = answered
        .map((p) => [p.key, [...new Set(khmerWords(p.en, data.en))]] as const)
        .filter(([, words]) => words.length > 0)
        .map(([key, words]) => `${key}: ${words.join(' ')}`);
      expect(found).toEqual([]);
    });
  },
  async (db) => {
    await prepareDatabase(db, { demo: true, demoPassword: TEST_PASSWORD, demoCases: true });
    // The demo ministry monitor reads the OWSO catalogue only; with an admin grant it edits it, so its forms show.
    const monitor = await db.kysely
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'moi_monitor')
      .executeTakeFirstOrThrow();
    await db.kysely
      .insertInto('role_grants')
      .values({
        user_id: monitor.id,
        role: 'admin',
        scope_type: 'national',
        scope_code: 'KH',
        created_at: new Date().toISOString(),
      })
      .execute();
  },
);
