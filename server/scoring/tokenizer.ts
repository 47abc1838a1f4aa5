import { ASCII, isEmojiBmp, isSpace, isWordChar, type ScriptCounts } from './char-class';
import { readWord } from './read-word';
import { DOMAIN, isHttp, runEnd, startsEmoticon, tryEmoticon } from './special-tokens';
import type { Lexicon } from './term-info';
import { EMOJI, EMOTICON, HASHTAG, MENTION, mk, PUNCT, type Token, URL, WORD } from './token';

export type { ScriptCounts } from './char-class';
export { decodeEntities, type EmoticonTable, pairKey } from './special-tokens';
export {
  EMOJI,
  EMOTICON,
  HASHTAG,
  MENTION,
  normOf,
  PUNCT,
  type Token,
  type TokenKind,
  URL,
  WORD,
} from './token';

// Single-pass tokenizer over char codes: no regex per word, one small object per token. It keeps what the
// rules need: emoticons and emoji as tokens, contractions whole ("can't"), hashtags/mentions/URLs typed,
// clause punctuation as boundary tokens, caps and elongation flags, and each word's lexicon entry.

export interface Tokenized {
  tokens: Token[];
  bangs: number;
  questions: number;
  scripts: ScriptCounts;
  /** An "&" was seen: the text may hold HTML entities ("&lt;3") and is worth decoding. */
  ampersand: boolean;
  /** Stopword hits per language, indexed like Lexicon.langs. */
  langHits: Int32Array;
  /** Tokens with any English lexicon entry. */
  englishHits: number;
  /** Words that can start a phrase: when 0, phrase matching is skipped. */
  phraseHeads: number;
}

export function tokenize(text: string, lex: Lexicon): Tokenized {
  const emoticons = lex.emoticons;
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
    accented: 0,
  };
  let bangs = 0;
  let questions = 0;
  let ampersand = false;
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
        tokens.push(withInfo(mk(EMOTICON, text.slice(i, e).toLowerCase(), i, e), lex));
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
      i = readWord(text, i, WORD, i, tokens, scripts, lex);
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
      i = readWord(text, i + 1, c === 35 ? HASHTAG : MENTION, i, tokens, scripts, lex);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const e = Math.min(i + 2, n);
      tokens.push(withInfo(mk(EMOJI, text.slice(i, e), i, e), lex));
      i = e;
      continue;
    }
    if (isEmojiBmp(c)) {
      tokens.push(withInfo(mk(EMOJI, text[i] ?? '', i, i + 1), lex));
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
    if (c === 38) ampersand = true;
    i++;
  }
  const out: Tokenized = {
    tokens,
    bangs,
    questions,
    scripts,
    ampersand,
    langHits: new Int32Array(lex.langs.length),
    englishHits: 0,
    phraseHeads: 0,
  };
  countLanguages(out);
  return out;
}

function withInfo(t: Token, lex: Lexicon): Token {
  t.info = lex.terms.get(t.norm);
  return t;
}

/** Stopword hits per language and phrase heads, from the tokens' lexicon entries. */
function countLanguages(out: Tokenized): void {
  const { tokens, langHits } = out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const info = t.info;
    if (!info || (t.kind !== WORD && t.kind !== HASHTAG)) continue;
    const mask = info.langMask;
    for (let m = mask; m !== 0; m &= m - 1) {
      const b = 31 - Math.clz32(m & -m);
      langHits[b] = (langHits[b] ?? 0) + 1;
    }
    if (mask === 0 || mask & 1) out.englishHits++;
    if (info.phrases !== null && t.kind === WORD) out.phraseHeads++;
  }
}
