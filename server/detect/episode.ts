import type { Prediction } from './baseline-model';
import type { DetectorParams } from './params';
import { decayPerStep } from './season';
import type { DetectorEvent, Episode } from './types';

/** Open a (silent) episode; `priorExcess` is the excess of the evidence run before this bucket. */
export function openEpisode(t: number, pred: Prediction, priorExcess: number, rate: number): Episode {
  const unit = Math.max(pred.level, 1e-3);
  const excess = Math.max(0, priorExcess);
  return {
    startT: t,
    unit,
    excess,
    extra: excess,
    magnitude: excess / unit,
    peak: 0,
    peakValue: 0,
    peakT: t,
    peakRatio: 0,
    rate,
    alerted: false,
    alertRatio: 0,
    refLevel: pred.level,
    lastHotT: t,
    belowPeak: 0,
  };
}

/** Magnitudes at which an episode alerts: its total excess, one bucket's excess, and (when the recent
 * buckets are a severe, sustained excess, see severe.ts) the total excess that suffices regardless of the
 * brand's record, once at least `severeExcess` counts above expected. */
export type Gate = { total: number; peak: number; severe: number | null };
export type EpisodeUpdate = { episode: Episode; event: DetectorEvent | null; ended: boolean };

/** Observed / expected, with the expectation floored so that sparse series do not produce 1/0 ratios. */
export const safeRatio = (value: number, expected: number): number => value / Math.max(expected, 0.5);

/**
 * What "normal" means while an episode is open: the pre-episode level in today's seasonal shape. A long
 * outage must not redefine normal, so the baseline's own (slowly learning) expectation only takes over
 * as the episode ages towards `adaptMs`, when an excess that has lasted that long is the new normal.
 */
export function episodeNormal(params: DetectorParams, ep: Episode, t: number, pred: Prediction): number {
  const before = ep.refLevel * pred.day * pred.week;
  const a = Math.min(1, Math.max(0, (t - ep.startT) / params.adaptMs));
  return (1 - a) * before + a * pred.expected;
}

/**
 * Where the excess stopped, as of bucket `t`. A silent episode (not alerted yet) only watches for clearly
 * hot buckets (z >= `hotZ` and observed >= `endRatio` x expected). An alerted one keeps a running sum of
 * observed - (`endRatio` x normal + `endNoise` x sqrt(normal)), normal being the pre-episode one: it
 * climbs for as long as the excess lasts (plateau, dips and slow tails included) and its peak marks where
 * the excess stopped, however much the baseline has learned meanwhile. Stray counts after the end cannot
 * lift it back to its peak; a renewed excess does.
 */
function lastHot(
  params: DetectorParams,
  ep: Episode,
  t: number,
  value: number,
  z: number,
  mu: number,
  normal: number,
): { lastHotT: number; belowPeak: number } {
  if (!ep.alerted) {
    const hot = z >= params.hotZ && value >= params.endRatio * mu;
    return { lastHotT: hot ? t : ep.lastHotT, belowPeak: 0 };
  }
  const sum = ep.belowPeak + value - (params.endRatio * normal + params.endNoise * Math.sqrt(normal));
  return { lastHotT: sum > 0 ? t : ep.lastHotT, belowPeak: Math.min(0, sum) };
}

/**
 * Fold one bucket into an open episode. It alerts (`onset`) once its total excess passes `gate.total`
 * (or one bucket's excess passes `gate.peak`), escalates when the smoothed ratio has grown
 * `escalateFactor` times since the last alert, and ends `quietMs` after the excess stopped (`lastHot`),
 * once the smoothed rate is also back below 2 x `endRatio` x the pre-episode normal.
 */
export function trackEpisode(
  params: DetectorParams,
  ep: Episode,
  t: number,
  value: number,
  pred: Prediction,
  z: number,
  gate: Gate,
): EpisodeUpdate {
  const mu = pred.expected;
  const d = decayPerStep(params.fastHalfLifeMs / params.baseline.bucketMs);
  const rate = ep.startT === t ? Math.max(ep.rate, value) : ep.rate * d + (1 - d) * value;
  const ratio = rate / Math.max(mu, 1e-9);
  const excess = ep.excess + value - mu;
  const newPeak = value > ep.peakValue;
  const normal = episodeNormal(params, ep, t, pred);
  let next: Episode = {
    ...ep,
    rate,
    excess,
    extra: ep.extra + Math.max(0, value - mu),
    magnitude: excess / ep.unit,
    peak: Math.max(ep.peak, (value - mu) / ep.unit),
    peakValue: newPeak ? value : ep.peakValue,
    peakT: newPeak ? t : ep.peakT,
    peakRatio: Math.max(ep.peakRatio, safeRatio(value, mu)),
    ...lastHot(params, ep, t, value, z, mu, normal),
  };
  const severe = gate.severe !== null && next.excess >= params.severeExcess && next.magnitude >= gate.severe;
  const big =
    severe || next.magnitude >= gate.total || (next.peak >= gate.peak && value >= params.peakMinRatio * mu);
  let kind: DetectorEvent['kind'] | null = null;
  if (!ep.alerted && big && ratio >= params.minRatio) {
    kind = 'onset';
    // From the alert on, the end is tracked against the pre-episode normal (see `lastHot`).
    next = { ...next, alerted: true, alertRatio: ratio, lastHotT: t, belowPeak: 0 };
  } else if (ep.alerted && ratio >= params.escalateFactor * ep.alertRatio && value - mu >= params.minExcess) {
    kind = 'escalate';
    next = { ...next, alertRatio: ratio };
  }
  const event = kind ? { kind, t, value, expected: mu, ratio, z, episode: next } : null;
  const calm = rate < 2 * params.endRatio * (ep.alerted ? normal : mu);
  const ended = calm && t - next.lastHotT >= params.quietMs;
  return { episode: next, event, ended };
}
