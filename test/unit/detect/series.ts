/** Deterministic constructed series for the detector tests (no clock, no Math.random). */

import { mulberry32 } from '../../../server/demo/random';

export const MIN = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 0, 5); // a Monday, 00:00 UTC

/** mulberry32, the demo's seeded PRNG. */
export const rng = mulberry32;

export function poisson(r: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = r();
  while (p > limit) {
    k += 1;
    p *= r();
  }
  return k;
}

/** Daily cycle between 0.4x (03:00 UTC) and 1.6x (15:00 UTC). */
export const daily = (t: number): number => 1 + 0.6 * Math.sin((2 * Math.PI * ((t % DAY) / HOUR - 9)) / 24);

export type Point = { t: number; value: number };

/** `n` buckets of Poisson counts with mean `mean(t)`. */
export function series(
  seed: number,
  n: number,
  bucketMs: number,
  mean: (t: number) => number,
  start = T0,
): Point[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const t = start + i * bucketMs;
    return { t, value: poisson(r, mean(t)) };
  });
}
