import type { EmoticonTable } from './tokenizer';
import type { CategoryDef } from './lexicons/taxonomy';
import type { WordTable } from './word-table';

// Bit flags describing what a term contributes besides valence.
export const NEGATOR = 1;
export const FAILURE = 2;
export const FUNCTION = 4;
export const WAIT = 8;
export const TIME_UNIT = 16;
export const COMPLAINT = 32;
export const AVAILABILITY = 64;
export const GRATITUDE = 128;
export const ADDRESS = 256;
export const HARM = 512;
export const CONTRAST_AFTER = 1024;
export const CONTRAST_BEFORE = 2048;
export const SARCASM = 4096;
export const QUESTION_WORD = 8192;
/** Failure words that need context ("down", "slow"): a service noun, a question or an address. */
export const SOFT_FAILURE = 16384;
/** Laughter and similar: the writer's own state, never flipped by a preceding negation. */
export const NO_NEGATE = 32768;
/** Ends a negation's scope like punctuation does ("because", "but"). */
export const CLAUSE_BREAK = 65536;
/** Adjective or booster ("pretty"): a booster when a valenced word follows. */
export const MAYBE_BOOSTER = 131072;
export const REQUEST = 262144;
/** A phrase that is sarcastic when the post also has negative evidence. */
export const IRONY = 1048576;
/** Something customers buy or deal with (order, delivery, bill, flight). */
export const COMMERCE = 2097152;
export const EXPECTATION = 4194304;
export const ATTEMPT = 524288;
/** Words that make a following time unit a duration ("for", "several", "3"). */
export const TIME_LEAD = 8388608;
/** "thanks", "thank", "thx": for the sarcastic "thanks X for <something bad>". */
export const THANK_WORD = 16777216;
export const FOR_WORD = 33554432;
/** "my", "our": the writer's own order or account. */
export const OWNER = 67108864;
export const CHATTER = 134217728;
export const THIRD_PERSON = 268435456;
/** Contextual words ("like", "please"): rated, but not enough to label a post on their own. */
export const WEAK = 536870912;
/** Flags read only from the previous word: they do not make a word worth a full visit. */
export const CONTEXT_FLAGS = TIME_LEAD | THANK_WORD | FOR_WORD | OWNER;
/** Flags a phrase inherits from its words ("lost my" is still a failure). */
export const CUE_FLAGS =
  FAILURE |
  FUNCTION |
  WAIT |
  TIME_UNIT |
  COMPLAINT |
  GRATITUDE |
  ADDRESS |
  HARM |
  SOFT_FAILURE |
  REQUEST |
  ATTEMPT |
  COMMERCE |
  EXPECTATION |
  CHATTER |
  THIRD_PERSON;

/** Everything the scorer knows about one word, emoticon, emoji or phrase: one Map lookup per token. */
export interface TermInfo {
  valence: number;
  hasValence: boolean;
  booster: number;
  flags: number;
  /** Indices into the taxonomy: the category is certain. */
  categories: readonly number[];
  /** Indices into the taxonomy: the category counts only when the post is a complaint. */
  categoryCues: readonly number[];
  /** Bitmask of languages (index in Lexicon.langs) for which this is a stopword. */
  langMask: number;
  /** Number of tokens the term spans (phrases > 1). */
  span: number;
  /** Anything besides the stopword mask: the scorer can skip inactive terms. */
  active: boolean;
  /** Index in the word table; -1 for phrases. */
  id: number;
  /** Phrases starting with this word, by the id of their second word; null when none does. */
  phrases: Map<number, PhraseNode> | null;
}

/** Phrases by their word ids: `two` is the two-word phrase, `three` the three-word ones by third id. */
export interface PhraseNode {
  two?: TermInfo;
  three?: Map<number, TermInfo>;
}

export interface Lexicon {
  terms: ReadonlyMap<string, TermInfo>;
  /** The same single-token terms, looked up from a span of text by its hash (no substring). */
  words: WordTable<TermInfo>;
  emoticons: EmoticonTable;
  taxonomy: readonly CategoryDef[];
  /** Languages with stopword lists; index = bit in TermInfo.langMask; 0 is English. */
  langs: readonly string[];
}

/** Shared by the ~12,000 terms that name no category (most of them). */
export const NO_CATEGORIES: readonly number[] = Object.freeze([]);

export function emptyInfo(span: number): TermInfo {
  return {
    valence: 0,
    hasValence: false,
    booster: 0,
    flags: 0,
    categories: NO_CATEGORIES,
    categoryCues: NO_CATEGORIES,
    langMask: 0,
    span,
    active: false,
    id: -1,
    phrases: null,
  };
}
