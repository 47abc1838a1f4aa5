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
    lastHotT: t,
  };
}

export type Gate = { total: number; peak: number };
export type EpisodeUpdate = { episode: Episode; event: DetectorEvent | null; ended: boolean };

/** Observed / expected, with the expectation floored so that sparse series do not produce 1/0 ratios. */
export const safeRatio = (value: number, expected: number): number => value / Math.max(expected, 0.5);

/**
 * Fold one bucket into an open episode. It alerts (`onset`) once its total excess passes `gate.total`
 * (or one bucket's excess passes `gate.peak`), escalates when the smoothed ratio has grown
 * `escalateFactor` times since the last alert, and ends `quietMs` after its last clearly hot bucket.
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
    lastHotT: z >= params.hotZ && value >= params.endRatio * mu ? t : ep.lastHotT,
  };
  const big = next.magnitude >= gate.total || (next.peak >= gate.peak && value >= params.peakMinRatio * mu);
  let kind: DetectorEvent['kind'] | null = null;
  if (!ep.alerted && big && ratio >= params.minRatio) {
    kind = 'onset';
    next = { ...next, alerted: true, alertRatio: ratio };
  } else if (ep.alerted && ratio >= params.escalateFactor * ep.alertRatio && value - mu >= params.minExcess) {
    kind = 'escalate';
    next = { ...next, alertRatio: ratio };
  }
  const event = kind ? { kind, t, value, expected: mu, ratio, z, episode: next } : null;
  const ended = ratio < params.endRatio * 2 && t - next.lastHotT >= params.quietMs;
  return { episode: next, event, ended };
}
