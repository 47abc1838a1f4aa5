// Repeated timing of one read for bench/queries.ts: a warm-up call, then at least `min` timed calls and
// more while the time budget lasts (at most `max`); nearest-rank p50 and p95.

export type Sample = { p50: number; p95: number; runs: number };

export type SampleOptions = { min: number; max: number; budgetMs: number };

export const DEFAULT_SAMPLING: SampleOptions = { min: 7, max: 200, budgetMs: 1_500 };

const rank = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;

export async function sample(fn: () => Promise<unknown>, opts: SampleOptions = DEFAULT_SAMPLING) {
  await fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < opts.min || (times.length < opts.max && performance.now() - start < opts.budgetMs)) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: rank(times, 0.5), p95: rank(times, 0.95), runs: times.length } satisfies Sample;
}

/**
 * Deep equality where numbers may differ in the last bits (float sums depend on the order of addition)
 * and object keys in order (category objects come back in whatever order the database chose).
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => k in rb && sameData(ra[k], rb[k]));
}

export const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
