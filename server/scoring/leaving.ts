import type { Why } from '../../shared/score';
import { LEAVING_PATTERNS, LEAVING_STEMS } from './lexicons/leaving-terms';

// Intent to leave ("moving my money", "closing my account", "bytter bank"): the words that say it, in the
// post's language; English patterns apply to every post too (English is the lingua franca of complaints).

export type LeavingMatcher = (text: string, lang: string) => Why[];

/** One per scorer: each language's pattern is compiled on its first post. */
export function createLeavingMatcher(): LeavingMatcher {
  const compiled = new Map<string, RegExp | null>();
  const patternFor = (lang: string): RegExp | null => {
    let re = compiled.get(lang);
    if (re === undefined) {
      const own = LEAVING_PATTERNS[lang] ?? [];
      const all = lang === 'en' ? own : [...own, ...(LEAVING_PATTERNS.en ?? [])];
      // A word start before the phrase: "moving my money", not "removing my money".
      re = all.length === 0 ? null : new RegExp(`(?:^|[^\\p{L}\\p{N}])(${all.join('|')})`, 'iu');
      compiled.set(lang, re);
    }
    return re;
  };
  return (text, lang) => {
    if (!LEAVING_STEMS.test(text)) return [];
    const m = patternFor(lang)?.exec(text);
    if (!m?.[1]) return [];
    const start = m.index + m[0].length - m[1].length;
    return [{ term: text.slice(start, start + m[1].length), rule: 'leaving', weight: 1 }];
  };
}
