import { isSpace, lowerAscii } from './char-class';

// The tokens that are not plain words: emoticons (found by their first two characters), links (also bare
// domains) and HTML entities, which tweets often carry instead of the characters.

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

export function startsEmoticon(table: EmoticonTable, a: number, b: number): boolean {
  if (a < 128 && b < 128) return table.asciiPairs[lowerAscii(a) * 128 + lowerAscii(b)] === 1;
  return table.widePairs.has(pairKey(a, b));
}

/** Case-insensitive key of a two-character emoticon prefix. */
export function pairKey(a: number, b: number): number {
  return lowerAscii(a) * 65536 + lowerAscii(b);
}

export function runEnd(text: string, i: number, limit: number): number {
  const n = Math.min(text.length, i + limit);
  let j = i;
  while (j < n && !isSpace(text.charCodeAt(j))) j++;
  return j;
}

export function tryEmoticon(text: string, i: number, table: EmoticonTable): number {
  const end = runEnd(text, i, table.maxLength);
  for (let e = end; e - i >= 2; e--) {
    if (table.set.has(text.slice(i, e).toLowerCase())) return e;
  }
  return -1;
}

export const DOMAIN =
  /^[\w-]+(\.[\w-]+)*\.(com|net|org|co|io|ly|gov|edu|uk|de|fr|es|it|nl|me|tv|info|biz|us|ca|au)(\/|$|[^\w])/i;

export function isHttp(text: string, i: number): boolean {
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
