import { crossValidate, publishedPerSeries } from './lib/detect-cv';
import type { Candidate } from './lib/detect-cv';
import { loadNab } from './lib/nab-lib';
import type { Figures } from './lib/nab-lib';

/**
 * The headline of `bench:detect`: leave-one-series-out cross-validation on the NAB series. The grid is
 * the detector's memory lengths, the only parameters whose right value depends on the data's time
 * scale (how long a level and a brand's record of bursts stay relevant); everything else is a fixed
 * constant of the model. The defaults come first, so a tie keeps them.
 */

const DAY = 86_400_000;
const HOUR = 3_600_000;

export const CV_GRID: Candidate[] = [10, 7, 14].flatMap((recordDays) =>
  [48, 24, 72].map((levelHours) => ({
    name: `record ${recordDays} d, level ${levelHours} h`,
    overrides: { recordHalfLifeMs: recordDays * DAY, baseline: { levelHalfLifeMs: levelHours * HOUR } },
  })),
);

const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '-');
const short = (key: string): string => key.replace(/^.*\//, '').replace(/\.csv$/, '');
const scores = (f: Figures): string => `${fmt(f.standard)} | ${fmt(f.lowFp)} | ${fmt(f.lowFn)}`;

export async function cvSection(
  paths: { outage: string; data: string; scorer: string },
  published: readonly string[],
  log: (line: string) => void,
): Promise<{ lines: string[]; pooled: Figures }> {
  const nab = await loadNab(paths);
  const cv = crossValidate(nab, CV_GRID, log);
  const pub = publishedPerSeries(nab, published);
  const bestOn = (key: string): { name: string; fig: Figures } | null => {
    let best: { name: string; fig: Figures } | null = null;
    for (const [name, p] of pub) {
      const fig = p.perSeries.get(key);
      if (fig && (!best || fig.standard > best.fig.standard)) best = { name, fig };
    }
    return best;
  };
  const rows = cv.folds.map((f) => {
    const best = bestOn(f.key);
    const gap = best ? f.held.standard - best.fig.standard : Number.NaN;
    const ok = Number.isFinite(gap) && gap >= -3 ? 'yes' : 'no';
    return `| ${short(f.key)} | ${f.chosen} (train ${fmt(f.train.standard)}) | ${scores(f.held)} | ${f.held.detected}/${f.held.windows} | ${f.held.fpRows} | ${best ? `${best.name} ${fmt(best.fig.standard)} / ${fmt(best.fig.lowFp)} / ${fmt(best.fig.lowFn)}` : '-'} | ${fmt(gap)} | ${ok} |`;
  });
  const p = cv.pooled;
  const pubRows = [...pub]
    .sort((a, b) => b[1].pooled.standard - a[1].pooled.standard)
    .slice(0, 5)
    .map(
      ([name, x]) =>
        `| ${name} | ${scores(x.pooled)} | ${x.pooled.detected}/${x.pooled.windows} | ${x.pooled.fpRows} |`,
    );
  const fits = [...cv.fits].map(
    ([name, f]) => `| ${name} | ${scores(f)} | ${f.detected}/${f.windows} | ${f.fpRows} |`,
  );
  const lines = [
    `## Leave-one-series-out cross-validation (headline; ${nab.keys.length} series)`,
    '',
    'For each series, the parameter set with the best pooled standard score on the other series is chosen',
    `from ${CV_GRID.length} sets (record half-life x level half-life) and the held-out series is scored with it,`,
    'by the shared NAB scorer at threshold 0.5. Pooled = the held-out raws summed (NAB pools by summing).',
    'Target: pooled standard >= 85, each fold at least the best published detector on that series - 3.',
    '',
    '| held-out series | chosen on the other five | standard | low FP | low FN | windows | FP alerts | best published on it (std / low FP / low FN) | gap (std) | within 3 |',
    '|---|---|---:|---:|---:|---:|---:|---|---:|---|',
    ...rows,
    `| **pooled** | | **${fmt(p.standard)}** | **${fmt(p.lowFp)}** | **${fmt(p.lowFn)}** | ${p.detected}/${p.windows} | ${p.fpRows} | | | |`,
    '',
    'Published detectors, pooled on the same series at their published thresholds (top 5):',
    '',
    '| detector | standard | low FP | low FN | windows | FP alerts |',
    '|---|---:|---:|---:|---:|---:|',
    ...pubRows,
    '',
    'In-sample fit of every parameter set on all series (not a generalisation figure: how far apart the folds',
    'can drift):',
    '',
    '| parameters | standard | low FP | low FN | windows | FP alerts |',
    '|---|---:|---:|---:|---:|---:|',
    ...fits,
  ];
  return { lines, pooled: p };
}
