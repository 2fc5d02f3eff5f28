// Reference data the overcharging reports need: a Citizens' Office (the ombudsman) per district, and the
// concern category 'overcharging'. Idempotent: adds only what is missing, so it can run at every start.
import type { Db } from '../../db/connect';
import { appendAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.queries';
import {
  addCategoryIfMissing,
  districtsWithoutCitizensOffice,
  insertCitizensOffices,
} from './overcharging.queries';

export const OVERCHARGING_CATEGORY = 'overcharging';

/** The Citizens' Office of a district (4-digit gazetteer code). */
export const citizensOfficeCode = (districtCode: string) => `CTZ-${districtCode}`;

export async function loadOwsoReference(db: Db): Promise<{ offices: number; category: boolean }> {
  return db.kysely.transaction().execute(async (trx) => {
    const districts = await districtsWithoutCitizensOffice(trx);
    await insertCitizensOffices(
      trx,
      districts.map((d) => ({
        code: citizensOfficeCode(d.code),
        place_code: d.code,
        name_km: `ការិយាល័យប្រជាពលរដ្ឋ ${d.name_km}`,
        name_en: `${d.name_latin} Citizens' Office`,
      })),
    );
    const category = await addCategoryIfMissing(trx, {
      code: OVERCHARGING_CATEGORY,
      name_km: 'ការយកថ្លៃសេវាលើសកំណត់',
      name_en: 'Asked to pay more than the official fee',
    });
    if (districts.length > 0 || category) {
      await appendAudit(trx, SYSTEM_ACTOR, {
        action: 'reference.load',
        entityType: 'owso_reference',
        entityId: 'citizens_offices',
        after: { citizens_offices: districts.length, overcharging_category: category },
      });
    }
    return { offices: districts.length, category };
  });
}
