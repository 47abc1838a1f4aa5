/**
 * Two-parameter trend fits used to correct a statement's before/after comparison for the incident's own
 * course: Poisson (log-linear) for counts, logistic for shares. Newton-Raphson; the covariance carries
 * an overdispersion factor estimated from the residuals (at least 1), so noisy windows give wide bands.
 */

export type TrendFit = {
  /** Value of the linear predictor at x = 0 and its slope per unit of x. */
  a: number;
  b: number;
  /** Covariance of (a, b): [var a, cov ab, var b]. */
  cov: [number, number, number];
  dispersion: number;
};

const MAX_SLOPE = 0.2;
const clampSlope = (b: number): number => Math.max(-MAX_SLOPE, Math.min(MAX_SLOPE, b));

type Moments = { g0: number; g1: number; h00: number; h01: number; h11: number };

/** Newton-Raphson on (a, b), with a Gaussian prior of sd `slopeSd` on the slope (a ridge towards flat). */
function newton(
  a0: number,
  raw: (a: number, b: number) => Moments,
  slopeSd: number,
): { a: number; b: number; m: Moments } {
  const lambda = Number.isFinite(slopeSd) && slopeSd > 0 ? 1 / (slopeSd * slopeSd) : 0;
  const moments = (a: number, b: number): Moments => {
    const m = raw(a, b);
    return { ...m, g1: m.g1 - lambda * b, h11: m.h11 + lambda };
  };
  let a = a0;
  let b = 0;
  let m = moments(a, b);
  for (let i = 0; i < 40; i++) {
    const det = m.h00 * m.h11 - m.h01 * m.h01;
    if (!(det > 1e-12)) break;
    const da = (m.h11 * m.g0 - m.h01 * m.g1) / det;
    const db = (m.h00 * m.g1 - m.h01 * m.g0) / det;
    a += Math.max(-2, Math.min(2, da));
    b = clampSlope(b + Math.max(-0.05, Math.min(0.05, db)));
    m = moments(a, b);
    if (Math.abs(da) < 1e-7 && Math.abs(db) < 1e-9) break;
  }
  return { a, b, m };
}

function covariance(m: Moments, dispersion: number): [number, number, number] {
  const det = m.h00 * m.h11 - m.h01 * m.h01;
  if (!(det > 1e-12)) return [Number.POSITIVE_INFINITY, 0, Number.POSITIVE_INFINITY];
  return [(dispersion * m.h11) / det, (-dispersion * m.h01) / det, (dispersion * m.h00) / det];
}

const dispersionOf = (pearson: number, n: number): number =>
  n > 2 ? Math.min(10, Math.max(1, pearson / (n - 2))) : 1;

