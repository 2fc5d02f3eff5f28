// The books over HTTP: receipt uploads checked by content and size, stored under SALA_DATA_DIR; auditors read only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  Browser,
  englishBrowser,
  seedDemo,
  TEST_PASSWORD,
  type TestApp,
  testApp,
} from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { createUser, grantRole } from '../../platform/auth/manage-users';
import { budgetMessages } from './budget.messages';
import { findExpense } from './budget.queries';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const PDF = new TextEncoder().encode('%PDF-1.4\n% demo receipt\n');

let dataDir: string;
let previous: string | undefined;
/** Each database's run gets its own SALA_DATA_DIR, so files can be counted. */
function useFreshDataDir() {
  beforeAll(() => {
    previous = process.env.SALA_DATA_DIR;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sala-receipts-'));
    process.env.SALA_DATA_DIR = dataDir;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.SALA_DATA_DIR;
    else process.env.SALA_DATA_DIR = previous;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
}

/** Posts the expense form as a browser would: multipart, with the CSRF field and an optional file. */
async function postExpense(app: TestApp, browser: Browser, fields: Record<string, string>, file?: File) {
  if (!browser.jar.get('sala_csrf')) await browser.get('/');
  const body = new FormData();
  body.set('_csrf', browser.jar.get('sala_csrf') ?? '');
  const all = {
    office: 'CO-12',
    line: 'supplies',
    spentOn: '2026-03-09',
    payee: 'Demo Stationery Shop',
    amountRiel: '120000',
    purpose: 'Paper for the office (demo)',
    ...fields,
  };
  for (const [k, v] of Object.entries(all)) body.set(k, v);
  if (file) body.set('receipt', file);
  const res = await app.request('/office/budget/expenses', {
    method: 'POST',
    headers: { cookie: browser.jar.header() },
    body,
  });
  browser.jar.absorb(res);
  return res;
}

describeEachDatabase(
  'office books over HTTP',
  (fixture) => {
    let app: TestApp;
    let staff: Browser;
    let auditor: Browser;
    useFreshDataDir();
    beforeAll(async () => {
      app = testApp(fixture.db);
      staff = await new Browser(app).signIn('co_staff');
      auditor = await new Browser(app).signIn('auditor');
      await staff.get('/lang/en');
      await auditor.get('/lang/en');
    });

    it('stores a real PNG under SALA_DATA_DIR with a random name, and the auditor can open it', async () => {
      const res = await postExpense(
        app,
        staff,
        { payee: 'Demo Ink Shop' },
        new File([PNG], '../../evil.png', { type: 'image/png' }),
      );
      expect(res.status).toBe(303);
      const stored = fs.readdirSync(path.join(dataDir, 'receipts'));
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatch(/^[0-9a-f]{32}\.png$/);

      const books = await auditor.get('/office/budget?office=CO-12&year=2026');
      const html = await books.text();
      expect(books.status).toBe(200);
      expect(html).toContain('Demo Ink Shop');
      // Read-only: the auditor gets no form to record or decide.
      expect(html).not.toContain('action="/office/budget/expenses"');
      const id = /\/office\/budget\/expenses\/(\d+)\/receipt/.exec(html)?.[1];
      const file = await auditor.get(`/office/budget/expenses/${id}/receipt`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/png');
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(PNG);
    });

    it('refuses a file whose bytes are not what it claims, or not an allowed type (422)', async () => {
      const before = fs.readdirSync(path.join(dataDir, 'receipts')).length;
      const fake = await postExpense(
        app,
        staff,
        { payee: 'Demo Fake' },
        new File(['<script>x</script>'], 'r.png', { type: 'image/png' }),
      );
      expect(fake.status).toBe(422);
      expect(await fake.text()).toContain('must be a PDF, JPEG or PNG');
      const mismatch = await postExpense(
        app,
        staff,
        { payee: 'Demo Fake' },
        new File([PDF], 'r.png', { type: 'image/png' }),
      );
      expect(mismatch.status).toBe(422);
      const html = await postExpense(
        app,
        staff,
        { payee: 'Demo Fake' },
        new File(['<html>'], 'r.html', { type: 'text/html' }),
      );
      expect(html.status).toBe(422);
      expect(fs.readdirSync(path.join(dataDir, 'receipts'))).toHaveLength(before);
      // A real PDF declared as one is fine.
      expect(
        (
          await postExpense(
            app,
            staff,
            { payee: 'Demo Copy Shop' },
            new File([PDF], 'r.pdf', { type: 'application/pdf' }),
          )
        ).status,
      ).toBe(303);
    });

    it('refuses a receipt over the size limit with a clear message (413), keeping what was typed', async () => {
      const big = new Uint8Array(1_000_001);
      big.set(PNG);
      const res = await postExpense(
        app,
        staff,
        { payee: 'Demo Big Scan' },
        new File([big], 'big.png', { type: 'image/png' }),
      );
      expect(res.status).toBe(413);
      const text = await res.text();
      expect(text).toContain('larger than 1 MB');
      expect(text).toContain('value="Demo Big Scan"');
      // Beyond the app's whole-request limit the answer is still a 413 page, not a 500.
      const huge = new Uint8Array(2_000_000);
      huge.set(PNG);
      expect(
        (await postExpense(app, staff, {}, new File([huge], 'huge.png', { type: 'image/png' }))).status,
      ).toBe(413);
    });

    it('flags expenses without a receipt, exports CSV, and keeps auditors from writing', async () => {
      expect((await postExpense(app, staff, { payee: 'Demo Tuk-tuk' })).status).toBe(303);
      const html = await (await auditor.get('/office/budget?office=CO-12&year=2026')).text();
      expect(html).toContain('Expenses without a receipt: 1');
      const csv = await auditor.get('/office/budget/expenses.csv?office=CO-12&year=2026');
      expect(csv.status).toBe(200);
      const body = await csv.text();
      expect(body).toContain('Demo Tuk-tuk');
      expect(body.split('\r\n').filter((l) => l.includes('Demo')).length).toBe(3);
      // The national auditor's overview lists every office with its count of entries lacking a receipt.
      const overview = await (await auditor.get('/office/budget?year=2026')).text();
      expect(overview).toMatch(/CO-12[^<]*<\/a><\/th><td>0<\/td><td>0<\/td><td>3<\/td><td>1<\/td>/);
      // The missing receipt is attached later by staff; a second one is refused.
      const id =
        /\/office\/budget\/expenses\/(\d+)"[^>]*>\d+<\/a><\/td><td>9 March 2026<\/td><td>[^<]*<\/td><td>Demo Tuk-tuk/.exec(
          html,
        )?.[1];
      expect(id).toBeDefined();
      const attach = async (who: Browser) => {
        const body = new FormData();
        body.set('_csrf', who.jar.get('sala_csrf') ?? '');
        body.set('receipt', new File([PDF], 'late.pdf', { type: 'application/pdf' }));
        return app.request(`/office/budget/expenses/${id}/receipt`, {
          method: 'POST',
          headers: { cookie: who.jar.header() },
          body,
        });
      };
      expect((await attach(auditor)).status).toBe(403);
      expect((await attach(staff)).status).toBe(303);
      expect((await attach(staff)).status).toBe(409);
      const after = await (await auditor.get('/office/budget?office=CO-12&year=2026')).text();
      expect(after).toContain('Expenses without a receipt: 0');
      const trail = await (await auditor.get(`/office/budget/expenses/${id}`)).text();
      // The trail names each step in the reader's words, not by its code.
      expect(trail).toContain('Receipt attached to expense');
      expect(trail).not.toContain('co-expense-receipt-attached');
      const trailCsv = await (await auditor.get('/office/budget/trail.csv?office=CO-12&year=2026')).text();
      expect(trailCsv.split('\r\n').filter((l) => l.includes('co-expense-recorded'))).toHaveLength(3);
      expect(trailCsv).toContain('co-expense-receipt-attached');
      expect((await postExpense(app, auditor, { payee: 'Demo Auditor' })).status).toBe(403);
      expect(
        (
          await auditor.post('/office/budget/lines', {
            office: 'CO-12',
            year: '2026',
            line: 'rent',
            amountRiel: '1',
          })
        ).status,
      ).toBe(403);
      // Another office's staff cannot read these books.
      const other = await staff.get('/office/budget?office=CO-01&year=2026');
      expect(other.status).toBe(403);
    });

    it('does not let the director approve an expense he recorded; the page names who may, and that director approves', async () => {
      const director = await englishBrowser(app, 'co_director');
      expect((await postExpense(app, director, { payee: 'Demo Own Purchase' })).status).toBe(303);
      const { id } = await fixture.db.kysely
        .selectFrom('co_expenses')
        .select('id')
        .where('payee', '=', 'Demo Own Purchase')
        .executeTakeFirstOrThrow();
      const own = await (await director.get(`/office/budget/expenses/${id}`)).text();
      expect(own).not.toContain(`action="/office/budget/expenses/${id}/decision"`);
      expect(own).toContain('A director of this office other than the person who recorded the expense.');
      expect(own).toContain('No other account directs this office');
      const refused = await director.post(`/office/budget/expenses/${id}/decision`, { decision: 'approve' });
      expect(refused.status).toBe(403);
      expect(await refused.text()).toContain(
        'You recorded this expense, so you may not approve or reject it',
      );
      const rejected = await director.post(`/office/budget/expenses/${id}/decision`, { decision: 'reject' });
      expect(rejected.status).toBe(403);
      expect(await findExpense(fixture.db.kysely, id)).toMatchObject({ status: 'pending', decided_by: null });

      // A second director of the office: named on the page, offered the form, and allowed to decide.
      const now = new Date();
      const created = await createUser(
        fixture.db,
        SYSTEM_ACTOR,
        { username: 'deputy_test', displayName: 'Deputy Director (test)', password: TEST_PASSWORD },
        now,
      );
      if (!created.ok) throw new Error(created.error);
      await grantRole(
        fixture.db,
        SYSTEM_ACTOR,
        created.value.id,
        { role: 'co_director', scopeType: 'office', scopeCode: 'CO-12' },
        now,
      );
      const named = await (await auditor.get(`/office/budget/expenses/${id}`)).text();
      expect(named).toContain('<li>Deputy Director (test)</li>');
      expect(named).not.toContain('<li>គណនីសាកល្បង៖ co_director</li>');
      const deputy = await englishBrowser(app, 'deputy_test');
      const page = await (await deputy.get(`/office/budget/expenses/${id}`)).text();
      expect(page).toContain(`action="/office/budget/expenses/${id}/decision"`);
      // No budget is set for the line in this test, so approving needs the overspending justification.
      const approved = await deputy.post(`/office/budget/expenses/${id}/decision`, {
        decision: 'approve',
        justification: 'Paper needed before the budget is set (demo)',
      });
      expect(approved.status).toBe(303);
      expect(await findExpense(fixture.db.kysely, id)).toMatchObject({
        status: 'approved',
        decided_by: created.value.id,
      });
    });

    it('takes amounts typed in Khmer digits with separators (១០,០០០) and refuses junk in Khmer', async () => {
      const khmerStaff = await new Browser(app).signIn('co_staff');
      const res = await postExpense(app, khmerStaff, {
        payee: 'Khmer Digits Stationery (fictional)',
        amountRiel: '១០,០០០',
        amountUsd: '២.៥០',
        usdRate: '៤ ០០០',
      });
      expect(res.status).toBe(303);
      const row = await fixture.db.kysely
        .selectFrom('co_expenses')
        .select(['amount_riel', 'amount_usd_cents', 'usd_rate'])
        .where('payee', '=', 'Khmer Digits Stationery (fictional)')
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ amount_riel: 10000, amount_usd_cents: 250, usd_rate: 4000 });

      for (const amountRiel of ['១០,០០', '10.5', 'ដប់ពាន់']) {
        const junk = await postExpense(app, khmerStaff, { payee: 'Junk Amount (fictional)', amountRiel });
        expect(junk.status).toBe(422);
        expect(await junk.text()).toContain(budgetMessages.km.errors.invalid);
      }
    });
  },
  seedDemo,
);
