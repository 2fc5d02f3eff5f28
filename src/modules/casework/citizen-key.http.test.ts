// The citizen's own key: the tracking code reads, only the private link or a one-time code sent to the
// contact acts. Strangers, old keys and wrong codes change nothing; guesses are limited per address and case.
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { Browser, seedDemo, type TestApp, testApp } from '../../../test/support/app';
import { stepAs, submitSample } from '../../../test/support/cases';
import { describeEachDatabase } from '../../../test/support/databases';
import { dataDirOf } from '../../config';
import { citizenKeyMessages } from './citizen-key.messages';
import { PROOF_GUESS_ADDRESS_LIMIT, PROOF_GUESS_CASE_LIMIT } from './citizen-steps.routes';
import { intakeMessages } from './messages';

const k = citizenKeyMessages;
const QUESTION = 'Which village is it, and how long is the damaged part of the road?';
const ANSWER = 'The commune will repair the road before the rainy season (fictional).';
// The first bytes of a PNG, then some pixels' worth of bytes: enough for the check by magic bytes.
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(7)]);

describeEachDatabase(
  'the citizen’s own key',
  (t) => {
    let app: TestApp;
    beforeAll(() => {
      app = testApp(t.db);
    });
    beforeEach(async () => {
      await t.db.kysely.deleteFrom('rate_events').execute();
    });

    const caseRow = (code: string) =>
      t.db.kysely
        .selectFrom('cases')
        .select(['id', 'status', 'outcome_reason', 'updated_at'])
        .where('tracking_code', '=', code)
        .executeTakeFirstOrThrow();
    const eventCount = async (code: string) => {
      const { id } = await caseRow(code);
      const rows = await t.db.kysely
        .selectFrom('case_events')
        .select('id')
        .where('case_id', '=', id)
        .execute();
      return rows.length;
    };
    const answered = async () => {
      const made = await submitSample(t.db);
      await stepAs(t.db, 'co_staff', made.trackingCode, { action: 'accept' });
      await stepAs(t.db, 'co_staff', made.trackingCode, { action: 'answer_directly', answer: ANSWER });
      return made;
    };
    const waiting = async () => {
      const made = await submitSample(t.db);
      await stepAs(t.db, 'co_staff', made.trackingCode, { action: 'request_info', question: QUESTION });
      return made;
    };
    /** Every act in the citizen's name, with the fields it needs besides the proof. */
    const ACTS: [string, Record<string, string>][] = [
      ['feedback', { resolved: 'yes' }],
      ['information', { note: 'The road near the pagoda too (fictional).' }],
      ['withdraw', { reason: 'Solved by the commune.' }],
    ];

    /** Posts a multipart form as a browser would, with the CSRF field. */
    const postMultipart = async (
      browser: Browser,
      to: string,
      fields: Record<string, string>,
      file?: File,
    ) => {
      if (!browser.jar.get('sala_csrf')) await browser.get('/');
      const body = new FormData();
      body.set('_csrf', browser.jar.get('sala_csrf') ?? '');
      for (const [name, value] of Object.entries(fields)) body.set(name, value);
      if (file) body.set('file', file);
      const res = await app.request(to, { method: 'POST', headers: { cookie: browser.jar.header() }, body });
      browser.jar.absorb(res);
      return res;
    };

    it('refuses every act to a stranger with only the tracking code, or a made-up key, and changes nothing', async () => {
      const { trackingCode: code } = await answered();
      const before = await caseRow(code);
      const events = await eventCount(code);
      const stranger = new Browser(app);
      for (const [act, fields] of ACTS) {
        const proofs: Record<string, string>[] = [
          {},
          { key: 'AAAAAAAAAAAAAAAAAAAAAA' },
          { pass: 'p-made-up' },
        ];
        for (const proof of proofs) {
          const res = await stranger.post(`/track/${code}/${act}`, { ...fields, ...proof });
          expect({ act, proof, status: res.status }).toEqual({ act, proof, status: 403 });
          const html = await res.text();
          expect(html).toContain(k.km.refusedTitle);
          expect(html).toContain(`href="/track/${code}"`);
        }
      }
      const { trackingCode: asked } = await waiting();
      const reply = await stranger.post(`/track/${asked}/reply`, { reply: 'I am not the citizen.' });
      expect(reply.status).toBe(403);
      expect((await caseRow(asked)).status).toBe('awaiting_citizen');
      expect(await caseRow(code)).toEqual(before);
      expect(await eventCount(code)).toBe(events);
      // The English page says the same in English.
      await stranger.get('/lang/en?next=/');
      expect(await (await stranger.post(`/track/${code}/withdraw`, {})).text()).toContain(k.en.refusedBody);
    });

    it('shows the citizen’s forms only behind the private link, whose path is at most 30 characters', async () => {
      const { trackingCode: code, citizenKey: key } = await answered();
      expect(`/k/${key}`.length).toBeLessThanOrEqual(30);
      const publicPage = await (await app.request(`/track/${code}`)).text();
      for (const act of ['feedback', 'information', 'withdraw'])
        expect(publicPage).not.toContain(`action="/track/${code}/${act}"`);
      expect(publicPage).toContain(k.km.actTitle);
      expect(publicPage).not.toContain(key);
      const own = await (await app.request(`/k/${key}`)).text();
      for (const act of ['feedback', 'information', 'withdraw'])
        expect(own).toContain(`action="/track/${code}/${act}"`);
      expect(own).toContain(`name="key" value="${key}"`);
    });

    it('lets the private link add a note and a photo, shown to the office on its timeline', async () => {
      const { trackingCode: code, citizenKey: key } = await answered();
      const citizen = new Browser(app);
      const note = 'The damaged part is 300 metres long (fictional).';
      const photo = new File([PNG], 'road.png', { type: 'image/png' });
      const res = await postMultipart(citizen, `/track/${code}/information`, { key, note }, photo);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/k/${key}?thanks=information`);
      expect((await caseRow(code)).status).toBe('answered');
      expect(await (await citizen.get(`/k/${key}?thanks=information`)).text()).toContain(
        k.km.thanksInformation,
      );
      // Nothing the citizen added is on the public page.
      expect(await (await app.request(`/track/${code}`)).text()).not.toContain(note);

      const office = await new Browser(app).signIn('co_staff');
      const staffPage = await (await office.get(`/office/cases/${code}`)).text();
      expect(staffPage).toContain(note);
      const fileLink = new RegExp(`href="(/office/cases/${code}/files/\\d+)"`).exec(staffPage)?.[1];
      if (!fileLink) throw new Error('no link to the added file on the staff page');
      const file = await office.get(fileLink);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/png');
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(PNG);
      // Stored under SALA_DATA_DIR with a random name, never the citizen's.
      const stored = await t.db.kysely.selectFrom('case_files').select('stored_name').execute();
      expect(stored.every((f) => /^[0-9a-f]{32}\.png$/.test(f.stored_name))).toBe(true);
      const onDisk = await fs.readdir(path.join(dataDirOf(), 'case-files'));
      expect(onDisk).toContain(stored.at(-1)?.stored_name);
      // Each opening of the file is audited, like the contacts.
      const reads = await t.db.kysely
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'case.file.read')
        .execute();
      expect(reads.length).toBeGreaterThan(0);
    });

    it('refuses a file that is not what it claims, or an empty step, with the reason and nothing added', async () => {
      const { trackingCode: code, citizenKey: key } = await answered();
      const events = await eventCount(code);
      const citizen = new Browser(app);
      const fake = new File([new TextEncoder().encode('<html>not a photo</html>')], 'x.png', {
        type: 'image/png',
      });
      const wrongType = await postMultipart(citizen, `/track/${code}/information`, { key }, fake);
      expect(wrongType.status).toBe(422);
      expect(await wrongType.text()).toContain(k.km.fileProblems.type);
      const empty = await postMultipart(citizen, `/track/${code}/information`, { key, note: ' ' });
      expect(empty.status).toBe(422);
      expect(await empty.text()).toContain(k.km.addInfoMissing);
      expect(await eventCount(code)).toBe(events);
    });

    it('lets the private link withdraw the concern: closed as withdrawn, the reason for the office only', async () => {
      const { trackingCode: code, citizenKey: key } = await waiting();
      const reason = 'The commune repaired it; thank you (fictional).';
      const res = await new Browser(app).post(`/track/${code}/withdraw`, { key, reason });
      expect(res.status).toBe(303);
      expect(await caseRow(code)).toMatchObject({ status: 'closed', outcome_reason: 'withdrawn' });
      const publicPage = await (
        await app.request(`/track/${code}`, { headers: { 'accept-language': 'en' } })
      ).text();
      expect(publicPage).toContain(intakeMessages.en.closureReasons.withdrawn);
      expect(publicPage).not.toContain(reason);
      const staffPage = await (
        await (await new Browser(app).signIn('co_staff')).get(`/office/cases/${code}`)
      ).text();
      expect(staffPage).toContain(reason);
      // Closed: the private page shows no forms any more.
      expect(await (await app.request(`/k/${key}`)).text()).not.toContain(`action="/track/${code}/`);
    });

    it('lets the office issue a new key: shown once on a slip, audited, and the old key stops working', async () => {
      const { trackingCode: code, citizenKey: oldKey } = await answered();
      // Another office's staff and commission staff cannot.
      const elsewhere = await new Browser(app).signIn('commission_staff');
      expect((await elsewhere.post(`/office/cases/${code}/citizen-key`, {})).status).toBe(403);

      const office = await new Browser(app).signIn('co_staff');
      expect(await (await office.get(`/office/cases/${code}`)).text()).toContain(
        `action="/office/cases/${code}/citizen-key"`,
      );
      const slip = await office.post(`/office/cases/${code}/citizen-key`, {});
      expect(slip.status).toBe(200);
      const newKey = /http:\/\/localhost\/k\/([A-Za-z0-9_-]{22})/.exec(await slip.text())?.[1];
      if (!newKey) throw new Error('no private link on the slip');
      expect(newKey).not.toBe(oldKey);

      expect((await app.request(`/k/${oldKey}`)).status).toBe(404);
      const citizen = new Browser(app);
      const withOld = await citizen.post(`/track/${code}/feedback`, { key: oldKey, resolved: 'yes' });
      expect(withOld.status).toBe(403);
      expect((await caseRow(code)).status).toBe('answered');
      expect((await app.request(`/k/${newKey}`)).status).toBe(200);
      const withNew = await citizen.post(`/track/${code}/feedback`, { key: newKey, resolved: 'yes' });
      expect(withNew.status).toBe(303);
      expect((await caseRow(code)).status).toBe('closed');

      const audit = await t.db.kysely
        .selectFrom('audit_log')
        .select(['action', 'summary'])
        .where('action', '=', 'case.citizen_key.issue')
        .execute();
      expect(audit.length).toBeGreaterThan(0);
      expect(JSON.stringify(audit)).not.toContain(newKey);
    });

    it('sends a one-time code to the contact on the case, which lets the citizen act once typed', async () => {
      const { id, trackingCode: code } = await waiting();
      const citizen = new Browser(app);
      const sent = await citizen.post(`/track/${code}/code`, {});
      expect(sent.status).toBe(200);
      expect(await sent.text()).toContain(k.km.codeSent('email'));
      const message = await t.db.kysely
        .selectFrom('outbox')
        .select(['recipient', 'payload'])
        .where('case_id', '=', id)
        .where('template', '=', 'one_time_code')
        .executeTakeFirstOrThrow();
      expect(message.recipient).toBe('chantha@example.org');
      const otp = String(JSON.parse(message.payload).code);
      expect(otp).toMatch(/^\d{6}$/);
      // Stored as a hash only.
      const stored = await t.db.kysely
        .selectFrom('citizen_passes')
        .selectAll()
        .where('case_id', '=', id)
        .execute();
      expect(JSON.stringify(stored)).not.toContain(otp);

      const wrong = await citizen.post(`/track/${code}/code/check`, {
        code: otp === '000000' ? '000001' : '000000',
      });
      expect(wrong.status).toBe(403);
      expect(await wrong.text()).toContain(k.km.wrongCode);

      const opened = await citizen.post(`/track/${code}/code/check`, { code: otp });
      expect(opened.status).toBe(200);
      const html = await opened.text();
      const pass = /name="pass" value="([^"]+)"/.exec(html)?.[1];
      if (!pass) throw new Error('no pass on the opened page');
      expect(html).toContain(`action="/track/${code}/reply"`);
      const reply = await citizen.post(`/track/${code}/reply`, {
        pass,
        reply: 'Prey Sar village (fictional).',
      });
      expect(reply.status).toBe(303);
      expect(reply.headers.get('location')).toBe(`/track/${code}?thanks=reply`);
      expect((await caseRow(code)).status).toBe('received');
      // The code was for one use.
      expect((await citizen.post(`/track/${code}/code/check`, { code: otp })).status).toBe(403);
    });

    it('limits wrong codes per case, so even the right code is refused then, while other cases are untouched', async () => {
      const { id, trackingCode: code } = await waiting();
      const other = await waiting();
      const guesser = new Browser(app);
      await guesser.post(`/track/${code}/code`, {});
      const otp = String(
        JSON.parse(
          (
            await t.db.kysely
              .selectFrom('outbox')
              .select('payload')
              .where('case_id', '=', id)
              .where('template', '=', 'one_time_code')
              .executeTakeFirstOrThrow()
          ).payload,
        ).code,
      );
      const wrongCode = otp === '999999' ? '999998' : '999999';
      for (let i = 0; i < PROOF_GUESS_CASE_LIMIT.max; i++) {
        expect((await guesser.post(`/track/${code}/code/check`, { code: wrongCode })).status).toBe(403);
      }
      const blocked = await guesser.post(`/track/${code}/code/check`, { code: otp });
      expect(blocked.status).toBe(429);
      expect(await blocked.text()).toContain(k.km.tooManyTitle);
      // The limit is the case's, whoever guesses: a private link for it is refused now too.
      const withKey = await new Browser(app).post(`/track/${code}/reply`, { key: 'x', reply: 'Hello' });
      expect(withKey.status).toBe(429);
      expect((await caseRow(code)).status).toBe('awaiting_citizen');
      // Another case (same address, below its own limit) still takes its citizen's key.
      const res = await guesser.post(`/track/${other.trackingCode}/reply`, {
        key: other.citizenKey,
        reply: 'Hi',
      });
      expect(res.status).toBe(303);
    });

    it(`limits wrong keys per address to ${PROOF_GUESS_ADDRESS_LIMIT.max} an hour, whatever the cases`, async () => {
      const guesser = new Browser(app);
      for (let i = 0; i < PROOF_GUESS_ADDRESS_LIMIT.max; i++) {
        expect((await guesser.get(`/k/${String(i).padStart(22, 'A')}`)).status).toBe(404);
      }
      const { citizenKey } = await submitSample(t.db);
      expect((await guesser.get(`/k/${citizenKey}`)).status).toBe(429);
    });

    it('says so when a case has no contact to send a code to', async () => {
      const { trackingCode: code } = await submitSample(t.db, {
        name: '',
        phone: '',
        email: '',
        preferredContact: 'none',
      });
      const res = await new Browser(app).post(`/track/${code}/code`, {});
      expect(res.status).toBe(422);
      expect(await res.text()).toContain(k.km.noContactBody);
    });
  },
  seedDemo,
);
