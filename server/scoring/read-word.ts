import { ASCII, countScript, isLetterAt, isUpperAscii, isWordChar, type ScriptCounts } from './char-class';
import type { Lexicon, TermInfo } from './term-info';
import { MENTION, mk, normOf, type Token, type TokenKind, WORD } from './token';
import { HASH_A, HASH_B, normCode, PRIME_A, PRIME_B } from './word-table';

// Reads one word (or the word of a hashtag/mention) while hashing it, then looks it up in the lexicon.

export function readWord(
  text: string,
  from: number,
  kind: TokenKind,
  tokenStart: number,
  tokens: Token[],
  scripts: ScriptCounts,
  lex: Lexicon,
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
  let asciiLetters = 0;
  while (j < n) {
    const d = text.charCodeAt(j);
    let code = d;
    if (d >= 97 && d <= 122) {
      // The common case first: a lower-case ASCII letter.
      lower++;
      asciiLetters++;
    } else if (d < 128) {
      const k = ASCII[d];
      if (k === 1) {
        upper++;
        asciiLetters++;
        code = d + 32;
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
    ha = Math.imul(ha ^ code, PRIME_A);
    hb = Math.imul(hb ^ code, PRIME_B);
    if (d === prev) {
      run++;
      if (run >= 3 && digits === 0) elongated = true;
    } else {
      run = 1;
      prev = d;
    }
    j++;
  }
  scripts.latin += asciiLetters;
  if (j === from) return from + 1;
  const t = mk(kind, '', tokenStart, j);
  t.hash = ha;
  t.hash2 = hb;
  t.caps = upper >= 2 && lower === 0;
  t.capitalized = upper === 1 && lower > 0 && isUpperAscii(text.charCodeAt(from));
  t.elongated = elongated;
  t.numeric = digits > 0 && upper + lower === 0;
  if (kind !== MENTION) t.info = lookupWord(lex, text, t);
  tokens.push(t);
  return j;
}

/** "soooo" -> "soo" -> "so": collapse runs of three or more, then of two. */
function collapse(word: string, keep: number): string {
  let out = '';
  let run = 0;
  let prev = '';
  for (const ch of word) {
    run = ch === prev ? run + 1 : 1;
    prev = ch;
    if (run <= keep) out += ch;
  }
  return out;
}

function lookupWord(lex: Lexicon, text: string, t: Token): TermInfo | undefined {
  const from = t.kind === WORD ? t.start : t.start + 1;
  const n = t.end - from;
  const info = lex.words.find(n, t.hash, t.hash2);
  if (info) return info;
  const ending = n > 4 && text.charCodeAt(t.end - 1) === 110 && text.charCodeAt(t.end - 2) === 105;
  if (!ending && !t.elongated) return undefined;
  const norm = normOf(text, t);
  // "lovin", "chillin": the dropped g of speech.
  const full = ending ? lex.words.get(`${norm}g`) : undefined;
  if (full || !t.elongated) return full;
  return lex.words.get(collapse(norm, 2)) ?? lex.words.get(collapse(norm, 1));
}
