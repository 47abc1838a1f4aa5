import type { FixClaimCheck, PromiseCheck } from '../../../shared/communication';
import { toIso } from '../../../shared/time';
import { parseFixClaim, parsePromise } from './promise-parse';
import { classifyOfficial, isStatement, officialRef } from './posts';
import {
  type ClassifiedOfficial,
  type ExpectedPoint,
  type IncidentSpan,
  MINUTE_MS,
  type OfficialPost,
  minutesBetween,
} from './types';

/** Statements and replies make promises and claims; routine posts ("fixed-rate saver") and unknown ones do not. */
const speaks = (p: ClassifiedOfficial): boolean => isStatement(p) || p.kind === 'reply';

export type PromiseOptions = {
  /** A promise is kept by a statement up to this long after the due time. */
  graceMin: number;
  /** Offset (minutes east of UTC) assumed for a time that names no zone; a deployment setting. */
  defaultOffsetMin: number;
};

export const DEFAULT_PROMISE: PromiseOptions = { graceMin: 5, defaultOffsetMin: 0 };

/**
 * Time promises in the incident's statements, each kept (a later statement came by the due time plus
 * the grace), missed, or pending (due time not reached yet).
 */
export function checkPromises(
  official: readonly OfficialPost[],
  incident: IncidentSpan,
  now: number,
  options: Partial<PromiseOptions> = {},
): PromiseCheck[] {
  const o = { ...DEFAULT_PROMISE, ...options };
  const until = incident.endT ?? now;
  const all = classifyOfficial(official);
  const statements = all.filter((p) => isStatement(p));
  const out: PromiseCheck[] = [];
  for (const p of all) {
    if (p.t < incident.startT || p.t > until || !speaks(p)) continue;
    const promise = parsePromise(p.text, p.t, o.defaultOffsetMin);
    if (!promise) continue;
    const limit = promise.dueT + o.graceMin * MINUTE_MS;
    const next = statements.find((s) => s.t > p.t && s.t <= now);
    const kept = next !== undefined && next.t <= limit;
    out.push({
      statement: officialRef(p),
      phrase: promise.phrase,
      dueAt: toIso(promise.dueT),
      zone: promise.zone,
      state: kept ? 'kept' : now >= limit ? 'missed' : 'pending',
      keptBy: kept && next ? officialRef(next) : null,
      lateByMin: !kept && next ? minutesBetween(promise.dueT, next.t) : null,
    });
  }
  return out;
}

export type FixClaimOptions = {
  /** Complaints get this long to die down after a claim... */
  settleMin: number;
  /** ...then a run of this many minutes above expected contradicts it... */
  sustainMin: number;
  /** ...looked for up to this long after the claim. */
  horizonMin: number;
  /** "Above expected": the trailing `smoothMin` sum exceeds factor x expected + minExcess. */
  smoothMin: number;
  factor: number;
  minExcess: number;
  /** Claims are read from official posts up to this long after the incident ended. */
  afterEndMin: number;
};

export const DEFAULT_FIX_CLAIM: FixClaimOptions = {
  settleMin: 20,
  sustainMin: 30,
  horizonMin: 180,
  smoothMin: 15,
  factor: 2,
  minExcess: 3,
  afterEndMin: 360,
};

/**
 * "Fixed" claims followed by continuing or renewed complaints. `series` is the brand's per-minute
 * complaint count with the detector's expected value (dense, sorted).
 */
export function checkFixClaims(
  official: readonly OfficialPost[],
  series: readonly ExpectedPoint[],
  incident: IncidentSpan,
  now: number,
  options: Partial<FixClaimOptions> = {},
): FixClaimCheck[] {
  const o = { ...DEFAULT_FIX_CLAIM, ...options };
  const until = Math.min(now, (incident.endT ?? now) + o.afterEndMin * MINUTE_MS);
  const out: FixClaimCheck[] = [];
  for (const p of classifyOfficial(official)) {
    if (p.t < incident.startT || p.t > until || !speaks(p)) continue;
    const claim = parseFixClaim(p.text);
    if (!claim) continue;
    const horizon = Math.min(now, p.t + o.horizonMin * MINUTE_MS);
    const window = series.filter((x) => x.t >= p.t - o.smoothMin * MINUTE_MS && x.t < horizon);
    let obs = 0;
    let exp = 0;
    let runStart: number | null = null;
    let contradictedAt: number | null = null;
    let excess = 0;
    for (let i = 0; i < window.length; i++) {
      const x = window[i];
      if (!x) continue;
      obs += x.value;
      exp += x.expected;
      const old = window[i - o.smoothMin];
      if (old) {
        obs -= old.value;
        exp -= old.expected;
      }
      if (x.t >= p.t) excess += Math.max(0, x.value - x.expected);
      if (x.t < p.t + o.settleMin * MINUTE_MS || contradictedAt !== null) continue;
      const above = obs > o.factor * exp + o.minExcess;
      runStart = above ? (runStart ?? x.t) : null;
      if (runStart !== null && x.t - runStart >= (o.sustainMin - 1) * MINUTE_MS) contradictedAt = runStart;
    }
    const settled = now - p.t >= (o.settleMin + o.sustainMin) * MINUTE_MS;
    out.push({
      statement: officialRef(p),
      phrase: claim.phrase,
      state: contradictedAt !== null ? 'contradicted' : settled ? 'held' : 'pending',
      contradictedAt: contradictedAt === null ? null : toIso(contradictedAt),
      minutesAfterClaim: contradictedAt === null ? null : minutesBetween(p.t, contradictedAt),
      excessComplaints: Math.round(excess * 10) / 10,
    });
  }
  return out;
}
