import { createDetector } from './detector';
import type { DetectorOverrides } from './params';

export type { BaselineParams, BaselineState, Prediction } from './baseline-model';
export { baselineParams, createBaselineState, DEFAULT_BASELINE, learn, predict } from './baseline-model';

export type BandPoint = {
  /** Expected count for the bucket, predicted from the buckets before it (never from itself). */
  expected: number;
  low: number;
  high: number;
  /** False while the baseline is still warming up (little history): show the band greyed or not at all. */
  ready: boolean;
};

/**
 * Expected level and band for each point of a count series (the dashboard's series API). It runs the
 * detector itself, so the band is exactly the detector's baseline, including its slower learning while
 * an excess is under way (an outage does not drag the expected line up behind it).
 *
 * Points must be sorted by `t` (bucket start, epoch ms) with a fixed `bucketMs`; missing buckets are a
 * gap (unknown, not zero). Returns one entry per input point, in input order; a point at or before the
 * previous one (clock went back) gets a band but is not learned from.
 */
export function expectedBand(
  points: readonly { t: number; value: number }[],
  bucketMs: number,
  overrides: DetectorOverrides = {},
): BandPoint[] {
  const detector = createDetector(bucketMs, overrides);
  const warmupMs = detector.params.minHistoryMs;
  let state = detector.initial();
  return points.map((p) => {
    const ready = state.baseline.n * bucketMs >= warmupMs;
    const r = detector.step(state, p);
    state = r.state;
    return { expected: r.expected, low: r.low, high: r.high, ready };
  });
}
