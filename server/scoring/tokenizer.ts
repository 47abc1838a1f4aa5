import { HASH_START, hashStep, normCode } from './word-table';

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
  /** FNV-1a hash of the normalised word (without "#"/"@"), for WordTable.find. */
  hash: number;
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

/** Letters seen per writing system; drives language detection. */
export interface ScriptCounts {
  latin: number;
  cyrillic: number;
  greek: number;
  arabic: number;
  hebrew: number;
  devanagari: number;
  thai: number;
  hangul: number;
  kana: number;
  han: number;
  other: number;
}

export interface Tokenized {
  tokens: Token[];
  bangs: number;
  questions: number;
  scripts: ScriptCounts;
}

export interface EmoticonTable {
  /** Emoticons, lower-cased (":-P" and ":-p" are one emoticon). */
  set: ReadonlySet<string>;
  /**
   * First two chars of every emoticon, lower-cased: a 128x128 bitmap for ASCII pairs and a set of
   * pairKey() values for the rest. Most tokens are rejected by one array read.
   */
  asciiPairs: Uint8Array;
  widePairs: ReadonlySet<number>;
  maxLength: number;
}

// ASCII classes: 1 letter, 2 digit, 3 space, 0 other.
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII[c] = 1;
  else if (c >= 48 && c <= 57) ASCII[c] = 2;
  else if (c === 32 || (c >= 9 && c <= 13)) ASCII[c] = 3;
}

function isSpace(c: number): boolean {
  if (c < 128) return ASCII[c] === 3;
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x2028 || c === 0x2029;
}

/** Letters (any script) and digits; excludes punctuation/symbol blocks and surrogates (emoji). */
function isWordChar(c: number): boolean {
  if (c < 128) return ASCII[c] === 1 || ASCII[c] === 2;
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfe00 && c <= 0xfe0f) return false;
  if (c >= 0xff00 && c <= 0xff20) return false;
  return true;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function startsEmoticon(table: EmoticonTable, a: number, b: number): boolean {
  if (a < 128 && b < 128) return table.asciiPairs[lowerAscii(a) * 128 + lowerAscii(b)] === 1;
  return table.widePairs.has(pairKey(a, b));
}

/** Case-insensitive key of a two-character emoticon prefix. */
export function pairKey(a: number, b: number): number {
  return lowerAscii(a) * 65536 + lowerAscii(b);
}

function countScript(s: ScriptCounts, c: number): void {
  if (c < 0x250) s.latin++;
  else if (c >= 0x370 && c < 0x400) s.greek++;
  else if (c >= 0x400 && c < 0x530) s.cyrillic++;
  else if (c >= 0x590 && c < 0x600) s.hebrew++;
  else if (c >= 0x600 && c < 0x780) s.arabic++;
  else if (c >= 0x900 && c < 0x980) s.devanagari++;
  else if (c >= 0xe00 && c < 0xe80) s.thai++;
  else if ((c >= 0x1100 && c < 0x1200) || (c >= 0xac00 && c < 0xd7b0)) s.hangul++;
  else if (c >= 0x3040 && c < 0x3100) s.kana++;
  else if (c >= 0x4e00 && c < 0xa000) s.han++;
  else if (c >= 0x1e00 && c < 0x1f00) s.latin++;
  else s.other++;
}

function isEmojiBmp(c: number): boolean {
  return (c >= 0x2600 && c <= 0x27bf) || c === 0x2b50 || c === 0x2b55 || c === 0x2b06 || c === 0x2b07;
}

function runEnd(text: string, i: number, limit: number): number {
  const n = Math.min(text.length, i + limit);
  let j = i;
  while (j < n && !isSpace(text.charCodeAt(j))) j++;
  return j;
}

function tryEmoticon(text: string, i: number, table: EmoticonTable): number {
  const end = runEnd(text, i, table.maxLength);
  for (let e = end; e - i >= 2; e--) {
    if (table.set.has(text.slice(i, e).toLowerCase())) return e;
  }
  return -1;
}

const DOMAIN =
  /^[\w-]+(\.[\w-]+)*\.(com|net|org|co|io|ly|gov|edu|uk|de|fr|es|it|nl|me|tv|info|biz|us|ca|au)(\/|$|[^\w])/i;

function isHttp(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (next === 116 || next === 84) return /^https?:\/\//i.test(text.slice(i, i + 8));
  return next === 119 && text.startsWith('www.', i);
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
};

/** Tweets often arrive HTML-escaped ("&lt;3", "&gt;:["); emoticons need the real characters. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:amp|lt|gt|quot|apos|#39);/g, (m) => ENTITIES[m] ?? m);
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
  let h = HASH_START;
  let latin = 0;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (d < 128) {
      const k = ASCII[d];
      if (k === 1) {
        if (d < 97) {
          upper++;
          h = hashStep(h, d + 32);
        } else {
          lower++;
          h = hashStep(h, d);
        }
        latin++;
      } else if (k === 2) {
        digits++;
        h = hashStep(h, d);
      } else if (d === 39 && kind === WORD && j + 1 < n && isLetterAt(text, j + 1)) {
        // keep contractions whole: "can't", "won't"
        h = hashStep(h, 39);
      } else break;
    } else if (isWordChar(d)) {
      countScript(scripts, d);
      if (d >= 0xc0 && d < 0x250) {
        if (d < 0xe0 || d === 0x178) upper++;
        else lower++;
      }
      h = hashStep(h, normCode(d));
    } else if (d === 0x2019 && kind === WORD && j + 1 < n && isLetterAt(text, j + 1)) {
      h = hashStep(h, 39);
    } else break;
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
  t.hash = h;
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

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLetterAt(text: string, j: number): boolean {
  const d = text.charCodeAt(j);
  return d < 128 ? ASCII[d] === 1 : isWordChar(d);
}
