// Metrics for the scoring benchmark, following /work/shared/bench/README.md protocols.

export type Class3 = -1 | 0 | 1;

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i] ?? 0;
    sy += ys[i] ?? 0;
  }
  const mx = sx / n;
  const my = sy / n;
  let cov = 0;
  let vx = 0;
  let vy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    cov += dx * dy;
    vx += dx * dx;
    vy += dy * dy;
  }
  return vx === 0 || vy === 0 ? 0 : cov / Math.sqrt(vx * vy);
}

export interface F1 {
  precision: number;
  recall: number;
  f1: number;
}

export function f1Of(tp: number, fp: number, fn: number): F1 {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Macro-F1 over the classes present in gold or predictions. */
export function macroF1<T>(gold: readonly T[], pred: readonly T[], classes: readonly T[]): number {
  let sum = 0;
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i] === c;
      const p = pred[i] === c;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    sum += f1Of(tp, fp, fn).f1;
  }
  return sum / classes.length;
}

export function binaryF1(gold: readonly boolean[], pred: readonly boolean[]): F1 {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (gold[i] && pred[i]) tp++;
    else if (pred[i]) fp++;
    else if (gold[i]) fn++;
  }
  return f1Of(tp, fp, fn);
}

export interface SentimentFigures {
  r: number;
  macroF1: number;
  binaryAcc: number;
}

/** gold: mean ratings on -4..+4 (neutral if |mean| < 0.5); band: the scorer's own neutral band. */
export function sentimentFigures(
  gold: readonly number[],
  scores: readonly number[],
  band: number,
  labels?: readonly Class3[],
): SentimentFigures {
  const goldClass: Class3[] = gold.map((g) => (Math.abs(g) < 0.5 ? 0 : g > 0 ? 1 : -1));
  // The predicted class is the scorer's own: its labels when it has them, else its band on the score.
  const predClass: Class3[] = labels
    ? [...labels]
    : scores.map((s) => (Math.abs(s) < band || s === 0 ? 0 : s > 0 ? 1 : -1));
  let right = 0;
  let total = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = goldClass[i];
    if (g === 0) continue;
    total++;
    const s = scores[i] ?? 0;
    if (s !== 0 && (s > 0 ? 1 : -1) === g) right++;
  }
  return {
    r: pearson(scores, gold),
    macroF1: macroF1<Class3>(goldClass, predClass, [-1, 0, 1]),
    binaryAcc: total === 0 ? 0 : right / total,
  };
}

export interface Throughput {
  /** Texts per wall-clock second. */
  wall: number;
  /** Texts per second of this process's CPU time: steadier when other work shares the machine. */
  cpu: number;
}

/**
 * Texts per second, one thread: a warm-up pass each, then three rounds in which every scorer gets one timed
 * pass in turn; the best pass per scorer counts. Taking turns means a busy moment on a shared machine hits
 * all scorers alike, so the ratios stay fair.
 */
export function throughputs(
  texts: readonly string[],
  fns: readonly ((text: string) => unknown)[],
  minMs = 300,
) {
  let sink = 0;
  for (const fn of fns) for (const t of texts) if (fn(t)) sink++;
  const best: Throughput[] = fns.map(() => ({ wall: 0, cpu: 0 }));
  for (let round = 0; round < 3; round++) {
    fns.forEach((fn, k) => {
      let n = 0;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      let elapsed = 0;
      do {
        for (const t of texts) if (fn(t)) sink++;
        n += texts.length;
        elapsed = performance.now() - t0;
      } while (elapsed < minMs);
      const cpu = process.cpuUsage(c0);
      const b = best[k];
      if (!b) return;
      b.wall = Math.max(b.wall, (n / elapsed) * 1000);
      b.cpu = Math.max(b.cpu, n / ((cpu.user + cpu.system) / 1e6));
    });
  }
  return sink >= 0 ? best : [];
}
