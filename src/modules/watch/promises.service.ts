// Reads of the promise tracker that combine several queries: a platform's summary for a year, and one
// promise with its indicators' progress and its assessments.
import type { Executor } from '../../db/database';
import {
  assessmentsOfPlatform,
  assessmentsOfPromise,
  findPromise,
  indicatorsOfPromise,
  measurementsOf,
  promisesOfPlatform,
  sectorsOf,
} from './promises.queries';
import { countVerdicts, indicatorProgress, latestMeasurement, verdictOfYear } from './promises.rules';

/** Every promise of a platform with its standing verdict in `year`, and the counts per sector and overall. */
export async function trackerSummary(db: Executor, platformId: number, year: number) {
  const [promises, assessments, sectors] = await Promise.all([
    promisesOfPlatform(db, platformId),
    assessmentsOfPlatform(db, platformId),
    sectorsOf(db, platformId),
  ]);
  const withVerdict = promises.map((p) => ({
    ...p,
    verdict:
      verdictOfYear(
        assessments.filter((a) => a.promise_id === p.id),
        year,
      )?.verdict ?? null,
  }));
  return {
    promises: withVerdict,
    overall: countVerdicts(withVerdict.map((p) => p.verdict)),
    sectors: sectors.map((s) => ({
      ...s,
      counts: countVerdicts(withVerdict.filter((p) => p.sector_id === s.id).map((p) => p.verdict)),
    })),
  };
}

/** One promise: its indicators with their values and progress, the standing assessment of each year, the history. */
export async function promiseDetail(db: Executor, id: number) {
  const promise = await findPromise(db, id);
  if (!promise) return null;
  const [indicators, history] = await Promise.all([
    indicatorsOfPromise(db, id),
    assessmentsOfPromise(db, id),
  ]);
  const values = await measurementsOf(
    db,
    indicators.map((i) => i.id),
  );
  const years = [...new Set(history.map((a) => a.year))].sort((a, b) => b - a);
  return {
    promise,
    indicators: indicators.map((i) => {
      const own = values.filter((v) => v.indicator_id === i.id);
      const latest = latestMeasurement(own);
      return {
        ...i,
        values: own,
        latest,
        share: indicatorProgress(i.baseline, i.target, latest?.value ?? null),
      };
    }),
    byYear: years.flatMap((y) => verdictOfYear(history, y) ?? []),
    history,
  };
}
