import type { BaselineState } from './baseline-model';
import type { RecentBucket } from './severe';

export type Bucket = { t: number; value: number };

export type DetectorEventKind = 'onset' | 'escalate' | 'end';

/** An excess in progress. It exists silently until it is large enough (for this series) to alert. */
export type Episode = {
  /** Bucket where the excess started (the alert usually comes a few buckets later). */
  startT: number;
  /** Normal volume per bucket when it started (de-seasonalised level): the unit of `magnitude`. */
  unit: number;
  /** Sum of observed - expected since the start. */
  excess: number;
  /** Sum of max(0, observed - expected): the "extra" counts. */
  extra: number;
  /** `excess` in buckets' worth of normal volume. */
  magnitude: number;
  /** Largest single-bucket excess, in the same unit. */
  peak: number;
  peakValue: number;
  peakT: number;
  peakRatio: number;
  /** Smoothed observed count per bucket. */
  rate: number;
  alerted: boolean;
  /** Smoothed ratio at the last onset or escalation. */
  alertRatio: number;
  /** Pre-episode normal (the de-seasonalised level when the episode opened). The end is judged against
   * this, not against a baseline that has been watching the excess. */
  refLevel: number;
  /** Where the excess stopped so far. Silent episode: its last clearly hot bucket. Alerted: the bucket
   * where the running sum of observed - (`endRatio` x normal + `endNoise` x sqrt(normal)) peaked, and
   * how far below that peak the sum is now (see episode.ts). */
  lastHotT: number;
  belowPeak: number;
};

export type DetectorEvent = {
  kind: DetectorEventKind;
  /** Start (epoch ms) of the bucket that triggered the event. */
  t: number;
  value: number;
  expected: number;
  /** Smoothed observed rate / expected at the event. */
  ratio: number;
  /** Strength of the bucket's evidence as an equivalent normal z. */
  z: number;
  /** The episode as of this event (for `end`: the excess stopped after `lastHotT`). */
  episode: Episode;
};

export type DetectorState = {
  baseline: BaselineState;
  /** CUSUM of bucket z-scores and the counts of its current run. */
  cusum: number;
  runCount: number;
  runExpected: number;
  /** The last `severeBuckets` buckets, for the severity bypass of the record gate (severe.ts). */
  recent: RecentBucket[];
  episode: Episode | null;
  /** Magnitude and peak of the largest recent episodes, as of `recordT` (they decay with time). */
  record: number;
  recordPeak: number;
  /** How many episodes (alerted or silent) the series has recently had, decaying like the record. */
  episodes: number;
  recordT: number | null;
  /** First bucket seen (the age of the series). */
  firstT: number | null;
  /** When the last episode that alerted ended (a renewed excess soon after is a follow-up). */
  lastAlertEndT: number | null;
  lastT: number | null;
};

export type StepResult = {
  state: DetectorState;
  events: DetectorEvent[];
  expected: number;
  low: number;
  high: number;
  /** Bucket surprise as an equivalent normal z. */
  z: number;
  /** In [0, 1]; >= 0.5 exactly on the buckets with an onset or escalation event. */
  score: number;
};
