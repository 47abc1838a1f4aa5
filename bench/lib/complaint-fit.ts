import { createAnalyzer } from '../../server/scoring/analyzer';
import { complaintFeatures, FEATURES } from '../../server/scoring/complaint';
import { mergeTaxonomy } from '../../server/scoring/scorer';
import { sentimentOf } from '../../server/scoring/sentiment';
import type { ComplaintText } from './scoring-data';
import { macroF1 } from './scoring-metrics';

// The complaint model's fit (bench/scoring-fit.ts) as functions, so that bench:scoring can refit it on
// training folds and measure it on the rows it did not see.

const analyzer = createAnalyzer(mergeTaxonomy(undefined));

const L2 = 0.002;
/**
 * Cues the dev sets barely contain but the product must honour ("is the app down??", "payment never arrived"):
 * their weights are fixed by judgement and the rest is fitted around them.
 */
const PRIORS: Partial<Record<(typeof FEATURES)[number], number>> = {
  'availability-question': 1.2,
  'failure-question': 1.0,
  'service-failure': 0.6,
  hardship: 1.0,
};
const EPOCHS = 3000;
const RATE = 0.5;

export interface Row {
  x: number[];
  y: number;
  w: number;
  /** 0 = preotiuc, 1 = airline */
  set: number;
}

export function rowsOf(data: readonly ComplaintText[], set: number): Row[] {
  return data.map((r) => {
    const ev = analyzer.analyze(r.text, 'en').evidence;
    const x = ev ? complaintFeatures(ev, sentimentOf(ev)) : FEATURES.map((_, k) => (k === 0 ? 1 : 0));
    return { x, y: r.complaint ? 1 : 0, w: 1 / data.length, set };
  });
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (x: readonly number[], beta: readonly number[]) =>
  x.reduce((a, v, k) => a + v * (beta[k] ?? 0), 0);

/** L2-regularised logistic regression by gradient descent, PRIORS held fixed; rounded to 0.1. */
export function fitWeights(rows: readonly Row[]): number[] {
  const total = rows.reduce((a, r) => a + r.w, 0);
  const beta = FEATURES.map((f) => PRIORS[f] ?? 0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = FEATURES.map(() => 0);
    for (const r of rows) {
      const err = sigmoid(dot(r.x, beta)) - r.y;
      for (let k = 0; k < grad.length; k++) grad[k] = (grad[k] ?? 0) + (r.w * err * (r.x[k] ?? 0)) / total;
    }
    for (let k = 0; k < beta.length; k++) {
      const f = FEATURES[k];
      if (f === undefined || PRIORS[f] !== undefined) continue;
      beta[k] = (beta[k] ?? 0) - RATE * ((grad[k] ?? 0) + (k === 0 ? 0 : L2 * (beta[k] ?? 0)));
    }
  }
  const rounded = beta.map((b) => Math.round(b * 10) / 10);
  // Log-loss is not macro-F1: shift the bias to the one global decision point that serves both sets best.
  let best = { offset: 0, mean: -1 };
  for (let o = -1; o <= 1.001; o += 0.1) {
    const mean = (evaluate(rows, rounded, o)[0] + evaluate(rows, rounded, o)[1]) / 2;
    if (mean > best.mean + 1e-9) best = { offset: Math.round(o * 10) / 10, mean };
  }
  rounded[0] = Math.round(((rounded[0] ?? 0) + best.offset) * 10) / 10;
  return rounded;
}

/** Macro-F1 on [preotiuc, airline]. */
export function evaluate(rows: readonly Row[], beta: readonly number[], offset = 0): [number, number] {
  const out: [number, number] = [0, 0];
  for (const set of [0, 1] as const) {
    const part = rows.filter((r) => r.set === set);
    const pred = part.map((r) => dot(r.x, beta) + offset >= 0);
    out[set] = macroF1(
      part.map((r) => r.y === 1),
      pred,
      [true, false],
    );
  }
  return out;
}

/** The model's decisions (complaint or not) for `rows`. */
export function predict(rows: readonly Row[], beta: readonly number[]): boolean[] {
  return rows.map((r) => dot(r.x, beta) >= 0);
}
