// Joint statements on both databases: who signed when, what is refused and left as it was, and the audit
// rows every write leaves.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { currentUserByUsername } from '../../platform/auth/current-user';
import type { CurrentUser } from '../../platform/auth/roles';
import {
  publishStatement,
  signatureInputSchema,
  signStatement,
  statementInputSchema,
} from './statements.commands';
import { insertOrganisation, listOrganisations, listStatements, signaturesOf } from './statements.queries';

const NOW = new Date('2026-03-20T03:00:00Z');

describeEachDatabase(
  'joint statements',
  (t) => {
    let watchdog: CurrentUser;
    let statementId: number;
    const audits = async (action: string) =>
      (await t.db.kysely.selectFrom('audit_log').select('id').where('action', '=', action).execute()).length;
    const sign = (fields: Record<string, string>) =>
      signStatement(t.db, statementId, signatureInputSchema.parse(fields), watchdog, NOW);

    beforeAll(async () => {
      const found = await currentUserByUsername(t.db.kysely, 'watchdog');
      if (!found) throw new Error('demo watchdog missing');
      watchdog = found;
      const published = await publishStatement(
        t.db,
        statementInputSchema.parse({
          newName: 'Test Monitor',
          newKind: 'ngo',
          newWebsite: 'https://monitor.example.org',
          title: 'Answer the questions on time',
          body: 'We ask every ministry to answer within seven days.',
          publishedOn: '2026-03-01',
        }),
        watchdog,
        NOW,
      );
      if (!published.ok) throw new Error(published.error);
      statementId = published.value.id;
    });

    it('lists the publisher as the first signatory, on the day of publication', async () => {
      expect(await signaturesOf(t.db.kysely, statementId)).toMatchObject([
        {
          name: 'Test Monitor',
          kind: 'ngo',
          signed_on: '2026-03-01',
          website: 'https://monitor.example.org',
        },
      ]);
      expect(await audits('watch-statement-published')).toBe(1);
      expect(await audits('watch-organisation-added')).toBe(1);
    });

    it('adds signatories in date order; an organisation signs once', async () => {
      expect(await sign({ newName: 'Test Union', newKind: 'trade_union', signedOn: '2026-03-10' })).toEqual({
        ok: true,
        value: null,
      });
      const [monitor] = await listOrganisations(t.db.kysely);
      expect(await sign({ organisationId: String(monitor.id), signedOn: '2026-03-02' })).toEqual({
        ok: false,
        error: 'already-signed',
      });
      expect(
        await sign({ newName: 'Test Association', newKind: 'association', signedOn: '2026-03-05' }),
      ).toEqual({
        ok: true,
        value: null,
      });
      // Naming an organisation already listed reuses it: still one signature.
      expect(await sign({ newName: 'Test Union', newKind: 'trade_union', signedOn: '2026-03-11' })).toEqual({
        ok: false,
        error: 'already-signed',
      });
      expect((await signaturesOf(t.db.kysely, statementId)).map((s) => `${s.signed_on} ${s.name}`)).toEqual([
        '2026-03-01 Test Monitor',
        '2026-03-05 Test Association',
        '2026-03-10 Test Union',
      ]);
      expect(await audits('watch-statement-signed')).toBe(2);
      const [listed] = await listStatements(t.db.kysely, 10);
      expect(Number(listed.signatories)).toBe(3);
    });

    it('refuses a signature before publication or in the future, and adds no organisation for it', async () => {
      const before = (await listOrganisations(t.db.kysely)).length;
      const signedBefore = (await signaturesOf(t.db.kysely, statementId)).length;
      const auditsBefore = await audits('watch-statement-signed');
      expect(await sign({ newName: 'Too Early', newKind: 'ngo', signedOn: '2026-02-28' })).toEqual({
        ok: false,
        error: 'before-publication',
      });
      expect(await sign({ newName: 'Too Late', newKind: 'ngo', signedOn: '2026-03-21' })).toEqual({
        ok: false,
        error: 'date-in-future',
      });
      expect(await sign({ newName: 'No Kind', signedOn: '2026-03-12' })).toEqual({
        ok: false,
        error: 'organisation-required',
      });
      expect(await sign({ organisationId: '99999', signedOn: '2026-03-12' })).toEqual({
        ok: false,
        error: 'unknown-organisation',
      });
      expect((await listOrganisations(t.db.kysely)).length).toBe(before);
      expect((await signaturesOf(t.db.kysely, statementId)).length).toBe(signedBefore);
      expect(await audits('watch-statement-signed')).toBe(auditsBefore);
      expect(await audits('watch-organisation-added')).toBe(3);
      expect(
        signatureInputSchema.safeParse({ newName: 'X Y', newKind: 'ngo', signedOn: '2026-02-30' }).success,
      ).toBe(false);
      // Today in Phnom Penh is allowed.
      expect(await sign({ newName: 'Signs Today', newKind: 'other', signedOn: '2026-03-20' })).toEqual({
        ok: true,
        value: null,
      });
    });

    it('refuses a publication dated tomorrow or naming no organisation, and writes nothing', async () => {
      const statementsBefore = (await listStatements(t.db.kysely, 100)).length;
      const organisationsBefore = (await listOrganisations(t.db.kysely)).length;
      const auditsBefore = await audits('watch-statement-published');
      const publish = (fields: Record<string, string>) =>
        publishStatement(
          t.db,
          statementInputSchema.parse({
            title: 'Refused statement',
            body: 'This statement is refused and leaves nothing behind.',
            ...fields,
          }),
          watchdog,
          NOW,
        );
      // NOW is 20 March in Phnom Penh; the 21st is still to come there.
      expect(await publish({ newName: 'Future Org', newKind: 'ngo', publishedOn: '2026-03-21' })).toEqual({
        ok: false,
        error: 'date-in-future',
      });
      expect(await publish({ newName: 'No Kind Org', publishedOn: '2026-03-20' })).toEqual({
        ok: false,
        error: 'organisation-required',
      });
      expect(await publish({ organisationId: '424242', publishedOn: '2026-03-20' })).toEqual({
        ok: false,
        error: 'unknown-organisation',
      });
      expect((await listStatements(t.db.kysely, 100)).length).toBe(statementsBefore);
      expect((await listOrganisations(t.db.kysely)).length).toBe(organisationsBefore);
      expect(await audits('watch-statement-published')).toBe(auditsBefore);
    });

    it('checks dates, kinds, websites and lengths before anything is written', () => {
      const base = { newName: 'Checked Org', newKind: 'ngo', title: 'A fine title', body: 'x'.repeat(30) };
      const reasons = (fields: Record<string, string>) => {
        const parsed = statementInputSchema.safeParse({ publishedOn: '2026-03-01', ...base, ...fields });
        return parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => i.message))];
      };
      expect(reasons({})).toEqual([]);
      expect(reasons({ publishedOn: '2026-02-30' })).toEqual(['invalid-date']);
      expect(reasons({ publishedOn: '2026/03/01' })).toEqual(['invalid-date']);
      expect(reasons({ publishedOn: '31/02/2026' })).toEqual(['invalid-date']);
      // Day/month/year, as dates are written in Cambodia, is the same day.
      expect(statementInputSchema.parse({ ...base, publishedOn: '០១/០៣/២០២៦' }).publishedOn).toBe(
        '2026-03-01',
      );
      // Khmer numerals are the same day.
      expect(statementInputSchema.parse({ ...base, publishedOn: '២០២៦-០៣-០១' }).publishedOn).toBe(
        '2026-03-01',
      );
      expect(reasons({ newKind: 'party' })).toEqual(['invalid']);
      expect(reasons({ newWebsite: 'javascript:alert(1)' })).toEqual(['invalid-url']);
      expect(reasons({ title: '' })).toEqual(['required']);
      expect(reasons({ title: 'x'.repeat(201) })).toEqual(['too-long']);
      expect(reasons({ body: 'Too short' })).toEqual(['too-short']);
      expect(signatureInputSchema.safeParse({ organisationId: '1', signedOn: '2026-02-29' }).success).toBe(
        false,
      );
    });

    it('keeps one organisation of a name when two watchdogs name it at once', async () => {
      const row = { name: 'Test Union', kind: 'trade_union' as const, created_at: NOW.toISOString() };
      expect(await insertOrganisation(t.db.kysely, row)).toBeUndefined();
      expect((await listOrganisations(t.db.kysely)).filter((o) => o.name === 'Test Union')).toHaveLength(1);
    });
  },
  seedDemo,
);
