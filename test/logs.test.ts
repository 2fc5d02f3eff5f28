// What an operator's log holds after a citizen sends a concern and staff read it: JSON lines with request
// ids, and none of the personal data typed in (name, phone, e-mail, the concern's text), nor query strings.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeMessages } from '../src/modules/casework/messages';
import { Browser, type TestApp } from './support/app';
import { CHROMIUM, CHROMIUM_ARGS, HAVE_CHROMIUM } from './support/chromium';
import { type SalaProcess, startSala } from './support/sala-process';

const PASSWORD = 'logs-test-password';
const METRICS_TOKEN = 'logs-test-metrics-token-0123456789';
// Distinctive enough that a hit in the log can only come from this test's input.
const NAME = 'Vannarith Quolmesz (fictional)';
const PHONE = '012 734 961';
const EMAIL = 'quolmesz.logtest@example.org';
const DESCRIPTION = 'Zygrelliant culvert beside the pagoda collapsed (logs test, fictional)';
const SEARCHED = 'Quolmesz';
// What the citizen types in Chromium.
const TYPED = {
  name: 'Chanthavy Wexbriggen (fictional)',
  phone: '097 615 284',
  email: 'wexbriggen.walk@example.org',
  description: 'Plonkavery well pump stolen near the market (logs test, fictional)',
};

