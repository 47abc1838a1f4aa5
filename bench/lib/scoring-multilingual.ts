import { loadForeignVocab } from '../../server/scoring/lexicons/natural-vocab';
import type { Scorer } from '../../server/scoring/scorer';
import { kFolds } from './lexicon-derive';
import { type LabelledText, MULTILINGUAL_SETS, readLabelled } from './multilingual-data';
import { deriveAndMeasure, fitBand, labels, type Scored, scoreWith } from './multilingual-eval';
import { type Class3, macroF1 } from './scoring-metrics';

// The multilingual rows of bench:scoring: 3-class macro-F1 with the language detected, on the held-out file
// (val/dev) with the shipped scorer, and cross-validated on train (5 folds): for NoReC the Norwegian lexicon is
// derived on four folds and scored on the fifth; for XLM-T the fitted part is the neutral band.

const LABEL: Readonly<Record<string, Class3>> = { negative: -1, neutral: 0, positive: 1 };

export interface MultilingualSet {
  name: string;
  lang: string;
  train: LabelledText[];
  heldOut: LabelledText[];
}

export function readMultilingual(dir: string): MultilingualSet[] {
  return MULTILINGUAL_SETS.map(([name, train, held]) => ({
    name,
    lang: name.slice(-2),
    train: readLabelled(dir, train),
    heldOut: readLabelled(dir, held),
  }));
}

/** Macro-F1 of the production scorer on the held-out file, language detected. */
export function heldOutF1(scorer: Scorer, set: MultilingualSet): number {
  const pred = set.heldOut.map((r) => LABEL[scorer.score(r.text).label] ?? 0);
  return macroF1(
    set.heldOut.map((r) => r.gold),
    pred,
    [-1, 0, 1],
  );
}

/** k-fold cross-validated macro-F1 on the training file. */
export function crossValidatedF1(set: MultilingualSet, k = 5): number {
  const negators = loadForeignVocab(set.lang)?.negators ?? new Set<string>();
  if (set.lang === 'no') return deriveAndMeasure(set.train, set.heldOut, set.lang, negators, k).cv;
  const scored = scoreWith(set.train, set.lang);
  const gold = set.train.map((r) => r.gold);
  const index = set.train.map((_, i) => i);
  const pred: Class3[] = new Array(set.train.length).fill(0);
  for (const fold of kFolds(index, k)) {
    const band = fitBand(
      fold.train.map((i) => scored[i] as Scored),
      fold.train.map((i) => gold[i] ?? 0),
    );
    const out = labels(
      fold.test.map((i) => scored[i] as Scored),
      band,
    );
    fold.test.forEach((i, j) => {
      pred[i] = out[j] ?? 0;
    });
  }
  return macroF1(gold, pred, [-1, 0, 1]);
}

/** Share of texts detected as `lang` === 'en' (train and held-out together). */
export function englishShare(detect: (text: string) => string, set: MultilingualSet): number {
  const all = [...set.train, ...set.heldOut];
  return all.filter((r) => detect(r.text) === 'en').length / all.length;
}
