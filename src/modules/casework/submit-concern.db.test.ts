// Intake: a concern becomes a case in its province's constituency office, with nothing personal outside its table.
import { expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { verifyAuditChain } from '../../platform/audit/audit.queries';
import { hashSecret } from '../../platform/auth/tokens';
import { parseTrackingCode } from '../../platform/ids/tracking-code';
import { findPublicCase, publicTimeline } from './case.queries';
import { concernInputSchema, submitConcern } from './submit-concern.commands';

const CITIZEN = { userId: null, label: 'citizen' };
const NOW = new Date('2026-11-22T03:00:00Z');

const valid = {
  category: 'water',
  description: 'អណ្ដូងទឹកក្នុងភូមិយើងខូចអស់រយៈពេលបីខែហើយ។',
  province: '02',
  district: '0201',
  commune: '020101',
  name: 'Chan Dara (fictional)',
  phone: '012 345 678',
  email: 'dara@example.org',
  preferredContact: 'email',
  confidential: true,
  consentToShare: false,
};

describeEachDatabase(
  'submitting a concern',
  (t) => {
    const submit = (input: Record<string, unknown>) =>
      submitConcern(t.db, concernInputSchema.parse(input), {
        channel: 'web',
        actor: CITIZEN,
        lang: 'km',
        now: NOW,
      });

    it('creates a case in the constituency office of the citizen’s province, with a valid tracking code', async () => {
      const result = await submit(valid);
      if (!result.ok) throw new Error(result.error);
      expect(parseTrackingCode(result.value.trackingCode)).toBe(result.value.trackingCode);
      const found = await findPublicCase(t.db.kysely, result.value.trackingCode);
      expect(found).toMatchObject({
        status: 'received',
        office_code: 'CO-02',
        category_code: 'water',
        commune_code: '020101',
      });
      expect(await publicTimeline(t.db.kysely, result.value.id)).toEqual([
        { at: NOW.toISOString(), action: 'submit', to_status: 'received', public_note: null },
      ]);
    });

    it('keeps the name and contacts only in case_contacts, and out of the case row and the audit trail', async () => {
      const result = await submit(valid);
      if (!result.ok) throw new Error(result.error);
      const row = await t.db.kysely
        .selectFrom('cases')
        .selectAll()
        .where('id', '=', result.value.id)
        .executeTakeFirstOrThrow();
      const audit = await t.db.kysely
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_id', '=', String(result.value.id))
        .execute();
      for (const secret of ['Chan Dara', '012 345 678', '12345678', 'dara@example.org']) {
        expect(JSON.stringify(row)).not.toContain(secret);
        expect(JSON.stringify(audit)).not.toContain(secret);
      }
      const contact = await t.db.kysely
        .selectFrom('case_contacts')
        .selectAll()
        .where('case_id', '=', result.value.id)
        .executeTakeFirst();
      expect(contact).toMatchObject({
        name: 'Chan Dara (fictional)',
        email: 'dara@example.org',
        preferred_contact: 'email',
      });
      expect(row).toMatchObject({ confidential: 1, consent_to_share: 0, has_contact: 1 });
    });

    it('writes the acknowledgement to the outbox in the same transaction, in the citizen’s language', async () => {
      const result = await submit(valid);
      if (!result.ok) throw new Error(result.error);
      const outbox = await t.db.kysely
        .selectFrom('outbox')
        .selectAll()
        .where('case_id', '=', result.value.id)
        .execute();
      expect(outbox).toEqual([
        expect.objectContaining({
          channel: 'email',
          recipient: 'dara@example.org',
          template: 'acknowledgement',
          lang: 'km',
          status: 'pending',
          payload: JSON.stringify({ trackingCode: result.value.trackingCode, key: result.value.citizenKey }),
        }),
      ]);
    });

    it('gives the case a private key of 128 random bits, stored only as its hash', async () => {
      const result = await submit(valid);
      if (!result.ok) throw new Error(result.error);
      const { citizenKey } = result.value;
      expect(citizenKey).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(`/k/${citizenKey}`.length).toBeLessThanOrEqual(30);
      const stored = await t.db.kysely
        .selectFrom('case_citizen_keys')
        .selectAll()
        .where('case_id', '=', result.value.id)
        .executeTakeFirstOrThrow();
      expect(stored.key_hash).toBe(hashSecret(citizenKey));
      expect(JSON.stringify(await t.db.kysely.selectFrom('cases').selectAll().execute())).not.toContain(
        citizenKey,
      );
    });

    it('lets a citizen stay anonymous: no contact row, no message', async () => {
      const result = await submit({
        category: 'land',
        description: 'Land taken from our village without notice.',
        province: '12',
      });
      if (!result.ok) throw new Error(result.error);
      expect(
        await t.db.kysely
          .selectFrom('case_contacts')
          .selectAll()
          .where('case_id', '=', result.value.id)
          .execute(),
      ).toEqual([]);
      expect(
        await t.db.kysely.selectFrom('outbox').selectAll().where('case_id', '=', result.value.id).execute(),
      ).toEqual([]);
      expect(result.value.officeCode).toBe('CO-12');
    });

    it('refuses unknown codes and a place chain that does not hold together, creating nothing', async () => {
      const before = await t.db.kysely.selectFrom('cases').select('id').execute();
      expect(await submit({ ...valid, category: 'nonsense' })).toEqual({
        ok: false,
        error: 'unknown-category',
      });
      expect(await submit({ ...valid, province: '99' })).toEqual({ ok: false, error: 'unknown-province' });
      expect(await submit({ ...valid, district: '1201' })).toEqual({ ok: false, error: 'unknown-district' });
      expect(await submit({ ...valid, commune: '020201' })).toEqual({ ok: false, error: 'unknown-commune' });
      expect(await submit({ ...valid, district: '', commune: '020101' })).toEqual({
        ok: false,
        error: 'unknown-commune',
      });
      expect(await submit({ ...valid, email: '', preferredContact: 'email' })).toEqual({
        ok: false,
        error: 'contact-missing',
      });
      expect(await t.db.kysely.selectFrom('cases').select('id').execute()).toHaveLength(before.length);
    });

    it('rolls everything back when a step inside the transaction fails', async () => {
      const before = await t.db.kysely.selectFrom('cases').select('id').execute();
      const auditBefore = await t.db.kysely.selectFrom('audit_log').select('id').execute();
      await expect(
        submitConcern(
          t.db,
          concernInputSchema.parse(valid),
          { channel: 'web', actor: CITIZEN, lang: 'km', now: NOW },
          async () => {
            throw new Error('token already used');
          },
        ),
      ).rejects.toThrow('token already used');
      expect(await t.db.kysely.selectFrom('cases').select('id').execute()).toHaveLength(before.length);
      expect(await t.db.kysely.selectFrom('audit_log').select('id').execute()).toHaveLength(
        auditBefore.length,
      );
      expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
    });

    it('writes concerns sent at the same moment each whole and apart, and undoes only the one that fails', async () => {
      const before = await t.db.kysely.selectFrom('cases').select('id').execute();
      const attempts = Array.from({ length: 12 }, (_, i) =>
        submitConcern(
          t.db,
          concernInputSchema.parse({
            ...valid,
            description: `${valid.description} (${i})`,
            // Every third concern is anonymous: no contact row and no acknowledgement for it.
            ...(i % 3 === 0 ? { name: '', phone: '', email: '', preferredContact: 'none' } : {}),
          }),
          { channel: 'web', actor: CITIZEN, lang: 'km', now: NOW },
          async () => {
            if (i === 7) throw new Error('token already used');
          },
        ),
      );
      const outcomes = await Promise.allSettled(attempts);
      expect(outcomes.map((o) => o.status)).toEqual(
        Array.from({ length: 12 }, (_, i) => (i === 7 ? 'rejected' : 'fulfilled')),
      );
      const made = outcomes.flatMap((o) => (o.status === 'fulfilled' && o.value.ok ? [o.value.value] : []));
      expect(made).toHaveLength(11);
      expect(new Set(made.map((m) => m.trackingCode)).size).toBe(11);
      expect(await t.db.kysely.selectFrom('cases').select('id').execute()).toHaveLength(before.length + 11);

      const ids = made.map((m) => m.id);
      const rows = await t.db.kysely
        .selectFrom('cases')
        .select(['id', 'tracking_code', 'description'])
        .where('id', 'in', ids)
        .execute();
      // The n-th case made is concern n, or n + 1 after the one that failed.
      const sent = (n: number) => (n < 7 ? n : n + 1);
      // Each answer names its own case: the one whose text it sent.
      for (const [n, m] of made.entries()) {
        const i = sent(n);
        expect(rows.find((r) => r.id === m.id)).toMatchObject({
          tracking_code: m.trackingCode,
          description: `${valid.description} (${i})`,
        });
      }
      const perCase = async (table: 'case_events' | 'case_contacts' | 'outbox') =>
        (await t.db.kysely.selectFrom(table).select('case_id').where('case_id', 'in', ids).execute())
          .map((r) => r.case_id)
          .sort((a, b) => (a ?? 0) - (b ?? 0));
      const withContact = made.filter((_, n) => sent(n) % 3 !== 0).map((m) => m.id);
      expect(await perCase('case_events')).toEqual([...ids].sort((a, b) => a - b));
      expect(await perCase('case_contacts')).toEqual(withContact.sort((a, b) => a - b));
      expect(await perCase('outbox')).toEqual(withContact.sort((a, b) => a - b));
      const audited = await t.db.kysely
        .selectFrom('audit_log')
        .select(['entity_id', 'summary'])
        .where('action', '=', 'case.submit')
        .where(
          'entity_id',
          'in',
          ids.map((id) => String(id)),
        )
        .execute();
      expect(audited).toHaveLength(11);
      for (const row of audited) {
        const code = made.find((m) => String(m.id) === String(row.entity_id))?.trackingCode;
        expect(row.summary).toContain(code);
      }
      expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
    });
  },
  seedDemo,
);

it('validates the fields with codes the pages translate', () => {
  const result = concernInputSchema.safeParse({
    ...valid,
    description: 'short',
    phone: 'call me',
    email: 'not-an-email',
  });
  expect(result.success).toBe(false);
  const issues = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
  expect(issues).toEqual({ description: 'too-short', phone: 'invalid', email: 'invalid' });
  expect(concernInputSchema.safeParse({ ...valid, description: 'x'.repeat(4001) }).success).toBe(false);
  expect(concernInputSchema.safeParse({ ...valid, description: 'broken \uD800 text here' }).success).toBe(
    false,
  );
});
