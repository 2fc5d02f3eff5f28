// Reference data the overcharging reports need: a Citizens' Office (the ombudsman) per district, and the
// concern category 'overcharging'. Idempotent: adds only what is missing, so it can run at every start.
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { appendAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.queries';

export const OVERCHARGING_CATEGORY = 'overcharging';

/** The Citizens' Office of a district (4-digit gazetteer code). */
export const citizensOfficeCode = (districtCode: string) => `CTZ-${districtCode}`;

export async function loadOwsoReference(db: Db): Promise<{ offices: number; category: boolean }> {
  return db.kysely.transaction().execute(async (trx) => {
    const districts = await trx
      .selectFrom('places')
      .select(['code', 'name_km', 'name_latin'])
      .where('level', '=', 'district')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('offices')
              .select('offices.code')
              .where('offices.kind', '=', 'citizens_office')
              .whereRef('offices.place_code', '=', 'places.code'),
          ),
        ),
      )
      .execute();
    if (districts.length > 0) {
      await trx
        .insertInto('offices')
        .values(
          districts.map((d) => ({
            code: citizensOfficeCode(d.code),
            kind: 'citizens_office' as const,
            place_code: d.code,
            name_km: `ការិយាល័យប្រជាពលរដ្ឋ ${d.name_km}`,
            name_en: `${d.name_latin} Citizens' Office`,
          })),
        )
        .execute();
    }
    const category = await addCategory(trx);
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

async function addCategory(trx: Executor): Promise<boolean> {
  const found = await trx
    .selectFrom('concern_categories')
    .select('code')
    .where('code', '=', OVERCHARGING_CATEGORY)
    .executeTakeFirst();
  if (found) return false;
  const last = await trx
    .selectFrom('concern_categories')
    .select('sort_order')
    .orderBy('sort_order', 'desc')
    .executeTakeFirst();
  await trx
    .insertInto('concern_categories')
    .values({
      code: OVERCHARGING_CATEGORY,
      name_km: 'ការយកថ្លៃសេវាលើសកំណត់',
      name_en: 'Asked to pay more than the official fee',
      sort_order: (last?.sort_order ?? 0) + 1,
    })
    .execute();
  return true;
}
