import { TERM_STOPWORDS } from './term-stopwords';

/**
 * Emerging terms: words and two-word phrases over-represented in an incident's complaint posts compared
 * with the brand's posts before it. Counts are document frequencies (a post counts a term once, so one
 * long rant cannot dominate); the score is the log-odds ratio with an informative Dirichlet prior
 * (Monroe, Colaresi & Quinn 2008, "Fightin' Words"), divided by its standard error: a z-score.
 * Pure: texts in, ranked terms out.
 */

export type TermOptions = {
  /** words never reported (brand names, keywords, handles); matched case-insensitively, word by word */
  exclude?: readonly string[];
  /** a term must appear in at least this many target posts */
  minDocs?: number;
  /** and score at least this z */
  minZ?: number;
  limit?: number;
  /** total pseudo-count of the prior, spread over terms by their pooled frequency */
  prior?: number;
};

export type EmergingTermScore = {
  term: string;
  /** target posts containing the term */
  target: number;
  /** background posts containing the term */
  background: number;
  z: number;
  /** indices (into the target texts) of the posts that contain the term, in input order */
  docs: number[];
};

const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const MENTION_RE = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.]+/gu;
const TOKEN_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

type Token = { word: string /** only spaces separate it from the previous token */; joined: boolean };

function tokens(text: string): Token[] {
  const clean = text.normalize('NFKC').toLowerCase().replace(URL_RE, ' . ').replace(MENTION_RE, '$1 . ');
  const out: Token[] = [];
  let end = 0;
  for (const m of clean.matchAll(TOKEN_RE)) {
    out.push({
      word: m[0].replace('’', "'"),
      joined: out.length > 0 && /^\s+$/.test(clean.slice(end, m.index)),
    });
    end = m.index + m[0].length;
  }
  return out;
}

/** Lower-cased word tokens, with URLs and @mentions removed and apostrophes normalised. */
export const termTokens = (text: string): string[] => tokens(text).map((t) => t.word);

const keep = (w: string, exclude: ReadonlySet<string>): boolean =>
  !TERM_STOPWORDS.has(w) &&
  !exclude.has(w) &&
  (/^\p{N}+$/u.test(w) ? w.length >= 3 && w.length <= 4 : [...w].length >= 3);

/** The distinct terms of one text: kept words, and pairs of kept words separated by spaces only. */
export function termsOf(text: string, exclude: ReadonlySet<string> = new Set()): Set<string> {
  const out = new Set<string>();
  let prev: string | null = null;
  for (const { word, joined } of tokens(text)) {
    if (!keep(word, exclude)) {
      prev = null;
      continue;
    }
    out.add(word);
    if (prev !== null && joined && prev !== word) out.add(`${prev} ${word}`);
    prev = word;
  }
  return out;
}

export function excludeSet(words: readonly string[]): Set<string> {
  return new Set(words.flatMap((w) => termTokens(w)));
}

function docFrequencies(texts: readonly string[], exclude: ReadonlySet<string>) {
  const df = new Map<string, number[]>();
  texts.forEach((text, i) => {
    for (const t of termsOf(text, exclude)) {
      const docs = df.get(t);
      if (docs) docs.push(i);
      else df.set(t, [i]);
    }
  });
  return df;
}

export function emergingTerms(
  target: readonly string[],
  background: readonly string[],
  opts: TermOptions = {},
): EmergingTermScore[] {
  const exclude = excludeSet(opts.exclude ?? []);
  const minDocs = opts.minDocs ?? 3;
  const minZ = opts.minZ ?? 1.96;
  const a0 = opts.prior ?? 100;
  const t = docFrequencies(target, exclude);
  const b = docFrequencies(background, exclude);
  let nt = 0;
  let nb = 0;
  for (const d of t.values()) nt += d.length;
  for (const d of b.values()) nb += d.length;
  const vocab = new Set([...t.keys(), ...b.keys()]);
  const total = nt + nb + vocab.size;
  const scored: EmergingTermScore[] = [];
  for (const [term, docs] of t) {
    const yt = docs.length;
    if (yt < minDocs) continue;
    const yb = b.get(term)?.length ?? 0;
    // Pooled frequency (add-one) as the prior's shape: common words are shrunk hardest.
    const a = (a0 * (yt + yb + 1)) / total;
    const delta = Math.log((yt + a) / (nt + a0 - yt - a)) - Math.log((yb + a) / (nb + a0 - yb - a));
    const z = delta / Math.sqrt(1 / (yt + a) + 1 / (yb + a));
    if (z >= minZ) scored.push({ term, target: yt, background: yb, z, docs });
  }
  // Ties go to the longer phrase ("error 503" before "503"), then alphabetical, so the order is stable.
  const words = (s: string) => s.split(' ').length;
  scored.sort(
    (x, y) => y.z - x.z || words(y.term) - words(x.term) || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0),
  );
  return pickDistinct(scored, opts.limit ?? 8);
}

/** Drops a term when a better-ranked one shares a word with it and covers most of the same posts. */
function pickDistinct(ranked: readonly EmergingTermScore[], limit: number): EmergingTermScore[] {
  const picked: EmergingTermScore[] = [];
  for (const cand of ranked) {
    if (picked.length >= limit) break;
    const words = cand.term.split(' ');
    const redundant = picked.some(
      (p) => p.term.split(' ').some((w) => words.includes(w)) && p.target >= 0.8 * cand.target,
    );
    if (!redundant) picked.push(cand);
  }
  return picked;
}
