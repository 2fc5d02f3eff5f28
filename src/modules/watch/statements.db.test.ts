// Joint statements on both databases: an organisation's member publishes, signs and withdraws in its name
// only; what is refused is left as it was; a signature recorded on an organisation's behalf is not shown;
// citizens' support counts once its code is confirmed, with a limited number of wrong codes.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { currentUserByUsername } from '../../platform/auth/current-user';
import type { CurrentUser } from '../../platform/auth/roles';
import { DEMO_ORGANISATIONS } from './demo-watch-statements';
import {
  organisationInputSchema,
  publishStatement,
  registerOrganisation,
  signatureInputSchema,
  signStatement,
  statementInputSchema,
  withdrawSignature,
} from './statements.commands';
import { countRecordedOnBehalf, signaturesOf, supportOf } from './statements.queries';
import { confirmSupport, requestSupport, SUPPORT_CODE_TRIES, supportInputSchema } from './support.commands';

const NOW = new Date('2026-03-20T03:00:00Z');

describeEachDatabase(
  'joint statements signed by organisations themselves',
  (t) => {
    let monitor: CurrentUser;
    let farmers: CurrentUser;
    let monitorId: number;
    let farmersId: number;
    let statementId: number;
    const audits = async (action: string) =>
      (await t.db.kysely.selectFrom('audit_log').select('id').where('action', '=', action).execute()).length;
    const user = async (username: string) => {
      const found = await currentUserByUsername(t.db.kysely, username);
      if (!found) throw new Error(`demo account ${username} missing`);
      return found;
    };
    const orgOf = (u: CurrentUser) =>
      Number(u.grants.find((g) => g.role === 'organisation_member')?.scopeCode);
    const sign = (u: CurrentUser, organisationId: number, signedOn = '2026-03-05') =>
      signStatement(t.db, statementId, signatureInputSchema.parse({ organisationId, signedOn }), u, NOW);

    beforeAll(async () => {
      monitor = await user('organisation_member');
      farmers = await user('organisation_member_farmers');
      monitorId = orgOf(monitor);
      farmersId = orgOf(farmers);
      const published = await publishStatement(
        t.db,
        statementInputSchema.parse({
          organisationId: monitorId,
          title: 'Answer the questions on time',
          body: 'We ask every ministry to answer within seven days.',
          publishedOn: '2026-03-01',
        }),
        monitor,
        NOW,
      );
      if (!published.ok) throw new Error(published.error);
      statementId = published.value.id;
    });

    it('makes the publisher the first signatory, given by its member', async () => {
      expect(await signaturesOf(t.db.kysely, statementId)).toMatchObject([
        // The publisher's own demo organisation, by its name, signing on the day it published.
        {
          id: monitorId,
          name: DEMO_ORGANISATIONS.find((o) => o.username === 'organisation_member')?.name,
          signed_on: '2026-03-01',
        },
      ]);
      expect(await audits('watch-statement-published')).toBe(1);
    });

    it('lets a member sign and withdraw for their own organisation only; the publisher’s signature stays', async () => {
      expect(await sign(farmers, monitorId)).toEqual({ ok: false, error: 'not-a-member' });
      expect(await sign(farmers, farmersId)).toEqual({ ok: true, value: null });
      expect(await sign(farmers, farmersId)).toEqual({ ok: false, error: 'already-signed' });
      expect((await signaturesOf(t.db.kysely, statementId)).map((s) => s.id)).toEqual([monitorId, farmersId]);
      const withdraw = (u: CurrentUser, organisationId: number) =>
        withdrawSignature(t.db, statementId, { organisationId }, u, NOW);
      expect(await withdraw(monitor, farmersId)).toEqual({ ok: false, error: 'not-a-member' });
      expect(await withdraw(monitor, monitorId)).toEqual({ ok: false, error: 'publisher-stays' });
      expect(await withdraw(farmers, farmersId)).toEqual({ ok: true, value: null });
      expect(await withdraw(farmers, farmersId)).toEqual({ ok: false, error: 'not-signed' });
      expect((await signaturesOf(t.db.kysely, statementId)).map((s) => s.id)).toEqual([monitorId]);
      // Signing again after a withdrawal gives a new signature, on its new day.
      expect(await sign(farmers, farmersId, '2026-03-10')).toEqual({ ok: true, value: null });
      expect((await signaturesOf(t.db.kysely, statementId)).at(-1)).toMatchObject({
        id: farmersId,
        signed_on: '2026-03-10',
      });
      expect(await audits('watch-signature-withdrawn')).toBe(1);
      expect(await audits('watch-statement-signed')).toBe(2);
    });

    it('shows no signature a watchdog recorded on an organisation’s behalf', async () => {
      const listed = await registerOrganisation(
        t.db,
        organisationInputSchema.parse({ name: 'Legacy Test Union (fictional)', kind: 'trade_union' }),
        SYSTEM_ACTOR,
        NOW,
      );
      if (!listed.ok) throw new Error(listed.error);
      // As migration 0034 leaves a signature recorded before it: no member gave it.
      await t.db.kysely
        .insertInto('watch_signatures')
        .values({
          statement_id: statementId,
          organisation_id: listed.value.id,
          signed_on: '2026-03-02',
          recorded_by: null,
          recorded_at: NOW.toISOString(),
        })
        .execute();
      expect((await signaturesOf(t.db.kysely, statementId)).map((s) => s.id)).not.toContain(listed.value.id);
      expect(await countRecordedOnBehalf(t.db.kysely, statementId)).toBe(1);
    });

    it('counts a citizen’s support once the code is confirmed; the name only with consent', async () => {
      const ask = (contact: string, name = '', showName = '') =>
        requestSupport(t.db, statementId, supportInputSchema.parse({ contact, name, showName }), 'km', NOW);
      const codeSentTo = async (recipient: string) => {
        const row = await t.db.kysely
          .selectFrom('outbox')
          .select(['payload', 'template', 'case_id'])
          .where('recipient', '=', recipient)
          .orderBy('id', 'desc')
          .executeTakeFirstOrThrow();
        expect(row).toMatchObject({ template: 'support_code', case_id: null });
        return String((JSON.parse(row.payload) as { code: string }).code);
      };
      const asked = await ask('012 345 678', 'Test Citizen (fictional)', 'yes');
      if (!asked.ok) throw new Error(asked.error);
      expect(asked.value.channel).toBe('sms');
      expect((await supportOf(t.db.kysely, statementId)).count).toBe(0);
      const code = await codeSentTo('+85512345678');
      const wrong = code === '000000' ? '000001' : '000000';
      expect(
        await confirmSupport(t.db, statementId, { request: asked.value.request, code: wrong }, NOW),
      ).toEqual({
        ok: false,
        error: 'wrong-code',
      });
      expect(await confirmSupport(t.db, statementId, { request: asked.value.request, code }, NOW)).toEqual({
        ok: true,
        value: null,
      });
      const other = await ask('someone@example.org', 'Hidden Name (fictional)');
      if (!other.ok) throw new Error(other.error);
      await confirmSupport(
        t.db,
        statementId,
        { request: other.value.request, code: await codeSentTo('someone@example.org') },
        NOW,
      );
      expect(await supportOf(t.db.kysely, statementId)).toEqual({
        count: 2,
        names: ['Test Citizen (fictional)'],
      });
      // Nothing personal is kept beyond the shown name: the contact is a hash.
      const stored = await t.db.kysely.selectFrom('watch_supporters').selectAll().execute();
      expect(JSON.stringify(stored)).not.toMatch(/345678|someone@example|Hidden Name/);
    });

    it('refuses the code after the limit of wrong ones, and after it expired', async () => {
      const asked = await requestSupport(
        t.db,
        statementId,
        supportInputSchema.parse({ contact: 'guess@example.org' }),
        'en',
        NOW,
      );
      if (!asked.ok) throw new Error(asked.error);
      const sent = await t.db.kysely
        .selectFrom('outbox')
        .select('payload')
        .where('recipient', '=', 'guess@example.org')
        .executeTakeFirstOrThrow();
      const code = String((JSON.parse(sent.payload) as { code: string }).code);
      const wrong = code === '111111' ? '222222' : '111111';
      const results: string[] = [];
      for (let i = 0; i < SUPPORT_CODE_TRIES; i++) {
        const r = await confirmSupport(t.db, statementId, { request: asked.value.request, code: wrong }, NOW);
        results.push(r.ok ? 'ok' : r.error);
      }
      expect(results).toEqual(['wrong-code', 'wrong-code', 'wrong-code', 'wrong-code', 'too-many-tries']);
      expect(await confirmSupport(t.db, statementId, { request: asked.value.request, code }, NOW)).toEqual({
        ok: false,
        error: 'too-many-tries',
      });
      // A new code does not give new tries.
      expect(
        await requestSupport(
          t.db,
          statementId,
          supportInputSchema.parse({ contact: 'guess@example.org' }),
          'en',
          NOW,
        ),
      ).toEqual({ ok: false, error: 'too-many-tries' });
      const late = await requestSupport(
        t.db,
        statementId,
        supportInputSchema.parse({ contact: 'late@example.org' }),
        'en',
        NOW,
      );
      if (!late.ok) throw new Error(late.error);
      const lateRow = await t.db.kysely
        .selectFrom('outbox')
        .select('payload')
        .where('recipient', '=', 'late@example.org')
        .executeTakeFirstOrThrow();
      const lateCode = String((JSON.parse(lateRow.payload) as { code: string }).code);
      const after = new Date(NOW.getTime() + 16 * 60_000);
      expect(
        await confirmSupport(t.db, statementId, { request: late.value.request, code: lateCode }, after),
      ).toEqual({
        ok: false,
        error: 'code-expired',
      });
    });

    it('checks contacts, codes and consent before anything is written', () => {
      const reasons = (fields: Record<string, string>) => {
        const parsed = supportInputSchema.safeParse(fields);
        return parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => i.message))];
      };
      expect(reasons({ contact: '' })).toEqual(['contact-required']);
      expect(reasons({ contact: 'not a contact' })).toEqual(['contact-invalid']);
      expect(reasons({ contact: '០១២ ៣៤៥ ៦៧៨' })).toEqual([]);
      expect(reasons({ contact: 'a@example.org', showName: 'yes' })).toEqual(['name-required']);
      expect(
        statementInputSchema.safeParse({
          organisationId: '',
          title: 'A fine title',
          body: 'x'.repeat(30),
          publishedOn: '2026-03-01',
        }).success,
      ).toBe(false);
    });
  },
  seedDemo,
);
