import { evaluate, fitWeights, predict, type Row, rowsOf } from './complaint-fit';
import { kFolds } from './lexicon-derive';
import type { ComplaintText } from './scoring-data';
import { macroF1 } from './scoring-metrics';

// Cross-validated complaint figures: the cue weights are the one fitted part of the complaint model, so they
// are refitted without the rows they are measured on. k-fold mixes both sets in every fold; leave-one-set-out
// fits on one set and measures on the other, which shows a weight that only suits one corpus.

export interface ComplaintCv {
  /** Macro-F1 [preotiuc, airline] of the out-of-fold decisions. */
  kfold: [number, number];
  /** Macro-F1 [preotiuc, airline], each fitted on the other set only. */
  leaveOneSetOut: [number, number];
}

export function complaintCv(
  preotiuc: readonly ComplaintText[],
  airline: readonly ComplaintText[],
  k = 5,
): ComplaintCv {
  const rows: Row[] = [...rowsOf(preotiuc, 0), ...rowsOf(airline, 1)];
  const decided = new Map<Row, boolean>();
  for (const fold of kFolds(rows, k)) {
    const beta = fitWeights(fold.train);
    const pred = predict(fold.test, beta);
    fold.test.forEach((r, i) => {
      decided.set(r, pred[i] ?? false);
    });
  }
  const kfold = [0, 1].map((set) => {
    const part = rows.filter((r) => r.set === set);
    return macroF1(
      part.map((r) => r.y === 1),
      part.map((r) => decided.get(r) ?? false),
      [true, false],
    );
  });
  const onP = fitWeights(rows.filter((r) => r.set === 0));
  const onA = fitWeights(rows.filter((r) => r.set === 1));
  return {
    kfold: [kfold[0] ?? 0, kfold[1] ?? 0],
    leaveOneSetOut: [evaluate(rows, onA)[0], evaluate(rows, onP)[1]],
  };
}
