// Character classes for the tokenizer: one table read for ASCII, a few range checks beyond it.

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
  /** Latin letters outside ASCII (é, ø, ñ...): English hardly uses them, so they are evidence against it. */
  accented: number;
}

// ASCII classes: 1 letter, 2 digit, 3 space, 0 other.
export const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII[c] = 1;
  else if (c >= 48 && c <= 57) ASCII[c] = 2;
  else if (c === 32 || (c >= 9 && c <= 13)) ASCII[c] = 3;
}

export function isSpace(c: number): boolean {
  if (c < 128) return ASCII[c] === 3;
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x2028 || c === 0x2029;
}

/** Letters (any script) and digits; excludes punctuation/symbol blocks and surrogates (emoji). */
export function isWordChar(c: number): boolean {
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

export function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

export function countScript(s: ScriptCounts, c: number): void {
  if (c < 0x250) {
    s.latin++;
    s.accented++;
  } else if (c >= 0x370 && c < 0x400) s.greek++;
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

export function isEmojiBmp(c: number): boolean {
  return (c >= 0x2600 && c <= 0x27bf) || c === 0x2b50 || c === 0x2b55 || c === 0x2b06 || c === 0x2b07;
}

export function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isLetterAt(text: string, j: number): boolean {
  const d = text.charCodeAt(j);
  return d < 128 ? ASCII[d] === 1 : isWordChar(d);
}
