// A fictional demo provincial league (marked demo): Phnom Penh's monitor (`moi_monitor_phnompenh`) sets a
// league of the province's commune OWSOs over the 90 days before today and publishes it, through the
// commands. It ranks the demo counter's receipts; nothing here is an official ranking.
import type { Db } from '../../db/connect';
import { currentUserByUsername } from '../../platform/auth/current-user';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import {
  provinceLeagueInputSchema,
  publishProvinceLeague,
  setProvinceLeague,
} from './province-league.commands';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function createDemoProvinceLeague(db: Db, now: Date): Promise<void> {
  const monitor = await currentUserByUsername(db.kysely, 'moi_monitor_phnompenh');
  if (!monitor) return;
  const day = (daysAgo: number) => phnomPenhDate(new Date(now.getTime() - daysAgo * DAY_MS));
  const set = await setProvinceLeague(
    db,
    provinceLeagueInputSchema.parse({
      province: '12',
      periodFrom: day(90),
      periodTo: day(1),
      measures: ['on_time_share', 'average_rating'],
    }),
    monitor,
    now,
    { demo: true },
  );
  if (set.ok) await publishProvinceLeague(db, set.value.id, monitor, now);
}
