import type { DetectorParams } from './params';

/**
 * The severity bypass of the novelty gate. The record gate asks "is this excess bigger than what this
 * brand has lately had?", which keeps a brand with recurring bursts quiet. It must not also silence a
 * second outage in the same week: an excess that is many times the normal volume for several buckets in
 * a row, and a meaningful number of complaints, alerts whatever the record (episode.ts). Only on a bursty
 * series, one with several recent episodes, is a severe excess routine and left to the record gate
 * (detector.ts): NAB's Twitter volumes have severe bursts every few days and mostly leave them unlabelled.
 */

/** The last buckets seen, newest last: observed count and the expected one. */
export type RecentBucket = { value: number; expected: number };

/** Append a bucket to the window of the last `severeBuckets` buckets. */
export function pushRecent(
  params: DetectorParams,
  recent: readonly RecentBucket[],
  value: number,
  expected: number,
): RecentBucket[] {
  const n = Math.max(1, params.severeBuckets);
  return [...recent, { value, expected }].slice(-n);
}

/**
 * Whether the window is full and its counts are at least `severeRatio` x expected. No bucket counts for
 * more than 2 x `severeRatio` x its expectation, so a single burst bucket cannot carry the window: the
 * excess must be sustained.
 */
export function sustainedSevere(params: DetectorParams, recent: readonly RecentBucket[]): boolean {
  if (recent.length < Math.max(1, params.severeBuckets)) return false;
  let observed = 0;
  let expected = 0;
  for (const b of recent) {
    const mu = Math.max(b.expected, 1e-9);
    observed += Math.min(b.value, 2 * params.severeRatio * mu);
    expected += mu;
  }
  return observed >= params.severeRatio * expected;
}
