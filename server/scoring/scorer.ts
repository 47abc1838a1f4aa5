import type { Score, Why } from '../../shared/score';
import { createAnalyzer } from './analyzer';
import { complaintOf } from './complaint';
import { createHarmMatcher } from './harm';
import { createLeavingMatcher } from './leaving';
import type { Evidence } from './evidence';
import type { ForeignVocab } from './lexicons/natural-vocab';
import { GENERAL_OUTAGE, INDUSTRY_PACKS, SHARED_CATEGORIES } from './lexicons/industry-taxonomy';
import { type CategoryDef, DEFAULT_TAXONOMY } from './lexicons/taxonomy';
import { type Band, labelOf, sentimentOf } from './sentiment';
import type { Lexicon } from './term-info';

export interface ScorerOptions {
  /** Extra categories; an entry whose id already exists adds its terms to that category. */
  taxonomy?: readonly CategoryDef[];
  /**
   * Languages besides English that may be scored with natural's vocabularies (default: all it ships).
   * Each is read on the first post in that language, then kept.
   */
  languages?: readonly string[];
  /**
   * Vocabularies that replace the shipped one for their language (word -> valence on -4..+4, negators, an
   * optional neutral band). The benchmark uses it to score a language with a lexicon derived from training
   * folds only.
   */
  vocabularies?: Readonly<Record<string, ForeignVocab>>;
  /**
   * Keep one industry's categories (banking, telecom, energy, travel, saas, payments; see
   * lexicons/industry-taxonomy.ts) instead of all of them. `taxonomy` entries are added on top.
   */
  industry?: string;
}

export interface ScoreOptions {
  /** ISO 639-1 code ("en", "pt-BR" is read as "pt"); detected from the text when absent. */
  lang?: string;
}

export interface Scorer {
  score(text: string, opts?: ScoreOptions): Score;
  readonly categories: readonly CategoryDef[];
}

const CATEGORY_ID = /^[a-z][a-z0-9_]{0,39}$/;

export function mergeTaxonomy(extra: readonly CategoryDef[] | undefined, industry?: string): CategoryDef[] {
  const pack = industry === undefined ? undefined : INDUSTRY_PACKS[industry];
  if (industry !== undefined && !pack) throw new Error(`scoring: unknown industry "${industry}"`);
  const keep = pack ? new Set([...pack, ...SHARED_CATEGORIES]) : undefined;
  const merged = DEFAULT_TAXONOMY.filter((c) => !keep || keep.has(c.id)).map((c) => ({
    ...c,
    terms: [...c.terms],
    cues: [...(c.cues ?? [])],
  }));
  for (const def of extra ?? []) {
    if (!CATEGORY_ID.test(def.id)) throw new Error(`scoring: invalid category id "${def.id}"`);
    const found = merged.find((c) => c.id === def.id);
    if (found) {
      found.terms.push(...def.terms);
      found.cues.push(...(def.cues ?? []));
    } else {
      merged.push({ ...def, terms: [...def.terms], cues: [...(def.cues ?? [])] });
    }
  }
  return merged;
}

function baseLang(lang: string | undefined): string | undefined {
  if (typeof lang !== 'string' || lang.length < 2) return undefined;
  const cut = lang.search(/[-_]/);
  const base = (cut > 0 ? lang.slice(0, cut) : lang).toLowerCase();
  // Bokmål and Nynorsk are scored as Norwegian.
  return base === 'nb' || base === 'nn' ? 'no' : base;
}

function unscored(lang: string): Score {
  return {
    sentiment: 0,
    label: 'neutral',
    complaint: false,
    complaintScore: 0,
    categories: [],
    harm: false,
    leaving: false,
    lang,
    scored: false,
    why: [],
  };
}

function finish(lex: Lexicon, ev: Evidence, lang: string, band: Band | undefined): Score {
  const sentiment = sentimentOf(ev);
  const complaint = complaintOf(ev, sentiment);
  const why: Why[] = ev.why;
  for (const w of complaint.why) why.push(w);
  return {
    sentiment,
    label: labelOf(sentiment, ev.hits, band),
    complaint: complaint.complaint,
    complaintScore: complaint.score,
    categories: categoriesOf(lex, ev, complaint.complaint, why),
    harm: false,
    leaving: false,
    lang,
    scored: true,
    why,
  };
}

/** Category ids in taxonomy order; adds their evidence to `why`. */
function categoriesOf(lex: Lexicon, ev: Evidence, complaint: boolean, why: Why[]): string[] {
  const found = ev.categories.length + (complaint ? ev.categoryCues.length : 0);
  if (found === 0) return generalOutage(ev, complaint, why);
  const picked = new Set(ev.categories);
  if (complaint) for (const c of ev.categoryCues) picked.add(c);
  const categories: string[] = [];
  lex.taxonomy.forEach((cat, index) => {
    if (picked.has(index) && (complaint || !cat.complaintOnly)) categories.push(cat.id);
  });
  pushCategoryWhy(why, lex, ev.categories, ev.categoryWhy, complaint);
  if (complaint) pushCategoryWhy(why, lex, ev.categoryCues, ev.categoryCueWhy, true);
  return categories;
}

/** A complaint about a failure ("it's down again", "nothing works") that names no service. */
function generalOutage(ev: Evidence, complaint: boolean, why: Why[]): string[] {
  if (!complaint || ev.failure + ev.negatedFunction === 0) return [];
  const cue = why.find((w) => w.rule === 'complaint:failure' || w.rule === 'complaint:negated-function');
  const term = cue?.term ?? '';
  why.push({ term, rule: `category:${GENERAL_OUTAGE}`, weight: 1 });
  return [GENERAL_OUTAGE];
}

function pushAll(why: Why[], more: readonly Why[]): true {
  for (const w of more) why.push(w);
  return true;
}

function pushCategoryWhy(
  why: Why[],
  lex: Lexicon,
  cats: readonly number[],
  found: readonly Why[],
  complaint: boolean,
): void {
  for (let k = 0; k < cats.length; k++) {
    const cat = lex.taxonomy[cats[k] ?? -1];
    const w = found[k];
    if (w && cat && (complaint || !cat.complaintOnly))
      why.push({ term: w.term, rule: `category:${cat.id}`, weight: w.weight });
  }
}

export function createScorer(options: ScorerOptions = {}): Scorer {
  const analyzer = createAnalyzer(
    mergeTaxonomy(options.taxonomy, options.industry),
    options.languages,
    options.vocabularies,
  );
  const lex = analyzer.lex;
  const leavingOf = createLeavingMatcher();
  const harmOf = createHarmMatcher();
  const score = (text: string, opts?: ScoreOptions): Score => {
    const given = baseLang(opts?.lang);
    try {
      const a = analyzer.analyze(typeof text === 'string' ? text : '', given);
      if (!a.evidence) return unscored(a.lang);
      const result = finish(lex, a.evidence, a.lang, a.band);
      const harm = harmOf(a.text, a.lang, a.evidence, result.complaint);
      if (harm.length > 0) result.harm = pushAll(result.why, harm);
      const leaving = leavingOf(a.text, a.lang);
      if (leaving.length > 0) result.leaving = pushAll(result.why, leaving);
      return result;
    } catch {
      return unscored(given ?? 'und');
    }
  };
  return { score, categories: lex.taxonomy };
}
