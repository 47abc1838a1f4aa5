/** Seeded synthetic traffic for the detector benchmark: seasonal Poisson complaints, steps, buzz bursts. */

import { DAY_MS, WEEK_MS } from '../../server/detect/season';

export type Rng = () => number;

/** mulberry32: small, fast, good enough for simulation; same seed -> same stream on every machine. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 40) {
    // Normal approximation with continuity correction (Box-Muller).
    const u = Math.max(rng(), 1e-12);
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k += 1;
    p *= rng();
  }
  return k;
}

/**
 * Relative activity at time t: a daily cycle (trough ~0.3x at 03:00 UTC, peak ~1.7x at 15:00) and
 * quieter weekends (0.75x). Averages about 1 over a week.
 */
export function seasonal(t: number): number {
  const hour = (t % DAY_MS) / 3_600_000;
  const daily = 1 + 0.7 * Math.sin((2 * Math.PI * (hour - 9)) / 24);
  // 1970-01-01 was a Thursday: day index 2 and 3 of the week (from t = 0) are Saturday and Sunday.
  const weekday = Math.floor((t % WEEK_MS) / DAY_MS);
  const weekly = weekday === 2 || weekday === 3 ? 0.75 : 1.1;
  return daily * weekly;
}

export type Traffic = {
  /** Mean complaints per minute (over a week). */
  complaintsPerMin: number;
  /** Share of ordinary posts that are complaints. */
  complaintShare: number;
  /** Share of buzz (positive) posts the complaint classifier wrongly flags. */
  buzzFalseComplaint: number;
};

export type Burst = { from: number; to: number; factor: number };

export type SimBucket = { t: number; posts: number; complaints: number };

/**
 * One bucket of what the live system sees. `step` multiplies true complaints (an outage); `buzz`
 * multiplies ordinary posts with extra positive posts, some of which the classifier calls complaints.
 */
export function simulateBucket(
  rng: Rng,
  traffic: Traffic,
  t: number,
  bucketMs: number,
  step: Burst | null,
  buzz: Burst | null,
): SimBucket {
  const minutes = bucketMs / 60_000;
  const complaintsMean = traffic.complaintsPerMin * minutes * seasonal(t);
  const postsMean = complaintsMean / traffic.complaintShare;
  const inStep = step !== null && t >= step.from && t < step.to;
  const inBuzz = buzz !== null && t >= buzz.from && t < buzz.to;
  const trueComplaints = poisson(rng, complaintsMean * (inStep ? step.factor : 1));
  const ordinary = poisson(rng, postsMean - complaintsMean) + trueComplaints;
  // Thinning a Poisson stream gives two independent Poisson streams: flagged and correctly ignored posts.
  const buzzMean = inBuzz ? postsMean * (buzz.factor - 1) : 0;
  const flagged = poisson(rng, buzzMean * traffic.buzzFalseComplaint);
  const ignored = poisson(rng, buzzMean * (1 - traffic.buzzFalseComplaint));
  return { t, posts: ordinary + flagged + ignored, complaints: trueComplaints + flagged };
}
