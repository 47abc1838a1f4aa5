// npx tsx bench/scoring-fit.ts [--data DIR] [--cv]: fits the complaint model's cue weights (server/scoring/complaint.ts)
// by L2-regularised logistic regression on the dev complaint sets, each set weighted equally. The features are
// hand-made and few, so the fit sets how much each cue counts, not which texts are complaints. The printed
// weights are rounded and pasted into complaint.ts by hand; `npm run bench:scoring` then measures them.

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURES } from '../server/scoring/complaint';
import { evaluate, fitWeights, rowsOf } from './lib/complaint-fit';
import { readAirline, readPreotiuc } from './lib/scoring-data';

const i = process.argv.indexOf('--data');
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(
  process.argv[i + 1] && i >= 0
    ? (process.argv[i + 1] ?? '')
    : (process.env.OUTCRY_BENCH_DATA ?? resolve(repo, '../shared/bench')),
);

const rows = [...rowsOf(readPreotiuc(dir), 0), ...rowsOf(readAirline(dir), 1)];
const weights = fitWeights(rows);
console.log('const WEIGHTS = {');
for (const [k, f] of FEATURES.entries()) console.log(`  '${f}': ${(weights[k] ?? 0).toFixed(1)},`);
console.log('};');
const [p, a] = evaluate(rows, weights);
console.log(`in-sample macro-F1: preotiuc ${p.toFixed(3)}, airline ${a.toFixed(3)}`);
if (process.argv.includes('--cv')) {
  // Two-fold estimate of how the fitted weights do on rows they were not fitted on.
  const folds = [0, 1].map((fold) => {
    const train = rows.filter((_, k) => k % 2 !== fold);
    return evaluate(
      rows.filter((_, k) => k % 2 === fold),
      fitWeights(train),
    );
  });
  const mean = (s: 0 | 1) => ((folds[0]?.[s] ?? 0) + (folds[1]?.[s] ?? 0)) / 2;
  console.log(`2-fold held-out macro-F1: preotiuc ${mean(0).toFixed(3)}, airline ${mean(1).toFixed(3)}`);
}
