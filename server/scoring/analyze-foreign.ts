import { round } from './analyze';
import { type Evidence, emptyEvidence } from './evidence';
import type { ForeignVocab } from './lexicons/natural-vocab';
import type { Lexicon } from './term-info';
import { EMOJI, EMOTICON, HASHTAG, MENTION, normOf, PUNCT, type Token, WORD } from './tokenizer';

const NEGATION_SCALAR = -0.74;
const NEGATION_SCOPE = 3;

/**
 * Sentiment for a language scored with one of natural's vocabularies: word valence with bounded
 * negation, plus the language-independent emoji and emoticons. No complaint or category lexicon exists
 * for these languages, so only sentiment and the brand address feed the complaint score.
 */
export function analyzeForeign(
  text: string,
  tokens: readonly Token[],
  vocab: ForeignVocab,
  lex: Lexicon,
  bangs: number,
  questions: number,
): Evidence {
  const ev = emptyEvidence(bangs, questions);
  let negDist = 99;
  let seenContent = false;
  for (const t of tokens) {
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
        continue;
      }
      v = vocab.valence.get(norm) ?? 0;
      if (v !== 0 && negDist <= NEGATION_SCOPE) {
        v *= NEGATION_SCALAR;
        rule = 'negation';
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
