// The procedure calculators over HTTP: the JSON endpoints at 125 and 120 members, every refusal, OpenAPI, and the rules page's GET forms.
import { beforeAll, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { rulesMessages } from './procedure/rules.messages';
import { MATTERS } from './procedure/thresholds.rules';

type ApiError = { error: { code: string; message: string; details?: unknown } };

const VOTE = { matter: 'law', members: 125, present: 125, yes: 63, no: 62, abstain: 0, questionDay: false };

describeEachDatabase('the Assembly procedure calculators over HTTP', (t) => {
  let app: TestApp;
  beforeAll(() => {
    app = testApp(t.db);
  });

  const post = (path: string, body: unknown, lang = 'en') =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const evaluate = (body: unknown, lang = 'en') => post('/api/assembly/votes/evaluate', body, lang);

  it('GET /api/assembly/thresholds lists every matter with its article and number, at 125 and 120', async () => {
    const res = await app.request('/api/assembly/thresholds?members=125');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      members: number;
      quorum: { required: number; article: string };
      thresholds: { matter: string; article: string; required: number }[];
      warnings: unknown[];
    };
    expect(body.members).toBe(125);
    expect(body.quorum).toEqual({ required: 88, article: '88.3' });
    expect(body.thresholds.map((row) => row.matter)).toEqual([...MATTERS]);
    const byMatter = Object.fromEntries(body.thresholds.map((row) => [row.matter, row]));
    expect(byMatter.law).toEqual({ matter: 'law', article: '90.1–6', required: 63 });
    expect(byMatter.confidence).toEqual({ matter: 'confidence', article: '90.7', required: 84 });
    expect(byMatter.suspend_prosecution.required).toBe(94);
    expect(byMatter.extraordinary_session_request.required).toBe(42);
    expect(byMatter.closed_sitting_request.required).toBe(13);
    expect(byMatter.censure_motion_proposal).toEqual({
      matter: 'censure_motion_proposal',
      article: '98',
      required: 30,
    });
    expect(body.warnings).toEqual([]);

    const at120 = (await (await app.request('/api/assembly/thresholds?members=120')).json()) as typeof body;
    const required120 = Object.fromEntries(at120.thresholds.map((row) => [row.matter, row.required]));
    expect(at120.quorum.required).toBe(84);
    expect(required120).toMatchObject({
      law: 61,
      confidence: 80,
      suspend_prosecution: 90,
      extraordinary_session_request: 40,
      invite_official_request: 12,
    });
  });

  it('GET /api/assembly/thresholds warns below 120 members and refuses bad numbers', async () => {
    const small = (await (await app.request('/api/assembly/thresholds?members=100')).json()) as {
      warnings: unknown;
    };
    expect(small.warnings).toEqual([{ code: 'below_constitutional_minimum', article: '76.1' }]);
    for (const query of ['', '?members=', '?members=abc', '?members=-5', '?members=12.5', '?members=%FF']) {
      const res = await app.request(`/api/assembly/thresholds${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(((await res.json()) as ApiError).error.code).toBe('invalid_request');
    }
    for (const [query, code] of [
      ['?members=0', 'no_members'],
      ['?members=99999999999', 'too_large'],
    ]) {
      const res = await app.request(`/api/assembly/thresholds${query}`, {
        headers: { 'accept-language': 'km' },
      });
      expect({ query, status: res.status }).toEqual({ query, status: 422 });
      const body = (await res.json()) as ApiError;
      expect(body.error.code).toBe(code);
      expect(body.error.message).toBe(rulesMessages.km.problems[code as 'no_members']);
    }
  });

  it('POST /api/assembly/votes/evaluate decides at 125 on both sides of each boundary', async () => {
    const adopted = await evaluate(VOTE);
    expect(adopted.status).toBe(200);
    expect(await adopted.json()).toEqual({
      matter: 'law',
      outcome: 'adopted',
      required: 63,
      quorum: { required: 88, present: 125, met: true },
      reason: 'majority_reached',
      message: '63 votes for; the matter needs 63.',
      article: '90.1–6',
      warnings: [],
    });
    expect(await (await evaluate({ ...VOTE, yes: 62, no: 63 })).json()).toMatchObject({
      outcome: 'rejected',
    });
    expect(await (await evaluate({ ...VOTE, matter: 'confidence', yes: 83, no: 42 })).json()).toMatchObject({
      outcome: 'rejected',
      required: 84,
      article: '90.7',
    });
    expect(await (await evaluate({ ...VOTE, matter: 'confidence', yes: 84, no: 41 })).json()).toMatchObject({
      outcome: 'adopted',
    });
    expect(await (await evaluate({ ...VOTE, present: 87, yes: 87, no: 0 })).json()).toMatchObject({
      outcome: 'invalid',
      reason: 'no_quorum',
      article: '88.3',
      quorum: { required: 88, present: 87, met: false },
    });
    expect(await (await evaluate({ ...VOTE, questionDay: true })).json()).toMatchObject({
      outcome: 'invalid',
      reason: 'question_day',
      article: '96.6',
    });
  });

  it('POST /api/assembly/votes/evaluate decides at 120 and answers in Khmer', async () => {
    const base = { ...VOTE, members: 120, present: 84, no: 0 };
    expect(await (await evaluate({ ...base, yes: 60 })).json()).toMatchObject({
      outcome: 'rejected',
      required: 61,
    });
    expect(await (await evaluate({ ...base, yes: 61 })).json()).toMatchObject({ outcome: 'adopted' });
    expect(await (await evaluate({ ...base, present: 83, yes: 80 })).json()).toMatchObject({
      outcome: 'invalid',
    });
    expect(
      await (await evaluate({ ...base, matter: 'suspend_prosecution', present: 120, yes: 89 })).json(),
    ).toMatchObject({ outcome: 'rejected', required: 90, article: '80.5' });
    const request = await evaluate(
      { ...base, matter: 'extraordinary_session_request', present: 40, yes: 40, questionDay: true },
      'km',
    );
    const body = (await request.json()) as { outcome: string; message: string };
    expect(body.outcome).toBe('adopted');
    expect(body.message).toBe(rulesMessages.km.reasons.request_backed('40', '40'));
  });

  it('POST /api/assembly/votes/evaluate refuses malformed bodies with 400', async () => {
    const cases: unknown[] = [
      '{"matter": "law",',
      '[]',
      // A count may come as text ("១២៥", docs/khmer-text.md, Numbers), but text holding no number is a wrong field.
      { ...VOTE, members: 'many' },
      { ...VOTE, yes: null },
      { ...VOTE, questionDay: 'no' },
      { matter: 'law' },
    ];
    for (const body of cases) {
      const res = await evaluate(body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(['invalid_json', 'invalid_request']).toContain(((await res.json()) as ApiError).error.code);
    }
  });

  it('POST /api/assembly/votes/evaluate refuses impossible counts with 422, the field and a message', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ matter: 'budget' }, 'unknown_matter', 'matter'],
      [{ members: -1 }, 'negative', 'members'],
      [{ yes: 62.5 }, 'not_whole_number', 'yes'],
      [{ members: 0, present: 0, yes: 0, no: 0 }, 'no_members', 'members'],
      [{ present: 126 }, 'more_present_than_members', 'present'],
      [{ present: 100, yes: 60, no: 40, abstain: 1 }, 'more_votes_than_present', 'yes'],
      [{ abstain: -2 }, 'negative', 'abstain'],
    ];
    for (const [change, code, field] of cases) {
      const res = await evaluate({ ...VOTE, ...change });
      expect({ change, status: res.status }).toEqual({ change, status: 422 });
      expect(await res.json()).toEqual({
        error: { code, message: rulesMessages.en.problems[code as 'negative'], details: { field } },
      });
    }
    const km = await evaluate({ ...VOTE, present: 126 }, 'km');
    expect(((await km.json()) as ApiError).error.message).toBe(
      rulesMessages.km.problems.more_present_than_members,
    );
  });

  it('POST /api/assembly/laws/effective-dates gives 10 and 20 days, or the signature date when urgent', async () => {
    const res = await post('/api/assembly/laws/effective-dates', { signedOn: '2026-03-01', urgent: false });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ phnomPenh: '2026-03-11', nationwide: '2026-03-21', article: '93' });
    expect(
      await (
        await post('/api/assembly/laws/effective-dates', { signedOn: '2026-12-25', urgent: true })
      ).json(),
    ).toEqual({ phnomPenh: '2026-12-25', nationwide: '2026-12-25', article: '93' });
    for (const [body, status] of [
      [{ signedOn: '2026-02-30', urgent: false }, 422],
      [{ signedOn: '1 March 2026', urgent: false }, 422],
      [{ signedOn: '1800-01-01', urgent: false }, 422],
      [{ signedOn: 20260301, urgent: false }, 400],
      [{ signedOn: '2026-03-01', urgent: 'yes' }, 400],
      ['not json', 400],
    ] as const) {
      const answer = await post('/api/assembly/laws/effective-dates', body);
      expect({ body, status: answer.status }).toEqual({ body, status });
    }
  });

  it('POST /api/assembly/questions/due-date gives the day 7 days after receipt', async () => {
    const res = await post('/api/assembly/questions/due-date', { receivedOn: '2026-12-28' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ dueOn: '2027-01-04', article: '96' });
    const bad = await post('/api/assembly/questions/due-date', { receivedOn: '2026-02-29' }, 'km');
    expect(bad.status).toBe(422);
    expect(await bad.json()).toEqual({
      error: {
        code: 'not_a_date',
        message: rulesMessages.km.problems.not_a_date,
        details: { field: 'receivedOn' },
      },
    });
    expect((await post('/api/assembly/questions/due-date', {})).status).toBe(400);
  });

  it('lists the endpoints and every matter name in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { requestBody?: unknown; parameters?: unknown[] }>>;
    };
    for (const path of [
      '/api/assembly/thresholds',
      '/api/assembly/votes/evaluate',
      '/api/assembly/laws/effective-dates',
      '/api/assembly/questions/due-date',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    const evaluateOp = JSON.stringify(doc.paths['/api/assembly/votes/evaluate']?.post);
    const thresholdsOp = JSON.stringify(doc.paths['/api/assembly/thresholds']?.get);
    for (const matter of MATTERS) {
      expect(evaluateOp).toContain(`"${matter}"`);
      expect(thresholdsOp).toContain(`"${matter}"`);
    }
  });

  it('the rules page computes without JavaScript and keeps the typed values on a refusal', async () => {
    const page = await app.request('/assembly/rules', { headers: { 'accept-language': 'en' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(rulesMessages.en.majoritiesTitle);
    expect(html).toContain('<form method="get" action="/assembly/rules#vote">');

    const vote = await app.request(
      '/assembly/rules?calc=vote&matter=confidence&members=120&present=100&yes=80&no=20&abstain=0',
      { headers: { 'accept-language': 'en' } },
    );
    expect(vote.status).toBe(200);
    const voted = await vote.text();
    expect(voted).toContain(rulesMessages.en.outcomes.adopted);
    expect(voted).toContain('Art. 90.7');

    const refused = await app.request(
      '/assembly/rules?calc=vote&matter=law&members=125&present=130&yes=1&no=0&abstain=0',
      { headers: { 'accept-language': 'km' } },
    );
    expect(refused.status).toBe(422);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain(rulesMessages.km.problems.more_present_than_members);
    expect(refusedHtml).toMatch(/id="vote-present"[^>]*value="130"|value="130"[^>]*id="vote-present"/);
    expect(refusedHtml).toContain('aria-describedby="vote-present-error"');

    const malformed = await app.request('/assembly/rules?calc=question&receivedOn=');
    expect(malformed.status).toBe(400);
    const notNumber = await app.request('/assembly/rules?calc=thresholds&members=many');
    expect(notNumber.status).toBe(400);
    const khmerDigits = await app.request(
      `/assembly/rules?calc=question&receivedOn=${encodeURIComponent('២០២៦-១២-២៨')}`,
      { headers: { 'accept-language': 'en' } },
    );
    expect(khmerDigits.status).toBe(200);
    expect(await khmerDigits.text()).toContain('<time datetime="2027-01-04">');
    const table = await app.request('/assembly/rules?calc=thresholds&members=120', {
      headers: { 'accept-language': 'en' },
    });
    expect(await table.text()).toContain(rulesMessages.en.thresholdsCaption('120'));
  });
});
