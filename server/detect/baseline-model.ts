import { countBand, countQuantile } from './band';
import { DAY_MS, WEEK_MS, decayPerStep, slotPair } from './season';

/**
 * Robust seasonal baseline for a count series: expected = level x daily profile x weekly profile.
 * Everything is kept as decayed sums (counts and exposure), i.e. Poisson-Gamma style, so a sparse
 * series or a new brand is shrunk towards "flat" until enough counts have been seen. Learning clips
 * each count at a high predictive quantile, and the caller can lower the learning weight while an
 * incident is open, so an outage does not poison the baseline. See docs/detection.md.
 */

export type BaselineParams = {
  bucketMs: number;
  /** Half-life of the level (the de-seasonalised rate). */
  levelHalfLifeMs: number;
  /** Half-life of the daily profile, in days of data. */
  dayHalfLifeDays: number;
  /** Half-life of the weekly profile, in weeks of data. */
  weekHalfLifeWeeks: number;
  daySlots: number;
  /** Pseudo-count that shrinks each profile slot towards 1 (flat) until it has seen enough counts. */
  seasonPrior: number;
  dispersionHalfLifeMs: number;
  /** Overdispersion assumed before the data says otherwise (variance = mean + phi * mean^2). */
  priorDispersion: number;
  /** Upper predictive quantile at which a count is clipped before it is learned. */
  clipQuantile: number;
  /** The band is [1 - q, q] of the predictive distribution. */
  bandQuantile: number;
};

export type BaselineState = {
  /** Buckets learned so far. */
  n: number;
  lastT: number | null;
  levelCounts: number;
  levelExposure: number;
  dayCounts: number[];
  dayExposure: number[];
  weekCounts: number[];
  weekExposure: number[];
  dispVar: number;
  dispNorm: number;
};

export type Prediction = {
  expected: number;
  low: number;
  high: number;
  /** Total dispersion used for the band (noise plus uncertainty about the level). */
  phi: number;
  /** Daily and weekly profile factors at this instant (1 = average). */
  day: number;
  week: number;
  /** De-seasonalised rate per bucket (the expected count at an average time of week). */
  level: number;
};

export const DEFAULT_BASELINE: Omit<BaselineParams, 'bucketMs'> = {
  levelHalfLifeMs: 48 * 3_600_000,
  dayHalfLifeDays: 7,
  weekHalfLifeWeeks: 3,
  daySlots: 24,
  seasonPrior: 10,
  dispersionHalfLifeMs: 3 * DAY_MS,
  priorDispersion: 0.3,
  clipQuantile: 0.999,
  bandQuantile: 0.99,
};

export function baselineParams(bucketMs: number, overrides: Partial<BaselineParams> = {}): BaselineParams {
  return { ...DEFAULT_BASELINE, ...overrides, bucketMs };
}

export function createBaselineState(params: BaselineParams): BaselineState {
  const zeros = (k: number): number[] => new Array<number>(k).fill(0);
  return {
    n: 0,
    lastT: null,
    levelCounts: 0,
    levelExposure: 0,
    dayCounts: zeros(params.daySlots),
    dayExposure: zeros(params.daySlots),
    weekCounts: zeros(7),
    weekExposure: zeros(7),
    dispVar: 0,
    dispNorm: 0,
  };
}

const hasDailyCycle = (p: BaselineParams): boolean => p.bucketMs < DAY_MS;
const hasWeeklyCycle = (p: BaselineParams): boolean => p.bucketMs < WEEK_MS;

/** Shrunk profile factor of slot i ((counts + prior) / (exposure + prior): 1 until data says otherwise). */
const slotFactor = (counts: number[], exposure: number[], prior: number, i: number): number =>
  ((counts[i] ?? 0) + prior) / ((exposure[i] ?? 0) + prior);

/** Profile value at instant t, interpolated between slot centres and normalised to a mean of 1. */
function profileAt(counts: number[], exposure: number[], prior: number, t: number, cycleMs: number): number {
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += slotFactor(counts, exposure, prior, i);
  const mean = sum / Math.max(1, counts.length);
  const s = slotPair(t, cycleMs, counts.length);
  const v = slotFactor(counts, exposure, prior, s.a) * s.wa + slotFactor(counts, exposure, prior, s.b) * s.wb;
  return v / mean;
}

type Seasonal = { day: number; week: number };

function seasonal(params: BaselineParams, state: BaselineState, mid: number): Seasonal {
  const prior = params.seasonPrior;
  return {
    day: hasDailyCycle(params) ? profileAt(state.dayCounts, state.dayExposure, prior, mid, DAY_MS) : 1,
    week: hasWeeklyCycle(params) ? profileAt(state.weekCounts, state.weekExposure, prior, mid, WEEK_MS) : 1,
  };
}

