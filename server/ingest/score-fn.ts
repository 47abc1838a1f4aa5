import { createScorer } from '../scoring';
import type { ScoreFn } from './pipeline';

/** The scorer the pipeline, `outcry analyze` and the demo share, created once per process. */
export function defaultScoreFn(): ScoreFn {
  const scorer = createScorer();
  return (text, lang) => scorer.score(text, lang ? { lang } : {});
}
