import type { Lexicon, TermInfo } from './term-info';
import { NO_CATEGORIES, pairKeyOf } from './term-info';
import { EMOJI, EMOTICON, HASHTAG, normOf, type Token, WORD } from './tokenizer';

/** Marks a token already covered by a phrase that starts earlier. */
export const COVERED: TermInfo = {
  valence: 0,
  hasValence: false,
  booster: 0,
  flags: 0,
  categories: NO_CATEGORIES,
  categoryCues: NO_CATEGORIES,
  langMask: 0,
  span: 0,
  active: false,
  id: -1,
  phraseHead: false,
};

/** "soooo" -> "soo" -> "so": collapse runs of three or more, then of two. */
function collapse(word: string, keep: number): string {
  let out = '';
  let run = 0;
  let prev = '';
  for (const ch of word) {
    run = ch === prev ? run + 1 : 1;
    prev = ch;
    if (run <= keep) out += ch;
  }
  return out;
}

function lookupWord(lex: Lexicon, text: string, t: Token): TermInfo | undefined {
  const from = t.kind === WORD ? t.start : t.start + 1;
  const info = lex.words.find(t.end - from, t.hash, t.hash2);
  if (info) return info;
  const n = t.end - from;
  const ending = n > 4 && text.charCodeAt(t.end - 1) === 110 && text.charCodeAt(t.end - 2) === 105;
  if (!ending && !t.elongated) return undefined;
  const norm = normOf(text, t);
  // "lovin", "chillin": the dropped g of speech.
  const full = ending ? lex.words.get(`${norm}g`) : undefined;
  if (full || !t.elongated) return full;
  return lex.words.get(collapse(norm, 2)) ?? lex.words.get(collapse(norm, 1));
}

export interface Resolved {
  infos: (TermInfo | undefined)[];
  /** Stopword hits per language, indexed like Lexicon.langs. */
  langHits: Int32Array;
  /** Tokens with any English lexicon entry. */
  englishHits: number;
}

/** Looks every token up once, then replaces phrase starts (longest first); counts stopwords per language. */
export function resolve(lex: Lexicon, text: string, tokens: readonly Token[]): Resolved {
  const n = tokens.length;
  const infos: (TermInfo | undefined)[] = new Array(n);
  const langHits = new Int32Array(lex.langs.length);
  let englishHits = 0;
  let heads = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const kind = t.kind;
    if (kind === WORD || kind === HASHTAG) {
      const info = lookupWord(lex, text, t);
      if (info) {
        const mask = info.langMask;
        for (let m = mask; m !== 0; m &= m - 1) {
          const b = 31 - Math.clz32(m & -m);
          langHits[b] = (langHits[b] ?? 0) + 1;
        }
        if (mask === 0 || mask & 1) englishHits++;
        if (info.phraseHead && kind === WORD) heads++;
      }
      infos[i] = info;
    } else if (kind === EMOTICON || kind === EMOJI) {
      infos[i] = lex.terms.get(t.norm);
    }
  }
  if (heads > 0) matchPhrases(lex, tokens, infos);
  return { infos, langHits, englishHits };
}

function wordInfo(tokens: readonly Token[], infos: readonly (TermInfo | undefined)[], i: number) {
  return tokens[i]?.kind === WORD ? infos[i] : undefined;
}

function matchPhrases(lex: Lexicon, tokens: readonly Token[], infos: (TermInfo | undefined)[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = infos[i];
    if (!a?.phraseHead || tokens[i]?.kind !== WORD) continue;
    const b = wordInfo(tokens, infos, i + 1);
    if (!b || b === COVERED) continue;
    const node = lex.pairs.get(pairKeyOf(a.id, b.id));
    if (!node) continue;
    const c = node.three ? wordInfo(tokens, infos, i + 2) : undefined;
    const phrase = (c && node.three?.get(c.id)) || node.two;
    if (!phrase) continue;
    infos[i] = phrase;
    for (let k = 1; k < phrase.span; k++) infos[i + k] = COVERED;
    i += phrase.span - 1;
  }
}
