import * as C from './lexicons/complaint-terms';
import { EMOJI_VALENCE, EXTRA_EMOTICONS } from './lexicons/emoji';
import { readLexiconLines } from './lexicons/files';
import { HARM_TERMS } from './lexicons/harm-terms';
import * as M from './lexicons/modifiers';
import { STOPWORDS } from './lexicons/stopwords';
import type { CategoryDef } from './lexicons/taxonomy';
import { indexLexicon } from './lexicon-index';
import * as F from './term-info';
import { pairKey } from './tokenizer';
import type { Lexicon, TermInfo } from './term-info';

/** Least-squares scale from AFINN's -5..+5 to VADER's -4..+4 on shared terms. */
const AFINN_TO_VADER = 0.767;
/** Valence given to failure terms that the general lexicon leaves neutral ("down", "outage"). */
const FAILURE_DEFAULT_VALENCE = -1.2;
const QUESTION_WORDS = [
  'why',
  'how',
  'when',
  'what',
  'where',
  'who',
  'is',
  'are',
  'does',
  'do',
  'can',
  'will',
];

/** Words and phrases (letters, digits, apostrophes, hyphens, spaces); everything else is an emoticon. */
function isWordKey(term: string): boolean {
  return /^[a-z0-9][a-z0-9' -]*$/.test(term) && /[a-z]/.test(term);
}

/** Builds the English term tables once per scorer; `taxonomy` is the full list of categories. */
export function buildLexicon(taxonomy: readonly CategoryDef[]): Lexicon {
  const terms = new Map<string, TermInfo>();
  const phrases = new Map<string, TermInfo>();
  const emoticonSet = new Set<string>();
  const asciiPairs = new Uint8Array(128 * 128);
  const widePairs = new Set<number>();
  let emoticonMax = 2;

  const at = (raw: string): TermInfo => {
    const key = raw.toLowerCase();
    const parts = key.split(' ');
    const table = parts.length > 1 ? phrases : terms;
    let info = table.get(key);
    if (!info) {
      info = F.emptyInfo(parts.length);
      table.set(key, info);
    }
    return info;
  };
  const addEmoticon = (e: string, v: number): void => {
    const lower = e.toLowerCase();
    emoticonSet.add(lower);
    const a = lower.charCodeAt(0);
    const b = lower.charCodeAt(1);
    if (a < 128 && b < 128) asciiPairs[a * 128 + b] = 1;
    else widePairs.add(pairKey(a, b));
    emoticonMax = Math.max(emoticonMax, e.length);
    setValence(at(e), v);
  };

  for (const line of readLexiconLines('vader-lexicon.tsv')) {
    const tab = line.indexOf('\t');
    const term = line.slice(0, tab);
    const v = Number(line.slice(tab + 1));
    if (isWordKey(term)) setValence(at(term), v);
    else if (!/^[0-9]+$/.test(term)) addEmoticon(term, v); // "86", "143": slang codes, but mostly numbers
  }
  // AFINN fills VADER's gaps, except where its entries would undo our rules: "not good" as one phrase
  // would hide the negation, and "fucking" with a valence would stop being a booster.
  const negators = new Set(M.NEGATORS);
  const boosters = new Set([...M.BOOSTERS.map(([w]) => w), ...M.PROFANE_BOOSTERS]);
  for (const line of readLexiconLines('afinn-extra.tsv')) {
    const tab = line.indexOf('\t');
    const term = line.slice(0, tab);
    if (boosters.has(term) || term.split(' ').some((w) => negators.has(w))) continue;
    const info = at(term);
    if (!info.hasValence) setValence(info, Number(line.slice(tab + 1)) * AFINN_TO_VADER);
  }
  for (const [e, v] of EXTRA_EMOTICONS) addEmoticon(e, v);
  for (const [e, v] of EMOJI_VALENCE) setValence(at(e), v);
  for (const [w, v] of M.DOMAIN_VALENCE) setValence(at(w), v);
  for (const w of M.CONTEXTUAL_WORDS) {
    const info = at(w);
    setValence(info, info.valence * M.CONTEXTUAL_FACTOR);
    info.flags |= F.WEAK;
  }

  for (const w of M.NEGATORS) at(w).flags |= F.NEGATOR;
  for (const [w, b] of M.BOOSTERS) at(w).booster = b;
  for (const w of M.PROFANE_BOOSTERS) at(w).booster = M.PROFANE_BOOST;
  for (const [w, b] of M.BOOSTER_PHRASES) at(w).booster = b;
  for (const w of M.CONTRAST_AFTER) at(w).flags |= F.CONTRAST_AFTER | F.CLAUSE_BREAK;
  flag(at, M.CLAUSE_BREAKS, F.CLAUSE_BREAK);
  flag(at, M.LAUGHTER, F.NO_NEGATE);
  for (const [w, b] of M.MAYBE_BOOSTERS) {
    at(w).flags |= F.MAYBE_BOOSTER;
    at(w).booster = b;
  }
  for (const w of M.CONTRAST_BEFORE) at(w).flags |= F.CONTRAST_BEFORE;
  flag(at, M.SARCASM_TAGS, F.SARCASM);
  flag(at, M.SARCASM_PHRASES, F.IRONY);
  for (const w of QUESTION_WORDS) at(w).flags |= F.QUESTION_WORD;

  flag(at, C.FAILURE_TERMS, F.FAILURE);
  flag(at, C.FUNCTION_TERMS, F.FUNCTION);
  flag(at, C.WAIT_TERMS, F.WAIT);
  flag(at, C.TIME_UNITS, F.TIME_UNIT);
  flag(at, C.COMPLAINT_TERMS, F.COMPLAINT);
  flag(at, C.AVAILABILITY_QUESTIONS, F.AVAILABILITY);
  flag(at, C.GRATITUDE_TERMS, F.GRATITUDE);
  flag(at, C.ADDRESS_TERMS, F.ADDRESS);
  flag(at, HARM_TERMS, F.HARM);
  flag(at, C.REQUEST_TERMS, F.REQUEST);
  flag(at, C.ATTEMPT_TERMS, F.ATTEMPT);
  flag(at, C.COMMERCE_TERMS, F.COMMERCE);
  flag(at, C.EXPECTATION_TERMS, F.EXPECTATION);
  flag(at, C.CHATTER_TERMS, F.CHATTER);
  flag(at, C.THIRD_PERSON_TERMS, F.THIRD_PERSON);
  flag(at, C.SOFT_FAILURE_TERMS, F.SOFT_FAILURE);

  taxonomy.forEach((cat, index) => {
    for (const t of cat.terms) {
      const info = at(t);
      info.categories = withIndex(info.categories, index);
      // Hashtags and handles glue phrases together: #customerservice, #onhold.
      if (t.includes(' ')) {
        const glued = at(t.replaceAll(' ', ''));
        glued.categories = withIndex(glued.categories, index);
      }
    }
    for (const t of cat.cues ?? []) {
      const info = at(t);
      info.categoryCues = withIndex(info.categoryCues, index);
    }
  });

  // Phrases keep their words' cues, and their valence unless they set their own or name a category.
  for (const [key, info] of phrases) {
    for (const part of key.split(' ')) info.flags |= (terms.get(part)?.flags ?? 0) & F.CUE_FLAGS;
  }
  for (const [key, info] of phrases) {
    if (info.hasValence || info.categories.length > 0 || info.booster !== 0 || info.flags & F.HARM) continue;
    let sum = 0;
    for (const part of key.split(' ')) {
      const w = terms.get(part);
      if (w?.hasValence && (w.flags & F.NEGATOR) === 0) sum += w.valence;
    }
    if (sum !== 0) setValence(info, sum);
  }
  for (const w of C.FAILURE_TERMS) {
    const info = at(w);
    if (!info.hasValence) setValence(info, FAILURE_DEFAULT_VALENCE);
  }
  for (const [p, v] of M.SENTIMENT_PHRASES) setValence(at(p), v);

  flag(
    at,
    ['for', 'over', 'several', 'few', 'couple', 'many', 'all', 'two', 'three', 'four', 'five'],
    F.TIME_LEAD,
  );
  flag(at, ['thanks', 'thank', 'thx', 'ty', 'thanx', 'cheers'], F.THANK_WORD);
  flag(at, ['for'], F.FOR_WORD);
  flag(at, ['my', 'our', 'mine', 'ma'], F.OWNER);

  const langs = Object.keys(STOPWORDS);
  langs.forEach((lang, bit) => {
    for (const w of STOPWORDS[lang] ?? []) at(w).langMask |= 1 << bit;
  });

  for (const table of [terms, phrases]) {
    for (const info of table.values()) {
      info.active =
        info.hasValence ||
        info.booster !== 0 ||
        (info.flags & ~F.CONTEXT_FLAGS) !== 0 ||
        info.categories.length > 0 ||
        info.categoryCues.length > 0;
    }
  }
  const words = indexLexicon(terms, phrases);
  return {
    terms,
    words,
    emoticons: { set: emoticonSet, asciiPairs, widePairs, maxLength: emoticonMax },
    taxonomy,
    langs,
  };
}

function setValence(info: TermInfo, v: number): void {
  info.valence = v;
  info.hasValence = v !== 0;
}

function flag(at: (t: string) => TermInfo, list: readonly string[], bit: number): void {
  for (const t of list) at(t).flags |= bit;
}

function withIndex(list: readonly number[], n: number): readonly number[] {
  return list.includes(n) ? list : [...list, n];
}
