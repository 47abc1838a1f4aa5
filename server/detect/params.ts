import { DEFAULT_BASELINE } from './baseline-model';
import type { BaselineParams } from './baseline-model';

/** Everything the detector can be tuned with. One set serves every brand and series (see docs/detection.md). */
export type DetectorParams = {
  baseline: BaselineParams;
  /** One bucket this surprising (equivalent normal z) opens an episode on its own. */
  spikeZ: number;
  /** CUSUM on the bucket z-scores: drift allowance per bucket and the level that opens an episode. */
  cusumK: number;
  cusumH: number;
  /** A bucket's z is capped here before it enters the CUSUM, so one outlier cannot carry it alone. */
  cusumZCap: number;
  /** Minimum ratio of (recent) observed to expected for an onset: a significant 20% rise is no outage. */
  minRatio: number;
  /** Minimum excess count (observed - expected) in the onset bucket window, to ignore 0 -> 1 -> 2. */
  minExcess: number;
  /** Half-life of the short smoothed rate that tracks an open episode. */
  fastHalfLifeMs: number;
  /** When an excess is over. Once alerted: when the counts have stayed at or below `endRatio` x the
   * pre-episode normal for `quietMs` (and the smoothed rate is below 2 x `endRatio` x that normal).
   * Before that (a silent episode): `quietMs` after its last hot bucket (z >= `hotZ` and observed >=
   * `endRatio` x expected). See episode.ts. */
  hotZ: number;
  endRatio: number;
  /** Plus this many Poisson standard deviations of the normal count per bucket, so that on a sparse
   * series a few stray complaints above a tiny normal do not keep an incident open. */
  endNoise: number;
  quietMs: number;
  /** Escalate when the smoothed rate exceeds this factor x the rate at the last alert. */
  escalateFactor: number;
  /** An episode alerts once its excess reaches this many buckets' worth of normal volume... */
  gateMin: number;
  /** ...and at least `recordFactor` x the largest recent episode, which decays with this half-life. */
  recordFactor: number;
  recordHalfLifeMs: number;
  /** Or once one bucket's excess reaches `peakFactor` x the largest recent single-bucket excess. */
  peakFactor: number;
  peakMinRatio: number;
  /** Whatever the record: once the last `severeBuckets` buckets were together at least `severeRatio` x
   * expected and the episode is `severeExcess` counts above expected, only `gateMin` (and the new-series
   * gate) apply. A second outage in a week must alert; recurring smaller bursts stay quiet (severe.ts). */
  severeRatio: number;
  severeBuckets: number;
  severeExcess: number;
  /** ...unless the series is bursty: it has had this many recent episodes (alerted or silent, decaying
   * like the record). For such a series a severe excess is routine and the record gate alone decides. */
  burstyEpisodes: number;
  /** A new excess this soon after an alerted one ended only needs `gateMin` (the incident re-opens). */
  followUpMs: number;
  /** Gate of a brand-new series (in the same unit), halving every `newSeriesHalfLifeMs` of its age:
   * until it has shown what its normal bursts look like, an alert needs a clearly large excess. */
  newSeriesGate: number;
  newSeriesHalfLifeMs: number;
  /** Baseline learning weight while a silent episode is open, ramping to 1 over `adaptMs` (a new
   * normal). An alerted one learns (age / `adaptMs`)^2 and no dispersion before `adaptMs` (detector.ts). */
  episodeLearnWeight: number;
  adaptMs: number;
  /** Buckets of history before any alert (a brand-new brand only learns). */
  minHistoryMs: number;
};

export const DEFAULT_DETECTOR: Omit<DetectorParams, 'baseline'> = {
  spikeZ: 5,
  cusumK: 1,
  cusumH: 6,
  cusumZCap: 6,
  minRatio: 3,
  minExcess: 4,
  fastHalfLifeMs: 20 * 60_000,
  hotZ: 3,
  endRatio: 1.5,
  endNoise: 0.5,
  quietMs: 2 * 3_600_000,
  escalateFactor: 3,
  gateMin: 3,
  recordFactor: 1.25,
  recordHalfLifeMs: 10 * 86_400_000,
  peakFactor: 2,
  peakMinRatio: 10,
  severeRatio: 6,
  severeBuckets: 3,
  severeExcess: 10,
  burstyEpisodes: 2,
  newSeriesGate: 100,
  newSeriesHalfLifeMs: 2 * 86_400_000,
  followUpMs: 12 * 3_600_000,
  episodeLearnWeight: 0.1,
  adaptMs: 24 * 3_600_000,
  minHistoryMs: 6 * 3_600_000,
};

export type DetectorOverrides = Partial<Omit<DetectorParams, 'baseline'>> & {
  baseline?: Partial<Omit<BaselineParams, 'bucketMs'>>;
};

export function detectorParams(bucketMs: number, overrides: DetectorOverrides = {}): DetectorParams {
  const { baseline, ...rest } = overrides;
  return { ...DEFAULT_DETECTOR, ...rest, baseline: { ...DEFAULT_BASELINE, ...baseline, bucketMs } };
}
