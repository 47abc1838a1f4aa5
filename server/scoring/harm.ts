import type { Why } from '../../shared/score';
import type { Evidence } from './evidence';
import { HARM_PATTERNS, HARM_STEMS } from './lexicons/harm-needs';

// Harm triage. A post is harm when it names a basic need (food, rent, bills, wages, benefits, medicine, a
// deadline) or a vulnerable person (a baby, an elderly parent, someone disabled) AND something failed: it is a
// complaint, or it has a failure, a negated function ("can't pay") or a negation ("no food"). Praise that
// mentions rent ("paid my rent in seconds") is not harm; nor is news about mortgage rates.

export type HarmMatcher = (text: string, lang: string, ev: Evidence, complaint: boolean) => Why[];

const NEVER = /$^/g;
const SCANDINAVIAN = ['no', 'da', 'sv'];
const DEPRIVATION = /^(?:no|without|any|enough|can't|cannot|nothing|hungry)\b/i;
/** A lack said just before the need, in the same clause: "still no wages", "haven't had my pension". */
const LACK_BEFORE =
  /(?:^|[^\p{L}])(?:no|not|never|without|can't|cannot|couldn't|haven't|hasn't|hadn't|didn't|isn't|wasn't|won't|nothing|missing)(?:[^.!?,;\p{L}]+\p{L}+){0,3}[^.!?,;\p{L}]*$/iu;

interface Compiled {
  needs: RegExp | null;
  vulnerable: RegExp | null;
}

function compile(sources: readonly string[]): RegExp | null {
  if (sources.length === 0) return null;
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(${sources.join('|')})(?![\\p{L}])`, 'giu');
}

/** One per scorer: each language's patterns are compiled on its first post. */
export function createHarmMatcher(): HarmMatcher {
  const cache = new Map<string, Compiled>();
  const patternsFor = (lang: string): Compiled => {
    let c = cache.get(lang);
    if (!c) {
      // Norwegian, Danish and Swedish are close enough, and told apart unreliably enough, to share their words.
      const langs = SCANDINAVIAN.includes(lang) ? [...SCANDINAVIAN, 'en'] : [lang, 'en'];
      const sets = [...new Set(langs)].map((l) => HARM_PATTERNS[l]);
      c = {
        needs: compile(sets.flatMap((p) => p?.needs ?? [])),
        vulnerable: compile(sets.flatMap((p) => p?.vulnerable ?? [])),
      };
      cache.set(lang, c);
    }
    return c;
  };
  return (text, lang, ev, complaint) => {
    const failed = complaint || ev.failure > 0 || ev.negatedFunction > 0;
    if (!(failed || ev.negations > 0) || !HARM_STEMS.test(text)) return [];
    const c = patternsFor(lang);
    const why: Why[] = [];
    // Without a failure, only a need that is itself a lack counts: "no food", not "don't forget your tax return".
    for (const m of text.matchAll(c.needs ?? NEVER)) {
      const need = m[1] ?? '';
      const before = text.slice(Math.max(0, m.index - 30), m.index + m[0].length - need.length);
      if (need && (failed || DEPRIVATION.test(need) || LACK_BEFORE.test(before))) {
        why.push({ term: need, rule: 'harm', weight: 1 });
        break;
      }
    }
    const person = failed && c.vulnerable ? [...text.matchAll(c.vulnerable)][0]?.[1] : undefined;
    if (person) why.push({ term: person, rule: 'harm', weight: 1 });
    return why;
  };
}
