import { CUES, CUE_GROUPS, CUE_LANGS, type CueGroup, type CueLang } from './cues';

/** Finding the cue words of cues.ts in a text. */

export type CueHit = { group: CueGroup; lang: CueLang; term: string };

const SPECIAL: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', ß: 'ss', œ: 'oe', ł: 'l', đ: 'd' };

/** Lower case, accents removed, curly quotes straight, mentions and links dropped. */
export function foldText(text: string): string {
  return text
    .replace(/https?:\/\/\S+/gi, ' ')
    .replace(/(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.]+/gu, '$1 ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæßœłđ]/g, (c) => SPECIAL[c] ?? c)
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}

const toSource = (cue: string): string => cue.replace(/\*$/, '\\p{L}*').replace(/ /g, '\\s+');

const COMPILED: readonly { group: CueGroup; lang: CueLang; re: RegExp }[] = CUE_GROUPS.flatMap((group) =>
  CUE_LANGS.flatMap((lang) => {
    const list = CUES[group][lang];
    if (!list || list.length === 0) return [];
    const body = list.map(toSource).join('|');
    return [{ group, lang, re: new RegExp(`(?<![\\p{L}\\p{N}'])(?:${body})(?![\\p{L}\\p{N}])`, 'gu') }];
  }),
);

/** Words just before a "fixed" word that make it a plan, a condition or a denial, in every cue language. */
const BLOCKERS = new Set(
  (
    'not no never until till once when if will be to hope hoping expect expected aim aiming soon before yet ' +
    'partially partly being get getting almost nearly hasnt havent isnt arent wasnt werent didnt dont wont cant ' +
    'todavia aun hasta cuando sera estara pas encore jusqu quand nicht noch bis sobald wenn wird ' +
    'non ancora finche appena quando sara nao ainda ate assim niet nog tot zodra wordt zal ' +
    'ikke inte blir vil innan inden nar til tills'
  ).split(' '),
);

function blocked(folded: string, index: number): boolean {
  const lead =
    folded
      .slice(0, index)
      .split(/[.!?;\n]/)
      .pop() ?? '';
  const words = lead
    .replace(/'/g, '')
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(-4);
  return words.some((w) => BLOCKERS.has(w));
}

/** Every cue found in the (folded) text, at most one hit per group and language. */
export function matchCues(folded: string): CueHit[] {
  const hits: CueHit[] = [];
  for (const { group, lang, re } of COMPILED) {
    re.lastIndex = 0;
    for (const m of folded.matchAll(re)) {
      if (group === 'resolution' && blocked(folded, m.index ?? 0)) continue;
      hits.push({ group, lang, term: m[0].replace(/\s+/g, ' ') });
      if (group !== 'marketing') break;
    }
  }
  return hits;
}

/** The cue language with the most hits (English wins ties), or null without any. */
export function cueLanguage(hits: readonly CueHit[]): CueLang | null {
  const counts = new Map<CueLang, number>();
  for (const h of hits) counts.set(h.lang, (counts.get(h.lang) ?? 0) + 1);
  let best: CueLang | null = null;
  let max = 0;
  for (const lang of CUE_LANGS) {
    const n = counts.get(lang) ?? 0;
    if (n > max) {
      max = n;
      best = lang;
    }
  }
  return best;
}
