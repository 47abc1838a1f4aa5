import {
  ASCII,
  countScript,
  isEmojiBmp,
  isLetterAt,
  isSpace,
  isUpperAscii,
  isWordChar,
  type ScriptCounts,
} from './char-class';
import { DOMAIN, type EmoticonTable, isHttp, runEnd, startsEmoticon, tryEmoticon } from './special-tokens';
import { HASH_A, HASH_B, normCode, stepA, stepB } from './word-table';

export type { ScriptCounts } from './char-class';
export { decodeEntities, type EmoticonTable, pairKey } from './special-tokens';

// Single-pass tokenizer over char codes: no regex per word, one small object per token.
// It keeps what the rules need: emoticons and emoji as tokens, contractions whole ("can't"),
// hashtags/mentions/URLs typed, clause punctuation as boundary tokens, caps and elongation flags.

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
}

export interface Tokenized {
  tokens: Token[];
  bangs: number;
  questions: number;
  scripts: ScriptCounts;
}

export function tokenize(text: string, emoticons: EmoticonTable): Tokenized {
  const tokens: Token[] = [];
  const scripts: ScriptCounts = {
    latin: 0,
    cyrillic: 0,
    greek: 0,
    arabic: 0,
    hebrew: 0,
    devanagari: 0,
    thai: 0,
    hangul: 0,
    kana: 0,
    han: 0,
    other: 0,
  };
  let bangs = 0;
  let questions = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    // Emoticons first: ":)" ":-(" "<3" and letter-led ones such as "D:" or "XD".
    if (
      i + 1 < n &&
      startsEmoticon(emoticons, c, text.charCodeAt(i + 1)) &&
      (i === 0 || isSpace(text.charCodeAt(i - 1)) || !isWordChar(c))
    ) {
      const e = tryEmoticon(text, i, emoticons);
      if (e > 0 && (e === n || !isWordChar(text.charCodeAt(e)) || !isWordChar(text.charCodeAt(e - 1)))) {
        tokens.push(mk(EMOTICON, text.slice(i, e).toLowerCase(), i, e));
        i = e;
        continue;
      }
    }
    if (c < 128 ? ASCII[c] === 1 || ASCII[c] === 2 : isWordChar(c)) {
      if ((c === 104 || c === 72 || c === 119) && isHttp(text, i)) {
        const e = runEnd(text, i, n);
        tokens.push(mk(URL, '', i, e));
        i = e;
        continue;
      }
      i = readWord(text, i, WORD, i, tokens, scripts);
      // "pic.twitter.com/x", "13abc.com": a bare domain is a link, not the words "pic", "twitter", "com".
      if (text.charCodeAt(i) === 46 && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
        const start = tokens[tokens.length - 1]?.start ?? i;
        const e = runEnd(text, start, n);
        if (DOMAIN.test(text.slice(start, e))) {
          tokens[tokens.length - 1] = mk(URL, '', start, e);
          i = e;
        }
      }
      continue;
    }
    if ((c === 35 || c === 64) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
      i = readWord(text, i + 1, c === 35 ? HASHTAG : MENTION, i, tokens, scripts);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const e = Math.min(i + 2, n);
      tokens.push(mk(EMOJI, text.slice(i, e), i, e));
      i = e;
      continue;
    }
    if (isEmojiBmp(c)) {
      tokens.push(mk(EMOJI, text[i] ?? '', i, i + 1));
      i++;
      continue;
    }
    if (c === 33 || c === 63 || c === 46 || c === 44 || c === 59 || c === 58 || c === 0x2026) {
      let j = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 33) bangs++;
        else if (d === 63) questions++;
        else if (d !== 46 && d !== 0x2026 && d !== 44 && d !== 59 && d !== 58) break;
        j++;
      }
      tokens.push(mk(PUNCT, text[i] ?? '', i, j));
      i = j;
      continue;
    }
    i++;
  }
  return { tokens, bangs, questions, scripts };
}

function mk(kind: TokenKind, norm: string, start: number, end: number): Token {
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
  };
}

function readWord(
  text: string,
  from: number,
  kind: TokenKind,
  tokenStart: number,
  tokens: Token[],
  scripts: ScriptCounts,
): number {
  const n = text.length;
  let j = from;
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let run = 1;
  let elongated = false;
  let prev = -1;
  let ha = HASH_A;
  let hb = HASH_B;
  let latin = 0;
  while (j < n) {
    const d = text.charCodeAt(j);
    let code = d;
    if (d < 128) {
      const k = ASCII[d];
      if (k === 1) {
        if (d < 97) {
          upper++;
          code = d + 32;
        } else lower++;
        latin++;
      } else if (k === 2) {
        digits++;
      } else if (!(d === 39 && kind === WORD && j + 1 < n && isLetterAt(text, j + 1))) {
        break; // an apostrophe between letters stays: "can't", "won't"
      }
    } else if (isWordChar(d)) {
      countScript(scripts, d);
      if (d >= 0xc0 && d < 0x250) {
        if (d < 0xe0 || d === 0x178) upper++;
        else lower++;
      }
      code = normCode(d);
    } else if (d === 0x2019 && kind === WORD && j + 1 < n && isLetterAt(text, j + 1)) {
      code = 39;
    } else break;
    ha = stepA(ha, code);
    hb = stepB(hb, code);
    if (d === prev) {
      run++;
      if (run >= 3 && digits === 0) elongated = true;
    } else {
      run = 1;
      prev = d;
    }
    j++;
  }
  scripts.latin += latin;
  if (j === from) return from + 1;
  const t = mk(kind, '', tokenStart, j);
  t.hash = ha;
  t.hash2 = hb;
  t.caps = upper >= 2 && lower === 0;
  t.capitalized = upper === 1 && lower > 0 && isUpperAscii(text.charCodeAt(from));
  t.elongated = elongated;
  t.numeric = digits > 0 && upper + lower === 0;
  tokens.push(t);
  return j;
}

/** The lower-cased word of a word, hashtag or mention token (without "#"/"@"); else its norm. */
export function normOf(text: string, t: Token): string {
  if (t.kind === WORD) return text.slice(t.start, t.end).toLowerCase().replaceAll('\u2019', "'");
  if (t.kind === HASHTAG || t.kind === MENTION) return text.slice(t.start + 1, t.end).toLowerCase();
  return t.norm;
}
