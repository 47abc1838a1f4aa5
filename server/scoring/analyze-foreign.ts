import { round } from './analyze';
import { type Evidence, emptyEvidence } from './evidence';
import type { ForeignVocab } from './lexicons/natural-vocab';
import type { Lexicon } from './term-info';
import { EMOJI, EMOTICON, HASHTAG, MENTION, normOf, PUNCT, type Token, WORD } from './tokenizer';

const NEGATION_SCALAR = -0.74;
const NEGATION_SCOPE = 3;
const NEGATED_FUNCTION_VALENCE = -1.0;

export interface ForeignCueSets {
  failure: ReadonlySet<string>;
  functions: ReadonlySet<string>;
}

/**
 * Sentiment for a language scored with one of natural's vocabularies: word valence with bounded
 * negation, plus the language-independent emoji and emoticons. Complaint evidence is a small per-language
 * list of failure words and negated functions (lexicons/foreign-cues.ts), sentiment and the brand address;
 * there are no categories for these languages.
 */
export function analyzeForeign(
  text: string,
  tokens: readonly Token[],
  vocab: ForeignVocab,
  cues: ForeignCueSets | undefined,
  lex: Lexicon,
  bangs: number,
  questions: number,
): Evidence {
  const ev = emptyEvidence(bangs, questions);
  let negDist = 99;
  let seenContent = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === PUNCT) {
      negDist = 99;
      continue;
    }
    if (t.kind === MENTION) {
      if (!seenContent) ev.leadingMention = true;
      continue;
    }
    seenContent = true;
    let v = 0;
    let rule = 'lexicon';
    if (t.kind === WORD || t.kind === HASHTAG) {
      negDist++;
      const norm = normOf(text, t);
      if (vocab.negators.has(norm)) {
        negDist = 0;
        ev.negations++;
        continue;
      }
      const term = text.slice(t.start, t.end);
      if (cues?.failure.has(norm)) {
        ev.failure++;
        ev.complaintWhy.push({ term, rule: 'failure', weight: 0 });
      } else if (
        cues?.functions.has(norm) &&
        (negDist <= NEGATION_SCOPE || negatorFollows(text, tokens, i, vocab.negators))
      ) {
        // German, Dutch and French put the negation after the verb: "funktioniert nicht", "marche pas".
        ev.negatedFunction++;
        ev.complaintWhy.push({ term, rule: 'negated-function', weight: 0 });
        v = NEGATED_FUNCTION_VALENCE;
        rule = 'negated-function';
        negDist = 99;
      }
      if (v === 0) v = vocab.valence.get(norm) ?? 0;
      if (v !== 0 && rule === 'lexicon' && negDist <= NEGATION_SCOPE) {
        v *= NEGATION_SCALAR;
        rule = 'negation';
        negDist = 99;
      }
    } else if (t.kind === EMOJI || t.kind === EMOTICON) {
      v = lex.terms.get(t.norm)?.valence ?? 0;
      rule = t.kind === EMOJI ? 'emoji' : 'emoticon';
    }
    if (v === 0) continue;
    ev.sum += v;
    ev.hits++;
    if (v > 0) ev.positive += v;
    else ev.negative -= v;
    ev.why.push({ term: text.slice(t.start, t.end), rule, weight: round(v) });
  }
  return ev;
}

function negatorFollows(
  text: string,
  tokens: readonly Token[],
  i: number,
  negators: ReadonlySet<string>,
): boolean {
  for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.kind !== WORD) return false;
    if (negators.has(normOf(text, t))) return true;
  }
  return false;
}
