// What every benchmark needs: its settings from the environment, rates over a round, medians and ratios.

/** A whole number >= 1 from the environment variable `name`, or `fallback`; anything else stops the run. */
export function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (Number.isInteger(value) && value >= 1) return value;
  console.error(`bench: ${name} must be a whole number >= 1 (got "${raw}")`);
  process.exit(2);
}

/** Operations per second over `seconds`: `concurrency` callers, each calling `once` until time is up. */
export async function rateOver(
  seconds: number,
  concurrency: number,
  once: () => unknown | Promise<unknown>,
): Promise<number> {
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  let count = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        await once();
        count++;
      }
    }),
  );
  return count / ((performance.now() - start) / 1000);
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Rounded down, so a ratio printed as 0.50 has met a goal of 0.50. */
export const twoPlaces = (ratio: number) => (Math.floor(ratio * 100) / 100).toFixed(2);

/** Whole numbers with thousands separators. */
export const int = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
