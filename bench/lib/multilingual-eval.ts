import { createAnalyzer } from '../../server/scoring/analyzer';
import type { ForeignVocab } from '../../server/scoring/lexicons/natural-vocab';
import { STOPWORDS } from '../../server/scoring/lexicons/stopwords';
import { mergeTaxonomy } from '../../server/scoring/scorer';
import { type Band, labelOf, sentimentOf } from '../../server/scoring/sentiment';
import { normOf, tokenize, WORD, HASHTAG } from '../../server/scoring/tokenizer';
import { DERIVE_DEFAULTS, type DeriveOptions, deriveLexicon, kFolds, type Sentence } from './lexicon-derive';
import type { LabelledText } from './multilingual-data';
import { type Class3, macroF1 } from './scoring-metrics';

// Measures a language's vocabulary the way a feed would meet it (language detected), and cross-validates
// a lexicon derived from training sentences: derived on k-1 folds, scored on the fold left out.

const CLASS: Record<string, Class3> = { negative: -1, neutral: 0, positive: 1 };
const base = createAnalyzer(mergeTaxonomy(undefined), []);

/** The words the scorer reads (lower-cased words and hashtags), so a derived lexicon matches its lookups. */
export function wordsOf(text: string): string[] {
  const tk = tokenize(text, base.lex);
  const out: string[] = [];
  for (const t of tk.tokens) if (t.kind === WORD || t.kind === HASHTAG) out.push(normOf(text, t));
  return out;
}

export interface Scored {
  sentiment: number;
  hits: number;
  lang: string;
  scored: boolean;
}

/** Scores rows with `vocab` standing in for `lang`'s shipped vocabulary (detection as in production). */
export function scoreWith(rows: readonly LabelledText[], lang: string, vocab?: ForeignVocab): Scored[] {
  const analyzer = createAnalyzer(mergeTaxonomy(undefined), undefined, vocab ? { [lang]: vocab } : undefined);
  return rows.map((r) => {
    const a = analyzer.analyze(r.text, undefined);
    if (!a.evidence) return { sentiment: 0, hits: 0, lang: a.lang, scored: false };
    return { sentiment: sentimentOf(a.evidence), hits: a.evidence.hits, lang: a.lang, scored: true };
  });
}

export function labels(scored: readonly Scored[], band?: Band): Class3[] {
  return scored.map((s) => CLASS[labelOf(s.sentiment, s.hits, band)] ?? 0);
}

const GRID = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];

/** The neutral band that gives the best macro-F1 on these (held-out) scores. */
export function fitBand(scored: readonly Scored[], gold: readonly Class3[]): Band {
  let best = { band: { single: 0.25, multi: 0.05 }, f: -1 };
  for (const single of GRID)
    for (const multi of GRID) {
      const f = macroF1(gold, labels(scored, { single, multi }), [-1, 0, 1]);
      if (f > best.f + 1e-9) best = { band: { single, multi }, f };
    }
  return best.band;
}

export interface Derived {
  vocab: ForeignVocab;
  /** Out-of-fold macro-F1 on the training rows (k-fold). */
  cv: number;
  /** Macro-F1 on the held-out file with the lexicon derived from all training rows. */
  heldOut: number;
}

/**
 * k-fold on train: derive on k-1 folds, score the fold left out; the band is fitted on those out-of-fold
 * scores. The final lexicon is derived from all of train and measured once on the held-out file.
 */
export function deriveAndMeasure(
  train: readonly LabelledText[],
  heldOut: readonly LabelledText[],
  lang: string,
  negators: ReadonlySet<string>,
  k = 5,
  options: DeriveOptions = DERIVE_DEFAULTS,
): Derived {
  const sentences = (rows: readonly LabelledText[]): Sentence[] =>
    rows.map((r) => ({ words: wordsOf(r.text), gold: r.gold }));
  const o = { ...options, exclude: new Set([...(STOPWORDS[lang] ?? []), ...negators]) };
  const oof: Scored[] = [];
  const oofGold: Class3[] = [];
  for (const fold of kFolds(train, k)) {
    const valence = deriveLexicon(sentences(fold.train), o);
    oof.push(...scoreWith(fold.test, lang, { valence, negators }));
    oofGold.push(...fold.test.map((r) => r.gold));
  }
  const band = fitBand(oof, oofGold);
  const cv = macroF1(oofGold, labels(oof, band), [-1, 0, 1]);
  const vocab: ForeignVocab = { valence: deriveLexicon(sentences(train), o), negators, band };
  const h = scoreWith(heldOut, lang, vocab);
  return {
    vocab,
    cv,
    heldOut: macroF1(
      heldOut.map((r) => r.gold),
      labels(h, band),
      [-1, 0, 1],
    ),
  };
}
