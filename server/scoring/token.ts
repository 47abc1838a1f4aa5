import type { TermInfo } from './term-info';

// What the tokenizer produces: one small object per token.

export const WORD = 0;
export const EMOTICON = 1;
export const EMOJI = 2;
export const HASHTAG = 3;
export const MENTION = 4;
export const URL = 5;
export const PUNCT = 6;
export type TokenKind = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface Token {
  kind: TokenKind;
  /**
   * Lookup key of emoticons (lower-cased), emoji and punctuation. Words, hashtags and mentions leave it
   * empty and carry `hash` instead (see word-table.ts); normOf() builds their string when one is needed.
   */
  norm: string;
  /** Two hashes of the normalised word (without "#"/"@"), for WordTable.find. */
  hash: number;
  hash2: number;
  start: number;
  end: number;
  /** ALL CAPS word with at least two letters. */
  caps: boolean;
  /** Capitalised like a name ("Grand", "Friends"): one leading capital, then lower case. */
  capitalized: boolean;
  /** Some letter repeated three or more times ("soooo"). */
  elongated: boolean;
  numeric: boolean;
  /** What the lexicon knows about the token (set while tokenizing; phrases replace it later). */
  info: TermInfo | undefined;
}

export function mk(kind: TokenKind, norm: string, start: number, end: number): Token {
  return {
    kind,
    norm,
    hash: 0,
    hash2: 0,
    start,
    end,
    caps: false,
    capitalized: false,
    elongated: false,
    numeric: false,
    info: undefined,
  };
}

/** The lower-cased word of a word, hashtag or mention token (without "#"/"@"); else its norm. */
export function normOf(text: string, t: Token): string {
  if (t.kind === WORD) return text.slice(t.start, t.end).toLowerCase().replaceAll('\u2019', "'");
  if (t.kind === HASHTAG || t.kind === MENTION) return text.slice(t.start + 1, t.end).toLowerCase();
  return t.norm;
}
