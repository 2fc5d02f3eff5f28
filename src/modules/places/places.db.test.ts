import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { loadGazetteer } from './load-gazetteer';
import { countPlaces, listOffices } from './place.queries';
import { checkQuery, findPlacesByName, placeWithFamily } from './place.service';

describeEachDatabase(
  'the gazetteer',
  (t) => {
    it('has every province, district, commune and village of the reference data', async () => {
      const counts = Object.fromEntries((await countPlaces(t.db.kysely)).map((r) => [r.level, Number(r.n)]));
      expect(counts).toEqual({ province: 25, district: 210, commune: 1652, village: 14578 });
    });

    it('is loaded once: a second start changes nothing', async () => {
      expect(await loadGazetteer(t.db)).toEqual({ loaded: false, places: 25 + 210 + 1652 + 14578 });
    });

    it('gives each province, as a constituency, its constituency office', async () => {
      const offices = await listOffices(t.db.kysely);
      expect(offices).toHaveLength(25);
      expect(offices.find((o) => o.place_code === '02')).toMatchObject({
        code: 'CO-02',
        name_en: 'Battambang Constituency Office',
      });
    });

    it('returns a place with its parent chain from the province down, and its children', async () => {
      const found = await placeWithFamily(t.db.kysely, '020101');
      expect(found?.place.level).toBe('commune');
      expect(found?.parents.map((p) => p.code)).toEqual(['02', '0201']);
      expect(found?.children.length).toBeGreaterThan(0);
      expect(found?.children.every((c) => c.code.startsWith('020101') && c.level === 'village')).toBe(true);
      expect(await placeWithFamily(t.db.kysely, '99')).toBeUndefined();
    });

    const search = async (q: string) => {
      const check = checkQuery(q);
      if (!check.ok) throw new Error(check.error);
      return (await findPlacesByName(t.db.kysely, q, check.value)).places;
    };

    it('finds Battambang the province first, by its Latin name, in any case', async () => {
      const places = await search('battambang');
      expect(places[0]).toMatchObject({ code: '02', level: 'province' });
    });

    it('finds បាត់ដំបង by its Khmer name, also when typed with a zero-width space', async () => {
      expect((await search('បាត់ដំបង'))[0].code).toBe('02');
      expect((await search('បាត់\u200Bដំបង'))[0].code).toBe('02');
    });

    it('finds a commune by part of its Khmer name', async () => {
      // Commune 120101 is ទន្លេបាសាក់ (Tonle Basak); "បាសាក់" is the end of its name.
      const places = await search('បាសាក់');
      expect(places.map((p) => p.code)).toContain('120101');
    });

    it('lists the province and the district before communes and villages of the same name', async () => {
      const levels = (await search('សៀមរាប')).map((p) => p.level);
      expect(levels.slice(0, 2)).toEqual(['province', 'district']);
      expect(levels.indexOf('village')).toBeGreaterThan(levels.lastIndexOf('commune'));
    });

    it('finds a place by a word at the start or the end of its name', async () => {
      // ស្វាយ (mango) begins ស្វាយរៀង (province 20) and ends កំពង់ស្វាយ (district 0602).
      const codes = (await search('ស្វាយ')).map((p) => p.code);
      expect(codes).toEqual(expect.arrayContaining(['20', '0602']));
    });

    it('finds a place by its romanised name with or without accents', async () => {
      expect((await search('Bătdâmbâng'))[0].code).toBe('02');
    });

    it('treats the LIKE wildcards a user types as plain characters', async () => {
      expect(await search('%')).toEqual([]);
      expect(await search('_')).toEqual([]);
    });
  },
  async (db) => {
    await loadGazetteer(db);
  },
);

describe('search queries', () => {
  it('refuses broken text and over-long queries', () => {
    expect(checkQuery('\uD800abc')).toEqual({ ok: false, error: 'bad-text' });
    expect(checkQuery('\uFFFD')).toEqual({ ok: false, error: 'bad-text' });
    expect(checkQuery('x'.repeat(101))).toEqual({ ok: false, error: 'too-long' });
  });
});
