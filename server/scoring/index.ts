import type { Score } from '../../shared/score';
import { createScorer, type ScoreOptions, type Scorer } from './scorer';

export type { CategoryDef } from './lexicons/taxonomy';
export { DEFAULT_TAXONOMY } from './lexicons/taxonomy';
export { COMPLAINT_THRESHOLD } from './complaint';
export { NEUTRAL_BAND, SINGLE_TERM_BAND } from './sentiment';
export { createScorer } from './scorer';
export type { ScoreOptions, Scorer, ScorerOptions } from './scorer';

let defaultScorer: Scorer | undefined;

/** Scores with a default scorer, created on first use (loading takes a few tens of milliseconds). */
export function scoreText(text: string, opts?: ScoreOptions): Score {
  defaultScorer ??= createScorer();
  return defaultScorer.score(text, opts);
}
