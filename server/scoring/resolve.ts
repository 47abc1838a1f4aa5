import type { Lexicon, TermInfo } from './term-info';
import { EMOJI, EMOTICON, HASHTAG, type Token, WORD } from './tokenizer';

/** Marks a token already covered by a phrase that starts earlier. */
export const COVERED: TermInfo = {
  valence: 0,
  hasValence: false,
  booster: 0,
  flags: 0,
  categories: [],
  categoryCues: [],
  langMask: 0,
  span: 0,
  active: false,
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

function lookupWord(lex: Lexicon, t: Token): TermInfo | undefined {
  const norm = t.norm;
  const info = lex.terms.get(norm);
  if (info) return info;
  // "lovin", "chillin": the dropped g of speech.
  const n = norm.length;
  if (n > 4 && norm.charCodeAt(n - 1) === 110 && norm.charCodeAt(n - 2) === 105) {
    const full = lex.terms.get(`${norm}g`);
    if (full) return full;
  }
  if (!t.elongated) return undefined;
  return lex.terms.get(collapse(norm, 2)) ?? lex.terms.get(collapse(norm, 1));
}

export interface Resolved {
  infos: (TermInfo | undefined)[];
  /** Stopword hits per language, indexed like Lexicon.langs. */
  langHits: number[];
  /** Tokens with any English lexicon entry. */
  englishHits: number;
}

/** Looks every token up once (phrases first, longest first) and counts stopwords per language. */
export function resolve(lex: Lexicon, tokens: readonly Token[]): Resolved {
  const n = tokens.length;
  const infos: (TermInfo | undefined)[] = new Array(n);
  const langHits: number[] = new Array(lex.langs.length).fill(0);
  let englishHits = 0;
  for (let i = 0; i < n; i++) {
    if (infos[i] === COVERED) continue;
    const t = tokens[i] as Token;
    if (t.kind === WORD || t.kind === HASHTAG) {
      const info = lookupWord(lex, t);
      if (info) {
        if (info.langMask !== 0) {
          for (let b = 0; b < langHits.length; b++)
            if (info.langMask & (1 << b)) langHits[b] = (langHits[b] ?? 0) + 1;
        }
        if (info.langMask === 0 || info.langMask & 1) englishHits++;
      }
      infos[i] = info;
      const next = tokens[i + 1];
      if (t.kind === WORD && next?.kind === WORD && lex.phraseHeads.get(t.norm)?.has(next.norm)) {
        const phrase = matchPhrase(lex, tokens, i);
        if (phrase) {
          infos[i] = phrase;
          for (let k = 1; k < phrase.span; k++) infos[i + k] = COVERED;
        }
      }
    } else if (t.kind === EMOTICON || t.kind === EMOJI) {
      infos[i] = lex.terms.get(t.norm);
    }
  }
  return { infos, langHits, englishHits };
}

function matchPhrase(lex: Lexicon, tokens: readonly Token[], i: number): TermInfo | undefined {
  const a = tokens[i + 1];
  if (!a || a.kind !== WORD) return undefined;
  const two = `${tokens[i]?.norm} ${a.norm}`;
  const b = tokens[i + 2];
  if (b && b.kind === WORD) {
    const three = lex.phrases.get(`${two} ${b.norm}`);
    if (three) return three;
  }
  return lex.phrases.get(two);
}
