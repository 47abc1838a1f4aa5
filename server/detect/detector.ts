import { surpriseZ } from './band';
import { createBaselineState, learn, predict } from './baseline-model';
import type { Prediction } from './baseline-model';
import { openEpisode, trackEpisode } from './episode';
import { detectorParams } from './params';
import type { DetectorOverrides, DetectorParams } from './params';
import { pushRecent, sustainedSevere } from './severe';
import type { Bucket, DetectorEvent, DetectorState, Episode, StepResult } from './types';

/**
 * Excess detector on one count series. Alerts are events: `onset` once when an excess becomes worth
 * telling someone about, `escalate` when it grows by a large factor, `end` when it has been gone for a
 * while. `step` is pure and the state is plain JSON, so replaying the same buckets one by one or in one
 * batch gives identical events.
 */

export type { Bucket, DetectorEvent, DetectorEventKind, DetectorState, Episode, StepResult } from './types';

export type Detector = {
  params: DetectorParams;
  initial: () => DetectorState;
  step: (state: DetectorState, bucket: Bucket) => StepResult;
};

export function createDetectorState(params: DetectorParams): DetectorState {
  return {
    baseline: createBaselineState(params.baseline),
    cusum: 0,
    runCount: 0,
    runExpected: 0,
    recent: [],
    episode: null,
    record: 0,
    recordPeak: 0,
    episodes: 0,
    firstT: null,
    recordT: null,
    lastAlertEndT: null,
    lastT: null,
  };
}

/** Alert buckets map to [0.5, 1] by strength; every other bucket stays below 0.5 however surprising. */
function alertScore(strength: number, alerted: boolean): number {
  const s = Math.max(0, strength);
  return alerted ? 0.5 + 0.5 * Math.min(1, s / 4) : 0.49 * Math.min(1, s);
}

/** The largest recent episode, decayed: a brand that often bursts needs a bigger burst to alert. */
export function decayedRecord(
  params: DetectorParams,
  state: DetectorState,
  t: number,
): { total: number; peak: number; episodes: number } {
  const age = state.recordT === null ? 0 : Math.max(0, t - state.recordT);
  const k = 2 ** (-age / params.recordHalfLifeMs);
  return { total: state.record * k, peak: state.recordPeak * k, episodes: state.episodes * k };
}

function endEvent(t: number, value: number, pred: Prediction, episode: Episode): DetectorEvent {
  const ratio = episode.rate / Math.max(pred.expected, 1e-9);
  return { kind: 'end', t, value, expected: pred.expected, ratio, z: 0, episode };
}

