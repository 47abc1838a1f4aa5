/** Seeded synthetic traffic for the detector benchmark: seasonal Poisson complaints, steps, buzz bursts. */

import { type Rng, mulberry32, poisson as demoPoisson } from '../../server/demo/random';
import { DAY_MS, WEEK_MS } from '../../server/detect/season';

export type { Rng } from '../../server/demo/random';

/** mulberry32 (the demo's PRNG): same seed -> same stream on every machine. */
export const seededRng = mulberry32;

/** Poisson counts; the normal approximation only above a mean of 40. */
export const poisson = (rng: Rng, mean: number): number => demoPoisson(rng, mean, 40);

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
