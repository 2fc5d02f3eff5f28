// Open311's one read of its own: the public handling fields of listed cases (due date, where they were forwarded).
import type { Executor } from '../../db/database';

/**
 * Only columns the public timeline already shows (a commission's, ministry's or authority's name, the
 * date a stage is due), never contacts or free text. It belongs beside `listPublicCases` in casework's
 * queries; it sits here only because that file was not this work's to change.
 */
const handlingOfCases = (db: Executor) =>
  db
    .selectFrom('cases')
    .leftJoin('commissions', 'commissions.code', 'cases.commission_code')
    .select([
      'cases.id',
      'cases.due_date',
      'cases.destination_kind',
      'cases.destination_name',
      'cases.commission_code',
      'commissions.name_km as commission_km',
      'commissions.name_en as commission_en',
    ]);

export type PublicHandling = Awaited<ReturnType<ReturnType<typeof handlingOfCases>['execute']>>[number];

/** The due date and destination of each case, by case id. */
export async function findPublicHandling(
  db: Executor,
  caseIds: number[],
): Promise<Map<number, PublicHandling>> {
  if (caseIds.length === 0) return new Map();
  const rows = await handlingOfCases(db).where('cases.id', 'in', caseIds).execute();
  return new Map(rows.map((r) => [r.id, r]));
}
