import type { TermInfo } from './term-info';
import { NO_CATEGORIES } from './term-info';
import { type Token, WORD } from './tokenizer';

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
  phrases: null,
};

function wordInfo(tokens: readonly Token[], i: number): TermInfo | undefined {
  const t = tokens[i];
  return t?.kind === WORD ? t.info : undefined;
}

/**
 * Replaces the lexicon entry of a phrase's first word by the phrase's (three words before two) and marks
 * the words it covers. Words are matched by id, so no "w1 w2" string is built.
 */
export function matchPhrases(tokens: readonly Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = wordInfo(tokens, i);
    const heads = a?.phrases;
    if (!heads) continue;
    const b = wordInfo(tokens, i + 1);
    if (!b || b === COVERED) continue;
    const node = heads.get(b.id);
    if (!node) continue;
    const c = node.three ? wordInfo(tokens, i + 2) : undefined;
    const phrase = (c && node.three?.get(c.id)) || node.two;
    if (!phrase) continue;
    (tokens[i] as Token).info = phrase;
    for (let k = 1; k < phrase.span; k++) (tokens[i + k] as Token).info = COVERED;
    i += phrase.span - 1;
  }
}
