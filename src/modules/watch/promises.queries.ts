// Every SQL statement of the platform-promise tracker: platforms, sectors, promises, indicators, their
// measurements, and the yearly assessments (never updated: a reassessment is a new row).
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type {
  WatchAssessmentsTable,
  WatchIndicatorsTable,
  WatchMeasurementsTable,
  WatchPlatformsTable,
  WatchPromisesTable,
} from './watch.table';

export function listPlatforms(db: Executor) {
  return db.selectFrom('watch_platforms').selectAll().orderBy('first_year', 'desc').orderBy('id').execute();
}

export function findPlatformByCode(db: Executor, code: string) {
  return db.selectFrom('watch_platforms').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertPlatform(db: Executor, row: Insertable<WatchPlatformsTable>) {
  const { id } = await db.insertInto('watch_platforms').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function sectorsOf(db: Executor, platformId: number) {
  return db
    .selectFrom('watch_sectors')
    .selectAll()
    .where('platform_id', '=', platformId)
    .orderBy('code')
    .execute();
}

export function findSector(db: Executor, platformId: number, code: string) {
  return db
    .selectFrom('watch_sectors')
    .selectAll()
    .where('platform_id', '=', platformId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function insertSector(
  db: Executor,
  row: { platform_id: number; code: string; name_km: string; name_en: string },
) {
  const { id } = await db.insertInto('watch_sectors').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function renameSector(db: Executor, id: number, nameKm: string, nameEn: string) {
  await db
    .updateTable('watch_sectors')
    .set({ name_km: nameKm, name_en: nameEn })
    .where('id', '=', id)
    .execute();
}

const promiseColumns = [
  'watch_promises.id',
  'watch_promises.code',
  'watch_promises.text_km',
  'watch_promises.text_en',
  'watch_promises.sector_id',
  'watch_sectors.code as sector_code',
  'watch_sectors.name_km as sector_km',
  'watch_sectors.name_en as sector_en',
  'watch_platforms.id as platform_id',
  'watch_platforms.code as platform_code',
  'watch_platforms.title_km as platform_km',
  'watch_platforms.title_en as platform_en',
  'watch_platforms.first_year',
  'watch_platforms.last_year',
  'watch_platforms.is_demo as platform_is_demo',
] as const;

function promisesWithSector(db: Executor) {
  return db
    .selectFrom('watch_promises')
    .innerJoin('watch_sectors', 'watch_sectors.id', 'watch_promises.sector_id')
    .innerJoin('watch_platforms', 'watch_platforms.id', 'watch_sectors.platform_id')
    .select(promiseColumns);
}

export function promisesOfPlatform(db: Executor, platformId: number) {
  return promisesWithSector(db)
    .where('watch_platforms.id', '=', platformId)
    .orderBy('watch_sectors.code')
    .orderBy('watch_promises.code')
    .execute();
}

export function findPromise(db: Executor, id: number) {
  return promisesWithSector(db).where('watch_promises.id', '=', id).executeTakeFirst();
}

export function findPromiseByCode(db: Executor, code: string) {
  return promisesWithSector(db).where('watch_promises.code', '=', code).executeTakeFirst();
}

export async function insertPromise(db: Executor, row: Insertable<WatchPromisesTable>) {
  const { id } = await db.insertInto('watch_promises').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updatePromise(
  db: Executor,
  id: number,
  values: { sector_id: number; text_km: string; text_en: string; updated_at: string },
) {
  await db.updateTable('watch_promises').set(values).where('id', '=', id).execute();
}

function indicatorsWithPromise(db: Executor) {
  return db
    .selectFrom('watch_indicators')
    .innerJoin('watch_promises', 'watch_promises.id', 'watch_indicators.promise_id')
    .selectAll('watch_indicators')
    .select('watch_promises.code as promise_code');
}

export function indicatorsOfPromise(db: Executor, promiseId: number) {
  return indicatorsWithPromise(db)
    .where('watch_indicators.promise_id', '=', promiseId)
    .orderBy('watch_indicators.code')
    .execute();
}

export function indicatorsOfPlatform(db: Executor, platformId: number) {
  return indicatorsWithPromise(db)
    .innerJoin('watch_sectors', 'watch_sectors.id', 'watch_promises.sector_id')
    .where('watch_sectors.platform_id', '=', platformId)
    .orderBy('watch_promises.code')
    .orderBy('watch_indicators.code')
    .execute();
}

export function findIndicator(db: Executor, id: number) {
  return indicatorsWithPromise(db).where('watch_indicators.id', '=', id).executeTakeFirst();
}

export function findIndicatorByCode(db: Executor, code: string) {
  return indicatorsWithPromise(db).where('watch_indicators.code', '=', code).executeTakeFirst();
}

export async function insertIndicator(db: Executor, row: Insertable<WatchIndicatorsTable>) {
  const { id } = await db
    .insertInto('watch_indicators')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateIndicator(
  db: Executor,
  id: number,
  values: Omit<Insertable<WatchIndicatorsTable>, 'id' | 'code'>,
) {
  await db.updateTable('watch_indicators').set(values).where('id', '=', id).execute();
}

/** Measurements of the given indicators, oldest first. */
export function measurementsOf(db: Executor, indicatorIds: readonly number[]) {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('watch_measurements')
    .innerJoin('watch_indicators', 'watch_indicators.id', 'watch_measurements.indicator_id')
    .selectAll('watch_measurements')
    .select('watch_indicators.code as indicator_code')
    .where('watch_measurements.indicator_id', 'in', indicatorIds)
    .orderBy('watch_measurements.measured_on')
    .orderBy('watch_measurements.id')
    .execute();
}

/** True when this very value from this source on this day is already recorded (a re-imported export). */
export async function measurementRecorded(
  db: Executor,
  row: { indicator_id: number; measured_on: string; value: number; source_url: string },
) {
  const found = await db
    .selectFrom('watch_measurements')
    .select('id')
    .where('indicator_id', '=', row.indicator_id)
    .where('measured_on', '=', row.measured_on)
    .where('value', '=', row.value)
    .where('source_url', '=', row.source_url)
    .executeTakeFirst();
  return found !== undefined;
}

export async function insertMeasurement(db: Executor, row: Insertable<WatchMeasurementsTable>) {
  const { id } = await db
    .insertInto('watch_measurements')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

function assessmentsWithAssessor(db: Executor) {
  return db
    .selectFrom('watch_assessments')
    .innerJoin('watch_promises', 'watch_promises.id', 'watch_assessments.promise_id')
    .leftJoin('users', 'users.id', 'watch_assessments.assessed_by')
    .selectAll('watch_assessments')
    .select(['watch_promises.code as promise_code', 'users.username as assessor']);
}

/** Every assessment of a promise, newest first: the history a reader can follow. */
export function assessmentsOfPromise(db: Executor, promiseId: number) {
  return assessmentsWithAssessor(db)
    .where('watch_assessments.promise_id', '=', promiseId)
    .orderBy('watch_assessments.id', 'desc')
    .execute();
}

export function assessmentsOfPlatform(db: Executor, platformId: number) {
  return assessmentsWithAssessor(db)
    .innerJoin('watch_sectors', 'watch_sectors.id', 'watch_promises.sector_id')
    .where('watch_sectors.platform_id', '=', platformId)
    .orderBy('watch_assessments.id')
    .execute();
}

export async function insertAssessment(db: Executor, row: Insertable<WatchAssessmentsTable>) {
  const { id } = await db
    .insertInto('watch_assessments')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The newest assessments of every platform, for the feed. */
export function newestAssessments(db: Executor, limit: number) {
  return db
    .selectFrom('watch_assessments')
    .innerJoin('watch_promises', 'watch_promises.id', 'watch_assessments.promise_id')
    .select([
      'watch_assessments.id',
      'watch_assessments.promise_id',
      'watch_assessments.year',
      'watch_assessments.verdict',
      'watch_assessments.reasoning',
      'watch_assessments.assessed_at',
      'watch_promises.code',
      'watch_promises.text_en',
      'watch_promises.text_km',
    ])
    .orderBy('watch_assessments.id', 'desc')
    .limit(limit)
    .execute();
}

/** The latest year any promise of the platform was assessed for; null before the first assessment. */
export async function latestAssessedYear(db: Executor, platformId: number): Promise<number | null> {
  const row = await db
    .selectFrom('watch_assessments as a')
    .innerJoin('watch_promises as p', 'p.id', 'a.promise_id')
    .innerJoin('watch_sectors as s', 's.id', 'p.sector_id')
    .select((eb) => eb.fn.max('a.year').as('year'))
    .where('s.platform_id', '=', platformId)
    .executeTakeFirst();
  return row?.year == null ? null : Number(row.year);
}
