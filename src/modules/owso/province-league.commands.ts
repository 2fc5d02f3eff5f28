// Commands of a province's own OWSO league: its monitor sets the period and the measures (a draft), then
// publishes it once the period is over, which fixes the ranked table and its winners. Audited.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import { actorOf, appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { calendarDay, latinDigits } from '../../platform/input-text';
import { fail, ok, type Result } from '../../platform/result';
import { loadProvinceCommunes } from './league.service';
import { mayRunProvinceLeague } from './owso.policy';
import {
  findProvinceLeague,
  insertProvinceLeague,
  provinceName,
  publishProvinceLeagueRow,
} from './province-league.queries';
import {
  isProvinceMeasure,
  PROVINCE_MEASURES,
  type ProvinceMeasure,
  periodOver,
  periodProblem,
  rankByMeasures,
  winnersOf,
} from './province-league.rules';

const day = z.string().transform(latinDigits).pipe(calendarDay());

export const provinceLeagueInputSchema = z.object({
  province: z
    .string()
    .trim()
    .regex(/^\d{2}$/, 'unknown-province'),
  periodFrom: day,
  periodTo: day,
  // The measures in the order they rank; a form sends the ticked ones in the catalogue's order.
  measures: z
    .array(z.enum(PROVINCE_MEASURES, 'invalid'))
    .min(1, 'measures-required')
    .transform((list) => [...new Set(list)]),
});
export type ProvinceLeagueInput = z.output<typeof provinceLeagueInputSchema>;

export type ProvinceLeagueError =
  | 'not-your-province'
  | 'unknown-province'
  | 'period-order'
  | 'period-too-long'
  | 'period-not-over'
  | 'already-published'
  | 'not-found';

export const measuresOf = (stored: string): ProvinceMeasure[] => stored.split(',').filter(isProvinceMeasure);

export async function setProvinceLeague(
  db: Db,
  input: ProvinceLeagueInput,
  user: CurrentUser,
  now: Date,
  opts: { demo?: boolean } = {},
): Promise<Result<{ id: number }, ProvinceLeagueError>> {
  if (!mayRunProvinceLeague(user, input.province)) return fail('not-your-province');
  const problem = periodProblem(input.periodFrom, input.periodTo);
  if (problem) return fail(problem);
  return db.kysely.transaction().execute(async (trx) => {
    if (!(await provinceName(trx, input.province))) return fail('unknown-province');
    const id = await insertProvinceLeague(trx, {
      province_code: input.province,
      period_from: input.periodFrom,
      period_to: input.periodTo,
      measures: input.measures.join(','),
      results: null,
      published_at: null,
      created_by: user.id,
      created_at: now.toISOString(),
      is_demo: opts.demo ? 1 : 0,
    });
    await appendAudit(trx, actorOf(user), {
      action: 'owso-province-league-set',
      entityType: 'owso_province_league',
      entityId: id,
      after: {
        province: input.province,
        from: input.periodFrom,
        to: input.periodTo,
        measures: input.measures,
      },
    });
    return ok({ id });
  });
}

/** The ranked table stored at publication: what the public page and its winners show from then on. */
export interface PublishedResult {
  ranked: {
    area: string;
    nameKm: string;
    nameLatin: string;
    receipts: number;
    onTimeShare: number | null;
    medianDays: number | null;
    averageRating: number | null;
    ratings: number;
    reportsPerThousand: number | null;
  }[];
  winners: string[];
}

export async function publishProvinceLeague(
  db: Db,
  id: number,
  user: CurrentUser,
  now: Date,
): Promise<Result<null, ProvinceLeagueError>> {
  const today = phnomPenhDate(now);
  return db.kysely.transaction().execute(async (trx) => {
    const league = await findProvinceLeague(trx, id);
    if (!league) return fail('not-found');
    if (!mayRunProvinceLeague(user, league.province_code)) return fail('not-your-province');
    if (league.published_at) return fail('already-published');
    if (!periodOver(league.period_to, today)) return fail('period-not-over');
    const measures = measuresOf(league.measures);
    const rows = await loadProvinceCommunes(
      trx,
      league.province_code,
      { from: league.period_from, to: league.period_to },
      today,
    );
    const ranked = rankByMeasures(rows, measures);
    const result: PublishedResult = {
      ranked: ranked.map((r) => ({
        area: r.area,
        nameKm: r.nameKm,
        nameLatin: r.nameLatin,
        receipts: r.receipts,
        onTimeShare: r.onTimeShare,
        medianDays: r.medianDays,
        averageRating: r.averageRating,
        ratings: r.ratings,
        reportsPerThousand: r.reportsPerThousand,
      })),
      winners: winnersOf(ranked, measures).map((r) => r.area),
    };
    if (!(await publishProvinceLeagueRow(trx, id, JSON.stringify(result), now.toISOString())))
      return fail('already-published');
    await appendAudit(trx, actorOf(user), {
      action: 'owso-province-league-published',
      entityType: 'owso_province_league',
      entityId: id,
      after: { winners: result.winners },
    });
    return ok(null);
  });
}
