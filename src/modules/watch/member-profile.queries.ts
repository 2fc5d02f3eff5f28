// Who a member is on their record page: constituency, party, commissions and posts held today, and the
// constituency office of their province.
import type { Executor } from '../../db/database';

export async function memberProfile(db: Executor, membershipId: number, day: string) {
  const seat = await db
    .selectFrom('assembly_memberships as m')
    .innerJoin('places as pl', 'pl.code', 'm.province_code')
    .leftJoin('assembly_parties as pa', 'pa.id', 'm.party_id')
    .leftJoin('offices as o', (join) =>
      join.onRef('o.place_code', '=', 'm.province_code').on('o.kind', '=', 'constituency_office'),
    )
    .select([
      'm.province_code',
      'pl.name_km as province_km',
      'pl.name_latin as province_en',
      'pa.name_km as party_km',
      'pa.name_en as party_en',
      'o.code as office_code',
      'o.name_km as office_km',
      'o.name_en as office_en',
    ])
    .where('m.id', '=', membershipId)
    .executeTakeFirst();
  const posts = await db
    .selectFrom('assembly_posts as po')
    .leftJoin('commissions as c', 'c.code', 'po.commission_code')
    .select(['po.role', 'po.commission_code', 'c.name_km as commission_km', 'c.name_en as commission_en'])
    .where('po.membership_id', '=', membershipId)
    .where('po.start_date', '<=', day)
    .where((eb) => eb.or([eb('po.end_date', 'is', null), eb('po.end_date', '>=', day)]))
    .orderBy('po.start_date')
    .execute();
  return seat ? { ...seat, posts } : null;
}
