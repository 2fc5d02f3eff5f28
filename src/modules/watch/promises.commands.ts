// Commands of the platform-promise tracker, used by the watchdog's forms and by the CSV import alike:
// platforms, promises (with their sector), indicators, measured values and yearly assessments. Each
// write is audited; assessments and measurements are only ever added, so their history stays.
import { z } from 'zod';
import type { Db } from '../../db/connect';
import type { Executor } from '../../db/database';
import { actorOf, appendAudit } from '../../platform/audit/audit.queries';
import type { CurrentUser } from '../../platform/auth/roles';
import { phnomPenhDate } from '../../platform/calendar/working-days.rules';
import { calendarDay, latinDigits, optionalText, requiredText, webAddress } from '../../platform/input-text';
import { khmerNumber } from '../../platform/khmer/input';
import { fail, ok, type Result } from '../../platform/result';
import {
  assessmentsOfPromise,
  findIndicatorByCode,
  findPlatformByCode,
  findPromiseByCode,
  findSector,
  insertAssessment,
  insertIndicator,
  insertMeasurement,
  insertPlatform,
  insertPromise,
  insertSector,
  measurementRecorded,
  renameSector,
  updateIndicator,
  updatePromise,
} from './promises.queries';
import { verdictOfYear } from './promises.rules';
import { VERDICTS } from './watch.table';

/** Codes people type and read out: letters, digits, dots and dashes, stored in capitals. */
const code = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9.-]{0,19}$/, 'invalid-code'));
const year = khmerNumber({ min: 1900, max: 2199, message: 'invalid-year' });
/** A measured or target value: Khmer or Latin digits, an optional sign, decimals and thousands separators. */
const quantity = khmerNumber({
  negative: true,
  decimals: 6,
  min: -999_999_999_999,
  max: 999_999_999_999,
  message: 'invalid-number',
});

/** A unit may be a symbol alone ("%"), which free text would refuse as having no letter. */
const unit = z
  .string()
  .trim()
  .min(1, 'required')
  .max(50, 'too-long')
  .refine((s) => s.isWellFormed() && !/[\p{Cc}\uFFFD]/u.test(s), 'broken-text')
  .transform((s) => s.normalize('NFC'));

export const platformInputSchema = z
  .object({
    code,
    titleKm: requiredText(3, 200),
    titleEn: requiredText(3, 200),
    firstYear: year,
    lastYear: year,
  })
  .refine((p) => p.lastYear >= p.firstYear && p.lastYear - p.firstYear <= 10, {
    message: 'invalid-years',
    path: ['lastYear'],
  });
export type PlatformInput = z.output<typeof platformInputSchema>;

export const promiseInputSchema = z.object({
  platformCode: code,
  sectorCode: code,
  sectorKm: requiredText(2, 200),
  sectorEn: requiredText(2, 200),
  code,
  textKm: requiredText(5, 1000),
  textEn: requiredText(5, 1000),
});
export type PromiseInput = z.output<typeof promiseInputSchema>;

export const indicatorInputSchema = z.object({
  promiseCode: code,
  code,
  nameKm: requiredText(3, 300),
  nameEn: requiredText(3, 300),
  unit,
  baseline: quantity,
  baselineYear: year,
  target: quantity,
  targetYear: year,
});
export type IndicatorInput = z.output<typeof indicatorInputSchema>;

export const measurementInputSchema = z.object({
  indicatorCode: code,
  value: quantity,
  measuredOn: z.string().transform(latinDigits).pipe(calendarDay()),
  sourceUrl: webAddress(),
  sourceNote: optionalText(300).transform((s) => s ?? ''),
});
export type MeasurementInput = z.output<typeof measurementInputSchema>;

export const assessmentInputSchema = z.object({
  promiseCode: code,
  year,
  verdict: z.enum(VERDICTS, 'invalid'),
  reasoning: requiredText(10, 4000),
  evidenceUrl: z.union([z.literal('').transform(() => null), webAddress()]).default(null),
});
export type AssessmentInput = z.output<typeof assessmentInputSchema>;

