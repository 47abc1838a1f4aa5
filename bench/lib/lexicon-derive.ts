import type { Class3 } from './scoring-metrics';

// Derives a sentiment lexicon from labelled sentences: the log-odds ratio of a word between positive and
// negative sentences, with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words").
// The prior (the word's share of all sentences, neutral ones included, times ALPHA0) shrinks rare words
// towards 0; a word is kept only when it occurs in MIN_COUNT sentences and its z-score clears Z_MIN, so a
// word seen twice in positive reviews does not become "positive". Valence is the log-odds itself, clamped
// to VADER's scale. Counts are per sentence (presence), so one repeated word does not dominate.

export interface DeriveOptions {
  minCount: number;
  zMin: number;
  alpha0: number;
  /** Function words and negators: they carry no sentiment of their own (negation is a rule). */
  exclude?: ReadonlySet<string>;
}

/** Chosen by 5-fold cross-validation on NoReC train (grid: min count 2/3/5, |z| .5/1/1.5/1.96, alpha0 50/200/1000), min count at least 3. */
export const DERIVE_DEFAULTS: DeriveOptions = { minCount: 3, zMin: 0.5, alpha0: 1000 };
const MAX_VALENCE = 3.5;

export interface Sentence {
  words: readonly string[];
  gold: Class3;
}

export function deriveLexicon(
  rows: readonly Sentence[],
  o: DeriveOptions = DERIVE_DEFAULTS,
): Map<string, number> {
  const pos = new Map<string, number>();
  const neg = new Map<string, number>();
  const all = new Map<string, number>();
  let nPos = 0;
  let nNeg = 0;
  let nAll = 0;
  for (const r of rows) {
    const seen = new Set(r.words);
    for (const w of seen) {
      all.set(w, (all.get(w) ?? 0) + 1);
      nAll++;
      if (r.gold === 1) {
        pos.set(w, (pos.get(w) ?? 0) + 1);
        nPos++;
      } else if (r.gold === -1) {
        neg.set(w, (neg.get(w) ?? 0) + 1);
        nNeg++;
      }
    }
  }
  const out = new Map<string, number>();
  for (const [w, count] of all) {
    if (count < o.minCount || !/\p{L}/u.test(w) || o.exclude?.has(w)) continue;
    const a = (o.alpha0 * count) / nAll;
    const yp = pos.get(w) ?? 0;
    const yn = neg.get(w) ?? 0;
    const delta =
      Math.log((yp + a) / (nPos + o.alpha0 - yp - a)) - Math.log((yn + a) / (nNeg + o.alpha0 - yn - a));
    const z = delta / Math.sqrt(1 / (yp + a) + 1 / (yn + a));
    if (Math.abs(z) < o.zMin) continue;
    out.set(w, Math.round(Math.max(-MAX_VALENCE, Math.min(MAX_VALENCE, delta)) * 10) / 10);
  }
  return out;
}

/** Deterministic k-fold split by position: fold f holds rows i with i % k === f. */
export function kFolds<T>(rows: readonly T[], k: number): Array<{ train: T[]; test: T[] }> {
  return Array.from({ length: k }, (_, f) => ({
    train: rows.filter((_, i) => i % k !== f),
    test: rows.filter((_, i) => i % k === f),
  }));
}
