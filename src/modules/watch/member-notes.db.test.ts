// Watchdogs' notes on an MP's record on both databases: kept newest first with their author, audited, and
// refused (nothing written) for an unknown member or a source that is not an http(s) link.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { currentUserByUsername } from '../../platform/auth/current-user';
import type { CurrentUser } from '../../platform/auth/roles';
import { createTinyAssembly } from '../assembly/questions-laws.test-data';
import { addMemberNote, noteInputSchema, REMARK_MAX } from './member-notes.commands';
import { notesOfPerson } from './member-notes.queries';

const NOW = new Date('2026-03-20T03:00:00Z');
const LATER = new Date('2026-03-21T03:00:00Z');

describeEachDatabase(
  "watchdogs' notes on members",
  (t) => {
    let watchdog: CurrentUser;
    let person: number;
    const audits = async () =>
      t.db.kysely
        .selectFrom('audit_log')
        .select(['actor', 'entity_id', 'summary'])
        .where('action', '=', 'watch-member-note-added')
        .orderBy('id')
        .execute();
    const reasons = (fields: Record<string, string>) => {
      const parsed = noteInputSchema.safeParse({
        remark: 'A remark',
        score: '0',
        sourceUrl: 'https://example.org/a',
        ...fields,
      });
      return parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => i.message))];
    };

    beforeAll(async () => {
      const found = await currentUserByUsername(t.db.kysely, 'watchdog');
      if (!found) throw new Error('demo watchdog missing');
      watchdog = found;
      const assembly = await createTinyAssembly(t.db.kysely);
      person = (
        await t.db.kysely
          .selectFrom('assembly_memberships')
          .select('person_id')
          .where('id', '=', assembly.memberId)
          .executeTakeFirstOrThrow()
      ).person_id;
    });

    it('keeps notes newest first with the watchdog who wrote them, each audited', async () => {
      const first = noteInputSchema.parse({
        remark: 'Asked about the flooded road; published the answer.',
        score: '+1',
        sourceUrl: 'https://example.org/q/1',
      });
      const second = noteInputSchema.parse({
        remark: 'អវត្តមាននៅសម័យប្រជុំដោយគ្មានហេតុផល',
        score: '−1',
        sourceUrl: 'http://example.org/sitting/7',
      });
      const added = await addMemberNote(t.db, person, first, watchdog, NOW);
      expect(added.ok).toBe(true);
      expect((await addMemberNote(t.db, person, second, watchdog, LATER)).ok).toBe(true);
      expect(await notesOfPerson(t.db.kysely, person)).toMatchObject([
        { score: -1, remark: 'អវត្តមាននៅសម័យប្រជុំដោយគ្មានហេតុផល', author: 'watchdog', is_demo: 0 },
        { score: 1, source_url: 'https://example.org/q/1', created_at: NOW.toISOString() },
      ]);
      const rows = await audits();
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({ actor: 'watchdog', entity_id: String(person) });
      expect(JSON.parse(rows[0].summary)).toEqual({
        after: { note: added.ok ? added.value.id : -1, score: 1, source: 'https://example.org/q/1' },
      });
    });

    it('refuses a note on a member who does not exist, and writes nothing', async () => {
      const note = noteInputSchema.parse({ remark: 'Any remark', score: '0', sourceUrl: 'https://x.org' });
      expect(await addMemberNote(t.db, 999_999, note, watchdog, NOW)).toEqual({
        ok: false,
        error: 'not-found',
      });
      expect(await notesOfPerson(t.db.kysely, 999_999)).toEqual([]);
      expect(await audits()).toHaveLength(2);
    });

    it('takes only http(s) sources, a score of +1, 0 or −1, and a remark of up to 2,000 characters', () => {
      expect(reasons({})).toEqual([]);
      for (const sourceUrl of [
        'javascript:alert(1)',
        'JavaScript:alert(1)',
        ' javascript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'ftp://example.org/x',
        'example.org',
        '//example.org/x',
        '',
      ])
        expect(reasons({ sourceUrl })).toEqual(['invalid-url']);
      expect(reasons({ score: '2' })).toEqual(['invalid']);
      expect(reasons({ score: '1e0' })).toEqual(['invalid']);
      // No score chosen is not a neutral score.
      expect(reasons({ score: '' })).toEqual(['required']);
      expect(reasons({ remark: '   ' })).toEqual(['required']);
      expect(reasons({ remark: 'ក'.repeat(REMARK_MAX) })).toEqual([]);
      expect(reasons({ remark: 'ក'.repeat(REMARK_MAX + 1) })).toEqual(['too-long']);
      expect(noteInputSchema.parse({ remark: 'x', score: '-1', sourceUrl: 'https://x.org' }).score).toBe(-1);
    });
  },
  seedDemo,
);