/** One-step-ahead prediction for the bucket starting at `t` (does not change the state). */
export function predict(params: BaselineParams, state: BaselineState, t: number): Prediction {
  const s = seasonal(params, state, t + params.bucketMs / 2);
  const level = state.levelExposure > 0 ? state.levelCounts / state.levelExposure : 0;
  const expected = level * s.day * s.week;
  const prior = 12 * expected * expected;
  const noise = (Math.max(0, state.dispVar) + params.priorDispersion * prior) / (state.dispNorm + prior || 1);
  // Few counts learned so far -> the level itself is uncertain (Gamma posterior): widen the band.
  const phi = noise + 1 / (state.levelCounts + 1);
  const band = countBand(expected, phi, params.bandQuantile);
  return { expected, low: band.low, high: band.high, phi, day: s.day, week: s.week, level };
}

/** Add `weight` (0..1) x the observation to the slots of a profile (counts vs exposure). */
function learnSlots(
  counts: number[],
  exposure: number[],
  pair: { a: number; b: number; wa: number; wb: number },
  decay: number,
  weight: number,
  count: number,
  expo: number,
): { counts: number[]; exposure: number[] } {
  const c = counts.slice();
  const e = exposure.slice();
  for (const [i, w] of [
    [pair.a, pair.wa],
    [pair.b, pair.wb],
  ] as const) {
    const d = decay ** (w * weight);
    c[i] = (c[i] ?? 0) * d + w * weight * count;
    e[i] = (e[i] ?? 0) * d + w * weight * expo;
  }
  return { counts: c, exposure: e };
}

/**
 * Learn the bucket starting at `t` with count `value`. `weight` in [0, 1] slows learning of the level
 * and profiles, `dispersionWeight` (default: the same) of the dispersion; the detector lowers both while
 * an excess is open (an outage's errors are not noise: learning them would widen the band until the
 * outage looked normal). A bucket at or before the last learned one is ignored (clock went back);
 * missing buckets before `t` are a gap: nothing is learned from them, but the level's memory is aged so
 * that it re-adapts faster and the band widens.
 */
export function learn(
  params: BaselineParams,
  state: BaselineState,
  t: number,
  value: number,
  weight = 1,
  prediction?: Prediction,
  dispersionWeight = weight,
): BaselineState {
  if (state.lastT !== null && t <= state.lastT) return state;
  if (!Number.isFinite(value) || value < 0) return { ...state, lastT: t };
  const steps = state.lastT === null ? 1 : Math.max(1, Math.round((t - state.lastT) / params.bucketMs));
  const dLevel = decayPerStep(params.levelHalfLifeMs / params.bucketMs);
  const dDisp = decayPerStep(params.dispersionHalfLifeMs / params.bucketMs);
  const aged = dLevel ** (steps - 1);

  const mid = t + params.bucketMs / 2;
  const pred = prediction ?? predict(params, state, t);
  const s = { day: pred.day, week: pred.week };
  const clipAt = countQuantile(pred.expected, pred.phi, params.clipQuantile);
  const x = state.levelCounts > 2 ? Math.min(value, Math.max(clipAt, 1)) : value;
  const w = Math.max(0, Math.min(1, weight));

  const dl = dLevel ** w;
  const levelCounts = state.levelCounts * aged * dl + w * x;
  const levelExposure = state.levelExposure * aged * dl + w * s.day * s.week;
  const level = state.levelExposure > 0 ? state.levelCounts / state.levelExposure : x;

  const bucketsPerDay = DAY_MS / params.bucketMs;
  let { dayCounts, dayExposure, weekCounts, weekExposure } = state;
  if (hasDailyCycle(params)) {
    const perSlot = bucketsPerDay / params.daySlots;
    const d = decayPerStep(params.dayHalfLifeDays * perSlot);
    const r = learnSlots(
      dayCounts,
      dayExposure,
      slotPair(mid, DAY_MS, params.daySlots),
      d,
      w,
      x,
      level * s.week,
    );
    dayCounts = r.counts;
    dayExposure = r.exposure;
  }
  if (hasWeeklyCycle(params)) {
    const d = decayPerStep(params.weekHalfLifeWeeks * bucketsPerDay);
    const r = learnSlots(weekCounts, weekExposure, slotPair(mid, WEEK_MS, 7), d, w, x, level * s.day);
    weekCounts = r.counts;
    weekExposure = r.exposure;
  }

  // Dispersion is only learned once the level is roughly known, or warm-up errors would inflate it for days.
  const dw = state.levelCounts > 10 ? Math.max(0, Math.min(1, dispersionWeight)) : 0;
  const dd = dDisp ** dw;
  const mu = pred.expected;
  const dispVar = state.dispVar * dd + dw * ((x - mu) ** 2 - mu);
  const dispNorm = state.dispNorm * dd + dw * mu * mu;

  return {
    n: state.n + 1,
    lastT: t,
    levelCounts,
    levelExposure,
    dayCounts,
    dayExposure,
    weekCounts,
    weekExposure,
    dispVar,
    dispNorm,
  };
}