/** Poisson regression log E[y] = a + b x. All-zero data gives a tiny rate, not minus infinity. */
export function fitPoissonTrend(
  xs: readonly number[],
  ys: readonly number[],
  slopeSd = Number.POSITIVE_INFINITY,
): TrendFit {
  const n = xs.length;
  const total = ys.reduce((s, y) => s + y, 0);
  // Half a pseudo-count at the centre keeps an all-zero window finite (rate ~ 0.5 / n).
  const cx = n > 0 ? xs.reduce((s, x) => s + x, 0) / n : 0;
  const moments = (a: number, b: number): Moments => {
    const m: Moments = { g0: 0, g1: 0, h00: 0, h01: 0, h11: 0 };
    const add = (x: number, y: number, w: number) => {
      const mu = Math.exp(a + b * x) * w;
      m.g0 += y - mu;
      m.g1 += (y - mu) * x;
      m.h00 += mu;
      m.h01 += mu * x;
      m.h11 += mu * x * x;
    };
    xs.forEach((x, i) => {
      add(x, ys[i] ?? 0, 1);
    });
    add(cx, 0.5, 1);
    return m;
  };
  const { a, b, m } = newton(Math.log((total + 0.5) / Math.max(1, n)), moments, slopeSd);
  let pearson = 0;
  xs.forEach((x, i) => {
    const mu = Math.exp(a + b * x);
    pearson += ((ys[i] ?? 0) - mu) ** 2 / Math.max(mu, 1e-9);
  });
  const dispersion = dispersionOf(pearson, n);
  return { a, b, cov: covariance(m, dispersion), dispersion };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Logistic regression of k successes out of n trials per x: logit p = a + b x. */
export function fitLogisticTrend(
  xs: readonly number[],
  ks: readonly number[],
  ns: readonly number[],
  slopeSd = Number.POSITIVE_INFINITY,
): TrendFit {
  const K = ks.reduce((s, k) => s + k, 0);
  const N = ns.reduce((s, k) => s + k, 0);
  const cx = xs.length > 0 ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
  const moments = (a: number, b: number): Moments => {
    const m: Moments = { g0: 0, g1: 0, h00: 0, h01: 0, h11: 0 };
    const add = (x: number, k: number, trials: number) => {
      if (trials <= 0) return;
      const p = sigmoid(a + b * x);
      const w = trials * p * (1 - p);
      m.g0 += k - trials * p;
      m.g1 += (k - trials * p) * x;
      m.h00 += w;
      m.h01 += w * x;
      m.h11 += w * x * x;
    };
    xs.forEach((x, i) => {
      add(x, ks[i] ?? 0, ns[i] ?? 0);
    });
    // One pseudo-trial (half a success) at the centre: all-or-nothing windows stay finite.
    add(cx, 0.5, 1);
    return m;
  };
  const p0 = (K + 0.5) / (N + 1);
  const { a, b, m } = newton(Math.log(p0 / (1 - p0)), moments, slopeSd);
  let pearson = 0;
  let cells = 0;
  xs.forEach((x, i) => {
    const trials = ns[i] ?? 0;
    if (trials <= 0) return;
    const p = sigmoid(a + b * x);
    pearson += ((ks[i] ?? 0) - trials * p) ** 2 / Math.max(trials * p * (1 - p), 1e-9);
    cells++;
  });
  const dispersion = dispersionOf(pearson, cells);
  return { a, b, cov: covariance(m, dispersion), dispersion };
}

export type Forecast = { mean: number; variance: number };

const jVar = (fit: TrendFit, j0: number, j1: number): number =>
  j0 * j0 * fit.cov[0] + 2 * j0 * j1 * fit.cov[1] + j1 * j1 * fit.cov[2];

/**
 * Expected total count over points `xs` under a Poisson fit, with its variance (noise + fit
 * uncertainty). `floors[i]`, when given, is a level the count at `xs[i]` is not expected to fall below.
 */
export function forecastCount(fit: TrendFit, xs: readonly number[], floors?: readonly number[]): Forecast {
  let mean = 0;
  let j0 = 0;
  let j1 = 0;
  xs.forEach((x, i) => {
    const mu = Math.exp(fit.a + fit.b * x);
    const floor = floors?.[i] ?? 0;
    if (mu >= floor) {
      mean += mu;
      j0 += mu;
      j1 += mu * x;
    } else mean += floor;
  });
  return { mean, variance: fit.dispersion * mean + jVar(fit, j0, j1) };
}

/**
 * Expected successes among `ns` trials at points `xs` under a logistic fit, with its variance.
 * `floor`, when given, is a share the forecast is not expected to fall below.
 */
export function forecastShare(
  fit: TrendFit,
  xs: readonly number[],
  ns: readonly number[],
  floor = 0,
): Forecast {
  let mean = 0;
  let j0 = 0;
  let j1 = 0;
  xs.forEach((x, i) => {
    const trials = ns[i] ?? 0;
    const p = sigmoid(fit.a + fit.b * x);
    if (p < floor) {
      mean += trials * floor;
      return;
    }
    mean += trials * p;
    j0 += trials * p * (1 - p);
    j1 += trials * p * (1 - p) * x;
  });
  return { mean, variance: fit.dispersion * Math.max(j0, 1e-9) + jVar(fit, j0, j1) };
}
