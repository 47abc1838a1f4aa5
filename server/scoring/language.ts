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

export function detectLanguage(
  text: string,
  scripts: ScriptCounts,
  langs: readonly string[],
  langHits: ArrayLike<number>,
  englishHits: number,
): string {
  const script = byScript(scripts, hasUkrainian(text, scripts));
  if (script) return script;
  const en = langHits[0] ?? 0;
  let best = 0;
  let bestLang = '';
  for (let i = 1; i < langs.length; i++) {
    const n = langHits[i] ?? 0;
    if (n > best) {
      best = n;
      bestLang = langs[i] ?? '';
    }
  }
  if (!bestLang) return en > 0 || englishHits > 0 ? 'en' : 'und';
  // Loanwords ("app", "ok") are weak evidence: only English stopwords can outvote foreign ones.
  if (best > en && (best >= 2 || en === 0)) return bestLang;
  return 'en';
}
