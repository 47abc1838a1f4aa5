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
    excess,
    unit,
    magnitude: excess / unit,
    rate,
    peakRatio: 0,
    alerted: false,
    alertRatio: 0,
    calmSince: null,
  };
}

export type EpisodeUpdate = { episode: Episode; event: DetectorEvent | null; ended: boolean };

/**
 * Fold one bucket into an open episode. It alerts (`onset`) once its magnitude passes `gate`, escalates
 * when the smoothed ratio has grown `escalateFactor` times since the last alert, and ends once the
 * smoothed ratio has stayed under `endRatio` for `quietMs`.
 */
export function trackEpisode(
  params: DetectorParams,
  ep: Episode,
  t: number,
  value: number,
  pred: Prediction,
  z: number,
  gate: number,
): EpisodeUpdate {
  const mu = Math.max(pred.expected, 1e-9);
  const d = decayPerStep(params.fastHalfLifeMs / params.baseline.bucketMs);
  const rate = ep.startT === t ? Math.max(ep.rate, value) : ep.rate * d + (1 - d) * value;
  const ratio = rate / mu;
  const excess = ep.excess + value - pred.expected;
  const magnitude = excess / ep.unit;
  const calmSince = ratio < params.endRatio ? (ep.calmSince ?? t) : null;
  let next: Episode = {
    ...ep,
    rate,
    excess,
    magnitude,
    peakRatio: Math.max(ep.peakRatio, value / mu),
    calmSince,
  };
  const base = { t, value, expected: pred.expected, ratio, z, magnitude };
  let event: DetectorEvent | null = null;
  if (!ep.alerted && magnitude >= gate && ratio >= params.minRatio) {
    event = { kind: 'onset', ...base };
    next = { ...next, alerted: true, alertRatio: ratio };
  } else if (
    ep.alerted &&
    ratio >= params.escalateFactor * ep.alertRatio &&
    value - pred.expected >= params.minExcess
  ) {
    event = { kind: 'escalate', ...base };
    next = { ...next, alertRatio: ratio };
  }
  const ended = calmSince !== null && t - calmSince >= params.quietMs;
  return { episode: next, event, ended };
}
