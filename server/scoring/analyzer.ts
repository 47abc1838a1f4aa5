import { analyzeEnglish } from './analyze';
import { analyzeForeign, type ForeignCueSets } from './analyze-foreign';
import type { Evidence } from './evidence';
import type { Band } from './sentiment';
import { detectLanguage } from './language';
import { buildLexicon } from './lexicon';
import { FOREIGN_LANGUAGES, type ForeignVocab, loadForeignVocab } from './lexicons/natural-vocab';
import { FOREIGN_CUES } from './lexicons/foreign-cues';
import type { CategoryDef } from './lexicons/taxonomy';
import { matchPhrases } from './phrases';
import type { Lexicon } from './term-info';
import { decodeEntities, EMOJI, EMOTICON, tokenize } from './tokenizer';

export interface Analysis {
  lang: string;
  /** The text read: capped at MAX_CHARS, HTML entities decoded. */
  text: string;
  /** null when the language has no lexicon: the post is not scored. */
  evidence: Evidence | null;
  /** The language's own neutral band, when it has one. */
  band?: Band;
}

export interface Analyzer {
  lex: Lexicon;
  analyze(text: string, lang: string | undefined): Analysis;
}

const EMPTY_VOCAB: ForeignVocab = { valence: new Map(), negators: new Set() };
/** Posts are short; beyond this many characters the rest is not read (bounds the cost of abusive input). */
export const MAX_CHARS = 20_000;

/** Text -> language + evidence. The scorer turns evidence into scores; the fit script reads it raw. */
export function createAnalyzer(
  taxonomy: readonly CategoryDef[],
  languages?: readonly string[],
  vocabularies?: Readonly<Record<string, ForeignVocab>>,
): Analyzer {
  const lex = buildLexicon(taxonomy);
  const given = Object.entries(vocabularies ?? {});
  const allowed = new Set([...(languages ?? FOREIGN_LANGUAGES), ...given.map(([l]) => l)]);
  // Loaded on first use: most deployments never see most languages, and each costs 5-70 ms to read.
  const vocabs = new Map<string, ForeignVocab | null>(given);
  const vocabFor = (lang: string): ForeignVocab | null => {
    if (!allowed.has(lang)) return null;
    let vocab = vocabs.get(lang);
    if (vocab === undefined) {
      vocab = loadForeignVocab(lang);
      vocabs.set(lang, vocab);
    }
    return vocab;
  };

  const cueSets = new Map<string, ForeignCueSets>();
  for (const [lang, c] of Object.entries(FOREIGN_CUES)) {
    cueSets.set(lang, { failure: new Set(c.failure), functions: new Set(c.functions) });
  }

  const analyze = (text: string, given: string | undefined): Analysis => {
    let input = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
    let tk = tokenize(input, lex);
    // Few posts carry HTML entities; those that do are decoded and read again.
    if (tk.ampersand) {
      const decoded = decodeEntities(input);
      if (decoded !== input) {
        input = decoded;
        tk = tokenize(input, lex);
      }
    }
    const lang = given ?? detectLanguage(input, tk.scripts, lex.langs, tk.langHits, tk.englishHits);
    if (lang === 'en') {
      if (tk.phraseHeads > 0) matchPhrases(tk.tokens);
      return { lang, text: input, evidence: analyzeEnglish(input, tk.tokens, tk.bangs, tk.questions) };
    }
    const vocab = vocabFor(lang);
    if (vocab) {
      const ev = analyzeForeign(input, tk.tokens, vocab, cueSets.get(lang), lex, tk.bangs, tk.questions);
      return vocab.band
        ? { lang, text: input, evidence: ev, band: vocab.band }
        : { lang, text: input, evidence: ev };
    }
    // Emoji and emoticons read the same in any language: score a post made only of them.
    if (lang === 'und' && tk.tokens.some((t) => t.kind === EMOJI || t.kind === EMOTICON)) {
      return {
        lang,
        text: input,
        evidence: analyzeForeign(input, tk.tokens, EMPTY_VOCAB, undefined, lex, tk.bangs, tk.questions),
      };
    }
    return { lang, text: input, evidence: null };
  };
  return { lex, analyze };
}
