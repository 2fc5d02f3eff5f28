// Who a member is on their record page: constituency, party, commissions and posts held today (from the
// Assembly's records), and the constituency office of their province.
import type { Executor } from '../../db/database';
import { postsHeldOn, seatOf } from '../assembly';

export async function memberProfile(db: Executor, membershipId: number, day: string) {
  const seat = await seatOf(db, membershipId);
  if (!seat) return null;
  const [office, posts] = await Promise.all([
    db
      .selectFrom('offices')
      .select(['code as office_code', 'name_km as office_km', 'name_en as office_en'])
      .where('place_code', '=', seat.province_code)
      .where('kind', '=', 'constituency_office')
      .executeTakeFirst(),
    postsHeldOn(db, membershipId, day),
  ]);
  return {
    ...seat,
    office_code: office?.office_code ?? null,
    office_km: office?.office_km ?? null,
    office_en: office?.office_en ?? null,
    posts,
  };
}