describe('the log of a citizen’s concern and staff reading it', () => {
  let sala: SalaProcess;
  let base = '';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sala-logs-'));

  /** A Browser (cookies, CSRF token) over real HTTP to the process instead of app.request. */
  const overHttp = () =>
    new Browser({
      request: (p: string, init?: RequestInit) => fetch(`${base}${p}`, { ...init, redirect: 'manual' }),
    } as unknown as TestApp);

  beforeAll(async () => {
    sala = await startSala({
      SALA_DATA_DIR: dataDir,
      SALA_DEMO_PASSWORD: PASSWORD,
      SALA_METRICS_TOKEN: METRICS_TOKEN,
      SALA_LOG_LEVEL: 'debug',
    });
    base = `http://127.0.0.1:${sala.port}`;
  });

  afterAll(async () => {
    sala?.child.kill('SIGTERM');
    await sala?.exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it.skipIf(!HAVE_CHROMIUM)(
    'takes a concern typed in Chromium (skipped without /usr/bin/chromium)',
    async () => {
      const km = intakeMessages.km;
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      try {
        const page = await (
          await browser.newContext({ locale: 'km-KH', javaScriptEnabled: false })
        ).newPage();
        page.setDefaultTimeout(10_000);
        await page.goto(`${base}/concerns/new`);
        await page.getByLabel(km.category).selectOption('water');
        await page.getByLabel(km.description).fill(TYPED.description);
        await page.getByLabel(km.province).selectOption('02');
        await page.getByRole('button', { name: km.showDistricts }).click();
        await page.getByLabel(km.district).selectOption('0201');
        await page.getByRole('button', { name: km.showCommunes }).click();
        await page.getByLabel(km.commune).selectOption('020101');
        await page.locator('[name="name"]').fill(TYPED.name);
        await page.locator('[name="phone"]').fill(TYPED.phone);
        await page.locator('[name="email"]').fill(TYPED.email);
        await page.getByRole('button', { name: km.submit }).click();
        await page.waitForURL(/\/k\/[A-Za-z0-9_-]{22}\?new=1$/);
      } finally {
        await browser.close();
      }
    },
  );

  it('holds a JSON line with a request id per request and none of the personal data', async () => {
    const citizen = overHttp();
    const form = await citizen.get(`/concerns/new?name=${encodeURIComponent(SEARCHED)}`);
    expect(form.status).toBe(200);
    const token = /name="form_token" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
    const sent = await citizen.post('/concerns', {
      category: 'water',
      description: DESCRIPTION,
      province: '02',
      district: '0201',
      commune: '020101',
      name: NAME,
      phone: PHONE,
      email: EMAIL,
      preferredContact: 'sms',
      form_token: token,
    });
    expect(sent.status).toBe(303);
    const privateLink = sent.headers.get('location') ?? '';
    expect(privateLink).toMatch(/^\/k\/[A-Za-z0-9_-]{22}/);
    expect((await citizen.get(privateLink)).status).toBe(200);
    const key = privateLink.slice(3, 25);

    // Staff read the case and search for the citizen by name.
    const staff = await overHttp().signIn('co_staff', PASSWORD);
    const found = await staff.get(`/office/cases?q=${encodeURIComponent(SEARCHED)}`);
    expect(found.status).toBeLessThan(500);

    // A request id from a proxy is kept and returned; a strange one is replaced.
    const chosen = await fetch(`${base}/healthz`, { headers: { 'X-Request-Id': 'proxy-id-0001' } });
    expect(chosen.headers.get('x-request-id')).toBe('proxy-id-0001');
    const odd = await fetch(`${base}/healthz`, { headers: { 'X-Request-Id': 'no spaces <allowed>' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    // The acknowledgement (no SMS gateway configured) is only logged: wait for the outbox's run.
    await expect
      .poll(() => /"channel":"sms","to":"\*+961"/.test(sala.output()), { timeout: 20_000 })
      .toBe(true);

    const output = sala.output();
    for (const personal of [
      ...Object.values(TYPED),
      'Wexbriggen',
      'Plonkavery',
      '615 284',
      '97615284',
      NAME,
      'Vannarith',
      SEARCHED,
      PHONE,
      '734 961',
      '12734961',
      EMAIL,
      DESCRIPTION,
      'Zygrelliant',
      key,
    ]) {
      expect(output, `the log holds "${personal}"`).not.toContain(personal);
    }
    const lines = output.split('\n').filter((l) => l.startsWith('{'));
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = entries.filter((e) => e.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(8);
    for (const r of requests) {
      expect(r).toMatchObject({
        reqId: expect.any(String),
        method: expect.any(String),
        status: expect.any(Number),
      });
      expect(String(r.route)).not.toContain('?');
    }
    expect(requests).toContainEqual(
      expect.objectContaining({ method: 'POST', route: '/concerns', status: 303 }),
    );
    expect(requests).toContainEqual(expect.objectContaining({ route: '/k/:key', status: 200 }));
    expect(requests).toContainEqual(expect.objectContaining({ route: '/healthz', reqId: 'proxy-id-0001' }));
    // The message only logged: whom and what masked, its tracking code readable.
    const logged = entries.filter((e) => e.msg === 'message only logged');
    expect(logged).toContainEqual(
      expect.objectContaining({ channel: 'sms', to: expect.stringMatching(/^\*+961$/) }),
    );
    // What is not JSON is the text the start prints for a person, and it comes after the start's log lines.
    const plain = output.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('{'));
    expect(plain.join('\n')).toMatch(/is running at/);
    expect(
      plain.every((l) =>
        /is running at|^Demo accounts|^ {2}[a-z_0-9]+ {2}|^Password|^First administrator/.test(l),
      ),
    ).toBe(true);
  });

  it('serves /metrics to the loopback and to the token, with the requests counted by route', async () => {
    const local = await fetch(`${base}/metrics`);
    expect(local.status).toBe(200);
    const text = await local.text();
    // One concern sent through the forms, and one in Chromium when it ran.
    const concerns = `sala_http_requests_total{method="POST",route="/concerns",status="303"} ${HAVE_CHROMIUM ? 2 : 1}\n`;
    expect(text).toContain(concerns);
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).not.toContain(SEARCHED);
    const wrong = await fetch(`${base}/metrics`, {
      headers: { authorization: 'Bearer not-the-token-at-all' },
    });
    expect(wrong.status).toBe(401);
  });
});