export type PromiseError =
  | 'code-taken'
  | 'unknown-platform'
  | 'unknown-promise'
  | 'unknown-indicator'
  | 'year-outside-platform'
  | 'year-in-future'
  | 'date-in-future'
  | 'already-recorded'
  | 'unchanged';

/** What a write did, so an import can say how many rows it added, changed or found already there. */
export type Outcome = 'added' | 'updated' | 'unchanged';

export async function createPlatform(
  db: Db,
  input: PlatformInput,
  user: CurrentUser,
  now: Date,
  opts: { demo?: boolean } = {},
): Promise<Result<{ id: number }, PromiseError>> {
  return db.kysely.transaction().execute(async (trx) => {
    if (await findPlatformByCode(trx, input.code)) return fail('code-taken');
    const id = await insertPlatform(trx, {
      code: input.code,
      title_km: input.titleKm,
      title_en: input.titleEn,
      first_year: input.firstYear,
      last_year: input.lastYear,
      is_demo: opts.demo ? 1 : 0,
      created_at: now.toISOString(),
    });
    await appendAudit(trx, actorOf(user), {
      action: 'watch-platform-created',
      entityType: 'watch_platform',
      entityId: id,
      after: { code: input.code, firstYear: input.firstYear, lastYear: input.lastYear },
    });
    return ok({ id });
  });
}

/** Adds a promise, or rewrites the text of the one with this code; the sector is added or renamed as given. */
export async function savePromise(
  trx: Executor,
  input: PromiseInput,
  user: CurrentUser,
  now: Date,
): Promise<Result<{ id: number; outcome: Outcome }, PromiseError>> {
  const platform = await findPlatformByCode(trx, input.platformCode);
  if (!platform) return fail('unknown-platform');
  // Refuse before writing anything: a form's transaction commits whatever a refused command wrote.
  const existing = await findPromiseByCode(trx, input.code);
  if (existing && existing.platform_id !== platform.id) return fail('code-taken');
  const sector = await findSector(trx, platform.id, input.sectorCode);
  const sectorId = sector
    ? sector.id
    : await insertSector(trx, {
        platform_id: platform.id,
        code: input.sectorCode,
        name_km: input.sectorKm,
        name_en: input.sectorEn,
      });
  if (sector && (sector.name_km !== input.sectorKm || sector.name_en !== input.sectorEn))
    await renameSector(trx, sector.id, input.sectorKm, input.sectorEn);
  if (
    existing &&
    existing.sector_id === sectorId &&
    existing.text_km === input.textKm &&
    existing.text_en === input.textEn
  )
    return ok({ id: existing.id, outcome: 'unchanged' });
  const at = now.toISOString();
  const values = { sector_id: sectorId, text_km: input.textKm, text_en: input.textEn, updated_at: at };
  let id: number;
  if (existing) {
    id = existing.id;
    await updatePromise(trx, id, values);
  } else id = await insertPromise(trx, { ...values, code: input.code, created_at: at });
  await appendAudit(trx, actorOf(user), {
    action: existing ? 'watch-promise-changed' : 'watch-promise-added',
    entityType: 'watch_promise',
    entityId: id,
    before: existing ? { sector: existing.sector_code } : undefined,
    after: { code: input.code, sector: input.sectorCode },
  });
  return ok({ id, outcome: existing ? 'updated' : 'added' });
}

/** Adds an indicator to a promise, or rewrites the one with this code (which must stay with its promise). */
export async function saveIndicator(
  trx: Executor,
  input: IndicatorInput,
  user: CurrentUser,
): Promise<Result<{ id: number; outcome: Outcome }, PromiseError>> {
  const promise = await findPromiseByCode(trx, input.promiseCode);
  if (!promise) return fail('unknown-promise');
  const existing = await findIndicatorByCode(trx, input.code);
  if (existing && existing.promise_id !== promise.id) return fail('code-taken');
  const values = {
    promise_id: promise.id,
    name_km: input.nameKm,
    name_en: input.nameEn,
    unit: input.unit,
    baseline: input.baseline,
    baseline_year: input.baselineYear,
    target: input.target,
    target_year: input.targetYear,
  };
  if (existing && (Object.keys(values) as (keyof typeof values)[]).every((k) => existing[k] === values[k]))
    return ok({ id: existing.id, outcome: 'unchanged' });
  let id: number;
  if (existing) {
    id = existing.id;
    await updateIndicator(trx, id, values);
  } else id = await insertIndicator(trx, { ...values, code: input.code });
  await appendAudit(trx, actorOf(user), {
    action: existing ? 'watch-indicator-changed' : 'watch-indicator-added',
    entityType: 'watch_indicator',
    entityId: id,
    before: existing
      ? { baseline: existing.baseline, target: existing.target, unit: existing.unit }
      : undefined,
    after: { code: input.code, promise: promise.code, baseline: input.baseline, target: input.target },
  });
  return ok({ id, outcome: existing ? 'updated' : 'added' });
}

