import { baselineParams, createBaselineState, learn, predict } from './baseline-model';
import type { BaselineParams } from './baseline-model';

export type { BaselineParams, BaselineState, Prediction } from './baseline-model';
export { baselineParams, createBaselineState, learn, predict, DEFAULT_BASELINE } from './baseline-model';

export type BandPoint = {
  /** Expected count for the bucket, predicted from the buckets before it (never from itself). */
  expected: number;
  low: number;
  high: number;
  /** False while the baseline is still warming up (little history): show the band greyed or not at all. */
  ready: boolean;
};

/** Buckets of history needed before a band is considered meaningful (about 6 hours, at least 12 buckets). */
export const warmupBuckets = (bucketMs: number): number =>
  Math.max(12, Math.ceil((6 * 3_600_000) / bucketMs));

/**
 * Expected level and band for each point of a count series (the dashboard's series API).
 * Points must be sorted by `t` (bucket start, epoch ms) with a fixed `bucketMs`; missing buckets are
 * treated as a gap (unknown, not zero). Returns one entry per input point, in input order; a point at or
 * before the previous one (clock went back) gets a band but is not learned.
 */
export function expectedBand(
  points: readonly { t: number; value: number }[],
  bucketMs: number,
  overrides: Partial<BaselineParams> = {},
): BandPoint[] {
  const params = baselineParams(bucketMs, overrides);
  let state = createBaselineState(params);
  const warm = warmupBuckets(bucketMs);
  return points.map((p) => {
    const pred = predict(params, state, p.t);
    const ready = state.n >= warm;
    state = learn(params, state, p.t, p.value);
    return { expected: pred.expected, low: pred.low, high: pred.high, ready };
  });
}
