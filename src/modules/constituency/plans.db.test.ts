// Development plans on both databases: status moves follow the rules and each leaves its history; CSV import is all or nothing.
import { expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import type { Db } from '../../db/connect';
import type { CurrentUser } from '../../platform/auth/roles';
import { submitConcern } from '../casework';
import { addProject, importProjects, linkConcern, moveProject, projectInputSchema } from './plans.commands';
import { findProject, listProjects, projectCases, projectHistory } from './plans.queries';

const NOW = new Date('2026-04-01T03:00:00Z');

async function staffOf(db: Db): Promise<CurrentUser> {
  const row = await db.kysely
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'co_staff')
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    username: 'co_staff',
    displayName: 'co_staff',
    grants: [{ role: 'co_staff', scopeType: 'office', scopeCode: 'CO-12' }],
  };
}

async function communeOf(db: Db, province: string) {
  const row = await db.kysely
    .selectFrom('places')
    .select('code')
    .where('level', '=', 'commune')
    .where('code', 'like', `${province}%`)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  return row.code;
}

describeEachDatabase(
  'development plans',
  (fixture) => {
    it('moves a project step by step, refuses a skipped step, and keeps every status in its history', async () => {
      const db = fixture.db;
      const staff = await staffOf(db);
      const commune = await communeOf(db, '12');
      const input = projectInputSchema.parse({
        year: '2026',
        place: commune,
        sector: 'water_sanitation',
        description: 'Demo: a well for the village school (fictional)',
        estimatedCostRiel: '12,000,000',
        fundingSource: 'Commune fund (demo)',
        raisedBy: 'commune_council',
      });
      expect(
        await addProject(db, 'CO-12', { ...input, place: await communeOf(db, '01') }, staff, NOW),
      ).toEqual({
        ok: false,
        error: 'unknown-place',
      });
      const added = await addProject(db, 'CO-12', input, staff, NOW);
      if (!added.ok) throw new Error(added.error);
      const id = added.value.id;
      expect(await moveProject(db, id, 'done', null, staff, NOW)).toEqual({
        ok: false,
        error: 'not-allowed-now',
      });
      for (const to of ['in_plan', 'funded', 'under_way', 'done'] as const) {
        expect(await moveProject(db, id, to, `step ${to}`, staff, NOW)).toEqual({ ok: true, value: null });
      }
      expect(await moveProject(db, id, 'dropped', null, staff, NOW)).toEqual({
        ok: false,
        error: 'not-allowed-now',
      });
      expect((await findProject(db.kysely, id))?.status).toBe('done');
      const history = await projectHistory(db.kysely, id);
      expect(history.map((h) => [h.from_status, h.to_status])).toEqual([
        [null, 'proposed'],
        ['proposed', 'in_plan'],
        ['in_plan', 'funded'],
        ['funded', 'under_way'],
        ['under_way', 'done'],
      ]);

      const concern = await submitConcern(
        db,
        {
          category: 'water',
          description: 'Demo: the school has no water (fictional).',
          province: '12',
          district: commune.slice(0, 4),
          commune,
          name: null,
          phone: null,
          email: null,
          preferredContact: 'none',
          confidential: false,
          consentToShare: false,
        },
        { channel: 'in_person', actor: { userId: staff.id, label: 'co_staff' }, lang: 'km', now: NOW },
      );
      if (!concern.ok) throw new Error(concern.error);
      expect(await linkConcern(db, id, concern.value.trackingCode, staff)).toEqual({ ok: true, value: null });
      expect(await linkConcern(db, id, concern.value.trackingCode, staff)).toEqual({
        ok: false,
        error: 'already-linked',
      });
      expect(await linkConcern(db, id, '0000000000', staff)).toEqual({ ok: false, error: 'unknown-case' });
      expect(await projectCases(db.kysely, id)).toHaveLength(1);
    });

    it('imports a CSV only when every row is right', async () => {
      const db = fixture.db;
      const staff = await staffOf(db);
      const commune = await communeOf(db, '12');
      const header = 'year,place_code,sector,description,estimated_cost_riel,funding_source,raised_by,status';
      const bad = [
        header,
        `2027,${commune},roads,Demo: gravel road to the pagoda,5000000,District (demo),citizens,proposed`,
        `2027,${commune},bridges,Demo: a bridge,,District (demo),citizens,proposed`,
        `2027,${commune},roads,Demo: a culvert,a lot,District (demo),villagers,proposed`,
      ].join('\r\n');
      const refused = await importProjects(db, 'CO-12', bad, staff, NOW);
      expect(refused.ok).toBe(false);
      // Each refusal names the file's own column, as the page's hint lists them.
      expect(refused.problems).toEqual([
        { line: 3, column: 'sector' },
        { line: 4, column: 'estimated_cost_riel' },
      ]);
      expect(await listProjects(db.kysely, 'CO-12', 2027)).toHaveLength(0);

      const fine = [
        header,
        `2027,${commune},roads,Demo: gravel road to the pagoda,5000000,District (demo),citizens,proposed`,
        `2027,${commune.slice(0, 4)},health,"Demo: a health post, district-wide",,Ministry (demo),commune_council,in_plan`,
      ].join('\r\n');
      expect(await importProjects(db, 'CO-12', fine, staff, NOW)).toEqual({ ok: true, value: { added: 2 } });
      const rows = await listProjects(db.kysely, 'CO-12', 2027);
      expect(rows.map((r) => [r.sector, r.status, r.place_level])).toEqual([
        ['health', 'in_plan', 'district'],
        ['roads', 'proposed', 'commune'],
      ]);
    });
  },
  seedDemo,
);
