// Joint statements and watchdogs' notes on both databases: who signed when, what is refused and left as it
// was, and the audit rows every write leaves.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { currentUserByUsername } from '../../platform/auth/current-user';
import type { CurrentUser } from '../../platform/auth/roles';
import { createTinyAssembly } from '../assembly/questions-laws.test-data';
import {
  addMemberNote,
  noteInputSchema,
  publishStatement,
  signatureInputSchema,
  signStatement,
  statementInputSchema,
} from './statements.commands';
import { listOrganisations, listStatements, notesOfPerson, signaturesOf } from './statements.queries';

const NOW = new Date('2026-03-20T03:00:00Z');

describeEachDatabase(
  'joint statements and notes',
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
      expect(
        signatureInputSchema.safeParse({ newName: 'X Y', newKind: 'ngo', signedOn: '2026-02-30' }).success,
      ).toBe(false);
    });

    it("keeps a watchdog's sourced note on a member, audited; refuses a link that is not http(s)", async () => {
      const assembly = await createTinyAssembly(t.db.kysely);
      const person = (
        await t.db.kysely
          .selectFrom('assembly_memberships')
          .select('person_id')
          .where('id', '=', assembly.memberId)
          .executeTakeFirstOrThrow()
      ).person_id;
      const note = noteInputSchema.parse({
        remark: 'Asked about the flooded road; published the answer.',
        score: '+1',
        sourceUrl: 'https://example.org/q/1',
      });
      expect(await addMemberNote(t.db, person, note, watchdog, NOW)).toMatchObject({ ok: true });
      expect(await addMemberNote(t.db, 999_999, note, watchdog, NOW)).toEqual({
        ok: false,
        error: 'not-found',
      });
      expect(await notesOfPerson(t.db.kysely, person)).toMatchObject([
        { score: 1, author: 'watchdog', source_url: 'https://example.org/q/1' },
      ]);
      expect(await audits('watch-member-note-added')).toBe(1);
      for (const sourceUrl of ['javascript:alert(1)', 'ftp://example.org/x', 'example.org'])
        expect(noteInputSchema.safeParse({ remark: 'Some remark', score: '0', sourceUrl }).success).toBe(
          false,
        );
      expect(
        noteInputSchema.safeParse({ remark: 'Some remark', score: '2', sourceUrl: 'https://x.org' }).success,
      ).toBe(false);
    });
  },
  seedDemo,
);