export function detectorStep(params: DetectorParams, state: DetectorState, bucket: Bucket): StepResult {
  const bp = params.baseline;
  const { t, value } = bucket;
  const pred = predict(bp, state.baseline, t);
  const out = { expected: pred.expected, low: pred.low, high: pred.high };
  if ((state.lastT !== null && t <= state.lastT) || !Number.isFinite(value) || value < 0) {
    return { state, events: [], ...out, z: 0, score: 0 };
  }
  const events: DetectorEvent[] = [];
  let next: DetectorState = { ...state, lastT: t, recordT: state.recordT ?? t, firstT: state.firstT ?? t };
  const gapMs = state.lastT === null ? 0 : t - state.lastT - bp.bucketMs;
  if (gapMs >= params.quietMs) {
    // A long hole in the data: whatever was going on is over, and the evidence run is stale.
    const open = next.episode;
    if (open?.alerted) events.push(endEvent(t, value, pred, open));
    next = closeEpisode(params, { ...next, cusum: 0, runCount: 0, runExpected: 0, recent: [] }, t);
  }

  const mu = pred.expected;
  const z = surpriseZ(value, mu, pred.phi);
  const cusum = Math.max(0, next.cusum + Math.min(z, params.cusumZCap) - params.cusumK);
  const run = cusum > 0 ? { c: next.runCount + value, e: next.runExpected + mu } : { c: 0, e: 0 };
  next = {
    ...next,
    cusum,
    runCount: run.c,
    runExpected: run.e,
    recent: pushRecent(params, next.recent, value, mu),
  };

  const ready = state.baseline.n * bp.bucketMs >= params.minHistoryMs;
  if (!next.episode && ready) {
    const spike = z >= params.spikeZ && value >= params.minRatio * mu && value - mu >= params.minExcess;
    const drift =
      cusum >= params.cusumH && run.c >= params.minRatio * run.e && run.c - run.e >= params.minExcess;
    if (spike || drift) {
      const prior = run.c - value - (run.e - mu);
      const rate = drift ? (run.c / Math.max(run.e, 1e-9)) * mu : value;
      next = { ...next, episode: openEpisode(t, pred, prior, rate) };
    }
  }
  let alerted = false;
  if (next.episode) {
    // Shortly after an alerted excess ended, a renewed one is the same story (the incident re-opens):
    // it only has to be real, not a record.
    const followUp = next.lastAlertEndT !== null && t - next.lastAlertEndT <= params.followUpMs;
    const rec = followUp ? { total: 0, peak: 0, episodes: 0 } : decayedRecord(params, next, t);
    // A new series has not shown what its normal bursts look like yet: assume some, fading with age.
    const young = params.newSeriesGate * 2 ** (-(t - (next.firstT ?? t)) / params.newSeriesHalfLifeMs);
    const floor = Math.max(params.gateMin, young);
    const gate = {
      total: Math.max(floor, params.recordFactor * rec.total),
      peak: Math.max(floor, params.peakFactor * rec.peak),
      // A severe, sustained excess is news however large the brand's recent episodes were.
      severe: rec.episodes < params.burstyEpisodes && sustainedSevere(params, next.recent) ? floor : null,
    };
    const r = trackEpisode(params, next.episode, t, value, pred, z, gate);
    if (r.event) events.push(r.event);
    alerted = r.event !== null;
    next = { ...next, episode: r.episode };
    if (r.ended) {
      if (r.episode.alerted) events.push(endEvent(t, value, pred, r.episode));
      next = closeEpisode(params, { ...next, cusum: 0, runCount: 0, runExpected: 0 }, t);
    }
  }

  const w = learnWeights(params, next.episode, t);
  next = { ...next, baseline: learn(bp, state.baseline, t, value, w.level, pred, w.dispersion) };
  // Before the baseline has enough history nothing can alert, so nothing should look alarming either.
  const strength = ready ? Math.max(z / params.spikeZ, cusum / params.cusumH) : 0;
  return {
    state: next,
    events,
    ...out,
    z,
    score: alertScore(alerted ? 1 + strength : Math.min(strength, 0.99), alerted),
  };
}

/**
 * How much the baseline learns from a bucket while an excess is open. Before the episode has alerted the
 * weight ramps from `episodeLearnWeight` to 1 over `adaptMs`. Once it has alerted (a real incident) the
 * excess must not become normal within hours: the level and profiles learn with a weight rising from 0
 * as (age / `adaptMs`)^2, and the dispersion is not learned at all until `adaptMs` (outage-sized errors
 * would widen the band until the outage looked like noise). An excess that lasts `adaptMs` is the new
 * normal: learning is back to full weight.
 */
function learnWeights(params: DetectorParams, ep: Episode | null, t: number) {
  if (!ep) return { level: 1, dispersion: 1 };
  const age = Math.min(1, Math.max(0, t - ep.startT) / params.adaptMs);
  if (!ep.alerted) {
    const level = params.episodeLearnWeight + (1 - params.episodeLearnWeight) * age;
    return { level, dispersion: level };
  }
  return { level: age * age, dispersion: age >= 1 ? 1 : 0 };
}

/** Close the open episode (if any) and remember its size for the novelty gate. */
function closeEpisode(params: DetectorParams, state: DetectorState, t: number): DetectorState {
  const ep = state.episode;
  if (!ep) return state;
  const rec = decayedRecord(params, state, t);
  return {
    ...state,
    episode: null,
    record: Math.max(rec.total, ep.magnitude),
    recordPeak: Math.max(rec.peak, ep.peak),
    episodes: rec.episodes + 1,
    recordT: t,
    lastAlertEndT: ep.alerted ? t : state.lastAlertEndT,
  };
}

export function createDetector(bucketMs: number, overrides: DetectorOverrides = {}): Detector {
  const params = detectorParams(bucketMs, overrides);
  return {
    params,
    initial: () => createDetectorState(params),
    step: (state, bucket) => detectorStep(params, state, bucket),
  };
}

/** Run a whole series through the same `step` (batch replay). */
export function runDetector(
  detector: Detector,
  buckets: readonly Bucket[],
  from?: DetectorState,
): { results: StepResult[]; state: DetectorState } {
  let state = from ?? detector.initial();
  const results: StepResult[] = [];
  for (const b of buckets) {
    const r = detector.step(state, b);
    results.push(r);
    state = r.state;
  }
  return { results, state };
}
