import { inferBucketMs } from '../../server/detect/bucket-size';
import { NO_AGGREGATES } from '../../server/detect/incident';
import { createMonitor } from '../../server/detect/monitor';
import type { DetectorOverrides } from '../../server/detect/params';
import { normalise, threshold } from './nab-lib';
import type { Figures, Nab, NabOutput, NabSeries, Profile, Raw } from './nab-lib';

/**
 * Leave-one-series-out cross-validation of the detector on the NAB series: for each series, the
 * candidate parameter set with the best pooled standard score on the *other* series is chosen, and the
 * held-out series is scored with it. The pooled figure sums the held-out raws (NAB pools by summing).
 */

export type Candidate = { name: string; overrides: DetectorOverrides };
export type Fold = { key: string; chosen: string; held: Figures; train: Figures };
export type CvResult = { folds: Fold[]; pooled: Figures; fits: Map<string, Figures> };

/** The same monitor `outcry detect` runs (bucket size inferred from the timestamps), with overrides. */
export function runSeries(series: NabSeries, overrides: DetectorOverrides): NabOutput {
  const bucketMs = inferBucketMs(series.timestamps) ?? 300_000;
  const monitor = createMonitor(bucketMs, NO_AGGREGATES, { detector: overrides });
  let state = monitor.initial();
  const scores: number[] = [];
  for (let i = 0; i < series.timestamps.length; i++) {
    const step = monitor.step(state, { t: series.timestamps[i] ?? 0, value: series.values[i] ?? 0 });
    state = step.state;
    scores.push(step.score);
  }
  return { timestamps: series.timestamps, scores };
}

type Weights = Record<Profile, { tp: number; fp: number; fn: number }>;

export function crossValidate(
  nab: Nab & { profiles: Weights },
  candidates: readonly Candidate[],
  log: (line: string) => void,
): CvResult {
  const raws = new Map<string, Map<string, Raw>>();
  for (const c of candidates) {
    const outputs = new Map<string, NabOutput>();
    for (const key of nab.keys) {
      const series = nab.bench.get(key);
      if (series) outputs.set(key, runSeries(series, c.overrides));
    }
    raws.set(c.name, nab.perFile(outputs, threshold(0.5)));
  }
  log(`ran ${candidates.length} parameter sets on ${nab.keys.length} series`);
  const pick = (keys: string[], name: string): Raw[] =>
    keys.flatMap((k) => {
      const r = raws.get(name)?.get(k);
      return r ? [r] : [];
    });
  const folds: Fold[] = nab.keys.map((key) => {
    const train = nab.keys.filter((k) => k !== key);
    let best: { name: string; fig: Figures } | null = null;
    // Ties go to the earlier candidate: the defaults come first, so a tie never moves away from them.
    for (const c of candidates) {
      const fig = normalise(pick(train, c.name), nab.profiles);
      if (!best || fig.standard > best.fig.standard + 1e-9) best = { name: c.name, fig };
    }
    const chosen = best?.name ?? candidates[0]?.name ?? '';
    return {
      key,
      chosen,
      held: normalise(pick([key], chosen), nab.profiles),
      train: best?.fig ?? normalise([], nab.profiles),
    };
  });
  const pooled = normalise(
    folds.flatMap((f) => pick([f.key], f.chosen)),
    nab.profiles,
  );
  const fits = new Map(candidates.map((c) => [c.name, normalise(pick(nab.keys, c.name), nab.profiles)]));
  return { folds, pooled, fits };
}

/** Each published detector's figures per series (at its published thresholds) and pooled. */
export function publishedPerSeries(
  nab: Nab & { profiles: Weights },
  names: readonly string[],
): Map<string, { perSeries: Map<string, Figures>; pooled: Figures }> {
  const out = new Map<string, { perSeries: Map<string, Figures>; pooled: Figures }>();
  for (const name of names) {
    const p = nab.published(name);
    const raws = nab.perFile(p.outputs, p.thresholds);
    const perSeries = new Map<string, Figures>();
    for (const [k, r] of raws) perSeries.set(k, normalise([r], nab.profiles));
    out.set(name, { perSeries, pooled: normalise([...raws.values()], nab.profiles) });
  }
  return out;
}
