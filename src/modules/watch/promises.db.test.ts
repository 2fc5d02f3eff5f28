// The promise tracker's commands and CSV on both databases: what is added, what is refused and left as it
// was, the history of assessments, the summary of a year, and an export that imports back unchanged.
import { beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../../test/support/app';
import { describeEachDatabase } from '../../../test/support/databases';
import { currentUserByUsername } from '../../platform/auth/current-user';
import type { CurrentUser } from '../../platform/auth/roles';
import {
  assessmentInputSchema,
  assessPromise,
  createPlatform,
  indicatorInputSchema,
  inTransaction,
  measurementInputSchema,
  platformInputSchema,
  promiseInputSchema,
  recordMeasurement,
  saveIndicator,
  savePromise,
} from './promises.commands';
import { findPlatformByCode, sectorsOf } from './promises.queries';
import { promiseDetail, trackerSummary } from './promises.service';
import { exportTracker, importTracker } from './promises-csv.commands';

const NOW = new Date('2026-03-20T03:00:00Z');

describeEachDatabase(
  'platform promise tracker',
  (t) => {
    let watchdog: CurrentUser;
    let platformId: number;
    const run = <T>(work: Parameters<typeof inTransaction<T>>[1]) => inTransaction(t.db, work);
    const promise = (code: string, sector = 'EDU', textEn = `Promise ${code} in English`) =>
      promiseInputSchema.parse({
        platformCode: 'TEST',
        sectorCode: sector,
        sectorKm: sector === 'EDU' ? 'ការអប់រំ' : 'សុខាភិបាល',
        sectorEn: sector === 'EDU' ? 'Education' : 'Health',
        code,
        textKm: `ការសន្យា ${code} ជាភាសាខ្មែរ`,
        textEn,
      });
    const assess = (code: string, year: number, verdict: string, reasoning = 'Reasoning long enough.') =>
      run((trx) =>
        assessPromise(
          trx,
          assessmentInputSchema.parse({ promiseCode: code, year: String(year), verdict, reasoning }),
          watchdog,
          NOW,
        ),
      );
    const auditCount = async (action: string) =>
      (await t.db.kysely.selectFrom('audit_log').select('id').where('action', '=', action).execute()).length;

    beforeAll(async () => {
      const found = await currentUserByUsername(t.db.kysely, 'watchdog');
      if (!found) throw new Error('demo watchdog missing');
      watchdog = found;
      const created = await createPlatform(
        t.db,
        platformInputSchema.parse({
          code: 'test',
          titleKm: 'កម្មវិធីសាកល្បង',
          titleEn: 'Test platform',
          firstYear: '២០២៤',
          lastYear: '2028',
        }),
        watchdog,
        NOW,
      );
      if (!created.ok) throw new Error(created.error);
      platformId = created.value.id;
    });

    it('records a platform once, its code in capitals and Khmer numerals read as years', async () => {
      const platform = await findPlatformByCode(t.db.kysely, 'TEST');
      expect(platform).toMatchObject({ first_year: 2024, last_year: 2028, title_en: 'Test platform' });
      const again = await createPlatform(
        t.db,
        platformInputSchema.parse({
          code: 'TEST',
          titleKm: 'ផ្សេង',
          titleEn: 'Other',
          firstYear: '2024',
          lastYear: '2025',
        }),
        watchdog,
        NOW,
      );
      expect(again).toEqual({ ok: false, error: 'code-taken' });
      expect(
        platformInputSchema.safeParse({
          code: 'X',
          titleKm: 'ក ខ គ',
          titleEn: 'abc',
          firstYear: '2030',
          lastYear: '2024',
        }).success,
      ).toBe(false);
      expect(await auditCount('watch-platform-created')).toBe(1);
    });

    it('adds a promise, changes its text, and says when nothing changed', async () => {
      const added = await run((trx) => savePromise(trx, promise('P1'), watchdog, NOW));
      expect(added).toMatchObject({ ok: true, value: { outcome: 'added' } });
      const same = await run((trx) => savePromise(trx, promise('P1'), watchdog, NOW));
      expect(same).toMatchObject({ ok: true, value: { outcome: 'unchanged' } });
      const changed = await run((trx) =>
        savePromise(trx, promise('P1', 'EDU', 'Reworded promise P1'), watchdog, NOW),
      );
      expect(changed).toMatchObject({ ok: true, value: { outcome: 'updated' } });
      expect(await auditCount('watch-promise-added')).toBe(1);
      expect(await auditCount('watch-promise-changed')).toBe(1);
      const unknown = await run((trx) =>
        savePromise(trx, { ...promise('P9'), platformCode: 'NOPE' }, watchdog, NOW),
      );
      expect(unknown).toEqual({ ok: false, error: 'unknown-platform' });
    });

    it("refuses a promise code another platform uses, adding none of the form's sector", async () => {
      const other = await createPlatform(
        t.db,
        platformInputSchema.parse({
          code: 'OTHER',
          titleKm: 'កម្មវិធីផ្សេង',
          titleEn: 'Other platform',
          firstYear: '2024',
          lastYear: '2028',
        }),
        watchdog,
        NOW,
      );
      if (!other.ok) throw new Error(other.error);
      const taken = await run((trx) =>
        savePromise(trx, { ...promise('P1', 'HLT'), platformCode: 'OTHER' }, watchdog, NOW),
      );
      expect(taken).toEqual({ ok: false, error: 'code-taken' });
      expect(await sectorsOf(t.db.kysely, other.value.id)).toEqual([]);
    });

    it('keeps every assessment; the latest of a year is the standing one', async () => {
      await run((trx) => savePromise(trx, promise('P2', 'HLT'), watchdog, NOW));
      expect(await assess('P2', 2025, 'partly_fulfilled')).toMatchObject({
        ok: true,
        value: { outcome: 'added' },
      });
      expect(await assess('P2', 2025, 'partly_fulfilled')).toMatchObject({
        ok: true,
        value: { outcome: 'unchanged' },
      });
      expect(await assess('P2', 2025, 'fulfilled', 'Final figures came out.')).toMatchObject({
        ok: true,
        value: { outcome: 'updated' },
      });
      expect(await assess('P2', 2024, 'not_fulfilled')).toMatchObject({ ok: true });
      expect(await assess('P2', 2023, 'fulfilled')).toEqual({ ok: false, error: 'year-outside-platform' });
      expect(await assess('P2', 2027, 'fulfilled')).toEqual({ ok: false, error: 'year-in-future' });
      expect(await assess('P404', 2025, 'fulfilled')).toEqual({ ok: false, error: 'unknown-promise' });

      const summary = await trackerSummary(t.db.kysely, platformId, 2025);
      expect(summary.promises.map((p) => [p.code, p.verdict])).toEqual([
        ['P1', null],
        ['P2', 'fulfilled'],
      ]);
      expect(summary.overall).toMatchObject({ fulfilled: 1, not_assessed: 1, total: 2 });
      expect(summary.sectors.map((s) => [s.code, s.counts.fulfilled, s.counts.total])).toEqual([
        ['EDU', 0, 1],
        ['HLT', 1, 1],
      ]);
      const detail = await promiseDetail(t.db.kysely, summary.promises[1].id);
      expect(detail?.history.map((a) => `${a.year} ${a.verdict}`)).toEqual([
        '2024 not_fulfilled',
        '2025 fulfilled',
        '2025 partly_fulfilled',
      ]);
      expect(detail?.byYear.map((a) => `${a.year} ${a.verdict}`)).toEqual([
        '2025 fulfilled',
        '2024 not_fulfilled',
      ]);
      expect(detail?.history[0].assessor).toBe('watchdog');
      expect(await auditCount('watch-promise-assessed')).toBe(3);
    });

    it('measures an indicator: progress from the latest value; a day to come and a repeat are refused', async () => {
      const indicator = await run((trx) =>
        saveIndicator(
          trx,
          indicatorInputSchema.parse({
            promiseCode: 'P2',
            code: 'P2-a',
            nameKm: 'មរណភាពមាតា',
            nameEn: 'Maternal deaths per 100,000',
            unit: 'per 100,000',
            baseline: '160',
            baselineYear: '2023',
            target: '1០7',
            targetYear: '2028',
          }),
          watchdog,
        ),
      );
      expect(indicator).toMatchObject({ ok: true, value: { outcome: 'added' } });
      const measure = (measuredOn: string, value: string) =>
        run((trx) =>
          recordMeasurement(
            trx,
            measurementInputSchema.parse({
              indicatorCode: 'P2-A',
              value,
              measuredOn,
              sourceUrl: 'https://example.org/report',
              sourceNote: '',
            }),
            watchdog,
            NOW,
          ),
        );
      expect(await measure('2025-12-31', '138')).toMatchObject({ ok: true, value: { outcome: 'added' } });
      expect(await measure('2024-12-31', '150')).toMatchObject({ ok: true, value: { outcome: 'added' } });
      expect(await measure('2025-12-31', '138')).toMatchObject({ ok: true, value: { outcome: 'unchanged' } });
      expect(await measure('2026-03-21', '120')).toEqual({ ok: false, error: 'date-in-future' });
      const summary = await trackerSummary(t.db.kysely, platformId, 2025);
      const detail = await promiseDetail(t.db.kysely, summary.promises[1].id);
      const [only] = detail?.indicators ?? [];
      expect(only.target).toBe(107);
      expect(only.latest?.value).toBe(138);
      expect(only.share).toBeCloseTo(22 / 53);
      expect(only.values.map((v) => v.value)).toEqual([150, 138]);
      expect(
        measurementInputSchema.safeParse({
          indicatorCode: 'A',
          value: '1',
          measuredOn: '2025-02-30',
          sourceUrl: 'https://x.org',
        }).success,
      ).toBe(false);
      expect(
        measurementInputSchema.safeParse({
          indicatorCode: 'A',
          value: '1',
          measuredOn: '2025-02-28',
          sourceUrl: 'javascript:alert(1)',
        }).success,
      ).toBe(false);
    });

    it('exports every table and imports the export back without changing anything', async () => {
      for (const table of ['promises', 'indicators', 'measurements', 'assessments'] as const) {
        const csv = await exportTracker(t.db.kysely, platformId, table);
        const result = await importTracker(t.db, table, csv, watchdog, NOW);
        expect(result.ok ? result.value.added + result.value.updated : result.problems).toBe(0);
      }
      const measurements = (await exportTracker(t.db.kysely, platformId, 'measurements')).split('\r\n');
      expect(measurements[0]).toBe(
        '\uFEFFindicator_code,measured_on,value,source_url,source_note,recorded_at',
      );
      expect(measurements[1]).toMatch(/^P2-A,2024-12-31,150,https:\/\/example.org\/report,,2026-03-20/);
    });

    it('imports all rows or none, naming the line and column of each problem', async () => {
      const before = await auditCount('watch-promise-added');
      const csv = [
        'platform_code,sector_code,sector_km,sector_en,promise_code,promise_km,promise_en',
        'TEST,EDU,ការអប់រំ,Education,P3,ការសន្យាទីបី ជាភាសាខ្មែរ,A third promise in English',
        'TEST,EDU,ការអប់រំ,Education,P 4,ការសន្យាទីបួន,A fourth promise',
        'NOPE,EDU,ការអប់រំ,Education,P5,ការសន្យាទីប្រាំ,A fifth promise',
      ].join('\n');
      const refused = await importTracker(t.db, 'promises', csv, watchdog, NOW);
      expect(refused).toEqual({
        ok: false,
        error: 'csv-invalid',
        problems: [{ line: 3, column: 'promise_code', code: 'invalid-code' }],
      });
      const fixedCode = csv.replace('P 4', 'P4');
      const stillRefused = await importTracker(t.db, 'promises', fixedCode, watchdog, NOW);
      expect(stillRefused).toEqual({
        ok: false,
        error: 'csv-invalid',
        problems: [{ line: 4, column: 'row', code: 'unknown-platform' }],
      });
      expect(await auditCount('watch-promise-added')).toBe(before);
      const accepted = await importTracker(
        t.db,
        'promises',
        fixedCode.split('\n').slice(0, 3).join('\n'),
        watchdog,
        NOW,
      );
      expect(accepted).toEqual({ ok: true, value: { added: 2, updated: 0, unchanged: 0 } });
      const missing = await importTracker(t.db, 'assessments', 'promise_code,year\nP3,2025\n', watchdog, NOW);
      expect(missing.ok ? [] : missing.problems.map((p) => p.column)).toEqual([
        'verdict',
        'reasoning',
        'evidence_url',
      ]);
    });
  },
  seedDemo,
);
