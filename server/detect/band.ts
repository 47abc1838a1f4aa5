/**
 * Predictive band for a count: negative binomial with mean `mean` and dispersion `phi`
 * (variance = mean + phi * mean^2). phi = 0 is Poisson. Small means use the exact discrete
 * distribution (sparse series honestly get integer bands); large means use a normal approximation.
 * Hot path (called several times per bucket): plain loops, no closures or allocations.
 */

const EXACT_LIMIT = 60;
const Z_CAP = 12;
const MAX_K = 10_000;

const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
] as const;
const B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
] as const;
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
] as const;
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416] as const;

function tail(r: number): number {
  const num = ((((C[0] * r + C[1]) * r + C[2]) * r + C[3]) * r + C[4]) * r + C[5];
  return num / ((((D[0] * r + D[1]) * r + D[2]) * r + D[3]) * r + 1);
}

/** Standard normal quantile (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const q = Math.min(Math.max(p, 1e-300), 1 - 1e-16);
  if (q < 0.02425) return tail(Math.sqrt(-2 * Math.log(q)));
  if (q > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - q)));
  const u = q - 0.5;
  const r = u * u;
  const num = ((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5];
  return (num * u) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}

/** P(X = 0) and the ratio P(X = k + 1) / P(X = k) = (k + size) / (k + 1) * odds of NB(mean, phi). */
function nb(mean: number, phi: number): { p0: number; size: number; odds: number } {
  if (phi <= 1e-9) return { p0: Math.exp(-mean), size: Number.POSITIVE_INFINITY, odds: mean };
  const size = 1 / phi;
  return { p0: Math.exp(size * Math.log(size / (size + mean))), size, odds: mean / (size + mean) };
}

const nextRatio = (k: number, size: number, odds: number): number =>
  size === Number.POSITIVE_INFINITY ? odds / (k + 1) : ((k + size) / (k + 1)) * odds;

/** Smallest k with P(X <= k) >= p. */
export function countQuantile(mean: number, phi: number, p: number): number {
  if (!(mean > 0)) return 0;
  if (mean >= EXACT_LIMIT) {
    return Math.max(0, mean + normalQuantile(p) * Math.sqrt(mean + phi * mean * mean));
  }
  const { p0, size, odds } = nb(mean, phi);
  let pk = p0;
  let cdf = p0;
  let k = 0;
  while (cdf < p && k < MAX_K) {
    pk *= nextRatio(k, size, odds);
    k += 1;
    cdf += pk;
  }
  return k;
}

/** Lower and upper quantiles (probability `q` each side) of NB(mean, phi). */
export function countBand(mean: number, phi: number, q: number): { low: number; high: number } {
  return { low: countQuantile(mean, phi, 1 - q), high: countQuantile(mean, phi, q) };
}

/**
 * How surprising a count `x` is under NB(mean, phi), as an equivalent one-sided normal z (mid-p, so a
 * discrete count at its own mean scores about 0). Poisson-aware for sparse series: with mean 0.05 a
 * single count scores about 2, not the 4.2 a normal approximation would claim.
 */
export function surpriseZ(x: number, mean: number, phi: number): number {
  if (!(mean > 0)) return x > 0 ? Z_CAP : 0;
  const sd = Math.sqrt(mean + phi * mean * mean);
  if (mean >= EXACT_LIMIT || x > mean + 40 * sd) return Math.max(-Z_CAP, Math.min(Z_CAP, (x - mean) / sd));
  const { p0, size, odds } = nb(mean, phi);
  const whole = Math.floor(x);
  let pk = p0;
  let below = 0; // P(X < whole)
  for (let k = 0; k < whole && k < MAX_K; k++) {
    below += pk;
    pk *= nextRatio(k, size, odds);
  }
  const atX = whole === x ? pk : 0;
  const upper = 1 - below - (whole === x ? 0.5 * atX : pk);
  if (upper <= 1e-15) return Z_CAP;
  return Math.max(-Z_CAP, Math.min(Z_CAP, normalQuantile(1 - upper)));
}
