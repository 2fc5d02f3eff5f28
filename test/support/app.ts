// Builds the app over a test database with reference data and the demo accounts, and signs users in.
import { createApp } from '../../src/app';
import type { Db } from '../../src/db/connect';
import { prepareDatabase } from '../../src/setup/prepare-database';

export const TEST_PASSWORD = 'test-password-123';

/** Migrations, gazetteer, commissions and one demo account per role, all with TEST_PASSWORD. */
export async function seedDemo(db: Db) {
  await prepareDatabase(db, { demo: true, demoPassword: TEST_PASSWORD });
}

export function testApp(db: Db) {
  return createApp({ db, config: { baseUrl: 'http://localhost', demo: true }, version: 'test' });
}

export type TestApp = ReturnType<typeof testApp>;

/** Cookies a browser would hold, as a Cookie header. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  absorb(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string) {
    return this.cookies.get(name);
  }

  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** A browser-like client of the app: keeps cookies and sends forms with their CSRF token. */
export class Browser {
  readonly jar = new CookieJar();
  constructor(private readonly app: TestApp) {}

  async get(path: string, headers: Record<string, string> = {}) {
    const res = await this.app.request(path, { headers: { cookie: this.jar.header(), ...headers } });
    this.jar.absorb(res);
    return res;
  }

  /**
   * Posts a form; the CSRF token is the one the site gave this browser, unless the caller sets `_csrf`.
   * A list sends the field once per value, as checkboxes of one name do.
   */
  async post(path: string, fields: Record<string, string | string[]>) {
    if (!this.jar.get('sala_csrf')) await this.get('/');
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries({ _csrf: this.jar.get('sala_csrf') ?? '', ...fields })) {
      for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
    }
    const res = await this.app.request(path, {
      method: 'POST',
      headers: { cookie: this.jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    this.jar.absorb(res);
    return res;
  }

  async signIn(username: string, password = TEST_PASSWORD) {
    const res = await this.post('/login', { username, password, next: '/' });
    if (res.status !== 303) throw new Error(`sign-in of ${username} failed with ${res.status}`);
    return this;
  }
}

/** A browser reading English: anonymous, or signed in as the demo account `username`. */
export async function englishBrowser(app: TestApp, username?: string): Promise<Browser> {
  const browser = username ? await new Browser(app).signIn(username) : new Browser(app);
  await browser.get('/lang/en');
  return browser;
}

/** A bearer token for a demo account, from POST /api/auth/token. */
export async function apiToken(app: TestApp, username: string, password = TEST_PASSWORD): Promise<string> {
  const res = await app.request('/api/auth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 201) throw new Error(`token for ${username} failed with ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}
