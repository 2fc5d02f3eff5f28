// A ministry's office over HTTP: it sees and answers its own ministry's questions and forwarded concerns (never
// the citizen's name or contacts), never another ministry's; the answer reaches the office's case page, the
// citizen's outbox and the public ranking; no other role uses /ministry.
import { beforeAll, expect, it } from 'vitest';
import {
  Browser,
  englishBrowser,
  seedDemo,
  TEST_PASSWORD,
  type TestApp,
  testApp,
} from '../../../test/support/app';
import { forwardedSample, SAMPLE_PERSONAL, stepAs, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { createUser, grantRole } from '../../platform/auth/manage-users';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { addDays } from '../assembly/procedure/dates.rules';
import { questionInputSchema, recordQuestion } from '../assembly/questions.commands';
import { createTinyAssembly, TEST_ACTOR } from '../assembly/questions-laws.test-data';

const PDF = new Uint8Array([...Buffer.from('%PDF-1.4\n% a signed letter (fictional)\n%%EOF\n')]);
const ANSWER = 'The ministry sends two midwives to the health centre from next month (fictional).';

describeEachDatabase('a ministry office answers in Sala', (t) => {
  let app: TestApp;
  const today = phnomPenhDate(new Date());
  let healthQuestion = 0;
  let oldHealthQuestion = 0;
  let waterQuestion = 0;

  beforeAll(async () => {
    await seedDemo(t.db);
    app = testApp(t.db);
    // The office of another demo ministry, to check it never sees the Health ministry's work.
    const created = await createUser(
      t.db,
      SYSTEM_ACTOR,
      {
        username: 'ministry_water',
        displayName: 'Water ministry office (fictional)',
        password: TEST_PASSWORD,
      },
      new Date(),
    );
    if (!created.ok) throw new Error(created.error);
    const granted = await grantRole(
      t.db,
      SYSTEM_ACTOR,
      created.value.id,
      { role: 'minister_office', scopeType: 'ministry', scopeCode: 'WATER-DEMO' },
      new Date(),
    );
    if (!granted.ok) throw new Error(granted.error);
    const assembly = await createTinyAssembly(t.db.kysely);
    const ask = async (ministry: string, daysAgo: number, subject: string, minister: string) => {
      const made = await recordQuestion(
        t.db,
        TEST_ACTOR,
        questionInputSchema.parse({
          membershipId: assembly.memberId,
          receivedOn: addDays(today, -daysAgo),
          ministries: [ministry],
          ministerNames: [minister],
          subject,
          body: `${subject}: a fictional question for the test.`,
        }),
        new Date(),
      );
      if (!made.ok) throw new Error(made.error);
      return made.value.id;
    };
    healthQuestion = await ask('HEALTH-DEMO', 1, 'Midwives at night (fictional)', 'Demo Minister One');
    // Asked of the minister before: the same ministry, another minister.
    oldHealthQuestion = await ask('HEALTH-DEMO', 12, 'Clinic roof (fictional)', 'Demo Minister Zero');
    waterQuestion = await ask('WATER-DEMO', 1, 'Well pumps (fictional)', 'Demo Water Minister');
  });

  const as = async (username: string) => {
    const browser = new Browser(app);
    await browser.signIn(username);
    await browser.get('/lang/en?next=/');
    return browser;
  };

  const postAnswer = async (browser: Browser, to: string, fields: Record<string, string>, letter?: File) => {
    if (!browser.jar.get('sala_csrf')) await browser.get('/');
    const body = new FormData();
    body.set('_csrf', browser.jar.get('sala_csrf') ?? '');
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    if (letter) body.set('letter', letter);
    const res = await app.request(to, { method: 'POST', headers: { cookie: browser.jar.header() }, body });
    browser.jar.absorb(res);
    return res;
  };
  const signed = { answer: ANSWER, signerName: 'Demo Signer (fictional)', signerPost: 'Secretary of State' };
  const pdf = () => new File([PDF], 'letter.pdf', { type: 'application/pdf' });

  const forwardedTo = (ministry: string) => forwardedSample(t.db, { ministry });

  const caseRow = (code: string) =>
    t.db.kysely.selectFrom('cases').selectAll().where('tracking_code', '=', code).executeTakeFirstOrThrow();

  it('offers the office a list of ministries, and refuses a code that is not one, changing nothing', async () => {
    const made = await submitSample(t.db);
    await stepAs(t.db, 'co_director', made.trackingCode, { action: 'accept' });
    const director = await as('co_director');
    const page = await (await director.get(`/office/cases/${made.trackingCode}`)).text();
    expect(page).toContain('<option value="HEALTH-DEMO">');
    expect(page).toContain('type="radio"');
    const refused = await director.post(`/office/cases/${made.trackingCode}/actions`, {
      action: 'forward',
      destinationKind: 'ministry',
      ministry: 'NO-SUCH-MINISTRY',
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Please choose a ministry from the list.');
    expect((await caseRow(made.trackingCode)).status).toBe('accepted');
    // A ministry from the list, by its code.
    const forwarded = await director.post(`/office/cases/${made.trackingCode}/actions`, {
      action: 'forward',
      destinationKind: 'ministry',
      ministry: 'HEALTH-DEMO',
    });
    expect(forwarded.status).toBe(303);
    expect(await caseRow(made.trackingCode)).toMatchObject({
      status: 'forwarded',
      ministry_code: 'HEALTH-DEMO',
    });
  });

  it("lists its own ministry's questions and concerns with due dates, overdue first, without personal data", async () => {
    const health = await forwardedTo('HEALTH-DEMO');
    const water = await forwardedTo('WATER-DEMO');
    const row = await caseRow(health.trackingCode);
    expect(row).toMatchObject({
      ministry_code: 'HEALTH-DEMO',
      destination_kind: 'ministry',
      status: 'forwarded',
    });
    expect(row.due_date).not.toBeNull();

    const office = await as('minister_office');
    const res = await office.get('/ministry');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Midwives at night (fictional)');
    expect(html).toContain('Clinic roof (fictional)');
    expect(html).not.toContain('Well pumps (fictional)');
    expect(html).toContain(`/ministry/cases/${health.trackingCode}`);
    expect(html).not.toContain(`/ministry/cases/${water.trackingCode}`);
    // The question received 12 days ago was due 5 days ago: it comes first, marked.
    expect(html.indexOf('Clinic roof')).toBeLessThan(html.indexOf('Midwives at night'));
    expect(html).toContain('Overdue');
    for (const personal of SAMPLE_PERSONAL) expect(html).not.toContain(personal);

    const casePage = await (await office.get(`/ministry/cases/${health.trackingCode}`)).text();
    expect(casePage).toContain('ផ្លូវក្នុងភូមិយើងខូចខាតធ្ងន់ធ្ងរ');
    for (const personal of SAMPLE_PERSONAL) expect(casePage).not.toContain(personal);
  });

  it('answers a forwarded concern: the office sees it with the letter, the citizen is told, the ranking counts it', async () => {
    const health = await forwardedTo('HEALTH-DEMO');
    const office = await as('minister_office');
    const refusedType = await postAnswer(
      office,
      `/ministry/cases/${health.trackingCode}`,
      signed,
      new File([new TextEncoder().encode('not a pdf at all')], 'letter.pdf', { type: 'application/pdf' }),
    );
    expect(refusedType.status).toBe(422);
    expect(await refusedType.text()).toContain('must be a PDF, JPEG or PNG');
    const missing = await postAnswer(
      office,
      `/ministry/cases/${health.trackingCode}`,
      { ...signed, signerName: '' },
      pdf(),
    );
    expect(missing.status).toBe(422);
    expect((await caseRow(health.trackingCode)).status).toBe('forwarded');

    const res = await postAnswer(office, `/ministry/cases/${health.trackingCode}`, signed, pdf());
    expect(res.status).toBe(303);
    const row = await caseRow(health.trackingCode);
    expect(row).toMatchObject({ status: 'answered', answer: ANSWER, first_answer_on_time: 1 });
    const outbox = await t.db.kysely.selectFrom('outbox').selectAll().where('case_id', '=', row.id).execute();
    expect(outbox.find((m) => m.template === 'answered')).toMatchObject({
      channel: 'email',
      recipient: 'chantha@example.org',
    });
    // The office reads the answer, who signed it, and opens the signed letter.
    const director = await as('co_director');
    const officePage = await (await director.get(`/office/cases/${health.trackingCode}`)).text();
    expect(officePage).toContain(ANSWER);
    expect(officePage).toContain('Demo Signer (fictional), Secretary of State');
    const link = officePage.match(new RegExp(`/office/cases/${health.trackingCode}/files/(\\d+)`));
    expect(link).not.toBeNull();
    const letter = await director.get(link?.[0] ?? '');
    expect(letter.status).toBe(200);
    expect(letter.headers.get('content-type')).toBe('application/pdf');
    // Once answered, a second answer is refused.
    const again = await postAnswer(office, `/ministry/cases/${health.trackingCode}`, signed, pdf());
    expect(again.status).toBe(409);

    // The public ranking counts the concern answered in time, on the ministry's row.
    const reader = await englishBrowser(app);
    const ranking = await (await reader.get('/watch/ministers')).text();
    const healthRow = ranking.split('<tr>').find((r) => r.includes('ministry=HEALTH-DEMO')) ?? '';
    expect(healthRow).toContain('Demo Ministry of Health');
    expect(healthRow).toMatch(/\d+ \(\d+ answered in time\)/);
    expect(healthRow).not.toMatch(/\(0 answered in time\)/);
  });

  it("answers its minister's question: the Assembly's record and one ranking row per ministry", async () => {
    const office = await as('minister_office');
    const page = await office.get(`/ministry/questions/${healthQuestion}`);
    expect(page.status).toBe(200);
    const res = await postAnswer(office, `/ministry/questions/${healthQuestion}`, signed, pdf());
    expect(res.status).toBe(303);
    const question = await t.db.kysely
      .selectFrom('assembly_questions')
      .selectAll()
      .where('id', '=', healthQuestion)
      .executeTakeFirstOrThrow();
    expect(question).toMatchObject({ answered_on: today, answer_summary: ANSWER, answer_kind: 'written' });
    const shown = await (await office.get(`/ministry/questions/${healthQuestion}`)).text();
    expect(shown).toContain('Signed by Demo Signer (fictional), Secretary of State');
    expect(shown).not.toContain('type="file"');

    // Two ministers of the one ministry: one row, naming both.
    const ranking = await (await new Browser(app).get('/watch/ministers')).text();
    const rows = ranking.split('<tr>').filter((r) => r.includes('ministry=HEALTH-DEMO'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Demo Minister One');
    expect(rows[0]).toContain('Demo Minister Zero');
  });

  it("shows the answer, its signer and the signed letter on the question's public page, served safely", async () => {
    // The water ministry's question, answered here by its own office.
    const water = await as('ministry_water');
    const before = await (await new Browser(app).get(`/assembly/questions/${waterQuestion}/files/letter`))
      .status;
    expect(before).toBe(404);
    const res = await postAnswer(water, `/ministry/questions/${waterQuestion}`, signed, pdf());
    expect(res.status).toBe(303);

    const reader = await englishBrowser(app);
    const page = await reader.get(`/assembly/questions/${waterQuestion}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(ANSWER);
    expect(html).toContain('Signed by Demo Signer (fictional), Secretary of State');
    expect(html).toContain(
      `<a href="/assembly/questions/${waterQuestion}/files/letter">The signed letter</a>`,
    );
    for (const personal of SAMPLE_PERSONAL) expect(html).not.toContain(personal);

    const letter = await reader.get(`/assembly/questions/${waterQuestion}/files/letter`);
    expect(letter.status).toBe(200);
    expect(letter.headers.get('content-type')).toBe('application/pdf');
    expect(letter.headers.get('content-disposition')).toBe(
      `attachment; filename="question-${waterQuestion}-letter.pdf"`,
    );
    expect(letter.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await letter.arrayBuffer())).toEqual(PDF);

    // A question still waiting has no letter to serve, nor a link to one.
    expect((await reader.get(`/assembly/questions/${oldHealthQuestion}/files/letter`)).status).toBe(404);
    expect(await (await reader.get(`/assembly/questions/${oldHealthQuestion}`)).text()).not.toContain(
      '/files/letter"',
    );
    expect((await reader.get('/assembly/questions/99999999/files/letter')).status).toBe(404);
  });

  it("cannot see or answer another ministry's question or concern, and nothing changes", async () => {
    const health = await forwardedTo('HEALTH-DEMO');
    const water = await as('ministry_water');
    expect((await water.get(`/ministry/cases/${health.trackingCode}`)).status).toBe(404);
    expect((await water.get(`/ministry/questions/${oldHealthQuestion}`)).status).toBe(404);
    expect((await postAnswer(water, `/ministry/cases/${health.trackingCode}`, signed, pdf())).status).toBe(
      404,
    );
    expect((await postAnswer(water, `/ministry/questions/${oldHealthQuestion}`, signed, pdf())).status).toBe(
      404,
    );
    expect((await caseRow(health.trackingCode)).status).toBe('forwarded');
    const old = await t.db.kysely
      .selectFrom('assembly_questions')
      .select('answered_on')
      .where('id', '=', oldHealthQuestion)
      .executeTakeFirstOrThrow();
    expect(old.answered_on).toBeNull();
    // Its own question it may open.
    expect((await water.get(`/ministry/questions/${waterQuestion}`)).status).toBe(200);
  });

  it('keeps every other role and anonymous visitors out of /ministry', async () => {
    const health = await forwardedTo('HEALTH-DEMO');
    const anonymous = new Browser(app);
    const away = await anonymous.get('/ministry');
    expect(away.status).toBe(303);
    expect(away.headers.get('location')).toBe('/login?next=%2Fministry');
    for (const username of [
      'co_director',
      'co_staff',
      'commission_staff',
      'watchdog',
      'secretariat',
      'admin',
    ]) {
      const other = await as(username);
      expect((await other.get('/ministry')).status).toBe(403);
      expect((await other.get(`/ministry/cases/${health.trackingCode}`)).status).toBe(403);
      expect((await postAnswer(other, `/ministry/cases/${health.trackingCode}`, signed, pdf())).status).toBe(
        403,
      );
      expect(
        (await postAnswer(other, `/ministry/questions/${oldHealthQuestion}`, signed, pdf())).status,
      ).toBe(403);
    }
    expect(
      (await postAnswer(anonymous, `/ministry/cases/${health.trackingCode}`, signed, pdf())).status,
    ).toBe(303);
    expect((await caseRow(health.trackingCode)).status).toBe('forwarded');
  });
});
