import type { ScriptCounts } from './tokenizer';

// Cheap language identification: the dominant script decides for non-Latin text; for Latin text,
// distinctive stopwords decide, English winning ties. No evidence at all gives 'und'.

function byScript(s: ScriptCounts, hasUkrainianLetters: boolean): string | null {
  const nonLatin =
    s.cyrillic + s.greek + s.arabic + s.hebrew + s.devanagari + s.thai + s.hangul + s.kana + s.han;
  if (nonLatin === 0 || nonLatin <= s.latin) return null;
  let best = 'und';
  let max = 0;
  const pick = (lang: string, n: number) => {
    if (n > max) {
      max = n;
      best = lang;
    }
  };
  pick(hasUkrainianLetters ? 'uk' : 'ru', s.cyrillic);
  pick('el', s.greek);
  pick('ar', s.arabic);
  pick('he', s.hebrew);
  pick('hi', s.devanagari);
  pick('th', s.thai);
  pick('ko', s.hangul);
  pick('zh', s.han);
  // Japanese mixes kana with kanji; any kana means Japanese.
  if (s.kana > 0 && s.kana + s.han >= max) best = 'ja';
  return best;
}

function hasUkrainian(text: string, s: ScriptCounts): boolean {
  if (s.cyrillic === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // є і ї ґ (and capitals) do not occur in Russian.
    if (
      c === 0x454 ||
      c === 0x456 ||
      c === 0x457 ||
      c === 0x491 ||
      c === 0x404 ||
      c === 0x406 ||
      c === 0x407
    ) {
      return true;
    }
  }
  return false;
}

/** Letters English does not use, and the languages that do. */
const ACCENT_LANGS: Readonly<Record<string, string>> = {
  å: 'no da sv',
  æ: 'no da',
  ø: 'no da',
  ä: 'sv de',
  ö: 'sv de tr',
  ü: 'de tr',
  ß: 'de',
  ñ: 'es',
  ã: 'pt',
  õ: 'pt',
  ç: 'fr pt tr',
  é: 'fr',
  è: 'fr it',
  ê: 'fr pt',
  à: 'fr it pt',
  â: 'fr pt',
  î: 'fr',
  ô: 'fr pt',
  û: 'fr',
  ù: 'fr it',
  ë: 'fr nl',
  ï: 'fr nl',
  œ: 'fr',
  á: 'es pt',
  í: 'es pt',
  ó: 'es pt',
  ú: 'es pt',
  ì: 'it',
  ò: 'it',
  ą: 'pl',
  ę: 'pl',
  ł: 'pl',
  ś: 'pl',
  ż: 'pl',
  ğ: 'tr',
  ş: 'tr',
  ı: 'tr',
};

/** Accented letters are weaker evidence than a function word: names and loanwords carry them too. */
const ACCENT_WEIGHT = 0.5;
const ACCENT_CAP = 4;

/** Per language (indexed like `langs`), the accented letters it uses that occur in the text, capped. */
function accentEvidence(text: string, langs: readonly string[]): Float64Array {
  const out = new Float64Array(langs.length);
  let seen = 0;
  for (let i = 0; i < text.length && seen < 64; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0 || c >= 0x250) continue;
    const users = ACCENT_LANGS[String.fromCharCode(c).toLowerCase()];
    if (!users) continue;
    seen++;
    for (let k = 1; k < langs.length; k++) if (users.includes(langs[k] ?? '~')) out[k] = (out[k] ?? 0) + 1;
  }
  for (let k = 0; k < out.length; k++) out[k] = Math.min(out[k] ?? 0, ACCENT_CAP) * ACCENT_WEIGHT;
  return out;
}

/**
 * Latin script: each language's distinctive function words count one each, its accented letters half each
 * (at most two). The best-supported language wins; English must outvote every other language, since a
 * foreign post scored as English gets English rules, and a tie goes to the language whose letters are in the
 * text. No evidence at all: 'en' when a word is in the English lexicon, else 'und'.
 */
export function detectLanguage(
  text: string,
  scripts: ScriptCounts,
  langs: readonly string[],
  langHits: ArrayLike<number>,
  englishHits: number,
): string {
  const script = byScript(scripts, hasUkrainian(text, scripts));
  if (script) return script;
  const accents = scripts.accented > 0 ? accentEvidence(text, langs) : undefined;
  const en = langHits[0] ?? 0;
  let best = 0;
  let bestAccent = 0;
  let bestLang = '';
  for (let i = 1; i < langs.length; i++) {
    const a = accents?.[i] ?? 0;
    const n = (langHits[i] ?? 0) + a;
    if (n > best || (n === best && n > 0 && a > bestAccent)) {
      best = n;
      bestAccent = a;
      bestLang = langs[i] ?? '';
    }
  }
  if (!bestLang) return en > 0 || englishHits > 0 ? 'en' : 'und';
  if (best > en || (best === en && bestAccent > 0)) return bestLang;
  return 'en';
}