/** Records a measured value with its source; the same value from the same source on the same day is kept once. */
export async function recordMeasurement(
  trx: Executor,
  input: MeasurementInput,
  user: CurrentUser,
  now: Date,
): Promise<Result<{ id: number | null; outcome: Outcome }, PromiseError>> {
  const indicator = await findIndicatorByCode(trx, input.indicatorCode);
  if (!indicator) return fail('unknown-indicator');
  if (input.measuredOn > phnomPenhDate(now)) return fail('date-in-future');
  const row = {
    indicator_id: indicator.id,
    measured_on: input.measuredOn,
    value: input.value,
    source_url: input.sourceUrl,
  };
  if (await measurementRecorded(trx, row)) return ok({ id: null, outcome: 'unchanged' });
  const id = await insertMeasurement(trx, {
    ...row,
    source_note: input.sourceNote,
    recorded_by: user.id,
    recorded_at: now.toISOString(),
  });
  await appendAudit(trx, actorOf(user), {
    action: 'watch-measurement-recorded',
    entityType: 'watch_indicator',
    entityId: indicator.id,
    after: { measuredOn: input.measuredOn, value: input.value, source: input.sourceUrl },
  });
  return ok({ id, outcome: 'added' });
}

/**
 * Assesses a promise for a year of its platform (not a year still to come). A new assessment of the same
 * year replaces the standing one on the summary, and both stay in the history; repeating the standing
 * assessment changes nothing. An import (`fromFile`) also skips a row that is anywhere in the history,
 * since an exported history imported back must not pile up again.
 */
export async function assessPromise(
  trx: Executor,
  input: AssessmentInput,
  user: CurrentUser,
  now: Date,
  opts: { fromFile?: boolean } = {},
): Promise<Result<{ id: number | null; outcome: Outcome }, PromiseError>> {
  const promise = await findPromiseByCode(trx, input.promiseCode);
  if (!promise) return fail('unknown-promise');
  if (input.year < promise.first_year || input.year > promise.last_year) return fail('year-outside-platform');
  if (input.year > Number(phnomPenhDate(now).slice(0, 4))) return fail('year-in-future');
  const history = await assessmentsOfPromise(trx, promise.id);
  const standing = verdictOfYear(history, input.year);
  const sameAs = (a: (typeof history)[number]) =>
    a.year === input.year &&
    a.verdict === input.verdict &&
    a.reasoning === input.reasoning &&
    a.evidence_url === input.evidenceUrl;
  if ((standing && sameAs(standing)) || (opts.fromFile && history.some(sameAs)))
    return ok({ id: null, outcome: 'unchanged' });
  const id = await insertAssessment(trx, {
    promise_id: promise.id,
    year: input.year,
    verdict: input.verdict,
    reasoning: input.reasoning,
    evidence_url: input.evidenceUrl,
    assessed_by: user.id,
    assessed_at: now.toISOString(),
  });
  await appendAudit(trx, actorOf(user), {
    action: 'watch-promise-assessed',
    entityType: 'watch_promise',
    entityId: promise.id,
    before: standing ? { year: input.year, verdict: standing.verdict } : undefined,
    after: { year: input.year, verdict: input.verdict },
  });
  return ok({ id, outcome: standing ? 'updated' : 'added' });
}

/** Runs one of the commands above in its own transaction (the forms' way; the import runs many in one). */
export function inTransaction<T>(db: Db, work: (trx: Executor) => Promise<T>): Promise<T> {
  return db.kysely.transaction().execute(work);
}
