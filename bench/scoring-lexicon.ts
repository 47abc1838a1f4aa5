// npx tsx bench/scoring-lexicon.ts [--data DIR] [--write]: derives the Norwegian sentiment lexicon from NoReC's
// training sentences (bench/lib/lexicon-derive.ts: smoothed log-odds with a prior, minimum count, z-score),
// prints its 5-fold cross-validated and held-out (NoReC dev) macro-F1, and with --write stores it as
// server/scoring/lexicons/files/sentiment-no.json. NoReC's licence lets a derived lexicon ship; the sentences
// themselves never leave ../shared. The XLM-T sets' licence does not say so, so their lexicons are derived
// here for measurement only and never written.

import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadForeignVocab } from '../server/scoring/lexicons/natural-vocab';
import { MULTILINGUAL_SETS, readLabelled } from './lib/multilingual-data';
import { deriveAndMeasure, fitBand, labels, scoreWith } from './lib/multilingual-eval';
import { macroF1 } from './lib/scoring-metrics';
import { DERIVE_DEFAULTS } from './lib/lexicon-derive';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--data');
const dir = resolve(
  (i >= 0 ? process.argv[i + 1] : undefined) ??
    process.env.OUTCRY_BENCH_DATA ??
    resolve(repo, '../shared/bench'),
);

const bands: Record<string, unknown> = {};
for (const [name, trainFile, heldFile] of MULTILINGUAL_SETS) {
  const lang = name.slice(-2);
  const train = readLabelled(dir, trainFile);
  const held = readLabelled(dir, heldFile);
  if (lang !== 'no') {
    // The shipped vocabulary (natural's) with its neutral band fitted on train, measured on val.
    const band = fitBand(
      scoreWith(train, lang),
      train.map((r) => r.gold),
    );
    const f = macroF1(
      held.map((r) => r.gold),
      labels(scoreWith(held, lang), band),
      [-1, 0, 1],
    );
    bands[lang] = band;
    console.log(
      `${name}: shipped vocabulary, band fitted on train ${JSON.stringify(band)}, val macro-F1 ${f.toFixed(3)}`,
    );
  }
  const negators = loadForeignVocab(lang)?.negators ?? new Set<string>();
  const d = deriveAndMeasure(train, held, lang, negators);
  console.log(
    `${name}: derived lexicon ${d.vocab.valence.size} words, band ${JSON.stringify(d.vocab.band)}, 5-fold CV macro-F1 ${d.cv.toFixed(3)}, held-out ${d.heldOut.toFixed(3)}`,
  );
  if (lang === 'no' && process.argv.includes('--write')) {
    const valence = Object.fromEntries([...d.vocab.valence].sort(([a], [b]) => a.localeCompare(b)));
    const file = resolve(repo, 'server/scoring/lexicons/files/sentiment-no.json');
    const doc = {
      source:
        'Derived from NoReC sentence-level training split (ltgoslo/norec_sentence 7918ed9b, 3class/train); CC BY-NC 4.0 corpus whose licence lets derived lexicons be used freely',
      method: `smoothed log-odds, informative Dirichlet prior (alpha0 ${DERIVE_DEFAULTS.alpha0}), min count ${DERIVE_DEFAULTS.minCount}, |z| >= ${DERIVE_DEFAULTS.zMin}; bench/scoring-lexicon.ts`,
      band: d.vocab.band,
      valence,
    };
    writeFileSync(file, `${JSON.stringify(doc, null, 1)}\n`);
    console.log(`wrote ${file}`);
  }
}
if (process.argv.includes('--write')) {
  const file = resolve(repo, 'server/scoring/lexicons/files/bands.json');
  writeFileSync(
    file,
    `${JSON.stringify({ source: 'neutral bands fitted on the XLM-T train splits (bench/scoring-lexicon.ts)', bands }, null, 1)}\n`,
  );
  console.log(`wrote ${file}`);
}
