// Every importer on both databases, through the one command the page and the command line use: a real-size
// file in one go, a file with one bad row writing nothing and naming the row, a second import changing nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { describeEachDatabase } from '../../../test/support/databases';
import type { Actor } from '../../platform/audit/audit.queries';
import { buildPopolo } from '../watch/popolo.api';
import { runImport } from './import.commands';
import { officesCsv, type PlaceForOffice, rosterCsv } from './import.test-data';

const NOW = new Date('2026-12-01T03:00:00Z');
const admin: Actor = { userId: null, label: 'test-import' };

describeEachDatabase(
  'importers',
  (t) => {
    const count = async (table: 'owso_offices' | 'owso_services' | 'owso_fees' | 'owso_agencies') =>
      Number(
        (
          await t.db.kysely
            .selectFrom(table)
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    describe('offices', () => {
      let places: PlaceForOffice[];
      beforeAll(async () => {
        places = await t.db.kysely
          .selectFrom('places')
          .select(['code', 'level', 'name_km', 'name_latin'])
          .where('level', 'in', ['district', 'commune'])
          .orderBy('code')
          .execute();
      });

      it('refuses a file with one bad row, naming the row and the column, and writes nothing', async () => {
        const before = await count('owso_offices');
        const audit = await lastAuditId(t.db);
        const lines = officesCsv(places).split('\r\n');
        // Line 1000 of the file: a commune office said to stand on a district's place.
        lines[999] = lines[999].replace(',commune,', ',district,');
        const outcome = await runImport(t.db, admin, 'offices', lines.join('\r\n'), NOW);
        expect(outcome).toEqual({
          ok: false,
          problems: [{ row: 1000, column: 'level', reason: 'place-level' }],
        });
        expect(await count('owso_offices')).toBe(before);
        expect(await lastAuditId(t.db)).toBe(audit);
      });

      it('imports 210 district and 1,652 commune offices in one go, then a second time changes nothing', async () => {
        expect(places.filter((p) => p.level === 'commune')).toHaveLength(1652);
        const before = await count('owso_offices');
        const demoOffices = (await t.db.kysely.selectFrom('owso_offices').select('code').execute()).map(
          (o) => o.code,
        );
        const csv = officesCsv(places);
        const audit = await lastAuditId(t.db);
        const first = await runImport(t.db, admin, 'offices', csv, NOW);
        const overlap = places.filter((p) => demoOffices.includes(`OWSO-${p.code}`)).length;
        expect(first).toEqual({
          ok: true,
          summary: { added: places.length - overlap, updated: overlap, unchanged: 0 },
        });
        expect(await count('owso_offices')).toBe(before + places.length - overlap);
        const one = await t.db.kysely
          .selectFrom('owso_offices')
          .selectAll()
          .where('code', '=', `OWSO-${places[3].code}`)
          .executeTakeFirstOrThrow();
        expect(one).toMatchObject({ rollout_status: 'operating', operating_since: '2025-03-01', is_demo: 1 });
        const [row] = await auditSince(t.db, audit);
        expect(row).toMatchObject({
          action: 'owso.office.import',
          actor: 'test-import',
          entity_type: 'owso_office',
        });

        const again = await runImport(t.db, admin, 'offices', csv, NOW);
        expect(again).toEqual({ ok: true, summary: { added: 0, updated: 0, unchanged: places.length } });
        expect(await auditSince(t.db, audit)).toHaveLength(1);
      });

      it('refuses a file without the columns, and dates out of order', async () => {
        expect(await runImport(t.db, admin, 'offices', 'code,name\nX,Y\n', NOW)).toMatchObject({
          ok: false,
          problems: expect.arrayContaining([{ row: 1, column: 'level', reason: 'missing-column' }]),
        });
        const header =
          'code,level,place_code,name_km,name_en,rollout_status,working_group_on,outreach_on,operating_since';
        const bad = `${header}\nOWSO-120101,commune,120101,ក ខ,A B,operating,2025-01-01,2024-01-01,2025-03-01\n`;
        expect(await runImport(t.db, admin, 'offices', bad, NOW)).toEqual({
          ok: false,
          problems: [{ row: 2, column: 'outreach_on', reason: 'date-order' }],
        });
      });
    });

    describe('payment agencies', () => {
      const header = 'code,name_km,name_en,is_active';
      it('adds, updates in place, and a second import changes nothing', async () => {
        const before = await count('owso_agencies');
        const first = `${header}\nDEMO-BANK-1,ធនាគារសាកល្បង ១,Demo Bank One,1\nDEMO-WALLET,កាបូបសាកល្បង,Demo Wallet,1\n`;
        expect(await runImport(t.db, admin, 'agencies', first, NOW)).toEqual({
          ok: true,
          summary: { added: 2, updated: 0, unchanged: 0 },
        });
        const renamed = first.replace('Demo Wallet,1', 'Demo Wallet (renamed),0');
        expect(await runImport(t.db, admin, 'agencies', renamed, NOW)).toEqual({
          ok: true,
          summary: { added: 0, updated: 1, unchanged: 1 },
        });
        expect(await count('owso_agencies')).toBe(before + 2);
        expect(await runImport(t.db, admin, 'agencies', renamed, NOW)).toEqual({
          ok: true,
          summary: { added: 0, updated: 0, unchanged: 2 },
        });
      });

      it('refuses a file with one bad row and writes nothing', async () => {
        const before = await count('owso_agencies');
        const file = `${header}\nDEMO-BANK-2,ធនាគារ ២,Bank Two,1\nbad code,ធនាគារ ៣,Bank Three,1\nDEMO-BANK-2,ធនាគារ ២,Bank Two,1\n`;
        expect(await runImport(t.db, admin, 'agencies', file, NOW)).toEqual({
          ok: false,
          problems: [
            { row: 3, column: 'code', reason: 'invalid-code' },
            { row: 4, column: 'code', reason: 'duplicate-in-file' },
          ],
        });
        expect(await count('owso_agencies')).toBe(before);
      });
    });

    describe('services', () => {
      const header =
        'code,category_code,category_km,category_en,level,name_km,name_en,max_days,documents_km,documents_en,legal_basis,fees,is_sample';
      const row = (code: string, docs: string, fees: string) =>
        `${code},civil,អត្រានុកូលដ្ឋាន,Civil records,commune,សេវា ${code} (គំរូ),Service ${code} (sample),3,"${docs}","${docs}",Sample basis,${fees},1`;

      it('imports each service with its own documents and fee history, then a second import changes nothing', async () => {
        const lines = [header];
        for (let i = 1; i <= 300; i++) {
          const code = `IMP-${String(i).padStart(3, '0')}`;
          lines.push(
            row(code, `Document ${i} | Form ${i}`, `2020-01-01=${1000 * i}; 2027-01-01=${1000 * i + 500}`),
          );
        }
        const file = lines.join('\n');
        const fees = await count('owso_fees');
        expect(await runImport(t.db, admin, 'services', file, NOW)).toEqual({
          ok: true,
          summary: { added: 300, updated: 0, unchanged: 0 },
        });
        expect(await count('owso_fees')).toBe(fees + 600);
        const one = await t.db.kysely
          .selectFrom('owso_services')
          .selectAll()
          .where('code', '=', 'IMP-007')
          .executeTakeFirstOrThrow();
        expect(one).toMatchObject({
          documents_en: 'Document 7\nForm 7',
          max_days: 3,
          is_sample: 1,
          category_code: 'civil',
        });
        expect(await runImport(t.db, admin, 'services', file, NOW)).toEqual({
          ok: true,
          summary: { added: 0, updated: 0, unchanged: 300 },
        });
        // A planned fee changes; a fee of a past day may not (receipts may carry it).
        const planned = `${header}\n${row('IMP-001', 'Document 1', '2020-01-01=1000; 2027-01-01=9000')}`;
        expect(await runImport(t.db, admin, 'services', planned, NOW)).toEqual({
          ok: true,
          summary: { added: 0, updated: 1, unchanged: 0 },
        });
        const past = `${header}\n${row('IMP-002', 'Document 2', '2020-01-01=7777')}`;
        expect(await runImport(t.db, admin, 'services', past, NOW)).toEqual({
          ok: false,
          problems: [{ row: 2, column: 'fees', reason: 'past-date' }],
        });
      });

      it('refuses a file with one bad row and writes nothing', async () => {
        const services = await count('owso_services');
        const file = [
          header,
          row('IMP-901', 'A', '2020-01-01=100'),
          row('IMP-902', 'B', '2020-01-01=abc'),
        ].join('\n');
        expect(await runImport(t.db, admin, 'services', file, NOW)).toEqual({
          ok: false,
          problems: [{ row: 3, column: 'fees', reason: 'invalid' }],
        });
        expect(await count('owso_services')).toBe(services);
      });
    });

    describe('roster', () => {
      const rosterCount = async () =>
        Promise.all(
          (['assembly_persons', 'assembly_memberships', 'assembly_posts', 'assembly_parties'] as const).map(
            async (table) =>
              Number(
                (
                  await t.db.kysely
                    .selectFrom(table)
                    .select((e) => e.fn.countAll().as('n'))
                    .executeTakeFirstOrThrow()
                ).n,
              ),
          ),
        );
      beforeAll(async () => {
        await t.db.kysely
          .insertInto('assembly_legislatures')
          .values({ number: 7, seats: 125, elected_on: '2023-07-23', convened_on: '2023-08-21', is_demo: 1 })
          .execute();
      });

      it('refuses a roster with one bad row, naming it, and writes nothing', async () => {
        const before = await rosterCount();
        const lines = rosterCsv(125).split('\r\n');
        // Line 50: a province that does not exist.
        lines[49] = lines[49].replace(',7,', ',7,99,').replace(/,99,\d\d,/, ',99,');
        expect(await runImport(t.db, admin, 'roster', lines.join('\r\n'), NOW)).toEqual({
          ok: false,
          problems: [{ row: 50, column: 'province', reason: 'unknown-province' }],
        });
        expect(await rosterCount()).toEqual(before);
      });

      it('imports 125 members from CSV, again changing nothing, and its own Popolo export changing nothing', async () => {
        const csv = rosterCsv(125);
        const first = await runImport(t.db, admin, 'roster', csv, NOW);
        // 3 parties, 1 commission, 125 members, 125 seats, 25 posts.
        expect(first).toEqual({ ok: true, summary: { added: 279, updated: 0, unchanged: 0 } });
        expect(await rosterCount()).toEqual([125, 125, 25, 3]);
        expect(await runImport(t.db, admin, 'roster', csv, NOW)).toEqual({
          ok: true,
          summary: { added: 0, updated: 0, unchanged: 279 },
        });

        const popolo = await buildPopolo(t.db.kysely);
        expect(popolo.persons[0].id).toBe('demo/person/1');
        const json = JSON.stringify(popolo);
        const again = await runImport(t.db, admin, 'roster', json, NOW);
        expect(again.ok && again.summary.added + again.summary.updated).toBe(0);
        expect(await rosterCount()).toEqual([125, 125, 25, 3]);

        // A member renamed in the Popolo file is updated in place.
        const renamed = json.replace('"Demo Member 2"', '"Demo Member Two"');
        const result = await runImport(t.db, admin, 'roster', renamed, NOW);
        expect(result.ok && result.summary.updated).toBe(1);
        expect(await rosterCount()).toEqual([125, 125, 25, 3]);
      });

      it('names the record of a Popolo file it refuses', async () => {
        const popolo = await buildPopolo(t.db.kysely);
        popolo.memberships[2] = { ...popolo.memberships[2], area_id: 'area/province/99' };
        expect(await runImport(t.db, admin, 'roster', JSON.stringify(popolo), NOW)).toEqual({
          ok: false,
          problems: [{ row: 3, column: 'memberships.province', reason: 'unknown-province' }],
        });
        expect(await runImport(t.db, admin, 'roster', '{"persons": [', NOW)).toEqual({
          ok: false,
          problems: [{ row: 0, reason: 'unreadable' }],
        });
      });
    });
  },
  seedDemo,
);
