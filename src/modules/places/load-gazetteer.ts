// Loads the gazetteer and the constituency offices into an empty database, in one audited transaction.
import fs from 'node:fs';
import type { Db } from '../../db/connect';
import { appendAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import { parseCsv } from '../../platform/csv';
import { buildSearchText } from '../../platform/search/search-text';
import { countPlaces, insertOffices, insertPlaces } from './place.queries';
import type { PlaceLevel, PlacesTable } from './place.table';

const DATA_DIR = new URL('../../../data/admin_divisions/', import.meta.url);
const FILES: [PlaceLevel, string][] = [
  ['province', 'provinces.csv'],
  ['district', 'districts.csv'],
  ['commune', 'communes.csv'],
  ['village', 'villages.csv'],
];

function toNumber(raw: string | undefined): number | null {
  if (!raw) return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/** Reads the four gazetteer files in parent-before-child order. */
export function readGazetteer(dir: URL = DATA_DIR): PlacesTable[] {
  return FILES.flatMap(([level, file]) =>
    parseCsv(fs.readFileSync(new URL(file, dir), 'utf8')).map((r) => ({
      code: r.code,
      parent_code: r.parent_code || null,
      level,
      type_km: r.type_km,
      type_latin: r.type_latin,
      type_en: r.type_en,
      name_km: r.name_km.normalize('NFC'),
      name_latin: r.name_latin,
      name_ungegn: r.name_ungegn || null,
      lat: toNumber(r.lat),
      lng: toNumber(r.long),
      wikipedia: r.wikipedia || null,
      iso3166_2: r.iso3166_2 || null,
      search_text: buildSearchText([r.name_km, r.name_latin, r.name_ungegn]),
    })),
  );
}

/**
 * Loads places once: does nothing when the gazetteer is already there. Each province is a
 * constituency of the National Assembly, and each gets its constituency office (CO).
 */
export async function loadGazetteer(db: Db): Promise<{ loaded: boolean; places: number }> {
  const existing = await countPlaces(db.kysely);
  if (existing.length > 0)
    return { loaded: false, places: existing.reduce((sum, r) => sum + Number(r.n), 0) };
  const rows = readGazetteer();
  await db.kysely.transaction().execute(async (trx) => {
    await insertPlaces(trx, rows);
    await insertOffices(
      trx,
      rows
        .filter((p) => p.level === 'province')
        .map((p) => ({
          code: constituencyOfficeCode(p.code),
          kind: 'constituency_office' as const,
          place_code: p.code,
          name_km: `ការិយាល័យមណ្ឌល${p.name_km}`,
          name_en: `${p.name_latin} Constituency Office`,
        })),
    );
    await appendAudit(trx, SYSTEM_ACTOR, {
      action: 'reference.load',
      entityType: 'gazetteer',
      entityId: 'admin_divisions',
      after: Object.fromEntries(
        FILES.map(([level]) => [level, rows.filter((r) => r.level === level).length]),
      ),
    });
  });
  return { loaded: true, places: rows.length };
}

/** The code of a province's constituency office, e.g. CO-02 for Battambang. */
export function constituencyOfficeCode(provinceCode: string): string {
  return `CO-${provinceCode}`;
}
